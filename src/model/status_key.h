// The six statuses of spec §5 as a type. Content names a status by its key ("not-started"); the
// loader turns the key into a Status once (load/status_field.h), and nothing downstream reads
// a status as text again.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

// In display order: the order of the key list in messages, the status bar and the filters.
enum class Status : std::uint8_t {
  not_started,
  little_progress,
  needs_more,
  underway,
  ongoing,
  done
};

inline constexpr std::array<Status, 6> kAllStatuses = {Status::not_started, Status::little_progress,
                                                       Status::needs_more,  Status::underway,
                                                       Status::ongoing,     Status::done};

inline constexpr std::size_t index_of(Status s) {
  return static_cast<std::size_t>(s);
}

// "not-started", … as content and addresses write them.
const std::string& status_key(Status s);
std::optional<Status> status_from_key(std::string_view key);

// Done, or something done all the time: such a promise is never "taking longer than planned".
inline constexpr bool is_settled(Status s) {
  return s == Status::done || s == Status::ongoing;
}

// A count for each status, indexed by index_of.
using StatusCounts = std::array<int, kAllStatuses.size()>;

}  // namespace promisehub
