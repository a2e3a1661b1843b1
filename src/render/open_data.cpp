// Open data files of a plan: the same rows written as CSV and as JSON.
#include "render/open_data.h"

#include <string_view>
#include <vector>

#include "core/text.h"
#include "model/status_key.h"

namespace promisehub {
namespace {

const std::vector<std::string>& columns() {
  static const std::vector<std::string> names = {"id",      "group",       "title",         "plain",
                                                 "status",  "due",         "taking_longer", "leads",
                                                 "updates", "last_update", "address"};
  return names;
}

struct Row {
  const Action* action;
  std::string last_update;  // "" when there is none
  std::string address;
};

std::vector<Row> rows_of(const Site& site, const Plan& plan, const Urls& urls) {
  std::vector<Row> rows;
  rows.reserve(plan.actions.size());
  for (const Action& a : plan.actions) {
    Row row{&a, {}, urls.absolute(urls.action(plan.id, a.id))};
    for (std::size_t i : a.update_indexes) {
      const std::string date = site.updates[i].date.iso();
      if (date > row.last_update) row.last_update = date;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// A CSV field: in quotes when it holds a comma, a quote or a line break (RFC 4180), or starts
// or ends with a space a spreadsheet would drop. A field a spreadsheet would run as a formula
// (starting with = + - @ or a tab) starts with ' instead, as OWASP advises against CSV
// injection: spreadsheets show the text and hide the '.
std::string csv_field(std::string value) {
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string::npos)
    value.insert(value.begin(), '\'');
  const bool quote = value.find_first_of(",\"\r\n") != std::string::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string json_string(const std::string& value) {
  return "\"" + escape_json(value) + "\"";
}

// Who is responsible, by name: open data keeps one text per lead, as the plain form writes it.
std::vector<std::string> lead_names(const Action& a) {
  std::vector<std::string> out;
  for (const auto& l : a.leads) out.push_back(l.name);
  return out;
}

}  // namespace

std::string promises_csv(const Site& site, const Plan& plan, const Urls& urls) {
  std::string out = "\xEF\xBB\xBF";  // the byte order mark
  out += join(columns(), ",") + "\r\n";
  for (const Row& row : rows_of(site, plan, urls)) {
    const Action& a = *row.action;
    const std::vector<std::string> fields = {a.id,
                                             a.group,
                                             a.title,
                                             a.plain.value,
                                             status_key(a.current_status),
                                             a.due_text,
                                             a.taking_longer ? "yes" : "no",
                                             join(lead_names(a), "; "),
                                             std::to_string(a.update_indexes.size()),
                                             row.last_update,
                                             row.address};
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string promises_json(const Site& site, const Plan& plan, const Urls& urls) {
  std::string out = "{\"plan\":" + json_string(plan.id) + ",\"title\":" + json_string(plan.title) +
                    ",\"columns\":[";
  for (std::size_t i = 0; i < columns().size(); ++i)
    out += (i ? "," : "") + json_string(columns()[i]);
  out += "],\"promises\":[";
  bool first = true;
  for (const Row& row : rows_of(site, plan, urls)) {
    const Action& a = *row.action;
    std::string leads = "[";
    for (std::size_t i = 0; i < a.leads.size(); ++i)
      leads += (i ? "," : "") + json_string(a.leads[i].name);
    leads += "]";
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"id\":" + json_string(a.id) + ",\"group\":" + json_string(a.group) +
           ",\"title\":" + json_string(a.title) + ",\"plain\":" + json_string(a.plain.value) +
           ",\"status\":" + json_string(status_key(a.current_status)) +
           ",\"due\":" + json_string(a.due_text) +
           ",\"taking_longer\":" + (a.taking_longer ? "true" : "false") + ",\"leads\":" + leads +
           ",\"updates\":" + std::to_string(a.update_indexes.size()) +
           ",\"last_update\":" + (row.last_update.empty() ? "null" : json_string(row.last_update)) +
           ",\"address\":" + json_string(row.address) + "}";
  }
  out += "\n]}\n";
  return out;
}

}  // namespace promisehub
