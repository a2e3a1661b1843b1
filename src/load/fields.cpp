// Schema checks for one YAML mapping.
#include "load/fields.h"

#include <cmath>
#include <set>

#include "core/controls.h"
#include "core/numbers.h"
#include "core/text.h"
#include "load/text_limits.h"
#include "load/yaml_document.h"

namespace promisehub {

std::string list_of(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ", ";
    out += words[i];
  }
  return out;
}

bool FileProblems::admit(const SourceLocation& where) {
  if (++count_ <= kLimit) return true;
  if (count_ == kLimit + 1) {
    out_.error(where, "more than " + std::to_string(kLimit) + " problems in this file",
               "fix those shown first; the rest are not listed", "too-many-problems");
  }
  return false;
}

void FileProblems::error(SourceLocation where, std::string message, std::string hint,
                         std::string code) {
  if (admit(where))
    out_.error(std::move(where), std::move(message), std::move(hint), std::move(code));
}

void FileProblems::warning(SourceLocation where, std::string message, std::string hint,
                           std::string code) {
  if (admit(where))
    out_.warning(std::move(where), std::move(message), std::move(hint), std::move(code));
}

Fields::Fields(const YAML::Node& node, std::string path, int first_line, std::string what,
               std::vector<std::string> allowed, FileProblems& diags)
    : node_(node),
      path_(std::move(path)),
      first_line_(first_line),
      what_(std::move(what)),
      diags_(diags) {
  if (!node_.IsMap()) {
    std::string kind = node_.IsSequence() ? "a list" : node_.IsNull() ? "empty" : "a single value";
    diags_.error(at(node_), what_ + " should be a set of `key: value` lines, but it is " + kind,
                 "write it as `title: …` lines, one key per line", "not-a-map");
    return;
  }
  is_map_ = true;
  std::set<std::string> seen;
  for (auto it = node_.begin(); it != node_.end() && !diags_.full(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      diags_.error(at(key), "a key in " + what_ + " is not plain text",
                   "keys are single words such as `title`", "bad-key");
      continue;
    }
    std::string name = key.Scalar();
    if (!seen.insert(name).second) {
      diags_.error(at(key), "`" + name + "` is written twice in " + what_,
                   "keep one of them; only the first would be used", "duplicate-key");
      continue;
    }
    bool known = false;
    for (const auto& a : allowed) known = known || a == name;
    if (!known) {
      std::string hint;
      if (auto guess = closest_match(name, allowed)) hint = "did you mean `" + *guess + "`? ";
      hint += "Allowed keys: " + list_of(allowed);
      diags_.error(at(key), "unknown key `" + name + "` in " + what_, hint, "unknown-key");
      continue;
    }
    entries_.push_back({name, {key, it->second}});
  }
}

SourceLocation Fields::at(const YAML::Node& n) const {
  return location_of(n.Mark(), path_, first_line_);
}

bool Fields::has(const std::string& key) const {
  return get(key).has_value();
}

bool Fields::has_key_written(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.first == key) return true;
  return false;
}

std::optional<YAML::Node> Fields::get(const std::string& key) const {
  for (const auto& e : entries_) {
    if (e.first == key) {
      const YAML::Node& v = e.second.second;
      // An emptied field (`key:`, `key: ""`, as web editors write them) counts as not given.
      if (v.IsNull() || (v.IsScalar() && trim(v.Scalar()).empty())) return std::nullopt;
      return v;
    }
  }
  return std::nullopt;
}

SourceLocation Fields::key_at(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.first == key) return at(e.second.first);
  return where();
}

std::optional<LocatedText> Fields::scalar_text(const YAML::Node& n, const std::string& key) const {
  if (!n.IsScalar()) {
    std::string kind = n.IsSequence() ? "a list" : n.IsMap() ? "a set of keys" : "empty";
    diags_.error(at(n), "`" + key + "` in " + what_ + " should be text, but it is " + kind,
                 "write it on one line after `" + key + ":`, in quotes if it contains ': '",
                 "wrong-type");
    return std::nullopt;
  }
  if (auto too_long_text = too_long(key, what_, n.Scalar())) {
    diags_.error(at(n), too_long_text->message, too_long_text->hint, "field-too-long");
    return std::nullopt;
  }
  // YAML escapes in quotes ("\x1b", "\u0001", "\0") decode to controls the raw file never held.
  if (auto control = first_control_character(n.Scalar())) {
    diags_.error(
        at(n),
        "`" + key + "` in " + what_ + " contains a control character (" + control->name() + ")",
        "delete the escape that makes it (such as \\x01, \\u0001 or \\0 in quotes)",
        "control-character");
    return std::nullopt;
  }
  return LocatedText{n.Scalar(), at(n)};
}

