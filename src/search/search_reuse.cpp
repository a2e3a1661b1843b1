// The record of the last search index, beside the output folder.
#include "search/search_reuse.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include <boost/filesystem.hpp>

#include "write/manifest.h"
#include "write/output_writer.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kRecordTag[] = ".promisehub-search";
const char kRecordHeader[] = "promisehub search index 1";

fs::path record_for(const std::string& out_dir) {
  return beside_output(out_dir, kRecordTag);
}

std::optional<std::string> read_whole(const fs::path& file) {
  std::ifstream in(file.string(), std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  if (in.bad()) return std::nullopt;
  return bytes;
}

}  // namespace

// The record: a header line, the key, then "<hash> <size> <path>" for each file.
std::optional<std::vector<OutputFile>> reusable_search_index(const std::string& out_dir,
                                                             std::uint64_t key) {
  std::optional<std::string> record = read_whole(record_for(out_dir));
  if (!record) return std::nullopt;
  std::istringstream lines(*record);
  std::string header;
  std::uint64_t recorded_key = 0;
  if (!std::getline(lines, header) || header != kRecordHeader || !(lines >> recorded_key) ||
      recorded_key != key)
    return std::nullopt;
  std::vector<OutputFile> files;
  std::uint64_t hash = 0;
  std::size_t size = 0;
  std::string path;
  while (lines >> hash >> size >> path) {
    if (!is_confined_output_path(path) || path.rfind("pagefind/", 0) != 0) return std::nullopt;
    std::optional<std::string> bytes = read_whole(fs::path(out_dir) / path);
    if (!bytes || bytes->size() != size || content_hash(*bytes) != hash) return std::nullopt;
    files.emplace_back(path, std::move(*bytes));
  }
  if (!lines.eof() || files.empty()) return std::nullopt;
  return files;
}

void remember_search_index(const std::string& out_dir, std::uint64_t key,
                           const std::vector<OutputFile>& files) {
  fs::path record = record_for(out_dir);
  boost::system::error_code ec;
  if (files.empty()) {
    fs::remove(record, ec);
    return;
  }
  std::string text = std::string(kRecordHeader) + "\n" + std::to_string(key) + "\n";
  for (const OutputFile& f : files)
    text += std::to_string(content_hash(f.content())) + " " + std::to_string(f.content().size()) +
            " " + f.path + "\n";
  // A temporary beside it, then a rename: a record is whole or absent. Failing to keep it
  // costs the next build an index, nothing else.
  fs::path temp = record;
  temp += ".tmp";
  {
    std::ofstream out(temp.string(), std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      fs::remove(temp, ec);
      return;
    }
  }
  if (std::rename(temp.c_str(), record.c_str()) != 0) fs::remove(temp, ec);
}

}  // namespace promisehub
