// The words of one language: every text the theme and the generator write, by key, from the
// theme's i18n/<lang>.yaml over its i18n/en.yaml over the English built into the program.
// A render is given one catalog; a render per language is a render with another catalog.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "core/dates.h"
#include "core/source_location.h"
#include "i18n/message.h"

namespace promisehub {

class Catalog {
 public:
  struct Entry {
    Message message;
    SourceLocation where;  // where the text that is used is written
  };

  Catalog(std::string language, std::string locale, std::map<std::string, Entry> entries);

  const std::string& language() const { return language_; }  // "gd", "en-GB"
  const std::string& locale() const { return locale_; }      // the ICU locale of its dates

  bool has(const std::string& key) const { return entries_.count(key) > 0; }
  // A text that takes no arguments. An unknown key is a fault in the program, not in content:
  // it throws, and the render reports it.
  const std::string& text(const std::string& key) const;
  // A pattern with arguments: format("count.promises", {{"count", 3}}).
  std::string format(const std::string& key, std::initializer_list<MessageArg> args) const;

  // "2025", "June 2025" or "1 June 2025", in words, by the locale's own (CLDR) patterns.
  std::string date(const Date& date) const;
  // "Nov 2022" or "2022", for a chart's axis.
  std::string short_date(const Date& date) const;

  // "a, b and c", as the language joins a list (ICU's list patterns from CLDR).
  std::string list(const std::vector<std::string>& items) const;
  // In small letters, by the language's own rules.
  std::string lower(const std::string& text) const;

  // Every text that takes no arguments, for templates as {{t.section.key}}.
  const mstch::map& mustache() const { return mustache_; }

  const std::map<std::string, Entry>& entries() const { return entries_; }

 private:
  const Entry& entry(const std::string& key) const;
  std::string format_date(const Date& date, bool short_month) const;

  std::string language_, locale_;
  std::map<std::string, Entry> entries_;
  mstch::map mustache_;
  struct Dates;
  std::shared_ptr<Dates> dates_;
};

}  // namespace promisehub
