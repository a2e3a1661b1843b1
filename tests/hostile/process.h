// Runs the real promisehub binary as a child process, with a time limit, its output in files.
// Header-only: used by the hostile-content and atomic-output tests.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace promisehub::hostile {

struct ProcessResult {
  bool exited = false;     // ended by exit(), not by a signal
  int exit_code = -1;      // when exited
  int signal = 0;          // when killed by a signal
  bool timed_out = false;  // we killed it because it ran too long
  double seconds = 0;
  std::string out, err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class ChildProcess {
 public:
  // Starts `binary args…`; stdout and stderr go to `log_prefix`.out / .err.
  ChildProcess(const std::string& binary, const std::vector<std::string>& args,
               const std::string& log_prefix)
      : out_path_(log_prefix + ".out"),
        err_path_(log_prefix + ".err"),
        start_(std::chrono::steady_clock::now()) {
    std::vector<std::string> argv_storage{binary};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    pid_ = ::fork();
    if (pid_ == 0) {
      int out = ::open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = ::open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (out < 0 || err < 0) ::_exit(126);
      ::dup2(out, 1);
      ::dup2(err, 2);
      std::vector<char*> argv;
      for (auto& a : argv_storage) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(binary.c_str(), argv.data());
      ::_exit(127);
    }
  }
  ~ChildProcess() {
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void signal(int sig) const {
    if (pid_ > 0 && !reaped_) ::kill(pid_, sig);
  }
  // True (and the result filled in) once the child has ended; false while it runs.
  bool poll() {
    if (reaped_ || pid_ <= 0) return true;
    int status = 0;
    pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == 0) return false;
    reaped_ = true;
    result_.seconds = elapsed();
    if (r == pid_ && WIFEXITED(status)) {
      result_.exited = true;
      result_.exit_code = WEXITSTATUS(status);
    } else if (r == pid_ && WIFSIGNALED(status)) {
      result_.signal = WTERMSIG(status);
    }
    result_.out = slurp(out_path_);
    result_.err = slurp(err_path_);
    return true;
  }
  // Waits until the child ends, killing it after `timeout_seconds`.
  ProcessResult wait(double timeout_seconds) {
    while (!poll()) {
      if (elapsed() > timeout_seconds) {
        result_.timed_out = true;
        ::kill(pid_, SIGKILL);
        int status = 0;
        ::waitpid(pid_, &status, 0);
        reaped_ = true;
        result_.signal = SIGKILL;
        result_.seconds = elapsed();
        result_.out = slurp(out_path_);
        result_.err = slurp(err_path_);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return result_;
  }
  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::string out_path_, err_path_;
  std::chrono::steady_clock::time_point start_;
  pid_t pid_ = -1;
  bool reaped_ = false;
  ProcessResult result_;
};

inline ProcessResult run_process(const std::string& binary, const std::vector<std::string>& args,
                                 const std::string& log_prefix, double timeout_seconds) {
  ChildProcess child(binary, args, log_prefix);
  return child.wait(timeout_seconds);
}

}  // namespace promisehub::hostile
