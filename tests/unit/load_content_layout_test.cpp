// What content/ and site.yaml hold, said plainly: a base_url whose path a browser rewrites (serve
// used to redirect for ever).
#include <gtest/gtest.h>

#include "core/text.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string with_base_url(const std::string& url) {
  std::string yaml = TempSite::kSiteYaml;
  return replace_all(yaml, "base_url: https://hub.example.org/", "base_url: " + url);
}

TEST(BaseUrl, PathTricksAreErrorsAtTheValue) {
  for (const char* url : {"https://hub.example.org/a/../b/", "https://hub.example.org/./",
                          "https://hub.example.org/%2E%2e/", "https://hub.example.org//",
                          "https://hub.example.org/a//b/", "https://x@hub.example.org/",
                          "https://hub.example.org/a%2fb/", "https://hub.example.org/.."}) {
    TempSite site;
    site.write("content/site.yaml", with_base_url(url));
    auto messages = site.messages();
    EXPECT_TRUE(testing::any_message_has(
        messages, {"content/site.yaml:2:11: error: `base_url` should be the site's address as "
                   "readers see it, but it has"}))
        << url << "\n"
        << join(messages, "\n");
  }
}

TEST(BaseUrl, PlainAddressesPass) {
  for (const char* url :
       {"https://hub.example.org", "https://hub.example.org/",
        "https://www.example.gov.uk/promise/", "http://localhost:8080/a_b/c-d.e~f/"}) {
    TempSite site;
    site.write("content/site.yaml", with_base_url(url));
    EXPECT_TRUE(site.messages().empty()) << url << "\n" << join(site.messages(), "\n");
  }
}

}  // namespace
}  // namespace promisehub
