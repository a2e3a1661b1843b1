// `promisehub serve`: preview with rebuild on change.
#include <iostream>

#include "cli/commands.h"

namespace promisehub {

int run_serve(const std::vector<std::string>&) {
  std::cerr << "promisehub serve: not built yet in this version.\n";
  return 2;
}

}  // namespace promisehub
