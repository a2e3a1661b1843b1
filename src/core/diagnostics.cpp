// Diagnostics: collection, ordering and the compiler-style text people read.
#include "core/diagnostics.h"

#include <algorithm>
#include <fstream>
#include <tuple>

#include "core/controls.h"
#include "core/text.h"

namespace promisehub {

std::string SourceLocation::to_string() const {
  std::string out = path;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

std::string Diagnostic::to_string() const {
  std::string out = where.to_string();
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += message;
  if (!hint.empty()) out += " \xE2\x80\x94 " + hint;  // em dash
  return out;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint,
                        std::string code) {
  add({Severity::error, std::move(where), std::move(message), std::move(hint), std::move(code)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint,
                          std::string code) {
  add({Severity::warning, std::move(where), std::move(message), std::move(hint), std::move(code)});
}

void Diagnostics::add(Diagnostic d) {
  // Messages quote content and file names: nothing in them may reach a terminal as a control.
  d.where.path = printable(d.where.path);
  d.message = printable(d.message);
  d.hint = printable(d.hint);
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

std::vector<Diagnostic> Diagnostics::all() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return items_;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = all();
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.path, a.where.line, a.where.column, a.message) <
           std::tie(b.where.path, b.where.line, b.where.column, b.message);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return a.to_string() == b.to_string();
                        }),
            out.end());
  return out;
}

const std::string* SourceLines::line(const std::string& path, int line) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    std::vector<std::string> lines;
    std::ifstream in(site_dir_.empty() ? path : site_dir_ + "/" + path, std::ios::binary);
    for (std::string l; in && std::getline(in, l);) {
      if (!l.empty() && l.back() == '\r') l.pop_back();
      lines.push_back(std::move(l));
    }
    it = files_.emplace(path, std::move(lines)).first;
  }
  if (line < 1 || static_cast<std::size_t>(line) > it->second.size()) return nullptr;
  return &it->second[static_cast<std::size_t>(line) - 1];
}

std::string format_with_source(const Diagnostic& d, SourceLines& sources) {
  std::string out = d.to_string() + '\n';
  if (d.where.line <= 0) return out;  // never opened: it may be a pipe, which would block
  const std::string* line = sources.line(d.where.path, d.where.line);
  if (!line || line->size() > 200 || !is_valid_utf8(*line)) return out;
  out += "    " + *line + '\n';
  if (d.where.column > 0) {
    // Columns count characters; keep tabs so the caret lines up under them.
    std::string pad = "    ";
    int col = 1;
    for (std::size_t i = 0; i < line->size() && col < d.where.column; ++i) {
      unsigned char c = static_cast<unsigned char>((*line)[i]);
      if ((c & 0xC0) == 0x80) continue;
      pad += c == '\t' ? '\t' : ' ';
      ++col;
    }
    out += pad + "^\n";
  }
  return out;
}

std::string format_with_source(const Diagnostic& d, const std::string& site_dir) {
  SourceLines sources(site_dir);
  return format_with_source(d, sources);
}

std::string diagnostics_to_json(const std::vector<Diagnostic>& items) {
  std::string out = "[";
  bool first = true;
  for (const Diagnostic& d : items) {
    if (!first) out += ',';
    first = false;
    out += "\n  {\"severity\":\"";
    out += d.severity == Severity::error ? "error" : "warning";
    out += "\",\"file\":\"" + escape_json(d.where.path) +
           "\",\"line\":" + std::to_string(d.where.line) +
           ",\"column\":" + std::to_string(d.where.column) + ",\"code\":\"" + escape_json(d.code) +
           "\",\"message\":\"" + escape_json(d.message) + "\",\"hint\":\"" + escape_json(d.hint) +
           "\"}";
  }
  out += items.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace promisehub
