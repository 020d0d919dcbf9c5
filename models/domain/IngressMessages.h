#pragma once

#include <QString>

// The English success sentences of docs/API.md 5.4 and 6. They are part of the wire contract
// (clients may show or compare them), so they are built here and not translated.
namespace IngressMessages {
// "1 User Meta Field was Updated for 1 User." / "No User Meta Fields were Updated."
QString userMetaUpdated(qint64 updated, qint64 users);
// verb is "Added", "Removed" or "Dropped".
QString groupsChanged(const char *verb, qint64 count, qint64 users);
// "3 User Groups were Added and 1 was Removed for 2 Users." (Replace)
QString groupsReplaced(qint64 added, qint64 removed, qint64 users);
} // namespace IngressMessages
