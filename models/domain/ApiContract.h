#pragma once

#include <QtGlobal>

// The numbers and paths of the HTTP API (docs/API.md) that both sides rely on: the server
// enforces them, the client plans its requests by them. Defined here once.
namespace ApiContract {

// Ingress user_meta: entries (format 1 fields, format 2 items) in one request (docs/API.md 9).
constexpr int kMaxEntriesPerRequest = 100000;
// Request bodies over this are refused with 413 unless the server is started with another limit.
constexpr qint64 kDefaultMaxBodyBytes = qint64(16) * 1024 * 1024;
// Egress paging: `limit` when none is given, and the most one page holds (docs/API.md 7).
constexpr int kDefaultPageSize = 500;
constexpr int kMaxPageSize = 5000;

namespace Paths {
inline constexpr const char *UserMeta = "/api/ingress/user_meta";
inline constexpr const char *PutFields = "/api/ingress/user_meta/fields";
inline constexpr const char *GroupMembers = "/api/ingress/user_group_members";
inline constexpr const char *GroupMembersDrop = "/api/ingress/user_group_members/drop";
inline constexpr const char *Account = "/api/egress/account";
inline constexpr const char *Users = "/api/egress/users";
inline constexpr const char *UserGroups = "/api/egress/user_groups";
inline constexpr const char *UserMetaValues = "/api/egress/user_meta";
inline constexpr const char *Fields = "/api/egress/user_meta/fields";
inline constexpr const char *UserMetaCounts = "/api/egress/user_meta/counts";
inline constexpr const char *Changes = "/api/egress/changes";
} // namespace Paths

} // namespace ApiContract
