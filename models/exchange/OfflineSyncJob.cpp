#include "OfflineSyncJob.h"

#include "PlainFileComparer.h"
#include "payload/PayloadPlanner.h"
#include "store/Store.h"

#include <QSet>

using Decision = ThreeWayMerge::Decision;

OfflineSyncJob::OfflineSyncJob(Store *file, std::unique_ptr<Store> server, qint64 accountId,
                               QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_server(std::move(server))
    , m_accountId(accountId)
    , m_fileAccountId(accountId)
{}

OfflineSyncJob *OfflineSyncJob::forPlainFile(Store *file, qint64 fileAccountId,
                                             std::unique_ptr<Store> server, qint64 serverAccountId,
                                             QObject *parent)
{
    auto *job = new OfflineSyncJob(file, std::move(server), serverAccountId, parent);
    job->m_fileAccountId = fileAccountId;
    job->m_plainFile = true;
    return job;
}

OfflineSyncJob::~OfflineSyncJob()
{
    if (m_apply)
        m_apply->cancel();
    delete m_apply; // before the server store it belongs to
}

void OfflineSyncJob::fail(const ClientError &error)
{
    SyncOutcome outcome;
    outcome.error = error;
    outcome.cancelled = error.kind == ClientError::Kind::Cancelled;
    Q_EMIT finished(outcome);
}

void OfflineSyncJob::cancel()
{
    m_cancelled = true;
    if (m_comparer)
        m_comparer->cancel();
    if (m_apply)
        m_apply->cancel();
}

void OfflineSyncJob::compare()
{
    m_knowsServerChanges = true;
    m_cancelled = false;
    if (!m_file)
        return fail(ClientError::make(ClientError::Kind::File, tr("The file was closed.")));
    if (m_plainFile) {
        m_fieldNotes.clear();
        return readServerSchema(ServerChanges());
    }
    // The revision as the file holds it now: a send before this one may have moved it.
    m_file->fetchOfflineOrigin(this, [this](const StoreReply<OfflineOrigin> &origin) {
        if (!origin.ok())
            return fail(origin.error);
        if (!origin.value.isValid())
            return fail(ClientError::make(ClientError::Kind::Refused,
                                          tr("This file is not an offline copy.")));
        m_takenRevision = origin.value.takenRevision;
        readServerChanges();
    });
}

void OfflineSyncJob::readServerChanges()
{
    Q_EMIT stage(tr("Reading what changed on the server since the copy was taken…"));
    m_server->fetchChanges(
        m_accountId, m_takenRevision, this, [this](const StoreReply<ServerChanges> &changes) {
            if (m_cancelled)
                return fail(ClientError::make(ClientError::Kind::Cancelled, tr("Cancelled.")));
            if (!changes.ok())
                return fail(changes.error);
            if (!m_file)
                return fail(ClientError::make(ClientError::Kind::File, tr("The file was closed.")));
            // Definitions first: values of a field the server added have a place in the file then.
            m_file->takeServerFields(
                m_accountId, changes.value.fields, this,
                [this, server = changes.value](const StoreReply<QStringList> &notes) {
                    if (!notes.ok())
                        return fail(notes.error);
                    m_fieldNotes = notes.value;
                    readServerSchema(server);
                });
        });
}

void OfflineSyncJob::compareWithoutServerChanges()
{
    m_knowsServerChanges = false;
    m_cancelled = false;
    m_fieldNotes.clear();
    // Nothing of the server is known: its revision is not either, and the copy keeps its own.
    readServerSchema(ServerChanges());
}

void OfflineSyncJob::readServerSchema(const ServerChanges &changes)
{
    m_server->fetchFields(
        m_accountId, this, [this, changes](const StoreReply<QList<MetaField>> &fields) {
            if (m_cancelled)
                return fail(ClientError::make(ClientError::Kind::Cancelled, tr("Cancelled.")));
            if (fields.ok()) {
                m_serverSchema = fields.value;
                return compareFile(changes);
            }
            if (fields.error.kind != ClientError::Kind::Unsupported || !m_file)
                return fail(fields.error);
            // A plain TLD ingress has no schema endpoint: the file's own definitions check.
            m_file->fetchFields(m_fileAccountId, this,
                                [this, changes](const StoreReply<QList<MetaField>> &own) {
                                    if (!own.ok())
                                        return fail(own.error);
                                    m_serverSchema = own.value;
                                    compareFile(changes);
                                });
        });
}

void OfflineSyncJob::compareFile(const ServerChanges &changes)
{
    if (!m_file)
        return fail(ClientError::make(ClientError::Kind::File, tr("The file was closed.")));
    if (m_plainFile)
        return comparePlainFile();
    Q_EMIT stage(tr("Comparing with the file…"));
    m_file->compareWithServer(m_accountId, changes, this,
                              [this](const StoreReply<SyncComparison> &comparison) {
                                  if (!comparison.ok())
                                      return fail(comparison.error);
                                  m_comparison = comparison.value;
                                  m_comparison.fieldNotes = m_fieldNotes + m_comparison.fieldNotes;
                                  planCompared();
                              });
}

void OfflineSyncJob::comparePlainFile()
{
    Q_EMIT stage(m_knowsServerChanges ? tr("Comparing the file with the server's account…")
                                      : tr("Reading the file…"));
    delete m_comparer;
    m_comparer = new PlainFileComparer(m_file, m_fileAccountId, m_server.get(), m_accountId, this);
    connect(m_comparer, &PlainFileComparer::progress, this, &OfflineSyncJob::progress);
    const auto done = [this](const SyncComparison &comparison, const ClientError &error) {
        m_comparer->deleteLater();
        if (error.isError())
            return fail(error);
        m_comparison = comparison;
        m_comparison.fieldNotes = m_fieldNotes + m_comparison.fieldNotes;
        planCompared();
    };
    if (m_knowsServerChanges)
        m_comparer->compare(done);
    else
        m_comparer->collectAll(done);
}

void OfflineSyncJob::planCompared()
{
    const bool again = m_sending.rows().size() > 0;
    const SendPlan plan = again ? planWithChoicesOf(m_sending) : SendPlan(m_comparison.rows);
    if (!again)
        return Q_EMIT compared(plan);
    m_sending = SendPlan();
    Q_EMIT replanned(plan, m_plainFile
                               ? tr("The server changed some of these places while they were "
                                    "being sent. What landed is on the server; the rest was "
                                    "compared again: look at it before sending it.")
                               : tr("The server changed some of these places while they were "
                                    "being sent. What landed is in the file; look at the rest "
                                    "again before sending it."));
}

SendPlan OfflineSyncJob::planWithChoicesOf(const SendPlan &previous) const
{
    QHash<SyncPlace, SyncRow> before;
    for (const SyncRow &row : previous.rows())
        before.insert(row.place, row);
    SendPlan plan(m_comparison.rows);
    for (int i = 0; i < plan.rows().size(); ++i) {
        const SyncRow &row = plan.rows().at(i);
        const auto old = before.constFind(row.place);
        // A choice made against another server value would overwrite what nobody saw.
        if (old != before.constEnd() && old->isConflict() && !old->isHeld() &&
            ThreeWayMerge::same(old->theirs, row.theirs))
            plan.choose(i, old->choice, old->chosen);
    }
    return plan;
}

void OfflineSyncJob::send(const SendPlan &plan)
{
    m_cancelled = false;
    m_sending = plan;
    // A server that cannot be read has unknown group ids: a plain file's groups go by name.
    EditSet edits = plan.edits(SendPlan::kUsersPerRequest, m_plainFile && !m_knowsServerChanges
                                                               ? SendPlan::GroupNaming::ByName
                                                               : SendPlan::GroupNaming::ById);
    // Edits the server's schema refuses (a field deleted or retyped there) stay in the file with
    // their reason; the others go.
    ApplyReport refused;
    const PlanSelection selection = PayloadPlanner::select(edits.metaEdits, m_serverSchema);
    QList<MetaEdit> valid;
    for (int index : selection.sent)
        valid << edits.metaEdits.at(index);
    for (const HeldBackEdit &held : selection.heldBack) {
        if (held.kind == HeldBackEdit::Kind::Invalid)
            refused.notLanded << ApplyReport::EditFailure{edits.metaEdits.at(held.editIndex),
                                                          held.reason, true};
    }
    edits.metaEdits = valid;
    if (edits.metaEdits.isEmpty() && edits.groupOperations.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, plan, refused] { sent(refused, plan); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT stage(tr("Sending…"));
    ApplyOptions options;
    if (m_knowsServerChanges)
        options.ifMatchRevision = m_comparison.serverRevision;
    m_apply = m_server->apply(m_accountId, edits, m_serverSchema, options);
    connect(m_apply, &ApplyJob::progress, this, &OfflineSyncJob::progress);
    connect(m_apply, &ApplyJob::finished, this, [this, plan, refused] {
        ApplyJob *job = m_apply;
        m_apply = nullptr;
        ApplyReport report = job->report();
        job->deleteLater();
        report.notLanded += refused.notLanded;
        sent(report, plan);
    });
}

void OfflineSyncJob::sent(const ApplyReport &report, const SendPlan &plan)
{
    QSet<SyncPlace> landed;
    for (const MetaEdit &edit : report.landed)
        landed.insert(SyncPlace::cell(edit.userId, edit.field));
    QHash<qint64, QString> groupNames;
    QHash<QString, qint64> groupIds; // for operations that named their groups
    for (const SyncRow &row : plan.rows()) {
        if (row.place.kind == SyncPlace::Kind::Membership) {
            groupNames.insert(row.place.groupId, row.groupName);
            groupIds.insert(row.groupName, row.place.groupId);
        }
    }
    SyncOutcome outcome;
    for (const ApplyReport::GroupResult &g : report.groupResults) {
        const GroupRef first = g.operation.groups.value(0);
        const QString group =
            first.isName() ? first.name : groupNames.value(first.id, QString::number(first.id));
        if (!g.landed) {
            outcome.problems << tr("%n membership(s) of group %1: %2", nullptr,
                                   int(g.operation.userIds.size()))
                                    .arg(group, g.message);
            continue;
        }
        for (const GroupRef &ref : g.operation.groups) {
            const qint64 groupId = ref.isName() ? groupIds.value(ref.name) : ref.id;
            for (qint64 user : g.operation.userIds)
                landed.insert(SyncPlace::membership(user, groupId));
        }
    }
    for (const ApplyReport::EditFailure &f : report.notLanded)
        outcome.problems << QStringLiteral("%1: %2").arg(
            SyncPlace::cell(f.edit.userId, f.edit.field).location(), f.reason);

    QList<SyncRow> settled;
    for (const SyncRow &row : plan.rows()) {
        if (row.isHeld()) {
            ++outcome.held;
        } else if (row.sends()) {
            if (landed.contains(row.place)) {
                ++outcome.landed;
                settled << row;
            } else {
                ++outcome.notLanded;
            }
        } else {
            settled << row;
            if (!ThreeWayMerge::same(row.settledValue(), row.mine))
                ++outcome.fileUpdated;
        }
    }
    outcome.unknownPlaces = m_comparison.unknownPlaces;
    outcome.notes = m_comparison.fieldNotes;
    outcome.heldBack = m_comparison.heldBack;
    outcome.error = report.error;
    outcome.cancelled = report.cancelled;
    const bool conflict = report.error.kind == ClientError::Kind::Conflict;
    const bool moveRevision = m_knowsServerChanges && report.complete() && outcome.held == 0;
    const auto then = [this, conflict](const SyncOutcome &done) {
        if (conflict && done.error.kind == ClientError::Kind::Conflict) {
            return compare(); // replanned() follows, with the choices made so far
        }
        m_sending = SendPlan();
        Q_EMIT finished(done);
    };
    // A plain file has no taken state to move: it stays as it is.
    if (m_plainFile)
        return then(outcome);
    settle(settled, moveRevision, outcome, then);
}

void OfflineSyncJob::takeServerChanges(const SendPlan &plan)
{
    SyncOutcome outcome;
    QList<SyncRow> settled;
    for (const SyncRow &row : plan.rows()) {
        if (row.decision == Decision::Incoming || row.decision == Decision::AlreadyEqual) {
            settled << row;
            if (row.decision == Decision::Incoming)
                ++outcome.fileUpdated;
        } else if (row.isConflict()) {
            ++outcome.held;
        }
    }
    outcome.unknownPlaces = m_comparison.unknownPlaces;
    outcome.notes = m_comparison.fieldNotes;
    // Held conflicts keep the copy at its old revision, so the next look finds them again.
    settle(settled, m_knowsServerChanges && outcome.held == 0, outcome,
           [this](const SyncOutcome &done) { Q_EMIT finished(done); });
}

void OfflineSyncJob::settle(const QList<SyncRow> &rows, bool moveRevision, SyncOutcome outcome,
                            const std::function<void(const SyncOutcome &)> &then)
{
    if (!m_file) {
        outcome.error = ClientError::make(ClientError::Kind::File, tr("The file was closed."));
        return then(outcome);
    }
    const std::optional<qint64> revision =
        moveRevision ? std::optional<qint64>(m_comparison.serverRevision) : std::nullopt;
    m_file->settle(m_accountId, rows, {}, revision, this,
                   [outcome, then, moveRevision](const StoreReply<bool> &r) mutable {
                       if (!r.ok()) {
                           // Safe to repeat: the next comparison finds what landed equal.
                           outcome.error = ClientError::make(
                               r.error.kind,
                               tr("The server holds what landed, but the file could not record "
                                  "it (%1). Send Changes again: what landed will be found equal "
                                  "and recorded then.")
                                   .arg(r.errorText()));
                       } else {
                           outcome.revisionMoved = moveRevision;
                       }
                       then(outcome);
                   });
}
