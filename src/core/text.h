// Small text helpers: UTF-8 checks, escaping for each output context, safe URLs, slugs and ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace promisehub {

bool is_valid_utf8(std::string_view s);
// Byte offset of the first invalid UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);
// Each byte that is not part of valid UTF-8, and each NUL, becomes U+FFFD.
std::string to_valid_utf8(std::string_view s);

std::string escape_html(std::string_view s);  // text and attribute values (quotes escaped too)
std::string escape_xml(std::string_view s);   // XML text and attributes (feeds, sitemap)
std::string escape_json(std::string_view s);  // inside a JSON string literal

// Only http, https, mailto, tel and relative targets may reach a page from content.
bool is_safe_url(std::string_view url);
// A full http:// or https:// address with a host and no spaces, controls, quotes or brackets.
bool is_web_address(std::string_view url);

// Ids of plans, groups, actions and indicators: letters, digits, '.', '-', '_' (spec §3),
// not starting with '.', so an id can never climb out of a folder.
bool is_safe_id(std::string_view id);
// Slugs used as URL path segments: lower-case letters, digits and '-'.
bool is_safe_slug(std::string_view slug);
// "Family Group Decision-Making!" -> "family-group-decision-making".
std::string slugify(std::string_view text);

std::string trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// Replaces every occurrence of `from` in `s` with `to`.
std::string replace_all(std::string s, std::string_view from, std::string_view to);

// 1-based line and column (in characters) of a byte offset in a text.
std::pair<int, int> line_column_of(std::string_view text, std::size_t offset);

// Levenshtein distance, for "did you mean …?" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate within a small distance, for typo hints.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace promisehub
