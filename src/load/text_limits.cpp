// The length limits of YAML text fields, by key.
#include "load/text_limits.h"

#include <algorithm>
#include <iterator>

#include "load/source_text.h"

namespace promisehub {
namespace {

enum class Size { line, paragraph, markdown };

Size size_of(std::string_view key) {
  static constexpr std::string_view kParagraphs[] = {"plain", "description", "note",    "why",
                                                     "text",  "sentence",    "measures"};
  static constexpr std::string_view kMarkdown[] = {"summary", "intro"};
  auto in = [&](const auto& keys) {
    return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
  };
  return in(kMarkdown) ? Size::markdown : in(kParagraphs) ? Size::paragraph : Size::line;
}

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The limit of a plain text field, in characters (bytes are counted first: never fewer).
std::optional<TooLong> over_characters(std::string_view value, std::size_t limit,
                                       const std::string& field, const char* hint) {
  if (value.size() <= limit) return std::nullopt;
  std::size_t n = characters(value);
  if (n <= limit) return std::nullopt;
  return TooLong{field + " is " + std::to_string(n) + " characters long, more than the limit of " +
                     std::to_string(limit),
                 hint};
}

}  // namespace

std::optional<TooLong> too_long(std::string_view key, std::string_view what,
                                std::string_view value) {
  const std::string field = "`" + std::string(key) + "` in " + std::string(what);
  switch (size_of(key)) {
    case Size::markdown:
      if (value.size() <= kMaxMarkdownBytes) return std::nullopt;
      return TooLong{field + " is " + std::to_string(value.size() >> 10) +
                         " KiB, more than the limit of " + std::to_string(kMaxMarkdownBytes >> 10) +
                         " KiB for a Markdown text",
                     "shorten it, or put a long document in content/static/ and link to it"};
    case Size::paragraph:
      return over_characters(value, kMaxParagraphCharacters, field,
                             "keep it to a short paragraph in plain words; longer text belongs in "
                             "the Markdown body of an update or page");
    case Size::line:
      return over_characters(value, kMaxLineCharacters, field,
                             "shorten it: a one-line field (a title, a name, a term) is shown "
                             "wherever the thing is listed; longer words belong in `plain` or the "
                             "Markdown body");
  }
  return std::nullopt;
}

}  // namespace promisehub
