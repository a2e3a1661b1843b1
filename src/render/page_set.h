// Finished output files held in memory: what rendering hands to a writer.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/markdown.h"

namespace promisehub {

struct OutputFile {
  OutputFile() = default;
  OutputFile(std::string path, std::string content, std::string copy_from = {});

  std::string path;       // relative to the output folder, with '/', e.g. "plans/x/index.html"
  std::string copy_from;  // when set, the bytes come from this file on disk instead
  // The bytes to write. Shared, never changed: a later render reuses an unchanged page, and
  // `serve` hands pages to requests, without copying them.
  std::shared_ptr<const std::string> bytes;

  const std::string& content() const;
};

struct PageSet {
  std::vector<OutputFile> files;  // sorted by path
  // The folders of the site's other languages ("gd/"), each holding the same pages in it.
  std::vector<std::string> language_folders;
  const OutputFile* find(const std::string& path) const;
};

// An update's body as HTML, with the Markdown it came from, so a later render can reuse it.
struct RenderedBody {
  std::string markdown, html;
  bool allow_html = false;  // the site's settings it was rendered with
  ImageRule images;
  std::string language;  // of the words the HTML adds (footnote links)
};
using BodyCache = std::unordered_map<std::string, RenderedBody>;  // by update slug

}  // namespace promisehub
