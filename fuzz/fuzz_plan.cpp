// Fuzzes content/plans/<plan>.yaml loading (spec §3).
#include "core/text.h"
#include "fuzz/fuzz_common.h"
#include "load/loaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  const char* path = "content/plans/fuzz.yaml";
  Diagnostics diags;
  if (auto source = fuzz::source_from(data, size, path, diags)) {
    if (auto plan = load_plan(*source, "fuzz", diags)) {
      // Ids become folders and addresses: none may climb out.
      for (const auto& g : plan->groups)
        if (!is_safe_id(g.id)) __builtin_trap();
      for (const auto& a : plan->actions)
        if (!is_safe_id(a.id)) __builtin_trap();
      for (const auto& i : plan->indicators)
        if (!is_safe_id(i.id)) __builtin_trap();
      if (!plan->source.empty() && !is_safe_url(plan->source)) __builtin_trap();
    }
  }
  fuzz::check_located(diags, path);
  return 0;
}
