#pragma once

#include <QString>
#include <optional>

// Which system a connection profile reaches: a TLD-style server (MetaDesk's own API) or one of
// the three other systems MetaDesk can send edits to (docs/API.md, "Other targets").
enum class TargetKind
{
    Tld,
    UserCom,
    PubNub,
    Crymbo
};

namespace TargetKinds {
// The name kept in the settings; never translated, never changed.
inline QString key(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Tld:
        return QStringLiteral("tld");
    case TargetKind::UserCom:
        return QStringLiteral("usercom");
    case TargetKind::PubNub:
        return QStringLiteral("pubnub");
    case TargetKind::Crymbo:
        return QStringLiteral("crymbo");
    }
    return QStringLiteral("tld");
}
inline std::optional<TargetKind> fromKey(const QString &key)
{
    for (TargetKind kind :
         {TargetKind::Tld, TargetKind::UserCom, TargetKind::PubNub, TargetKind::Crymbo}) {
        if (TargetKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}
} // namespace TargetKinds
