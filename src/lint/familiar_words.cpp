// The familiar-word list, read once from the copy built into the program, and its word forms.
#include "lint/familiar_words.h"

#include <unordered_set>

#include "core/text.h"

namespace promisehub::lint {

extern const char kFamiliarWordList[];  // data/familiar_words.txt, embedded by CMake

namespace {

const std::unordered_set<std::string>& listed_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    std::string_view list(kFamiliarWordList);
    while (!list.empty()) {
      std::size_t end = list.find('\n');
      std::string_view line = list.substr(0, end);
      list.remove_prefix(end == std::string_view::npos ? list.size() : end + 1);
      if (!line.empty() && line.front() != '#') out.emplace(line);
    }
    return out;
  }();
  return words;
}

// Lower case ASCII; ’ as '.
std::string folded(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    const char c = word[i];
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

class Familiar {
 public:
  explicit Familiar(const std::set<std::string>& extra) : extra_(extra) {}

  bool word(const std::string& w) const {
    if (w.find('-') != std::string::npos) {
      std::size_t begin = 0;
      while (begin <= w.size()) {
        std::size_t end = w.find('-', begin);
        if (end == std::string::npos) end = w.size();
        if (end == begin || !single(w.substr(begin, end - begin))) return false;
        begin = end + 1;
      }
      return true;
    }
    return single(w);
  }

 private:
  bool listed(const std::string& w) const {
    return !w.empty() && (listed_words().count(w) || extra_.count(w));
  }

  bool single(std::string w) const {
    if (listed(w)) return true;
    if (ends_with(w, "'s")) {
      w.resize(w.size() - 2);
    } else if (ends_with(w, "s'")) {
      w.resize(w.size() - 1);
    }
    if (listed(w)) return true;
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "er", "r", "est", "st", "ly"}) {
      if (ends_with(w, suffix) && stem(w.substr(0, w.size() - suffix.size()))) return true;
    }
    return false;
  }

  // A word less its ending: as it is, with its final e back, its y back, or a doubled last
  // consonant single again.
  bool stem(const std::string& base) const {
    if (base.size() < 2) return false;
    if (listed(base) || listed(base + "e")) return true;
    const char last = base.back();
    if (last == 'i' && listed(base.substr(0, base.size() - 1) + "y")) return true;
    return !is_vowel(last) && base[base.size() - 2] == last &&
           listed(base.substr(0, base.size() - 1));
  }

  const std::set<std::string>& extra_;
};

}  // namespace

bool is_familiar_word(std::string_view word, const std::set<std::string>& extra) {
  return Familiar(extra).word(folded(word));
}

}  // namespace promisehub::lint
