#include "PendingChangeRule.h"

#include "payload/ValueValidator.h"

EnteredValue PendingChangeRule::enter(const MetaField &field, const QJsonValue &raw)
{
    if (raw.isUndefined() || raw.isNull() || (raw.isString() && raw.toString().isEmpty()))
        return {QJsonValue(QJsonValue::Null), {}};
    const ValueCheck check = ValueValidator::check(field, raw);
    if (check.ok)
        return {check.value, {}};
    return {raw, check.message};
}

bool PendingChangeRule::unchanged(const QJsonValue &value, const QJsonValue &stored)
{
    if (value.isNull())
        return stored.isUndefined() || stored.isNull();
    return value == stored;
}

std::optional<PendingEditCommand::Change> PendingChangeRule::change(const PendingEdits &pending,
                                                                    const PendingEdits::Key &key,
                                                                    const EnteredValue &entered,
                                                                    const QJsonValue &stored)
{
    PendingEditCommand::Change change;
    change.key = key;
    if (const PendingEdits::Entry *before = pending.find(key))
        change.before = *before;
    if (!unchanged(entered.value, stored))
        change.after = PendingEdits::Entry{entered.value, stored, entered.problem};
    if (!change.before && !change.after)
        return std::nullopt;
    if (change.before && change.after && change.before->value == change.after->value &&
        change.before->problem == change.after->problem)
        return std::nullopt;
    return change;
}
