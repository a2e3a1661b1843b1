// The one cmark-gfm front end: parser options, GFM extensions, and the defusing of inputs that
// are slow for Debian's cmark-gfm. The site (render/markdown) and `check` (lint/markdown_prose)
// both parse through it, so `check` reads the Markdown the site shows: footnotes, tables, task
// lists, smart punctuation.
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string_view>

namespace promisehub {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

// How the site reads Markdown (CMARK_OPT_UNSAFE is added where a site allows HTML).
constexpr int kSiteMarkdownOptions =
    CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;

// A parsed document. The parser outlives the tree: nodes refer to its syntax extensions.
struct MarkdownDoc {
  ParserPtr parser;
  NodePtr root;  // null if cmark-gfm gave nothing
};

// Registers cmark-gfm's extensions; call once before any threads start (parse_markdown calls it
// too).
void init_markdown_parser();

MarkdownDoc parse_markdown(std::string_view markdown, int options = kSiteMarkdownOptions);

}  // namespace promisehub
