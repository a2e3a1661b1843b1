// Ways to reach people: help lines' Call links, the complaints contact and promises' leads.
#include "load/contact_fields.h"

#include <algorithm>
#include <cctype>

#include "core/phone.h"
#include "core/text.h"

namespace promisehub {
namespace {

bool is_email_address(const std::string& s) {
  std::size_t at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  std::size_t dot = s.find('.', at);
  if (dot == std::string::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '>' || c == '"' ||
           c == '?' || c == '/' || c == ':';
  });
}

}  // namespace

std::optional<std::string> checked_email(const Fields& f, const std::optional<LocatedText>& value,
                                         const std::string& subject) {
  if (!value) return std::nullopt;
  std::string v = trim(value->value);
  if (v.empty()) return std::nullopt;
  if (is_email_address(v)) return v;
  f.diags().error(value->where, subject + " is not an email address",
                  "write it as name@example.org", "bad-email");
  return std::nullopt;
}

std::optional<std::string> checked_web_address(const Fields& f,
                                               const std::optional<LocatedText>& value,
                                               const std::string& subject) {
  if (!value) return std::nullopt;
  std::string v = trim(value->value);
  if (v.empty()) return std::nullopt;
  if (is_web_address(v)) return v;
  f.diags().error(value->where, subject + " is not a web address",
                  "write it in full, starting with https://", "bad-url");
  return std::nullopt;
}

std::optional<std::string> contact_href(const std::string& contact) {
  std::string c = trim(contact);
  if (is_web_address(c)) return c;
  if (is_email_address(c)) return "mailto:" + c;
  if (auto number = strict_dial_number(c)) return "tel:" + *number;
  return std::nullopt;
}

// The Call link must dial the number people read: a `dial:` written by hand is checked strictly,
// and a number read from `phone` is reported when the text holds more than one.
void load_dial(const Fields& h, const std::optional<LocatedText>& phone, HelpLine& line) {
  if (auto t = h.text("dial")) {
    if (auto number = strict_dial_number(trim(t->value))) {
      line.dial = *number;
    } else {
      h.diags().error(t->where,
                      "`dial` of the help line \"" + line.name + "\" is not a number to call",
                      "write only the digits the Call link dials, with + first for a number "
                      "abroad, e.g. `dial: \"08001111\"`",
                      "bad-dial");
    }
    return;
  }
  if (line.phone.empty()) return;
  std::string subject = "the `phone` of the help line \"" + line.name + "\"";
  if (auto dial = checked_phone(h, *phone, subject, true)) line.dial = *dial;
}

std::optional<std::string> checked_phone(const Fields& f, const LocatedText& phone,
                                         const std::string& subject, bool has_dial) {
  auto number = dial_number_in(trim(phone.value));
  if (!number) {
    f.diags().error(phone.where, "there is no number to call in " + subject,
                    has_dial
                        ? "write the number, or add `dial:` with the digits the Call link dials"
                        : "write the number people should call",
                    "bad-phone");
    return std::nullopt;
  }
  if (number->other_digits) {
    f.diags().warning(
        phone.where,
        subject + " has more digits after the number; its Call link dials " + number->digits,
        has_dial ? "add `dial:` with the digits the Call link should dial, e.g. `dial: \"" +
                       number->digits + "\"`"
                 : "write only the number people should call",
        "ambiguous-phone");
  }
  return number->digits;
}

void load_complaints(const Fields& f, SiteConfig& site) {
  auto node = f.get("complaints");
  if (!node) return;
  Fields c(*node, f.path(), f.first_line(), "`complaints`",
           {"name", "phone", "dial", "sms", "email", "url", "text"}, f.diags());
  if (!c.is_map()) return;
  HelpLine line;
  if (auto t = c.text("name", true, "add `name:`, e.g. the council's complaints team"))
    line.name = trim(t->value);
  auto phone = c.text("phone");
  if (phone) line.phone = trim(phone->value);
  load_dial(c, phone, line);
  if (auto t = c.text("sms")) {
    if (auto number = strict_dial_number(trim(t->value))) {
      line.sms = trim(t->value);
      line.sms_dial = *number;
    } else {
      c.diags().error(t->where, "`sms` in `complaints` is not a number to send a text message to",
                      "write the number, e.g. `sms: \"07700 900123\"`", "bad-phone");
    }
  }
  line.email = checked_email(c, c.text("email"), "`email` in `complaints`").value_or("");
  line.url = checked_web_address(c, c.text("url"), "`url` in `complaints`").value_or("");
  if (auto t = c.text("text")) line.text = t->value;
  if (line.dial.empty() && line.sms.empty() && line.email.empty() && line.url.empty()) {
    c.diags().error(c.where(), "`complaints` gives no way to reach \"" + line.name + "\"",
                    "add at least one of `phone`, `sms`, `email` or `url`", "missing-key");
    return;
  }
  if (!line.name.empty()) site.complaints = line;
}

std::vector<Lead> load_leads(const Fields& a) {
  std::vector<Lead> out;
  auto node = a.get("leads");
  if (!node) return out;
  if (!node->IsSequence() ||
      std::none_of(node->begin(), node->end(), [](const YAML::Node& n) { return n.IsMap(); })) {
    for (const auto& t : a.text_list("leads")) out.push_back({t.value, "", "", ""});
    return out;
  }
  for (const YAML::Node& item : *node) {
    if (a.diags().full()) break;
    Lead lead;
    if (item.IsScalar()) {
      if (auto t = a.scalar_text(item, "leads")) lead.name = t->value;
      if (!lead.name.empty()) out.push_back(lead);
      continue;
    }
    Fields l(item, a.path(), a.first_line(), "a lead", {"name", "role", "contact"}, a.diags());
    if (!l.is_map()) continue;
    if (auto t = l.text("name", true, "add `name:` with the person's or the team's name"))
      lead.name = trim(t->value);
    if (auto t = l.text("role")) lead.role = trim(t->value);
    if (auto t = l.text("contact")) {
      if (auto href = contact_href(t->value)) {
        lead.contact = trim(t->value);
        lead.contact_href = *href;
      } else {
        l.diags().error(t->where,
                        "the `contact` of \"" + lead.name +
                            "\" is not an email address, a phone number or a web address",
                        "write one of them, e.g. `contact: promise@example.org`", "bad-contact");
      }
    }
    if (!lead.name.empty()) out.push_back(lead);
  }
  return out;
}

}  // namespace promisehub
