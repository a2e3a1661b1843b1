// The hostile-content corpus (tests/hostile/): every case is a small valid site with something
// careless or malicious added, built by the real binary with a time limit. Each case says what
// a user must see (tests/hostile/manifest.txt): the exit code, the messages (file:line:col), and
// for a site that builds, that no page can run anything the content put there.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "hostile/html_safety.h"
#include "hostile/process.h"
#include "hostile/site_files.h"

namespace promisehub::hostile {
namespace {

const std::string kHostileDir = std::string(PROMISEHUB_SOURCE_DIR) + "/tests/hostile";

struct Directive {
  std::string verb, arg;
};

struct Case {
  std::string name;
  int exit_code = 0;
  double timeout = 60;
  std::vector<std::string> errors;                            // substrings of stderr lines
  std::vector<std::pair<std::string, std::string>> contains;  // output file, text
  std::vector<std::pair<std::string, std::string>> absent;    // output file, text
  std::vector<Directive> setup;                               // applied in order
  int line = 0;                                               // in the manifest
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

// "\n", "\t", "\\", "\xHH" in manifest arguments.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 'n')
      out += '\n';
    else if (c == 't')
      out += '\t';
    else if (c == 'r')
      out += '\r';
    else if (c == 'x' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else
      out += c;
  }
  return out;
}

std::pair<std::string, std::string> split_first(const std::string& s, char sep) {
  std::size_t at = s.find(sep);
  if (at == std::string::npos) return {s, ""};
  return {s.substr(0, at), s.substr(at + 1)};
}

std::vector<Case> load_manifest() {
  std::vector<Case> cases;
  std::ifstream in(kHostileDir + "/manifest.txt");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line[start] == '#') continue;
    auto [verb, arg] = split_first(line.substr(start), ' ');
    if (verb == "case") {
      cases.push_back({});
      cases.back().name = arg;
      cases.back().line = n;
      continue;
    }
    if (cases.empty())
      throw std::runtime_error("manifest.txt:" + std::to_string(n) + ": no case yet");
    Case& c = cases.back();
    if (verb == "exit")
      c.exit_code = std::stoi(arg);
    else if (verb == "timeout")
      c.timeout = std::stod(arg);
    else if (verb == "error")
      c.errors.push_back(arg);
    else if (verb == "contains")
      c.contains.push_back(split_first(arg, ' '));
    else if (verb == "absent")
      c.absent.push_back(split_first(arg, ' '));
    else if (verb == "remove" || verb == "copy" || verb == "generate" || verb == "crlf" ||
             verb == "bom" || verb == "symlink" || verb == "fifo")
      c.setup.push_back({verb, arg});
    else
      throw std::runtime_error("manifest.txt:" + std::to_string(n) + ": unknown word " + verb);
  }
  return cases;
}

