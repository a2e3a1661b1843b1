// YAML parsing with located errors and the checks yaml-cpp does not make itself.
#include "load/yaml_document.h"

#include <yaml-cpp/depthguard.h>

namespace promisehub {
namespace {

// yaml-cpp's own message for a tab is obscure; find tabs used for indentation first.
bool report_tab_indentation(const SourceText& source, const std::string& yaml_text,
                            int first_line, Diagnostics& diags) {
  bool found = false;
  int line = 0;
  std::size_t start = 0;
  while (start <= yaml_text.size()) {
    std::size_t end = yaml_text.find('\n', start);
    if (end == std::string::npos) end = yaml_text.size();
    for (std::size_t i = start; i < end; ++i) {
      char c = yaml_text[i];
      if (c == '\t') {
        diags.error({source.display_path, first_line + line, static_cast<int>(i - start) + 1},
                    "a tab is used to indent this line",
                    "YAML needs spaces for indenting: replace the tab with spaces", "yaml-tab");
        found = true;
        break;
      }
      if (c != ' ' && c != '-') break;
    }
    ++line;
    start = end + 1;
  }
  return found;
}

std::string plain_parser_message(const std::string& msg) {
  if (msg.find("end of map not found") != std::string::npos ||
      msg.find("end of sequence not found") != std::string::npos) {
    return "YAML " + msg + " — check for a missing ] or }";
  }
  if (msg.find("illegal map value") != std::string::npos) {
    return "YAML " + msg + " — text that contains ': ' must be put in quotes";
  }
  if (msg.find("unknown anchor") != std::string::npos ||
      msg.find("unknown alias") != std::string::npos) {
    return "YAML " + msg + " — an alias (*name) must follow its anchor (&name)";
  }
  return "YAML " + msg;
}

}  // namespace

SourceLocation location_of(const YAML::Mark& mark, const std::string& path, int first_line) {
  if (mark.is_null()) return {path, 0, 0};
  return {path, mark.line + first_line, mark.column + 1};
}

std::optional<YAML::Node> parse_yaml(const SourceText& source, const std::string& yaml_text,
                                     int first_line, Diagnostics& diags) {
  if (report_tab_indentation(source, yaml_text, first_line, diags)) return std::nullopt;
  try {
    return YAML::Load(yaml_text);
  } catch (const YAML::DeepRecursion& e) {
    diags.error(location_of(e.mark, source.display_path, first_line),
                "the YAML is nested too deeply", "content never needs more than a few levels",
                "yaml-too-deep");
  } catch (const YAML::Exception& e) {
    diags.error(location_of(e.mark, source.display_path, first_line), plain_parser_message(e.msg),
                "", "yaml-syntax");
  } catch (const std::exception& e) {
    diags.error({source.display_path, first_line, 1}, std::string("cannot read this YAML: ") + e.what(),
                "", "yaml-syntax");
  }
  return std::nullopt;
}

}  // namespace promisehub
