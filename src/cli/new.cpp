// `promisehub new`: scaffolding for updates and pages.
#include <iostream>

#include "cli/commands.h"

namespace promisehub {

int run_new(const std::vector<std::string>&) {
  std::cerr << "promisehub new: not built yet in this version.\n";
  return 2;
}

}  // namespace promisehub
