// ICU MessageFormat behind plain strings: patterns are parsed to check them and to learn their
// arguments, then formatted with a MessageFormat of their own each time (ICU's formatters
// create their plural rules lazily, so one shared between threads would race).
#include "i18n/message.h"

#include <algorithm>
#include <memory>

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

namespace promisehub {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Characters (code points) before UTF-16 offset `units` of `s`.
std::size_t code_points_before(const icu::UnicodeString& s, int32_t units) {
  return static_cast<std::size_t>(s.countChar32(0, std::min(units, s.length())));
}

}  // namespace

std::optional<Message> parse_message(const std::string& pattern, const std::string& locale,
                                     PatternError& error) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(pattern);
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  icu::MessagePattern parts(text, &parse_error, status);
  if (U_FAILURE(status)) {
    error.offset = code_points_before(text, parse_error.offset);
    error.message = status == U_UNMATCHED_BRACES ? "a `{` or `}` is not matched"
                    : status == U_PATTERN_SYNTAX_ERROR
                        ? "this is not a pattern ICU understands"
                        : std::string("ICU cannot read it (") + u_errorName(status) + ")";
    return std::nullopt;
  }
  Message m;
  m.pattern = pattern;
  for (int32_t i = 0; i + 1 < parts.countParts(); ++i) {
    if (parts.getPartType(i) != UMSGPAT_PART_TYPE_ARG_START) continue;
    std::string name = utf8(parts.getSubstring(parts.getPart(i + 1)));
    if (std::find(m.args.begin(), m.args.end(), name) == m.args.end()) m.args.push_back(name);
  }
  // The formatter checks what the pattern parser does not: plural keywords and argument types.
  icu::MessageFormat format(text, icu::Locale(locale.c_str()), parse_error, status);
  if (U_FAILURE(status)) {
    error.offset = code_points_before(text, parse_error.offset);
    error.message = std::string("ICU cannot use this pattern (") + u_errorName(status) +
                    "): check each plural's forms (zero, one, two, few, many, other) and that "
                    "it has `other`";
    return std::nullopt;
  }
  if (m.args.empty()) {
    icu::UnicodeString out;
    icu::FieldPosition pos;
    format.format(nullptr, 0, out, pos, status);
    m.plain = U_SUCCESS(status) ? utf8(out) : pattern;
  }
  return m;
}

std::string format_message(const Message& message, const std::string& locale,
                           std::initializer_list<MessageArg> args) {
  if (message.args.empty()) return message.plain;
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(message.pattern),
                            icu::Locale(locale.c_str()), parse_error, status);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const MessageArg& a : args) {
    names.push_back(icu::UnicodeString::fromUTF8(a.name));
    values.push_back(a.is_number ? icu::Formattable(a.number)
                                 : icu::Formattable(icu::UnicodeString::fromUTF8(a.text)));
  }
  icu::UnicodeString out;
  format.format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  return U_SUCCESS(status) ? utf8(out) : message.pattern;
}

}  // namespace promisehub
