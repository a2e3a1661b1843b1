// The Mustache checks: a tokenizer after mstch's (src/template_type.cpp and src/token.cpp in
// mstch 1.0.2), sections matched with a stack, and partial includes followed as a graph.
#include "render/template_check.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace promisehub {
namespace {

using Kind = MustacheTag::Kind;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Line and column of byte offsets met in increasing order, counted once.
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text) {}
  std::pair<int, int> at(std::size_t offset) {
    for (; done_ < offset && done_ < text_.size(); ++done_) {
      if (text_[done_] == '\n') {
        ++line_;
        column_ = 1;
      } else if ((static_cast<unsigned char>(text_[done_]) & 0xC0) != 0x80) {
        ++column_;
      }
    }
    return {line_, column_};
  }

 private:
  std::string_view text_;
  std::size_t done_ = 0;
  int line_ = 1, column_ = 1;
};

Kind kind_of(char c) {
  switch (c) {
    case '>':
      return Kind::partial;
    case '^':
      return Kind::inverted;
    case '/':
      return Kind::close;
    case '&':
      return Kind::unescaped;
    case '#':
      return Kind::section;
    case '!':
      return Kind::comment;
    default:
      return Kind::variable;
  }
}

std::string tag_text(const MustacheTag& t) {
  switch (t.kind) {
    case Kind::section:
      return "{{#" + t.name + "}}";
    case Kind::inverted:
      return "{{^" + t.name + "}}";
    case Kind::close:
      return "{{/" + t.name + "}}";
    case Kind::partial:
      return "{{> " + t.name + "}}";
    default:
      return "{{" + t.name + "}}";
  }
}

// Sections must close in the order they opened, with their own names: mstch swallows the rest
// of the file into a section that is never closed, and renders it as nothing.
void check_sections(const MustacheScan& scan, const std::string& shown, Diagnostics& diags) {
  std::vector<MustacheTag> open;
  for (const MustacheTag& t : scan.tags) {
    SourceLocation where{shown, t.line, t.column};
    bool needs_name = t.kind == Kind::section || t.kind == Kind::inverted ||
                      t.kind == Kind::close || t.kind == Kind::partial;
    if (needs_name && t.name.empty()) {
      diags.error(where, "this Mustache tag has no name",
                  "write the name after the sign, e.g. {{#items}} … {{/items}}", "template-syntax");
      continue;
    }
    if (t.kind == Kind::section || t.kind == Kind::inverted) {
      open.push_back(t);
      continue;
    }
    if (t.kind != Kind::close) continue;
    if (open.empty()) {
      diags.error(where, tag_text(t) + " closes a section that was never opened",
                  "remove it, or open the section with {{#" + t.name + "}} before it",
                  "template-unbalanced");
      continue;
    }
    if (open.back().name == t.name) {
      open.pop_back();
      continue;
    }
    const MustacheTag& top = open.back();
    diags.error(where,
                tag_text(t) + " closes `" + t.name + "`, but the section open here is " +
                    tag_text(top) + " from line " + std::to_string(top.line),
                "close " + tag_text(top) + " with {{/" + top.name + "}} first",
                "template-unbalanced");
    // Carry on as if the sections opened since `t.name` were closed here too, so one slip
    // is one message.
    auto match = std::find_if(open.rbegin(), open.rend(),
                              [&](const MustacheTag& o) { return o.name == t.name; });
    if (match != open.rend()) open.erase(std::next(match).base(), open.end());
  }
  for (const MustacheTag& t : open) {
    diags.error({shown, t.line, t.column}, "the section " + tag_text(t) + " is never closed",
                "add {{/" + t.name +
                    "}} where the section ends (mstch shows nothing of the "
                    "page after an unclosed section)",
                "template-unbalanced");
  }
}

struct Include {
  std::string partial;
  SourceLocation where;
};

class PartialGraph {
 public:
  PartialGraph(const std::map<std::string, std::vector<Include>>& edges, Diagnostics& diags)
      : edges_(edges), diags_(diags) {}

  void report_loops() {
    for (const auto& [name, uses] : edges_) visit(name);
  }

 private:
  enum class Mark { unseen, on_path, done };

  void visit(const std::string& name) {
    if (mark_[name] != Mark::unseen) return;
    mark_[name] = Mark::on_path;
    path_.push_back(name);
    auto it = edges_.find(name);
    if (it != edges_.end()) {
      for (const Include& use : it->second) {
        if (!edges_.count(use.partial)) continue;  // a missing partial, reported already
        if (mark_[use.partial] == Mark::on_path) {
          report(use);
        } else {
          visit(use.partial);
        }
      }
    }
    path_.pop_back();
    mark_[name] = Mark::done;
  }