class Hostile : public ::testing::TestWithParam<Case> {
 protected:
  // The base site, built once: every case starts from it and its public/.
  static void SetUpTestSuite() {
    base_ = fs::temp_directory_path() / fs::unique_path("promisehub-hostile-base-%%%%-%%%%");
    copy_tree(kHostileDir + "/base", base_);
    copy_tree(fs::path(PROMISEHUB_SOURCE_DIR) / "themes", base_ / "themes");
    base_result_ =
        run_process(PROMISEHUB_BINARY, {"build", "--site", base_.string(), "--now", "2025-01-01"},
                    (base_ / "build").string(), 120);
  }
  static void TearDownTestSuite() {
    boost::system::error_code ec;
    fs::remove_all(base_, ec);
  }
  void SetUp() override {
    ASSERT_TRUE(base_result_.exited && base_result_.exit_code == 0) << base_result_.err;
    dir_ = fs::temp_directory_path() / fs::unique_path("promisehub-hostile-%%%%-%%%%");
    copy_tree(base_, dir_);
    fs::remove(dir_ / "build.out");
    fs::remove(dir_ / "build.err");
  }
  void TearDown() override {
    boost::system::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void apply(const Directive& d) {
    if (d.verb == "remove") {
      fs::remove_all(dir_ / d.arg);
    } else if (d.verb == "copy") {  // copy FROM|TO, both in the site
      auto [from, to] = split_first(d.arg, '|');
      fs::create_directories((dir_ / to).parent_path());
      fs::copy_file(dir_ / from, dir_ / to, fs::copy_option::overwrite_if_exists);
    } else if (d.verb == "generate") {  // generate PATH|PREFIX|UNIT|COUNT|SUFFIX
      std::vector<std::string> parts(1);
      for (std::size_t i = 0; i < d.arg.size(); ++i) {
        if (d.arg[i] == '|' && parts.size() < 5) {
          parts.emplace_back();
        } else {
          if (d.arg[i] == '\\' && i + 1 < d.arg.size()) parts.back() += d.arg[i++];  // "\|" stays
          parts.back() += d.arg[i];
        }
      }
      ASSERT_EQ(parts.size(), 5u) << "generate needs PATH|PREFIX|UNIT|COUNT|SUFFIX";
      std::string unit = unescape(parts[2]);
      std::size_t count = std::stoul(parts[3]);
      std::string bytes = unescape(parts[1]);
      bytes.reserve(bytes.size() + unit.size() * count + parts[4].size());
      for (std::size_t i = 0; i < count; ++i) bytes += unit;
      bytes += unescape(parts[4]);
      write_bytes(dir_ / parts[0], bytes);
    } else if (d.verb == "crlf") {
      std::string text = slurp((dir_ / d.arg).string()), crlf;
      for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      write_bytes(dir_ / d.arg, crlf);
    } else if (d.verb == "bom") {
      write_bytes(dir_ / d.arg, "\xEF\xBB\xBF" + slurp((dir_ / d.arg).string()));
    } else if (d.verb ==
               "symlink") {  // symlink PATH|TARGET; {outside} is a folder outside the site
      auto [path, target] = split_first(d.arg, '|');
      fs::path outside = dir_.parent_path() / (dir_.filename().string() + "-outside");
      outside_ = outside;
      write_bytes(outside / "secret.yaml", "title: a secret from outside the site\n");
      std::string t = std::regex_replace(target, std::regex("\\{outside\\}"), outside.string());
      fs::create_directories((dir_ / path).parent_path());
      fs::create_symlink(t, dir_ / path);
    } else if (d.verb == "fifo") {
      fs::create_directories((dir_ / d.arg).parent_path());
      ASSERT_EQ(::mkfifo((dir_ / d.arg).c_str(), 0644), 0);
    }
  }

  static inline fs::path base_;
  static inline ProcessResult base_result_;
  fs::path dir_, outside_;
};

TEST_P(Hostile, Case) {
  const Case& c = GetParam();
  SCOPED_TRACE("tests/hostile/manifest.txt:" + std::to_string(c.line) + ": case " + c.name);
  fs::path case_files = fs::path(kHostileDir) / "cases" / c.name;
  if (fs::is_directory(case_files)) copy_tree(case_files, dir_);
  for (const auto& d : c.setup) apply(d);
  fs::path out = dir_ / "public";
  auto before = snapshot(out);
  ASSERT_FALSE(before.empty());

  ProcessResult r = run_process(
      PROMISEHUB_BINARY, {"build", "--site", dir_.string(), "--now", "2025-01-01", "--jobs", "2"},
      (dir_ / "build").string(), c.timeout);
  if (!outside_.empty()) fs::remove_all(outside_);

  // Never a crash, never a hang.
  ASSERT_FALSE(r.timed_out) << "still running after " << c.timeout << " s\n" << r.err;
  ASSERT_TRUE(r.exited) << "killed by signal " << r.signal << "\n" << r.err;
  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;

  // Every message is where the problem is: path:line:col, like a compiler. Only a link out of
  // content/ (or one that leads nowhere) or a pipe is named without a line: the line shown under
  // a message would be read from outside the site, or block. So is a file of content/static/
  // refused for its kind (a web page, a script): the whole file is the problem, and it may not
  // be text; and a folder that is not read, which has no lines.
  std::regex located("^[^ ].*:[1-9][0-9]*:[1-9][0-9]*: (error|warning): .+");
  std::regex whole_file(
      "^content/[^:]+: (error: (this is a link to something outside content/|this link |"
      "this is not a regular file|this file would run as a program)|"
      "warning: this folder is not read).+");
  std::istringstream lines(r.err);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": error: ") != std::string::npos ||
        line.find(": warning: ") != std::string::npos) {
      EXPECT_TRUE(std::regex_match(line, located) || std::regex_match(line, whole_file))
          << "not located: " << line;
    }
  }
  for (const auto& e : c.errors)
    EXPECT_NE(r.err.find(e), std::string::npos) << "missing message: " << e << "\n" << r.err;

  // A failed build leaves the previous site exactly as it was, and nothing beside it.
  EXPECT_TRUE(leftovers_beside(out).empty());
  if (r.exit_code != 0) {
    EXPECT_TRUE(snapshot(out) == before) << "the previous public/ was changed";
    return;
  }

  // A site that builds: no page can run anything that came from the content.
  HtmlRules rules{{"/assets/", "/pagefind/", "decap-cms.js", "media-types.js"}};
  auto files = snapshot(out);
  for (const auto& [path, bytes] : files) {
    std::vector<std::string> dangers;
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0)
      dangers = html_dangers(bytes, rules);
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0) {
      dangers = html_dangers(bytes);
      for (const auto& html : feed_html(bytes)) {
        auto more = html_dangers(html);
        dangers.insert(dangers.end(), more.begin(), more.end());
      }
    }
    for (const auto& d : dangers) ADD_FAILURE() << path << ": " << d;
  }
  for (const auto& [path, text] : c.contains) {
    ASSERT_TRUE(files.count(path)) << "no output file " << path;
    EXPECT_NE(files[path].find(unescape(text)), std::string::npos) << path << " lacks: " << text;
  }
  for (const auto& [path, text] : c.absent) {
    ASSERT_TRUE(files.count(path)) << "no output file " << path;
    EXPECT_EQ(files[path].find(unescape(text)), std::string::npos) << path << " has: " << text;
  }
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.name;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, Hostile, ::testing::ValuesIn(load_manifest()), case_name);

TEST(HostileManifest, EveryCaseFolderIsListed) {
  std::set<std::string> listed;
  for (const auto& c : load_manifest()) listed.insert(c.name);
  for (fs::directory_iterator it(fs::path(kHostileDir) / "cases"), end; it != end; ++it)
    EXPECT_TRUE(listed.count(it->path().filename().string()))
        << it->path().filename() << " is not in manifest.txt";
}

}  // namespace
}  // namespace promisehub::hostile
