// Scaffolding for new updates and pages.
#include "scaffold/new_content.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/text.h"
#include "load/fields.h"
#include "model/status.h"

namespace promisehub {
namespace {

constexpr std::size_t kLongestSlug = 60;

// Text shown inside a YAML comment: one line, trimmed.
std::string one_line(const std::string& text) {
  std::string out = trim(replace_all(replace_all(text, "\r", " "), "\n", " "));
  if (out.size() > 140) out = out.substr(0, 137) + "...";
  return out;
}

std::string hints_for_plain_words(int reading_age) {
  std::string age = std::to_string(reading_age);
  return "# Write for a reader aged " + age +
         " (the site's reading age): short sentences of 15 words\n"
         "# or fewer, everyday words, \"we\" for the council and \"you\" for the reader.\n"
         "# Explain any short form the first time (CSW, LAC ...). Say \"home\", not "
         "\"placement\".\n";
}

}  // namespace

std::string file_slug(const std::string& title) {
  std::string slug = slugify(title);
  if (slug.size() > kLongestSlug) {
    std::size_t cut = slug.rfind('-', kLongestSlug);
    slug.resize(cut == std::string::npos || cut < 10 ? kLongestSlug : cut);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug;
}

// JSON string escapes are valid in YAML double-quoted scalars (YAML 1.2 is a superset of JSON).
std::string yaml_quoted(const std::string& text) {
  return "\"" + escape_json(text) + "\"";
}

void check_update_targets(const Site& site, const NewUpdate& update, Diagnostics& diags) {
  const Plan* plan = site.find_plan(update.plan);
  if (!plan) {
    std::vector<std::string> ids;
    for (const auto& p : site.plans) ids.push_back(p.id);
    std::string hint;
    if (auto guess = closest_match(update.plan, ids)) hint = "did you mean `" + *guess + "`? ";
    hint += ids.empty() ? "add a plan to content/plans/ first"
                        : "the plans are: " + list_of(ids) + " (file names in content/plans/)";
    diags.error({"content/plans", 0, 0}, "there is no plan `" + update.plan + "`", hint,
                "unknown-plan");
    return;
  }
  std::vector<std::string> ids;
  for (const auto& a : plan->actions) ids.push_back(a.id);
  for (const auto& id : update.actions) {
    if (plan->find_action(id)) continue;
    std::string hint;
    if (auto guess = closest_match(id, ids)) hint = "did you mean `" + *guess + "`? ";
    hint += ids.size() <= 20 ? "the promises in this plan are: " + list_of(ids)
                             : "see the `id:` of each action in " + plan->path;
    diags.error({plan->path, 0, 0}, "plan " + plan->id + " has no action `" + id + "`", hint,
                "unknown-action");
  }
}

std::string update_file_text(const Site& site, const NewUpdate& update) {
  const Plan* plan = site.find_plan(update.plan);
  std::string out = "---\n";
  out +=
      "# A progress update. Lines that start with # are notes for you: the site does not\n"
      "# show them. You can delete them when you are done.\n";
  out += hints_for_plain_words(site.config.reading_age);
  out += "title: " + yaml_quoted(update.title) + "\n";
  out +=
      "# `plain`: one short sentence that says what changed, for example:\n"
      "#   More families got help to stay together this year.\n";
  out += "plain: \"\"\n";
  out += "date: " + update.date.iso() + "\n";
  out += "plan: " + yaml_quoted(update.plan) + "\n";
  std::vector<std::string> quoted;
  if (plan && !update.actions.empty()) {
    out += "# The promises this update is about (what each says now, and its status now):\n";
    for (const auto& id : update.actions) {
      quoted.push_back(yaml_quoted(id));
      const Action* action = plan->find_action(id);
      if (!action) continue;
      out += "#   " + id + ": " + one_line(action->plain.value) +
             " (now: " + one_line(site.status(action->current_status).label) + ")\n";
    }
  }
  out += "actions: [" + join(quoted, ", ") + "]\n";
  out +=
      "# Has a promise moved on? Remove the # from the lines below and choose its new status\n"
      "# from: " +
      join(status_keys(), ", ") + "\n";
  out += "# status:\n";
  out += "#   " +
         yaml_quoted(update.actions.empty() ? std::string("1.1") : update.actions.front()) +
         ": done\n";
  out += "# Who the update is from, if you want to say:\n";
  out += "# author: " +
         (site.config.organisation.empty() ? std::string("Children's Services")
                                           : one_line(site.config.organisation)) +
         "\n";
  out += "# `draft: true` keeps this update off the site. Change it to false when it is ready.\n";
  out += "draft: true\n";
  out +=
      "# Write the update below the line with three dashes. You can use Markdown: a line\n"
      "# starting with ## is a heading, a line starting with - is a list item.\n";
  out += "---\n\n";
  return out;
}

std::string page_file_text(const std::string& title, int reading_age) {
  std::string out = "---\n";
  out +=
      "# A page of the site. Lines that start with # are notes for you: the site does not\n"
      "# show them. You can delete them when you are done.\n";
  out += hints_for_plain_words(reading_age);
  out += "title: " + yaml_quoted(title) + "\n";
  out += "# `plain`: one or two short sentences that say what this page is for.\n";
  out += "plain: \"\"\n";
  out += "# `description`: a sentence for search engines and for links shared in messages.\n";
  out += "# description: \"\"\n";
  out +=
      "# `menu`: where every page links to this one: `navigation` (the menu at the top) or\n"
      "# `footer` (the foot of each page). Without it, only links you add lead here.\n";
  out += "menu: footer\n";
  out +=
      "# `draft: true` keeps this page off the site (`promisehub serve --drafts` still shows\n"
      "# it). Change it to `draft: false` when the page is ready: it is on the site from the\n"
      "# next build.\n";
  out += "draft: true\n";
  out +=
      "# Write the page below the line with three dashes. You can use Markdown: a line\n"
      "# starting with ## is a heading, a line starting with - is a list item.\n";
  out += "---\n\n";
  return out;
}

std::optional<std::string> write_new_file(const std::string& path, const std::string& text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    if (errno == EEXIST)
      return path +
             " already exists; Promise Hub never writes over a file. Choose another "
             "title, or open that file and edit it";
    return "cannot create " + path + ": " + std::strerror(errno);
  }
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(path.c_str());
      return "cannot write " + path + ": " + why;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) return "cannot write " + path + ": " + std::strerror(errno);
  return std::nullopt;
}

}  // namespace promisehub
