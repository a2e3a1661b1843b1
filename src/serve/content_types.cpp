// Content types by extension: what the site, Pagefind and the web editor use.
#include "serve/content_types.h"

#include <map>

#include "core/text.h"

namespace promisehub {

std::string content_type_for(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {"html", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"json", "application/json"},
      {"map", "application/json"},
      {"webmanifest", "application/manifest+json"},
      {"xml", "application/xml; charset=utf-8"},
      {"txt", "text/plain; charset=utf-8"},
      {"md", "text/markdown; charset=utf-8"},
      {"yml", "text/yaml; charset=utf-8"},
      {"yaml", "text/yaml; charset=utf-8"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"avif", "image/avif"},
      {"ico", "image/x-icon"},
      {"pdf", "application/pdf"},
      {"wasm", "application/wasm"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"csv", "text/csv; charset=utf-8"},
  };
  std::size_t slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name == "feed.xml") return "application/atom+xml; charset=utf-8";
  std::size_t dot = name.rfind('.');
  if (dot == std::string::npos) return "application/octet-stream";
  auto it = types.find(to_lower_ascii(name.substr(dot + 1)));
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace promisehub
