// Fuzzes content/site.yaml loading (spec §2).
#include "core/text.h"
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/site.yaml";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) {
    if (auto site = load_site_config(*source, diags)) {
      // What reaches an attribute was checked on the way in.
      if (!site->base_url.empty() && !is_web_address(site->base_url)) __builtin_trap();
      if (!site->quick_exit.empty() && !is_web_address(site->quick_exit)) __builtin_trap();
      for (const auto& h : site->help)
        if (!h.url.empty() && !is_web_address(h.url)) __builtin_trap();
    }
  }
  fuzz::check_located(diags, path);
  return 0;
}
