// One function per command; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace promisehub {

int run_build(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_serve(const std::vector<std::string>& args);
int run_new(const std::vector<std::string>& args);

// Prints every diagnostic once, sorted, with source lines, then a summary line.
void print_diagnostics(const class Diagnostics& diags, const std::string& site_dir);

}  // namespace promisehub
