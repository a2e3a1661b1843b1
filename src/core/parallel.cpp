// Default worker count.
#include "core/parallel.h"

namespace promisehub {

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace promisehub
