// Ways to reach people, read from content: a help line's Call link, the `complaints:` contact
// in site.yaml and the leads of a promise (`leads: [{name, role, contact}]`).
#pragma once

#include <optional>

#include "load/fields.h"
#include "model/site.h"

namespace promisehub {

// The number a help line's Call link dials: `dial:` checked strictly, or the first number in
// `phone` (a warning when the text holds more than one).
void load_dial(const Fields& h, const std::optional<LocatedText>& phone, HelpLine& line);

// `complaints: {name, phone, dial, sms, email, url, text}`: who to tell when a promise is not
// kept. Needs a name and at least one way to reach them.
void load_complaints(const Fields& site, SiteConfig& config);

// `leads:` of an action: plain names ("Head of Service"), or `{name, role, contact}` maps.
std::vector<Lead> load_leads(const Fields& action);

// The number a Call link dials for `phone`: the first number in it. When there is none, nothing
// and an error "there is no number to call in <subject>"; when more digits follow the number, a
// warning that says which it dials. `has_dial`: the contact may say `dial:`, and the hints say so.
std::optional<std::string> checked_phone(const Fields& f, const LocatedText& phone,
                                         const std::string& subject, bool has_dial);

// An email address or a web address of a contact (a help line, `complaints:`, an organisation's
// `contact:`), checked the same way for all of them: the value, or nothing and an error at it
// saying "<subject> is not an email address" (or "… a web address") and how to write one. An
// empty value is no value: the web editor writes "" for a field a person cleared.
std::optional<std::string> checked_email(const Fields& f, const std::optional<LocatedText>& value,
                                         const std::string& subject);
std::optional<std::string> checked_web_address(const Fields& f,
                                               const std::optional<LocatedText>& value,
                                               const std::string& subject);

// mailto:, tel: or the web address for a contact written as an email address, a phone number
// or a web address; nothing when it is none of these.
std::optional<std::string> contact_href(const std::string& contact);

}  // namespace promisehub
