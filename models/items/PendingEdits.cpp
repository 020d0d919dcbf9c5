#include "PendingEdits.h"

#include "domain/MetaValueText.h"

void PendingEdits::set(const Key &key, const Entry &entry)
{
    m_entries.insert(key, entry);
    Q_EMIT entryChanged(key);
    Q_EMIT countChanged(count());
}

void PendingEdits::remove(const Key &key)
{
    if (m_entries.remove(key) == 0)
        return;
    Q_EMIT entryChanged(key);
    Q_EMIT countChanged(count());
}

void PendingEdits::setMany(const QList<std::pair<Key, std::optional<Entry>>> &changes)
{
    if (changes.isEmpty())
        return;
    for (const auto &[key, entry] : changes) {
        if (entry)
            m_entries.insert(key, *entry);
        else
            m_entries.remove(key);
    }
    Q_EMIT reset();
    Q_EMIT countChanged(count());
}

void PendingEdits::clear()
{
    m_entries.clear();
    Q_EMIT reset();
    Q_EMIT countChanged(0);
}

const PendingEdits::Entry *PendingEdits::find(const Key &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

int PendingEdits::count(qint64 accountId) const
{
    int n = 0;
    for (auto it = m_entries.lowerBound({accountId, 0, {}});
         it != m_entries.constEnd() && it.key().accountId == accountId; ++it)
        ++n;
    return n;
}

QList<MetaEdit> PendingEdits::edits(qint64 accountId) const
{
    QList<MetaEdit> list;
    for (auto it = m_entries.lowerBound({accountId, 0, {}});
         it != m_entries.constEnd() && it.key().accountId == accountId; ++it) {
        MetaEdit e;
        e.userId = it.key().userId;
        e.field = it.key().field;
        e.value = it->value;
        e.sourceIndex = int(list.size());
        list.append(e);
    }
    return list;
}

void PendingEdits::takeReport(qint64 accountId, const ApplyReport &report)
{
    for (const MetaEdit &e : report.landed) {
        const auto it = m_entries.find({accountId, e.userId, e.field});
        // Only if the cell still holds what was sent: a newer edit made meanwhile stays.
        if (it != m_entries.end() && it->value == e.value)
            m_entries.erase(it);
    }
    // Only the network's failures are told apart by kind: the edits were fine, just not sent.
    const bool unreached = report.error.kind == ClientError::Kind::Network;
    for (const ApplyReport::EditFailure &f : report.notLanded) {
        const auto it = m_entries.find({accountId, f.edit.userId, f.edit.field});
        if (it == m_entries.end() || it->value != f.edit.value)
            continue;
        it->unreached = !f.ownFault && unreached;
        if (!f.ownFault) {
            it->problem.clear(); // it went down with others, or was never sent
            it->refused = false;
        } else if (it->problem.isEmpty() || it->refused) {
            // A value its check let through and the receiver refused (not one held back as
            // invalid, whose reason it keeps).
            it->problem = f.reason;
            it->refused = true;
        }
    }
    Q_EMIT reset();
    Q_EMIT countChanged(count());
    Q_EMIT reportTaken(accountId, report);
}

QString PendingEdits::describe(const Entry &entry, const QJsonValue &stored, bool toServer)
{
    QString tip =
        tr("Pending. Was: %1")
            .arg(stored.isUndefined() ? tr("(no value)") : MetaValueText::display(stored));
    if (entry.value.isNull())
        tip += QLatin1Char('\n') + tr("The value will be cleared.");
    if (!entry.problem.isEmpty() && !entry.refused)
        tip += QLatin1Char('\n') + tr("Not valid: %1").arg(entry.problem);
    else if (!entry.problem.isEmpty())
        tip += QLatin1Char('\n') + (toServer ? tr("The server refused: %1").arg(entry.problem)
                                             : tr("Not written: %1").arg(entry.problem));
    else if (entry.unreached)
        tip += QLatin1Char('\n') + tr("Not sent: the server could not be reached.");
    return tip;
}
