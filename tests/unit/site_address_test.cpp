// Which base_url addresses are examples (RFC 2606 and 6761 names), and which are real.
#include "lint/site_address.h"

#include <gtest/gtest.h>

namespace promisehub {
namespace {

TEST(SiteAddress, NamesKeptForExamplesAreFound) {
  EXPECT_EQ(placeholder_host("https://promise.example.org/"), "promise.example.org");
  EXPECT_EQ(placeholder_host("https://EXAMPLE.COM/promise/"), "example.com");
  EXPECT_EQ(placeholder_host("https://www.example.net:8443/"), "www.example.net");
  EXPECT_EQ(placeholder_host("https://example.org./"), "example.org");
  EXPECT_EQ(placeholder_host("https://hub.example/"), "hub.example");
  EXPECT_EQ(placeholder_host("https://council.test/"), "council.test");
  EXPECT_EQ(placeholder_host("http://localhost:1313/"), "localhost");
  EXPECT_EQ(placeholder_host("https://site.invalid/"), "site.invalid");
}

TEST(SiteAddress, RealAddressesPass) {
  EXPECT_EQ(placeholder_host("https://www.midlothian.gov.uk/promise/"), std::nullopt);
  EXPECT_EQ(placeholder_host("https://promise-hub.netlify.app/"), std::nullopt);
  // Only the whole name counts: these merely contain the words.
  EXPECT_EQ(placeholder_host("https://myexample.org/"), std::nullopt);
  EXPECT_EQ(placeholder_host("https://example.org.uk/"), std::nullopt);
  EXPECT_EQ(placeholder_host("https://contest.scot/"), std::nullopt);
}

}  // namespace
}  // namespace promisehub
