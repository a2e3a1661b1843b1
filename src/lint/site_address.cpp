// An example address in site.yaml's base_url.
#include "lint/site_address.h"

#include "core/text.h"

namespace promisehub {

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// `host` is `name` or ends with ".name".
bool is_or_under(const std::string& host, const std::string& name) {
  return host == name || ends_with(host, "." + name);
}

}  // namespace

std::optional<std::string> placeholder_host(const std::string& url) {
  std::size_t start = url.find("://");
  if (start == std::string::npos) return std::nullopt;
  start += 3;
  std::size_t end = url.find_first_of("/:?#", start);
  std::string host = lower_ascii(url.substr(start, end == std::string::npos ? end : end - start));
  while (!host.empty() && host.back() == '.') host.pop_back();  // "example.org." is the same
  if (host.empty()) return std::nullopt;
  for (const char* name :
       {"example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"}) {
    if (is_or_under(host, name)) return host;
  }
  return std::nullopt;
}

void lint_site_address(const SiteConfig& config, Diagnostics& diags) {
  auto host = placeholder_host(config.base_url);
  if (!host) return;
  diags.warning(config.base_url_where,
                "`base_url` is an example address (" + *host +
                    "): feeds, the sitemap and links people share would point there, not at "
                    "your site",
                "set it to the address readers will use, e.g. https://promise.yourcouncil.gov.uk/ "
                "or the address Netlify gives the site (Site configuration, Domain management)",
                "example-base-url");
}

}  // namespace promisehub
