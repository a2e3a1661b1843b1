// Fuzzes content/glossary.yaml loading (spec §7).
#include <set>

#include "core/text.h"
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/glossary.yaml";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) {
    std::set<std::string> slugs;
    // Each entry's slug is an anchor on the glossary page: unique, and safe in an address.
    for (const auto& e : load_glossary(*source, diags))
      if (!slugs.insert(e.slug).second || !is_safe_slug(e.slug)) __builtin_trap();
  }
  fuzz::check_located(diags, path);
  return 0;
}
