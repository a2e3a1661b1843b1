// YAML parsing with located errors and the checks yaml-cpp does not make itself.
#include "load/yaml_document.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <sstream>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace promisehub {
namespace {

// yaml-cpp's own message for a tab is obscure; find tabs used for indentation first.
bool report_tab_indentation(const SourceText& source, const std::string& yaml_text, int first_line,
                            Diagnostics& diags) {
  bool found = false;
  int line = 0;
  std::size_t start = 0;
  while (start <= yaml_text.size()) {
    std::size_t end = yaml_text.find('\n', start);
    if (end == std::string::npos) end = yaml_text.size();
    for (std::size_t i = start; i < end; ++i) {
      char c = yaml_text[i];
      if (c == '\t') {
        diags.error({source.display_path, first_line + line, static_cast<int>(i - start) + 1},
                    "a tab is used to indent this line",
                    "YAML needs spaces for indenting: replace the tab with spaces", "yaml-tab");
        found = true;
        break;
      }
      if (c != ' ' && c != '-') break;
    }
    ++line;
    start = end + 1;
  }
  return found;
}

// Line `index` (0-based) of `text`, or "".
std::string_view line_of(std::string_view text, int index) {
  std::size_t begin = 0;
  for (int i = 0; i < index; ++i) {
    begin = text.find('\n', begin);
    if (begin == std::string_view::npos) return {};
    ++begin;
  }
  std::size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? text.size() - begin : end - begin);
}

// `key:"text"` or `key:text`: a key with no space after its colon, which YAML reads as one
// plain word.
bool lacks_space_after_key(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || line[i] == '#' || line[i] == '-') return false;
  std::size_t colon = line.find(':', i);
  if (colon == std::string_view::npos || colon + 1 >= line.size()) return false;
  for (std::size_t k = i; k < colon; ++k)
    if (!(std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '_')) return false;
  return line[colon + 1] != ' ';
}

struct SyntaxMessage {
  std::string message, hint;
  int line = -1;  // 0-based line of the text to point at instead of the parser's, if any
};

// What yaml-cpp's message means, in words for the person who wrote the file, from the lines
// around where it stopped.
SyntaxMessage explain_parser_message(const std::string& msg, std::string_view text, int at) {
  std::string_view here = line_of(text, at);
  // yaml-cpp 0.7 says "end of map flow not found"; older ones "end of map not found".
  if (msg.find("end of map") != std::string::npos ||
      msg.find("end of sequence") != std::string::npos) {
    bool map = msg.find("end of map") != std::string::npos;
    if (here.find(map ? '{' : '[') == std::string_view::npos &&
        std::count(here.begin(), here.end(), '\'') >= 3)
      return {"YAML: the text in single quotes ends early, at an apostrophe",
              "inside '…' write an apostrophe twice ('Children''s news'), or use double quotes: "
              "\"Children's news\""};
    return {"YAML " + msg +
                (map ? " — a { is never closed: check for a missing }"
                     : " — a [ is never closed: check for a missing ]"),
            ""};
  }
  if (msg.find("illegal map value") != std::string::npos) {
    for (int back = at - 1; back >= 0 && back >= at - 2; --back) {
      if (lacks_space_after_key(line_of(text, back)))
        return {"YAML: no space after the colon, so this is not read as a key and its value",
                "write a space after the colon, e.g. `title: \"More\"`", back};
    }
    return {"YAML " + msg + " — text that contains ': ' must be put in quotes", ""};
  }
  if (msg.find("unknown anchor") != std::string::npos ||
      msg.find("unknown alias") != std::string::npos)
    return {"YAML " + msg + " — an alias (*name) must follow its anchor (&name)", ""};
  return {"YAML " + msg, ""};
}

// A problem found while walking the parser's events; stops the walk.
struct StructureProblem {
  YAML::Mark mark;
  std::string message, hint, code;
};

// Walks the parser's events once, without building nodes, to refuse what yaml-cpp would accept
// but the loaders must not meet: an alias inside its own anchor (a cycle), aliases that expand
// to far more values than the text holds ("billion laughs"), and a second document.
class StructureCheck : public YAML::EventHandler {
 public:
  // Parsed, a value takes a few hundred bytes: a limit on them bounds memory as well as time.
  static constexpr std::uint64_t kMaxValues = 500000;

