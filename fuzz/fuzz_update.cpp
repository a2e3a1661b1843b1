// Fuzzes content/updates/<date>-<slug>.md loading (spec §4).
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/updates/2024-01-01-fuzz.md";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) {
    if (auto update = load_update(*source, "2024-01-01-fuzz", diags)) {
      if (update->body.value.size() > kMaxMarkdownBytes) __builtin_trap();
    }
  }
  fuzz::check_located(diags, path);
  return 0;
}
