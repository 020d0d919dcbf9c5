#include "SendPlan.h"

#include <QHash>
#include <QMap>
#include <algorithm>

using Decision = ThreeWayMerge::Decision;

SendPlan::SendPlan(const QList<SyncRow> &rows)
    : m_rows(rows)
{
    // The rows stay shared with `rows` (no copy of 100,000 rows) unless a decision differs from
    // the one they came with or a row drops out; then only the list is written.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SyncRow &row = rows.at(i);
        const Decision decision = ThreeWayMerge::decide(row.taken, row.mine, row.theirs);
        if (decision == Decision::Unchanged)
            continue;
        if (kept != i || decision != row.decision) {
            SyncRow &target = m_rows[kept];
            target = row;
            target.decision = decision;
        }
        ++kept;
    }
    if (kept < m_rows.size())
        m_rows.resize(kept);
}

qint64 SendPlan::count(Decision decision) const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [decision](const SyncRow &r) { return r.decision == decision; });
}

qint64 SendPlan::toSend() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [](const SyncRow &r) { return r.sends(); });
}

qint64 SendPlan::undecided() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
                         [](const SyncRow &r) { return r.isHeld(); });
}

void SendPlan::choose(int row, SyncRow::Choice choice, const ThreeWayMerge::Value &value)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).isConflict())
        return;
    SyncRow &r = m_rows[row];
    r.choice = choice;
    r.chosen = choice == SyncRow::Choice::UseValue ? value : ThreeWayMerge::Value();
}

void SendPlan::chooseForAllConflicts(SyncRow::Choice choice)
{
    if (choice == SyncRow::Choice::UseValue)
        return; // a typed value is for one place
    for (int i = 0; i < m_rows.size(); ++i)
        choose(i, choice);
}

EditSet SendPlan::edits(int usersPerRequest, GroupNaming naming) const
{
    EditSet set;
    QHash<qint64, QString> names;
    // Per group: users gaining it and users losing it, in group order for a stable plan.
    QMap<qint64, QList<qint64>> adds;
    QMap<qint64, QList<qint64>> removes;
    for (const SyncRow &r : m_rows) {
        if (!r.sends())
            continue;
        const ThreeWayMerge::Value value = r.sentValue();
        if (r.place.kind == SyncPlace::Kind::Membership)
            names.insert(r.place.groupId, r.groupName);
        if (r.place.kind == SyncPlace::Kind::Cell) {
            set.metaEdits << MetaEdit{r.place.userId, r.place.field,
                                      value ? *value : QJsonValue(QJsonValue::Null)};
        } else if (value) {
            adds[r.place.groupId] << r.place.userId;
        } else {
            removes[r.place.groupId] << r.place.userId;
        }
    }
    const auto operations = [&](GroupOperation::Kind kind,
                                const QMap<qint64, QList<qint64>> &byGroup) {
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
            const GroupRef group = naming == GroupNaming::ByName
                                       ? GroupRef::byName(names.value(it.key()))
                                       : GroupRef::byId(it.key());
            for (qsizetype from = 0; from < it.value().size(); from += usersPerRequest)
                set.groupOperations
                    << GroupOperation{kind, it.value().mid(from, usersPerRequest), {group}};
        }
    };
    operations(GroupOperation::Kind::Add, adds);
    operations(GroupOperation::Kind::Remove, removes);
    return set;
}

QList<SyncRow> SendPlan::fileUpdates() const
{
    QList<SyncRow> updates;
    for (const SyncRow &r : m_rows) {
        if (!r.isHeld() && !ThreeWayMerge::same(r.settledValue(), r.mine))
            updates << r;
    }
    return updates;
}