  void report(const Include& use) {
    auto from = std::find(path_.begin(), path_.end(), use.partial);
    std::vector<std::string> loop(from, path_.end());
    std::vector<std::string> members = loop;
    std::sort(members.begin(), members.end());
    if (!reported_.insert(join(members, " ")).second) return;
    std::string message = "the partial `" + use.partial + "` includes itself";
    if (loop.size() > 1) {
      message += " through " + join(std::vector<std::string>(loop.begin() + 1, loop.end()), ", ") +
                 ": " + join(loop, " → ") + " → " + use.partial;
    }
    diags_.error(use.where, message,
                 "remove this {{> " + use.partial +
                     "}}: mstch would render the partial inside itself until the program "
                     "crashes; move what they share into a partial that includes neither",
                 "template-loop");
  }

  const std::map<std::string, std::vector<Include>>& edges_;
  Diagnostics& diags_;
  std::map<std::string, Mark> mark_;
  std::vector<std::string> path_;
  std::set<std::string> reported_;
};

}  // namespace

MustacheScan scan_mustache(std::string_view text, const std::string& shown_path) {
  MustacheScan out;
  Positions positions(text);
  std::string open = "{{", close = "}}";
  for (std::size_t cur = 0; cur < text.size();) {
    std::size_t open_at = text.find(open, cur);
    if (open_at == std::string_view::npos) break;
    auto [line, column] = positions.at(open_at);
    std::size_t body = open_at + open.size();
    std::size_t close_at = text.find(close, body);
    if (close_at == std::string_view::npos) {
      out.problems.push_back({Severity::error,
                              {shown_path, line, column},
                              "this `" + open + "` is never closed with `" + close + "`",
                              "end the tag with " + close + ", or remove it",
                              "template-syntax"});
      break;
    }
    bool triple = body < text.size() && text[body] == '{' &&
                  close_at + close.size() < text.size() && text[close_at + close.size()] == '}';
    if (triple) ++close_at;
    std::string_view inside = text.substr(body, close_at - body);
    cur = close_at + close.size();
    MustacheTag tag;
    tag.line = line;
    tag.column = column;
    if (triple) {
      tag.kind = Kind::unescaped;
      tag.name = trim(inside.substr(1, inside.size() - 2));
    } else if (inside.size() >= 2 && inside.front() == '=' && inside.back() == '=') {
      tag.kind = Kind::delimiters;
      std::vector<std::string> parts;
      for (const auto& p : split(trim(inside.substr(1, inside.size() - 2)), ' '))
        if (!p.empty()) parts.push_back(p);
      if (parts.size() != 2 || std::any_of(parts.begin(), parts.end(), [](const std::string& p) {
            return std::any_of(p.begin(), p.end(), is_space) || p.find('=') != std::string::npos;
          })) {
        out.problems.push_back({Severity::error,
                                {shown_path, line, column},
                                "this tag should set two new delimiters, such as {{=<% %>=}}",
                                "write the opening and closing delimiters with one space between",
                                "template-syntax"});
        break;  // mstch would read the rest with delimiters nobody meant
      }
      open = parts[0];
      close = parts[1];
    } else {
      std::size_t first = 0;
      while (first < inside.size() && is_space(inside[first])) ++first;
      tag.kind = first < inside.size() ? kind_of(inside[first]) : Kind::variable;
      tag.name = trim(tag.kind == Kind::variable ? inside : inside.substr(first + 1));
    }
    out.tags.push_back(std::move(tag));
  }
  return out;
}

bool check_templates(const TemplateSet& templates, const TemplateSet& partials,
                     Diagnostics& diags) {
  Diagnostics found;
  std::vector<std::string> partial_names;
  for (const auto& [name, source] : partials) partial_names.push_back(name);
  std::map<std::string, std::vector<Include>> edges;
  for (const auto& [name, source] : partials) edges[name];
  auto check_file = [&](const TemplateSource& source, const std::string* partial) {
    MustacheScan scan = scan_mustache(source.text, source.shown_path);
    for (auto& p : scan.problems) found.add(std::move(p));
    check_sections(scan, source.shown_path, found);
    for (const MustacheTag& t : scan.tags) {
      if (t.kind != Kind::partial || t.name.empty()) continue;
      SourceLocation where{source.shown_path, t.line, t.column};
      if (!partials.count(t.name)) {
        std::string hint = "add templates/partials/" + t.name + ".mustache to the theme";
        if (auto guess = closest_match(t.name, partial_names))
          hint = "did you mean {{> " + *guess + "}}? Or " + hint;
        found.error(where, "the theme has no partial `" + t.name + "`", hint, "missing-partial");
        continue;
      }
      if (partial) edges[*partial].push_back({t.name, where});
    }
  };
  for (const auto& [name, source] : templates) check_file(source, nullptr);
  for (const auto& [name, source] : partials) check_file(source, &name);
  PartialGraph(edges, found).report_loops();
  for (auto& d : found.all()) diags.add(std::move(d));
  return !found.has_errors();
}

}  // namespace promisehub
