// Fuzzes content/pages/<slug>.md loading.
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/pages/fuzz.md";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) load_page(*source, "fuzz", diags);
  fuzz::check_located(diags, path);
  return 0;
}
