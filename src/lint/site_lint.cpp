// Runs the plain-language rules over every text of a site and reports each finding as a warning
// at its file, line and column: reading age (plain fields, then bodies as a second tier),
// words to avoid from language.yaml, and acronyms the glossary does not explain.
#include "lint/site_lint.h"

#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include "core/parallel.h"
#include "core/text.h"
#include "lint/markdown_prose.h"
#include "lint/readability.h"
#include "lint/reading_check.h"
#include "lint/site_address.h"
#include "lint/word_check.h"

namespace promisehub {
namespace {

// Long texts are a second tier: they may read a little older than the one-line plain versions.
constexpr double kBodyAllowance = 2.0;

// Glossary explanations are checked for words to avoid and short forms, not reading age: they
// must sometimes use the hard word they explain.
enum class TextKind { plain, title, body, explanation };

struct Text {
  std::string label;  // "the plain version of action 1.2"
  const LocatedText* text;
  TextKind kind;
};

// Replaces fenced and indented code (and, when asked, heading lines) with spaces, keeping every
// offset, so findings never point into code.
std::string mask_markdown(const std::string& md, bool headings) {
  std::string out = md;
  bool in_fence = false;
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    std::string_view line(md.data() + start, end - start);
    std::size_t indent = line.find_first_not_of(' ');
    bool fence = indent != std::string_view::npos && indent < 4 &&
                 (line.substr(indent, 3) == "```" || line.substr(indent, 3) == "~~~");
    bool code = in_fence || fence || (indent != std::string_view::npos && indent >= 4);
    bool heading =
        headings && indent != std::string_view::npos && indent < 4 && line[indent] == '#';
    if (code || heading) {
      for (std::size_t i = start; i < end; ++i) out[i] = ' ';
    }
    if (fence) in_fence = !in_fence;
    start = end + 1;
  }
  return out;
}

std::vector<lint::AvoidRule> rules_of(const std::vector<LanguageRule>& language) {
  std::vector<lint::AvoidRule> rules;
  for (const auto& r : language) rules.push_back({r.avoid, r.say, r.why});
  return rules;
}

void add_text(std::vector<Text>& texts, std::string label, const LocatedText& t, TextKind kind) {
  if (!trim(t.value).empty()) texts.push_back({std::move(label), &t, kind});
}

// The texts of the site's main language, as readers see them.
std::vector<Text> main_texts(const Site& site) {
  std::vector<Text> texts;
  auto add = [&](std::string label, const LocatedText& t, TextKind kind) {
    add_text(texts, std::move(label), t, kind);
  };
  add("the site's introduction", site.config.intro, TextKind::body);
  for (const auto& o : site.organisations)
    add("the plain version of organisation " + o.id, o.plain, TextKind::plain);
  for (const auto& plan : site.plans) {
    add("the plain version of plan " + plan.id, plan.plain, TextKind::plain);
    add("the summary of plan " + plan.id, plan.summary, TextKind::body);
    for (const auto& g : plan.groups)
      add("the plain version of group " + g.id, g.plain, TextKind::plain);
    for (const auto& a : plan.actions) {
      add("the plain version of action " + a.id, a.plain, TextKind::plain);
      for (const auto& m : a.measures) add("a measure of action " + a.id, m, TextKind::plain);
    }
    for (const auto& i : plan.indicators) {
      add("the title of indicator " + i.id, i.title, TextKind::title);
      add("the plain version of indicator " + i.id, i.plain, TextKind::plain);
    }
  }
  for (const auto& u : site.updates) {
    add("the title of this update", u.title, TextKind::title);
    add("the plain version of this update", u.plain, TextKind::plain);
    add("this update", u.body, TextKind::body);
  }
  for (const auto& p : site.pages) {
    add("the title of this page", p.title, TextKind::title);
    add("the plain version of this page", p.plain, TextKind::plain);
    add("this page", p.body, TextKind::body);
  }
  for (const auto& e : site.glossary)
    add("the glossary's words for " + e.term.value, e.plain, TextKind::explanation);
  return texts;
}

// How a translated field is read: as a heading, a plain text or a longer body (names and units
// are not checked, as in the originals).
std::optional<TextKind> kind_of_field(const std::string& field) {
  if (field == "title") return TextKind::title;
  if (field == "plain" || field == "text" || field == "tagline" || field == "measures")
    return TextKind::plain;
  if (field == "summary" || field == "body") return TextKind::body;
  return std::nullopt;
}

// The texts of the translations into one language, and that language's own glossary and
// Language of Care lists.
struct LanguageTexts {
  std::vector<Text> texts;
  const std::vector<LanguageRule>* rules = nullptr;
  const std::vector<GlossaryEntry>* glossary = nullptr;
  std::string rules_file;  // where the words to avoid are listed, for hints
};

LanguageTexts translated_texts(const Site& site, const std::string& lang) {
  static const std::vector<LanguageRule> kNoRules;
  static const std::vector<GlossaryEntry> kNoGlossary;
  LanguageTexts out{{}, &kNoRules, &kNoGlossary, "content/language." + lang + ".yaml"};
  for (const Translation& t : site.translations) {
    if (to_lower_ascii(t.lang) != to_lower_ascii(lang)) continue;
    if (t.of == TranslationOf::language) out.rules = &t.language;
    if (t.of == TranslationOf::glossary) {
      out.glossary = &t.glossary;
      for (const auto& e : t.glossary)
        add_text(out.texts, "the glossary's words for " + e.term.value + " (" + lang + ")", e.plain,
                 TextKind::explanation);
    }
    for (const auto& [field, text] : t.texts)
      if (auto kind = kind_of_field(field))
        add_text(out.texts, "the " + lang + " " + field + " of " + t.original_path, text, *kind);
    for (const auto& item : t.items) {
      std::string of = item.kind + " " + item.id.value + " (" + lang + ")";
      for (const auto& [field, text] : item.texts)
        if (auto kind = kind_of_field(field))
          add_text(out.texts, "the " + field + " of " + of, text, *kind);
      for (const auto& [field, values] : item.lists)
        if (auto kind = kind_of_field(field))
          for (const auto& v : values) add_text(out.texts, "a " + field + " of " + of, v, *kind);
    }
  }
  return out;
}

class SiteLinter {
 public:
  // `language` and `glossary`: the lists of the texts' language; reading age is measured for
  // English texts only.
  SiteLinter(const Site& site, Diagnostics& diags, std::vector<Text> texts,
             const std::vector<LanguageRule>& language, const std::vector<GlossaryEntry>& glossary,
             std::string rules_file, bool reading_age)
      : site_(site),
        diags_(diags),
        language_(language),
        rules_file_(std::move(rules_file)),
        reading_age_(reading_age),
        rules_(rules_of(language)),
        avoided_(rules_),
        texts_(std::move(texts)) {
    for (const auto& e : glossary) {
      known_.insert(e.term.value);
      // A word the glossary explains is linked to its explanation: not hard for a reader.
      for (const auto& word : split(to_lower_ascii(e.term.value), ' '))
        if (!word.empty()) explained_.insert(word);
    }
  }

