// Fuzzes content/language.yaml loading (spec §7).
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/language.yaml";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) load_language(*source, diags);
  fuzz::check_located(diags, path);
  return 0;
}
