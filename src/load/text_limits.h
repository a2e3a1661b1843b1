// How long a text in YAML (a file's fields, an update's or page's front matter) may be. A field
// is copied onto every page that shows it: one 3 MB title made 459 MiB of pages. The limits are
// far above any real text (see README, "Input limits"):
// - one-line fields (titles, names, terms, ids, labels, addresses): 500 characters;
// - paragraph fields (`plain`, `description`, `note`, `why`, a help line's `text`, a status
//   `sentence`, each of `measures`): 5,000 characters, about 800 words;
// - Markdown fields (`summary`, `intro`): kMaxMarkdownBytes (1 MiB), as bodies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

constexpr std::size_t kMaxLineCharacters = 500;
constexpr std::size_t kMaxParagraphCharacters = 5000;

struct TooLong {
  std::string message, hint;
};

// What is wrong with `value`, the text of `key` in `what` ("the update"), if it is too long.
std::optional<TooLong> too_long(std::string_view key, std::string_view what,
                                std::string_view value);

}  // namespace promisehub