  void run() {
    parallel_for(texts_.size(), default_jobs(), [&](std::size_t i) { check(texts_[i]); });
  }

 private:
  // Where the findings of one text are, asked for in order of offset: each is counted on from
  // the one before, so locating all of them costs about one pass over the text and its lines.
  struct Locator {
    explicit Locator(const std::string& value) : value_lines(value) {}
    lint::LineColCounter value_lines;
    int line = 0;               // the source line of the last finding found on it
    std::size_t found_end = 0;  // where that finding ends there, in bytes
    std::size_t byte = 0;       // a place on that line, and its column
    int column = 1;
  };

  // Where an offset inside a text is in its file. Bodies are the file's own lines; a YAML value
  // starts at its mark, and the word is looked up on that source line for an exact column.
  SourceLocation locate(const Text& t, Locator& where, std::size_t offset,
                        const std::string& word) {
    // How far past its place in the value a word is looked for on the source line: quotes and
    // escapes between two findings make the source that much longer.
    constexpr std::size_t kSearchWindow = 4096;
    const SourceLocation& w = t.text->where;
    auto lc = where.value_lines.at(offset);
    if (t.kind == TextKind::body && w.column == 1) return {w.path, w.line + lc.line - 1, lc.column};
    int line = w.line + lc.line - 1;
    const std::string& source = lower_source_line(w.path, line);
    std::size_t from = 0;
    if (lc.line == 1 && w.column > 0) {
      // Skip to the value's start in characters.
      int col = 1;
      while (from < source.size() && col < w.column) {
        if ((static_cast<unsigned char>(source[from]) & 0xC0) != 0x80) ++col;
        ++from;
      }
    }
    // Quotes and escapes only ever make the source longer than the value: the word is no
    // nearer the line's start than in the value, nor before the finding before it.
    from += offset - where.value_lines.line_start();
    if (where.line == line) from = std::max(from, where.found_end);
    from = std::min(from, source.size());
    std::string lower_word = to_lower_ascii(word);
    std::size_t at =
        std::string_view(source).substr(from, kSearchWindow + word.size()).find(lower_word);
    if (lower_word.empty() || at == std::string::npos)
      return lc.line == 1 ? w : SourceLocation{w.path, line, 1};
    at += from;
    if (where.line != line) {
      where.line = line;
      where.byte = 0;
      where.column = 1;
    }
    for (; where.byte < at; ++where.byte)
      if ((static_cast<unsigned char>(source[where.byte]) & 0xC0) != 0x80) ++where.column;
    where.found_end = at + lower_word.size();
    return {w.path, line, where.column};
  }

