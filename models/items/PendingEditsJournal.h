#pragma once

#include "PendingEdits.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

// Keeps the pending edits of one file or server on disk as they are made, so that a crash or a
// killed process loses nothing: after every change (debounced by a few hundred milliseconds) the
// whole set is rewritten atomically (QSaveFile) to a journal under AppDataLocation named after
// the location. When nothing is pending the journal is removed (applied or discarded).
class PendingEditsJournal : public QObject
{
    Q_OBJECT
public:
    using Saved = QList<std::pair<PendingEdits::Key, PendingEdits::Entry>>;
    static constexpr int kDelayMs = 250;

    explicit PendingEditsJournal(PendingEdits *pending, QObject *parent = nullptr);
    ~PendingEditsJournal() override;

    // Journals for this location from now on (empty: for none). Does not touch its journal
    // until the next change, so that what a crash left there can be offered back first.
    void setLocation(const QString &location);
    QString location() const { return m_location; }
    // The journal file of a location.
    static QString pathFor(const QString &location);
    // What a journal left for the location holds (empty if none; `error` when unreadable).
    static Saved load(const QString &location, QString *error = nullptr);
    static void remove(const QString &location);
    // Writes now instead of after the delay.
    void flush();

private:
    void schedule();
    bool write();

    QPointer<PendingEdits> m_pending;
    QString m_location;
    QTimer m_delay;
};
