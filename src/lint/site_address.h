// The site's own address, as check sees it: an example address (promise.example.org) left in
// site.yaml would send feeds, the sitemap and shared links to a site nobody owns.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

// The host of `url` when it is one kept for examples and tests (RFC 2606 and 6761: example.org,
// example.com, example.net and their sub-domains; names ending .example, .test, .invalid or
// .localhost; localhost), else nullopt.
std::optional<std::string> placeholder_host(const std::string& url);

// A warning at `base_url` in site.yaml when it is such an address (so check --strict fails).
void lint_site_address(const SiteConfig& config, Diagnostics& diags);

}  // namespace promisehub
