// Runs another program with bytes on its standard input and collects what it prints: the search
// index is made by Pagefind under node (search_index.h).
#pragma once

#include <atomic>
#include <string>
#include <string_view>
#include <vector>

namespace promisehub {

struct ChildRun {
  bool started = false;  // false: the program could not be run (start_error says why)
  int start_error = 0;   // errno of the failed start (ENOENT: not installed)
  int exit_code = -1;    // when it ran: its exit code, or -1 when a signal ended it
  std::string out, err;  // what it wrote to standard output and standard error
};

// Runs argv[0] (looked up on PATH) with `input` written, piece after piece, to its standard input,
// which is then closed. Reading and writing go on at once, so a child that answers before it has
// read everything never blocks. When `cancel` turns true the child is ended (SIGTERM) and the
// run returns at once, unfinished. `niceness` above 0 gives it (and what it starts) the CPU only
// when others do not want it.
ChildRun run_child(const std::vector<std::string>& argv, const std::vector<std::string_view>& input,
                   const std::atomic<bool>* cancel = nullptr, int niceness = 0);

}  // namespace promisehub
