// A plan's promises as open data (spec §11): /plans/<plan>/promises.csv and promises.json.
#pragma once

#include <string>

#include "model/site.h"
#include "render/urls.h"

namespace promisehub {

// One row per promise, in the plan's order, with these columns in this order:
// id, group, title, plain, status, due, taking_longer, leads, updates, last_update, address.
// - status is the status key (spec §5), e.g. "in-progress"; due is as the plan writes it
//   ("2024-03", "Every 3 months"); taking_longer is yes/no (true/false in JSON); leads are
//   joined by "; " (a list in JSON); updates counts the site's updates about the promise, and
//   last_update is the newest one's date (YYYY-MM-DD, empty or null when none); address is
//   the promise's page, in full when site.yaml's base_url has a host.
// - CSV: RFC 4180 (comma-separated, CRLF line ends, a field with a comma, quote or line
//   break in double quotes, a quote inside written twice), UTF-8 with a byte order mark so
//   that Excel reads the letters right (its own "CSV UTF-8" files start with one). A field
//   starting with = + - @ or a tab gets a ' in front, so no spreadsheet runs it as a formula.
// - JSON: UTF-8 without a byte order mark (RFC 8259): {"plan": …, "columns": [...],
//   "promises": [{…}, …]}, keys in the column order.
std::string promises_csv(const Site& site, const Plan& plan, const Urls& urls);
std::string promises_json(const Site& site, const Plan& plan, const Urls& urls);

}  // namespace promisehub
