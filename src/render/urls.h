// Every address of the built site (spec §8), in one place. Links are root-relative under the
// base_url's path, so a hub can live at https://council.gov.uk/promise/ as well as at a root.
#pragma once

#include <cstddef>
#include <string>

namespace promisehub {

class Urls {
 public:
  // `folder`: where a language other than the main one lives ("gd/"); "" for the main one.
  explicit Urls(const std::string& base_url, const std::string& folder = "");

  const std::string& base_path() const { return root_; }  // the site's root: "/" or "/promise/"
  const std::string& folder() const { return folder_; }
  std::string absolute(const std::string& site_path) const;  // for feeds and canonical links

  std::string home() const { return base_path_; }
  std::string plan(const std::string& plan) const { return base_path_ + "plans/" + plan + "/"; }
  std::string action(const std::string& plan, const std::string& id) const {
    return this->plan(plan) + id + "/";
  }
  std::string plan_filter(const std::string& plan, const std::string& kind,
                          const std::string& value) const {
    return this->plan(plan) + kind + "/" + value + "/";
  }
  std::string indicators(const std::string& plan) const { return this->plan(plan) + "indicators/"; }
  std::string plan_feed(const std::string& plan) const { return this->plan(plan) + "feed.xml"; }
  // The plan's promises as open data: "csv" or "json".
  std::string plan_data(const std::string& plan, const std::string& format) const {
    return this->plan(plan) + "promises." + format;
  }
  std::string updates() const { return base_path_ + "updates/"; }
  // Page n (from 1) of the list of updates.
  std::string updates_page(std::size_t n) const {
    return n == 1 ? updates() : updates() + "page/" + std::to_string(n) + "/";
  }
  std::string update(const std::string& slug) const { return updates() + slug + "/"; }
  std::string page(const std::string& slug) const { return base_path_ + slug + "/"; }
  std::string glossary() const { return base_path_ + "glossary/"; }
  std::string feed() const { return base_path_ + "feed.xml"; }
  std::string not_found() const { return base_path_ + "404.html"; }
  // One for the site, whatever the language.
  std::string sitemap() const { return root_ + "sitemap.xml"; }
  std::string admin() const { return root_ + "admin/"; }
  std::string asset(const std::string& path) const { return root_ + path; }

  // The same page in the language that lives in `folder` ("" for the main one).
  std::string in_folder(const std::string& url, const std::string& folder) const;

  // "plans/x/" -> "plans/x/index.html": where a page address is written on disk.
  static std::string file_for(const std::string& site_path);
  // The site path (without the site's root, with a language's folder) of an address made above.
  std::string site_path(const std::string& url) const;

 private:
  std::string origin_;     // "https://promise.example.org"
  std::string root_;       // "/"
  std::string folder_;     // "" or "gd/"
  std::string base_path_;  // root_ + folder_: the language's home
};

}  // namespace promisehub