std::optional<LocatedText> Fields::text(const std::string& key, bool required,
                                        const std::string& hint) const {
  auto n = get(key);
  if (!n) {
    if (required) {
      diags_.error(has_key_written(key) ? key_at(key) : where(), what_ + " has no `" + key + "`",
                   hint.empty() ? "add `" + key + ": …`" : hint, "missing-key");
    }
    return std::nullopt;
  }
  auto t = scalar_text(*n, key);
  if (t && required && trim(t->value).empty()) {
    diags_.error(t->where, "`" + key + "` in " + what_ + " is empty",
                 hint.empty() ? "write something after `" + key + ":`" : hint, "empty-value");
    return std::nullopt;
  }
  return t;
}

std::vector<LocatedText> Fields::text_list(const std::string& key) const {
  std::vector<LocatedText> out;
  auto n = get(key);
  if (!n) return out;
  if (n->IsScalar()) {  // a single value is a list of one: "leads: Head of Service"
    if (auto t = scalar_text(*n, key)) out.push_back(*t);
    return out;
  }
  if (!n->IsSequence()) {
    diags_.error(at(*n), "`" + key + "` in " + what_ + " should be a list",
                 "write it as [first, second] or as lines starting with `- `", "wrong-type");
    return out;
  }
  for (const YAML::Node& item : *n) {
    if (diags_.full()) break;
    if (auto t = scalar_text(item, key)) out.push_back(*t);
  }
  return out;
}

std::optional<Located<Date>> Fields::date(const std::string& key, bool required) const {
  auto t = text(key, required);
  if (!t) return std::nullopt;
  Date d;
  switch (parse_date(trim(t->value), d)) {
    case DateParse::ok:
      return Located<Date>{d, t->where};
    case DateParse::invalid:
      diags_.error(t->where, "`" + key + "` in " + what_ + " is not a real date: " + t->value,
                   "check the month (01–12) and the day of the month", "bad-date");
      break;
    case DateParse::not_a_date:
      diags_.error(t->where,
                   "`" + key + "` in " + what_ + " should be a date, not \"" + t->value + "\"",
                   "write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-06-30", "bad-date");
      break;
  }
  return std::nullopt;
}

std::optional<double> Fields::number(const std::string& key, bool required) const {
  auto t = text(key, required);
  if (!t) return std::nullopt;
  std::string s = trim(t->value);
  const std::string name = "`" + key + "` in " + what_;
  const std::string how = "write the figure as a plain number, e.g. 42 or 3.5";
  double v = 0;
  switch (parse_plain_number(s, v)) {
    case NumberParse::ok:
      return v;
    case NumberParse::not_a_number:
      diags_.error(t->where, name + " should be a number, not \"" + s + "\"",
                   how +
                       ": digits, `.` before decimals, `-` in front if below zero; no commas, "
                       "spaces, letters or units",
                   "bad-number");
      break;
    case NumberParse::too_large:
      diags_.error(t->where, name + " is too large: " + s,
                   how + ", smaller than 1,000,000,000,000 (a million million) either way",
                   "bad-number");
      break;
    case NumberParse::too_many_digits:
      diags_.error(
          t->where, name + " has more than " + std::to_string(kFigureDigits) + " digits: " + s,
          how + ", rounded to " + std::to_string(kFigureDigits) + " digits or fewer", "bad-number");
      break;
  }
  return std::nullopt;
}

std::optional<int> Fields::integer(const std::string& key, int min, int max) const {
  auto v = number(key);
  if (!v) return std::nullopt;
  if (*v != std::floor(*v) || *v < min || *v > max) {
    diags_.error(key_at(key),
                 "`" + key + "` in " + what_ + " should be a whole number from " +
                     std::to_string(min) + " to " + std::to_string(max),
                 "", "bad-number");
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::optional<bool> Fields::boolean(const std::string& key) const {
  auto t = text(key);
  if (!t) return std::nullopt;
  std::string v = to_lower_ascii(trim(t->value));
  if (v == "true" || v == "yes" || v == "on") return true;
  if (v == "false" || v == "no" || v == "off") return false;
  diags_.error(t->where, "`" + key + "` in " + what_ + " should be true or false", "",
               "bad-boolean");
  return std::nullopt;
}

}  // namespace promisehub
