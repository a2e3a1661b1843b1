// The catalog's texts, patterns and dates.
#include "i18n/catalog.h"

#include <stdexcept>

#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/listformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace promisehub {
namespace {

// {{t.a.b}} is a map "a" holding "b": mstch reads dotted names one map at a time.
// A `_html` text is written with {{{ }}}; the others are escaped by mstch as usual.
void put(mstch::map& into, const std::string& key, const std::string& value) {
  std::size_t dot = key.find('.');
  if (dot == std::string::npos) {
    into[key] = value;
    return;
  }
  std::string head = key.substr(0, dot);
  auto it = into.find(head);
  if (it == into.end() || !boost::get<mstch::map>(&it->second))
    it = into.insert_or_assign(head, mstch::map{}).first;
  put(boost::get<mstch::map>(it->second), key.substr(dot + 1), value);
}

}  // namespace

// ICU's date formatters are not safe to share between threads, and a site shows the same few
// hundred dates on thousands of pages: one formatter per precision behind a lock, with the
// results kept.
struct Catalog::Dates {
  std::mutex mutex;
  std::unique_ptr<icu::SimpleDateFormat> day, month, year, short_month;
  std::unique_ptr<icu::Calendar> calendar;
  std::map<std::tuple<int, int, int, bool>, std::string> done;
};

namespace {

std::unique_ptr<icu::SimpleDateFormat> formatter(icu::DateTimePatternGenerator* generator,
                                                 const icu::Locale& locale, const char* skeleton) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString pattern = generator
                                   ? generator->getBestPattern(icu::UnicodeString(skeleton), status)
                                   : icu::UnicodeString(skeleton);
  if (U_FAILURE(status)) pattern = icu::UnicodeString(skeleton), status = U_ZERO_ERROR;
  auto f = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  if (U_FAILURE(status)) return nullptr;
  f->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  return f;
}

}  // namespace

Catalog::Catalog(std::string language, std::string locale, std::map<std::string, Entry> entries)
    : language_(std::move(language)),
      locale_(std::move(locale)),
      entries_(std::move(entries)),
      dates_(std::make_shared<Dates>()) {
  for (const auto& [key, e] : entries_)
    if (e.message.args.empty()) put(mustache_, key, e.message.plain);
  icu::Locale loc(locale_.c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(loc, status));
  if (U_FAILURE(status)) generator.reset();
  dates_->day = formatter(generator.get(), loc, "dMMMMy");
  dates_->month = formatter(generator.get(), loc, "MMMMy");
  dates_->year = formatter(generator.get(), loc, "y");
  dates_->short_month = formatter(generator.get(), loc, "MMMy");
  status = U_ZERO_ERROR;
  dates_->calendar.reset(
      new icu::GregorianCalendar(icu::TimeZone::createTimeZone("UTC"), loc, status));
  if (U_FAILURE(status)) dates_->calendar.reset();
}

const Catalog::Entry& Catalog::entry(const std::string& key) const {
  auto it = entries_.find(key);
  if (it == entries_.end())
    throw std::runtime_error("the theme's words have no `" + key + "` (i18n/en.yaml)");
  return it->second;
}

const std::string& Catalog::text(const std::string& key) const {
  return entry(key).message.plain;
}

std::string Catalog::format(const std::string& key, std::initializer_list<MessageArg> args) const {
  return format_message(entry(key).message, locale_, args);
}

std::string Catalog::list(const std::vector<std::string>& items) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::ListFormatter> f(
      icu::ListFormatter::createInstance(icu::Locale(locale_.c_str()), status));
  std::vector<icu::UnicodeString> parts;
  for (const auto& i : items) parts.push_back(icu::UnicodeString::fromUTF8(i));
  icu::UnicodeString out;
  if (f) f->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
  std::string text;
  if (!f || U_FAILURE(status)) {
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? ", " : "") + items[i];
    return text;
  }
  out.toUTF8String(text);
  return text;
}

std::string Catalog::lower(const std::string& text) const {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toLower(icu::Locale(locale_.c_str())).toUTF8String(out);
  return out;
}

std::string Catalog::date(const Date& d) const {
  return format_date(d, false);
}

std::string Catalog::short_date(const Date& d) const {
  return format_date(d, true);
}

std::string Catalog::format_date(const Date& d, bool short_month) const {
  std::lock_guard<std::mutex> lock(dates_->mutex);
  auto key = std::make_tuple(d.year, d.month, d.day, short_month);
  auto done = dates_->done.find(key);
  if (done != dates_->done.end()) return done->second;
  icu::SimpleDateFormat* f = d.month == 0  ? dates_->year.get()
                             : short_month ? dates_->short_month.get()
                             : d.day == 0  ? dates_->month.get()
                                           : dates_->day.get();
  if (!f || !dates_->calendar) return d.human();
  UErrorCode status = U_ZERO_ERROR;
  dates_->calendar->clear();
  dates_->calendar->set(d.year, d.month ? d.month - 1 : 0, d.day ? d.day : 1, 12, 0);
  UDate when = dates_->calendar->getTime(status);
  if (U_FAILURE(status)) return d.human();
  icu::UnicodeString out;
  f->format(when, out);
  std::string text;
  out.toUTF8String(text);
  return dates_->done.emplace(key, text).first->second;
}

}  // namespace promisehub
