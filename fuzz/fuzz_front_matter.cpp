// Fuzzes splitting a Markdown file into front matter and body, and parsing that front matter.
#include "fuzz/fuzz_common.h"
#include "load/front_matter.h"
#include "load/yaml_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/updates/2024-01-01-fuzz.md";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) {
    if (auto fm = split_front_matter(*source, diags)) {
      // The parts are the file: YAML between the fences, the body after the second one.
      if (fm->yaml.size() + fm->body.size() > source->text.size() || fm->body_first_line < 3 ||
          source->text.compare(source->text.size() - fm->body.size(), fm->body.size(), fm->body) !=
              0)
        __builtin_trap();
      parse_yaml(*source, fm->yaml, fm->yaml_first_line, diags);
    }
  }
  fuzz::check_located(diags, path);
  return 0;
}