  // A line of a content file in lower case (ASCII), read once per file.
  const std::string& lower_source_line(const std::string& path, int line) {
    std::lock_guard<std::mutex> lock(files_mutex_);
    auto it = files_.find(path);
    if (it == files_.end()) {
      std::vector<std::string> lines;
      std::ifstream in(site_.dir + "/" + path, std::ios::binary);
      std::string l;
      while (std::getline(in, l)) lines.push_back(to_lower_ascii(l));
      it = files_.emplace(path, std::move(lines)).first;
    }
    static const std::string kEmpty;
    return line >= 1 && static_cast<std::size_t>(line) <= it->second.size() ? it->second[line - 1]
                                                                            : kEmpty;
  }

  // Whether an `allow` phrase of the rule covers the offset: only the phrase's own length around
  // it is searched, so a text full of findings is not searched again for each one.
  static bool intended(const LanguageRule& rule, const std::string& lower_text,
                       std::size_t offset) {
    for (const auto& phrase : rule.allow) {
      std::string p = to_lower_ascii(phrase);
      if (p.empty()) continue;
      std::size_t from = offset >= p.size() ? offset - p.size() + 1 : 0;
      std::string_view around = std::string_view(lower_text).substr(from, offset + p.size() - from);
      if (around.find(p) != std::string_view::npos) return true;
    }
    return false;
  }

  void check(const Text& t) {
    const std::string& value = t.text->value;
    bool body = t.kind == TextKind::body;
    std::string words_text = body ? mask_markdown(value, false) : value;
    const std::string lower_value = to_lower_ascii(value);
    Locator words_at(value);
    for (const auto& m : avoided_.find(words_text).matches) {
      std::size_t r = static_cast<std::size_t>(m.rule - rules_.data());
      const LanguageRule& rule = language_[r];
      if (intended(rule, lower_value, m.offset)) continue;
      std::string hint = "say \"" + rule.say + "\" instead";
      if (!rule.why.empty()) hint += ". " + rule.why;
      hint += " (if this use is intended, add the phrase to `allow` in " + rules_file_ + ")";
      diags_.warning(locate(t, words_at, m.offset, m.found),
                     "\"" + m.found + "\" in " + t.label + " is a word to avoid", hint,
                     "language-of-care");
    }
    std::string acronym_text = body ? mask_markdown(value, true) : value;
    std::set<std::string> reported;
    Locator acronyms_at(value);
    for (const auto& a : lint::find_acronyms(acronym_text)) {
      if (known_.count(a.acronym) || !reported.insert(a.acronym).second) continue;
      diags_.warning(locate(t, acronyms_at, a.offset, a.acronym),
                     "the short form " + a.acronym + " in " + t.label + " is not explained",
                     "add it to content/glossary.yaml with `means:` and a `plain:` explanation, or "
                     "write the words out",
                     "unexplained-acronym");
    }
    if (reading_age_ && (t.kind == TextKind::plain || t.kind == TextKind::body))
      check_reading_age(t, body);
  }

  void check_reading_age(const Text& t, bool body) {
    std::string prose = body ? lint::prose_from_markdown(t.text->value) : t.text->value;
    const auto finding = lint::judge_reading(lint::measure_readability(prose, explained_),
                                             site_.config.reading_age, body ? kBodyAllowance : 0);
    if (finding)
      diags_.warning(t.text->where, t.label + " " + finding->problem, finding->hint, "reading-age");
  }

  const Site& site_;
  Diagnostics& diags_;
  const std::vector<LanguageRule>& language_;
  std::string rules_file_;
  bool reading_age_;
  std::vector<lint::AvoidRule> rules_;  // language_'s, in its order
  lint::AvoidedWords avoided_;          // all of rules_ in one automaton, built once
  std::set<std::string> known_;
  std::set<std::string> explained_;  // the words of glossary terms, in lower case
  std::vector<Text> texts_;
  std::mutex files_mutex_;
  std::map<std::string, std::vector<std::string>> files_;
};

}  // namespace

bool is_english(const std::string& tag) {
  return to_lower_ascii(tag.substr(0, tag.find('-'))) == "en";
}

std::vector<std::string> languages_without_reading_age(const SiteConfig& config) {
  std::vector<std::string> out;
  if (!is_english(config.language)) out.push_back(config.language);
  for (const auto& l : config.languages)
    if (!is_english(l.value)) out.push_back(l.value);
  return out;
}

void lint_site(const Site& site, Diagnostics& diags) {
  lint_site_address(site.config, diags);
  SiteLinter(site, diags, main_texts(site), site.language, site.glossary, "content/language.yaml",
             is_english(site.config.language))
      .run();
  for (const auto& lang : site.config.languages) {
    LanguageTexts t = translated_texts(site, lang.value);
    SiteLinter(site, diags, std::move(t.texts), *t.rules, *t.glossary, t.rules_file,
               is_english(lang.value))
        .run();
  }
}

}  // namespace promisehub
