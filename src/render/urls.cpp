// Address helpers.
#include "render/urls.h"

#include "core/text.h"

namespace promisehub {

Urls::Urls(const std::string& base_url, const std::string& folder) : folder_(folder) {
  std::size_t scheme = base_url.find("://");
  std::size_t path =
      scheme == std::string::npos ? std::string::npos : base_url.find('/', scheme + 3);
  if (path == std::string::npos) {
    origin_ = base_url;
    base_path_ = "/";
  } else {
    origin_ = base_url.substr(0, path);
    base_path_ = base_url.substr(path);
  }
  if (base_path_.empty() || base_path_.back() != '/') base_path_ += '/';
  root_ = base_path_;
  base_path_ += folder_;
}

std::string Urls::in_folder(const std::string& url, const std::string& folder) const {
  if (!starts_with(url, base_path_)) return url;
  return root_ + folder + url.substr(base_path_.size());
}

std::string Urls::absolute(const std::string& url) const {
  return origin_ + url;
}

std::string Urls::site_path(const std::string& url) const {
  return starts_with(url, root_) ? url.substr(root_.size()) : url;
}

std::string Urls::file_for(const std::string& site_path) {
  if (site_path.empty()) return "index.html";
  if (site_path.back() == '/') return site_path + "index.html";
  return site_path;
}

}  // namespace promisehub