  explicit StructureCheck(std::uint64_t budget) : budget_(budget) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      throw StructureProblem{mark, "a second YAML document starts here",
                             "a content file holds one document: remove the `---` or `...` line "
                             "above, or put the text in quotes",
                             "yaml-multiple-documents"};
    }
    anchors_.clear();
  }
  void OnDocumentEnd() override {}
  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Anchor& a = anchor_at(anchor);
    if (a.open) {
      throw StructureProblem{mark, "the alias *" + a.name + " is inside its own anchor &" + a.name,
                             "an alias must refer to something that is complete; copy the "
                             "values instead",
                             "yaml-alias-cycle"};
    }
    add(mark, a.size);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Anchor {
    std::string name;
    bool open = false;
    std::uint64_t size = 0;
  };
  struct Frame {
    YAML::anchor_t anchor;
    std::uint64_t size;
  };

  Anchor& anchor_at(YAML::anchor_t id) {
    if (id >= anchors_.size()) anchors_.resize(id + 1);
    return anchors_[id];
  }
  void name_anchor(YAML::anchor_t id) {
    if (id == YAML::NullAnchor) return;
    anchor_at(id).name = pending_name_;
    pending_name_.clear();
  }
  // Sums saturate: nested aliases can multiply past any integer.
  static std::uint64_t sum(std::uint64_t a, std::uint64_t b) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max() / 2;
    return std::min(std::min(a, kMax) + std::min(b, kMax), kMax);
  }
  // Counts `n` more values where the parser is now.
  void add(const YAML::Mark& mark, std::uint64_t n) {
    total_ = sum(total_, n);
    if (!stack_.empty()) stack_.back().size = sum(stack_.back().size, n);
    if (total_ > budget_) {
      throw StructureProblem{mark,
                             "aliases (*name) make this YAML stand for more than " +
                                 std::to_string(budget_) + " values",
                             "write the values out, or use fewer aliases of aliases",
                             "yaml-alias-bomb"};
    }
  }
  void written(const YAML::Mark& mark) {
    if (++values_ > kMaxValues) {
      throw StructureProblem{
          mark, "this YAML holds more than " + std::to_string(kMaxValues) + " values",
          "split it into smaller files: real content needs a few thousand at most",
          "yaml-too-large"};
    }
  }
  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
    written(mark);
    name_anchor(anchor);
    if (anchor != YAML::NullAnchor) anchor_at(anchor).size = 1;
    add(mark, 1);
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    written(mark);
    name_anchor(anchor);
    if (anchor != YAML::NullAnchor) anchor_at(anchor).open = true;
    add(mark, 1);
    stack_.push_back({anchor, 0});
  }
  void close() {
    if (stack_.empty()) return;
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.anchor != YAML::NullAnchor) {
      Anchor& a = anchor_at(f.anchor);
      a.open = false;
      a.size = sum(f.size, 1);
    }
    if (!stack_.empty()) stack_.back().size = sum(stack_.back().size, f.size);
  }

  std::uint64_t budget_;
  std::uint64_t total_ = 0;   // values the loaders would walk, aliases expanded
  std::uint64_t values_ = 0;  // values written in the text
  int documents_ = 0;
  std::string pending_name_;
  std::vector<Anchor> anchors_;
  std::vector<Frame> stack_;
};

}  // namespace

SourceLocation location_of(const YAML::Mark& mark, const std::string& path, int first_line) {
  // yaml-cpp has no mark for an empty document: point at the file's (or front matter's) start.
  if (mark.is_null()) return {path, std::max(1, first_line - 1), 1};
  return {path, mark.line + first_line, mark.column + 1};
}

std::optional<YAML::Node> parse_yaml(const SourceText& source, const std::string& yaml_text,
                                     int first_line, Diagnostics& diags) {
  if (report_tab_indentation(source, yaml_text, first_line, diags)) return std::nullopt;
  try {
    // Without aliases a document cannot hold more values than it has characters.
    StructureCheck check(100000 + yaml_text.size());
    std::istringstream in(yaml_text);
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(check)) {
    }
    return YAML::Load(yaml_text);
  } catch (const StructureProblem& p) {
    diags.error(location_of(p.mark, source.display_path, first_line), p.message, p.hint, p.code);
  } catch (const YAML::DeepRecursion& e) {
    diags.error(location_of(e.mark, source.display_path, first_line),
                "the YAML is nested too deeply", "content never needs more than a few levels",
                "yaml-too-deep");
  } catch (const YAML::Exception& e) {
    SyntaxMessage m = explain_parser_message(e.msg, yaml_text, e.mark.line);
    SourceLocation where = location_of(e.mark, source.display_path, first_line);
    if (m.line >= 0) {
      YAML::Mark mark;
      mark.line = m.line;
      mark.column = 0;
      where = location_of(mark, source.display_path, first_line);
    }
    diags.error(where, m.message, m.hint, "yaml-syntax");
  } catch (const std::exception& e) {
    diags.error({source.display_path, std::max(1, first_line - 1), 1},
                std::string("cannot read this YAML: ") + e.what(), "", "yaml-syntax");
  }
  return std::nullopt;
}

}  // namespace promisehub
