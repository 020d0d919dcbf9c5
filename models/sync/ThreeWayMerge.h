#pragma once

#include <QJsonValue>
#include <optional>

// The one rule that compares what a place held when the copy was taken, what the file holds now
// ("mine") and what the server holds now ("theirs"). A value that is absent (no value, not a
// member) is std::nullopt; a membership that exists is `true`.
class ThreeWayMerge
{
public:
    using Value = std::optional<QJsonValue>;

    enum class Decision
    {
        Unchanged,    // nobody changed it
        Send,         // changed here only: send mine
        AlreadyEqual, // changed on both sides to the same value: nothing to send
        Incoming,     // changed on the server only: the file takes theirs
        Conflict      // changed on both sides, differently: the person decides
    };

    static Decision decide(const Value &taken, const Value &mine, const Value &theirs);
    // Equal as a person would see them: 150 and 150.0 are one value; "150" and 150 are not.
    static bool same(const Value &a, const Value &b);
};
