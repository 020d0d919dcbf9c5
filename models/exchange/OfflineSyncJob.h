#pragma once

#include "SyncOutcome.h"
#include "domain/MetaField.h"
#include "domain/ServerChanges.h"
#include "sync/SendPlan.h"
#include "sync/SyncComparison.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ApplyJob;
class PlainFileComparer;
class Store;
struct ApplyReport;

// File › Send Changes and File › Get Server Changes of an offline copy, without any widget. It
// reads what the server changed since the copy was taken, lays that beside the file's own changes
// (compare → compared() with a SendPlan), and then either sends the plan, every request
// conditional on the revision compared at (If-Match), or only takes the server's changes. A place
// the server changes between the comparison and the send comes back as a 412: what landed is
// settled, the plan is compared again and replanned() shows it, with every new conflict undecided;
// nothing on the server is overwritten unseen. The file keeps every change that did not land.
//
// A plain file (never taken from a server) is sent the same way, without a taken state: the
// comparison is two-way (PlainFileComparer), every value that differs is sent over the server's,
// a 412 means comparing again, and nothing is settled in the file (it does not become a copy).
class OfflineSyncJob : public QObject
{
    Q_OBJECT
public:
    // `file` is the open offline copy (not owned); `server` the connection to its server.
    OfflineSyncJob(Store *file, std::unique_ptr<Store> server, qint64 accountId,
                   QObject *parent = nullptr);
    // For a plain file: its account `fileAccountId` goes to the server's `serverAccountId` (0
    // when the server cannot say which account its key reaches).
    static OfflineSyncJob *forPlainFile(Store *file, qint64 fileAccountId,
                                        std::unique_ptr<Store> server, qint64 serverAccountId,
                                        QObject *parent = nullptr);
    ~OfflineSyncJob() override;

    bool isPlainFile() const { return m_plainFile; }

    Store *server() const { return m_server.get(); }
    // Step 1: compared() or finished() with the error.
    void compare();
    // For a server without the change feed (a plain TLD ingress): the file's changes as they
    // are (for a plain file: every value and membership it holds), sent without If-Match; the
    // server's own changes are not known, so nothing conflicts.
    void compareWithoutServerChanges();
    bool knowsServerChanges() const { return m_knowsServerChanges; }
    const SyncComparison &comparison() const { return m_comparison; }
    // The server's schema the plan is sent with (edits it refuses are held back with why).
    QList<MetaField> serverSchema() const { return m_serverSchema; }
    // Step 2: sends the plan's places; progress() while it runs, then finished() or, after a
    // 412, replanned().
    void send(const SendPlan &plan);
    // Step 2 of Get Server Changes: the file takes the server's changes; conflicts are held.
    void takeServerChanges(const SendPlan &plan);
    void cancel();

Q_SIGNALS:
    void stage(const QString &what);
    void compared(const SendPlan &plan);
    // The server changed places while they were being sent: what landed is settled, and this is
    // the plan compared again (choices kept where the server's value is the one already seen).
    void replanned(const SendPlan &plan, const QString &why);
    void progress(qint64 done, qint64 total);
    void finished(const SyncOutcome &outcome);

private:
    void fail(const ClientError &error);
    void readServerChanges();
    void readServerSchema(const ServerChanges &changes);
    void compareFile(const ServerChanges &changes);
    void comparePlainFile();
    // Hands the fresh comparison on: compared(), or replanned() after a 412.
    void planCompared();
    void sent(const ApplyReport &report, const SendPlan &plan);
    // Writes `rows` into the file (each row's settled value, also as the taken one).
    void settle(const QList<SyncRow> &rows, bool moveRevision, SyncOutcome outcome,
                const std::function<void(const SyncOutcome &)> &then);
    SendPlan planWithChoicesOf(const SendPlan &previous) const;

    QPointer<Store> m_file;
    std::unique_ptr<Store> m_server;
    qint64 m_accountId;       // the server's (and a copy's own) account
    qint64 m_fileAccountId;   // the file's account: a plain file's has an id of its own
    bool m_plainFile = false; // no taken state: two-way comparison, nothing settled
    QPointer<PlainFileComparer> m_comparer;
    qint64 m_takenRevision = 0; // the copy's, read from the file by each comparison
    bool m_knowsServerChanges = true;
    SyncComparison m_comparison;
    QStringList m_fieldNotes;
    QList<MetaField> m_serverSchema;
    QPointer<ApplyJob> m_apply;
    bool m_cancelled = false;
    // The plan being sent (after a 412, the new plan keeps its choices).
    SendPlan m_sending;
};
