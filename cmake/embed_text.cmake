# Writes a C++ source that holds a text file as one string: cmake -DIN=… -DOUT=… -DNAME=…
# -P embed_text.cmake. NAME is a qualified name such as promisehub::lint::kFamiliarWords.
file(READ "${IN}" content)
string(REGEX MATCH "^(.*)::([^:]+)$" _ "${NAME}")
set(namespace "${CMAKE_MATCH_1}")
set(variable "${CMAKE_MATCH_2}")
if(content MATCHES "\\)embedded\"")
  message(FATAL_ERROR "${IN} holds the raw string's end marker )embedded\"")
endif()
file(WRITE "${OUT}.tmp"
  "// Made by cmake/embed_text.cmake from ${IN}: do not edit.\n"
  "namespace ${namespace} {\n"
  "extern const char ${variable}[];\n"
  "const char ${variable}[] = R\"embedded(${content})embedded\";\n"
  "}\n")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
file(REMOVE "${OUT}.tmp")
