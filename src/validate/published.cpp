// Checks of what is published as is.
#include "validate/published.h"

#include "core/parallel.h"
#include "render/markdown.h"
#include "render/raw_html.h"

namespace promisehub {

void validate_static_files(const Site& site, Diagnostics& diags) {
  if (site.config.allow_active_static) return;
  for (const StaticFile& f : site.static_files) {
    if (f.active.empty()) continue;
    diags.error(f.active_at,
                "this file would run as a program in readers' browsers, on the site's own "
                "address: it is or holds " +
                    f.active,
                "content/static/ is published as it is, for pictures and PDFs: remove the file, "
                "or save it as a PDF or a PNG picture. A script there could act for anyone "
                "signed in to the web editor; only if the site must publish it, set "
                "`allow_active_static: true` in content/site.yaml",
                "active-static-file");
  }
}

namespace {

struct MarkdownText {
  std::string label;  // "this update", "the summary of plan x"
  const std::string* text;
  SourceLocation where;
  bool body;  // a file's own lines (an update's or a page's body), not a YAML value
};

// Where a place in a text is in its file. A YAML value's lines are indented in the file by an
// amount the value does not record: its pictures are shown at the value itself.
SourceLocation in_file(const MarkdownText& t, const ExternalImage& image) {
  if (!t.body) return t.where;
  int column = image.line == 1 ? t.where.column + image.column - 1 : image.column;
  return {t.where.path, t.where.line + image.line - 1, column};
}

}  // namespace

void report_external_images(const Site& site, Diagnostics& diags) {
  std::vector<MarkdownText> texts;
  const SiteConfig& c = site.config;
  texts.push_back({"the site's introduction", &c.intro.value, c.intro.where, false});
  for (const Plan& plan : site.plans) {
    texts.push_back(
        {"the summary of plan " + plan.id, &plan.summary.value, plan.summary.where, false});
    for (const Group& g : plan.groups)
      texts.push_back({"the summary of group " + g.id, &g.summary, g.where, false});
  }
  for (const Update& u : site.updates)
    texts.push_back({"this update", &u.body.value, u.body.where, true});
  for (const Page& p : site.pages)
    texts.push_back({"this page", &p.body.value, p.body.where, true});
  MarkdownOptions options;
  options.allow_html = c.allow_html;
  options.images = image_rule_for(c);
  if (options.images.any_site) return;
  parallel_for(texts.size(), default_jobs(), [&](std::size_t i) {
    const MarkdownText& t = texts[i];
    for (const ExternalImage& image : external_images(*t.text, options)) {
      std::string host = other_site_of(image.url).value_or(image.url);
      diags.warning(in_file(t, image),
                    "a picture from another site (" + host + ") in " + t.label +
                        " is left out of the site: readers' browsers would fetch it from there, "
                        "telling that site who reads the page",
                    "save the picture in content/static/files/ and write its address as "
                    "/static/files/<name>; or, if " +
                        host + " may know who reads the site, add `allow_external_images: [" +
                        host + "]` to content/site.yaml",
                    "external-image");
    }
  });
}

}  // namespace promisehub
