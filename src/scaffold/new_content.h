// The files `promisehub new` writes: a progress update or a page, with the front matter filled
// in and notes (YAML comments) that help people write plainly for the site's reading age.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

struct NewUpdate {
  std::string title;
  Date date;
  std::string plan;
  std::vector<std::string> actions;
};

// "Family time: what's new?" -> "family-time-whats-new", cut at a word to at most 60 letters.
// Empty when the title has no letters or digits a web address can use.
std::string file_slug(const std::string& title);

// Reports a plan or action the site does not have, with the closest match and the ones it has.
void check_update_targets(const Site& site, const NewUpdate& update, Diagnostics& diags);

// The text of content/updates/<date>-<slug>.md: a draft. `site` gives the plan, the promises'
// plain words and current statuses, and the reading age for the notes.
std::string update_file_text(const Site& site, const NewUpdate& update);

// The text of content/pages/<slug>.md.
std::string page_file_text(const std::string& title, int reading_age);

// Creates `path` with `text`, never replacing a file that exists. A message when it cannot.
std::optional<std::string> write_new_file(const std::string& path, const std::string& text);

// `text` as a YAML double-quoted scalar: any title is safe to write.
std::string yaml_quoted(const std::string& text);

}  // namespace promisehub
