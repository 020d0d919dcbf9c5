#pragma once

#include "payload/UserMetaPayload.h"

#include <QJsonValue>

// Whether two parses of a user_meta request came out the same, strictly: the format, the
// refusal (status, title, each problem's place and message) and every edit (user, field,
// value, its place in the body). Shared by the decoder tests and the fuzzing target, which
// compare two ways of reading one body.
namespace UserMetaRequestComparison {
// Equal as JSON and of the same kind of number (QJsonValue's == takes 1 for 1.0, and -0.0 for 0).
bool sameValue(const QJsonValue &a, const QJsonValue &b);
bool sameRequest(const UserMetaRequest &a, const UserMetaRequest &b);
} // namespace UserMetaRequestComparison
