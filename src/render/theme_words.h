// The theme's words written into its templates once per render: `{{t.layout.leave}}` becomes the
// catalog's text, escaped as mustache would, and `{{{t.x}}}` the text as it is. Every page of a
// render has the same words, so this spares each page a copy of the whole catalog as data.
#pragma once

#include <string>

#include <mstch/mstch.hpp>

namespace promisehub {

// `tmpl` with each {{t.…}} and {{{t.…}}} that names a text of `words` replaced by it. `left` is
// set when a reference to `t` is left that mustache must still resolve (a section, or a name
// that is not a text), so the page data must still carry `t`.
std::string with_theme_words(const std::string& tmpl, const mstch::map& words, bool& left);

}  // namespace promisehub
