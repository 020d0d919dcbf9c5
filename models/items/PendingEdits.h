#pragma once

#include "domain/MetaEdit.h"
#include "store/ApplyReport.h"

#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <optional>
#include <utility>

// The meta edits a person has made and not written yet, per account, with what each cell held
// before and, after a refused apply, why it was refused. Nothing here is ever dropped except by
// an explicit undo, discard, or an apply that wrote it.
class PendingEdits : public QObject
{
    Q_OBJECT
public:
    struct Key
    {
        qint64 accountId = 0;
        qint64 userId = 0;
        QString field;
        friend bool operator<(const Key &a, const Key &b)
        {
            if (a.accountId != b.accountId)
                return a.accountId < b.accountId;
            if (a.userId != b.userId)
                return a.userId < b.userId;
            return a.field < b.field;
        }
    };
    struct Entry
    {
        QJsonValue value;       // what the person typed; null clears the field
        QJsonValue previous;    // what the cell held before (undefined: no value)
        QString problem;        // why it cannot be written as it is, empty otherwise
        bool refused = false;   // `problem` is the receiver's refusal, not the value's check
        bool unreached = false; // the last apply could not reach the server: sent next time
    };

    using QObject::QObject;

    // What a pending cell's tooltip says: the value it had, a clear, why it is not written
    // (not valid, refused by the server or the file, the server not reached).
    static QString describe(const Entry &entry, const QJsonValue &stored, bool toServer);

    void set(const Key &key, const Entry &entry);
    void remove(const Key &key);
    // Sets (or, for nullopt, removes) many cells at once with one reset() instead of a signal
    // per cell: a bulk action over 100,000 cells must not become 100,000 view updates.
    void setMany(const QList<std::pair<Key, std::optional<Entry>>> &changes);
    void clear();
    const Entry *find(const Key &key) const;
    int count() const { return int(m_entries.size()); }
    int count(qint64 accountId) const;
    // The account's edits in (user, field) order; MetaEdit::sourceIndex is the position.
    QList<MetaEdit> edits(qint64 accountId) const;
    QMap<Key, Entry> entries() const { return m_entries; }

    // Takes what an apply reported: landed edits leave, the others stay with their reason.
    void takeReport(qint64 accountId, const ApplyReport &report);

Q_SIGNALS:
    void entryChanged(const PendingEdits::Key &key);
    void reset();
    void countChanged(int count);
    // An apply's report was taken (after the edits it wrote left): views mark the results.
    void reportTaken(qint64 accountId, const ApplyReport &report);

private:
    QMap<Key, Entry> m_entries;
};
