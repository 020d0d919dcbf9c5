#include "Workspace.h"

#include "exchange/OfflineCopyJob.h"
#include "exchange/OfflineSyncJob.h"
#include "items/PendingEditCommand.h"
#include "items/PendingEdits.h"
#include "items/PendingEditsJournal.h"
#include "secrets/ConnectionProfiles.h"
#include "secrets/KeychainSecretStore.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <algorithm>

namespace {
const int kMaxRecent = 8;
// Entries are "file:PATH" or "profile:NAME".
const QString kRecentKey = QStringLiteral("session/recentFiles");
const QLatin1String kFilePrefix("file:");
const QLatin1String kProfilePrefix("profile:");
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(this))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_profiles(new ConnectionProfiles(*m_settings, *m_secrets, this))
    , m_pending(new PendingEdits(this))
    , m_undoStack(new QUndoStack(this))
    , m_journal(new PendingEditsJournal(m_pending, this))
{}

Workspace::~Workspace()
{
    // What is pending stays on disk, to be offered back next time (before m_pending goes).
    m_journal->flush();
}

void Workspace::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    delete m_profiles;
    m_secrets = std::move(secrets);
    m_profiles = new ConnectionProfiles(*m_settings, *m_secrets, this);
}

void Workspace::setRestoreQuestion(RestoreQuestion question)
{
    m_restoreQuestion = std::move(question);
}

QString Workspace::location() const
{
    return m_store ? m_store->location() : QString();
}

QString Workspace::accountName() const
{
    for (const Account &account : m_accounts) {
        if (account.id == m_accountId)
            return account.name;
    }
    return {};
}

Workspace::Caller Workspace::caller(QObject *context, const Done &done)
{
    return {context, context != nullptr, done};
}

void Workspace::report(const WorkspaceFailure &failure, const Caller &to)
{
    if (!failure.ok())
        Q_EMIT failed(failure);
    if (to.done && (!to.hadContext || to.context))
        to.done(failure);
}

void Workspace::reportLater(const WorkspaceFailure &failure, const Caller &to)
{
    // Like every other answer: from the event loop, never inside the call.
    QMetaObject::invokeMethod(
        this, [this, failure, to] { report(failure, to); }, Qt::QueuedConnection);
}

WorkspaceFailure Workspace::refusalToSwitch() const
{
    if (m_pending->count() == 0)
        return {};
    return {WorkspaceFailure::Kind::EditsPending, StoreError::Kind::None,
            tr("%n edit(s) are pending in %1; apply or discard them before opening another file "
               "or server.",
               nullptr, m_pending->count())
                .arg(location())};
}

void Workspace::openFile(const QString &path, QObject *context, const Done &done)
{
    startOpening({DatabaseFileOpener::Mode::Open, path, {}}, caller(context, done));
}

void Workspace::createFile(const QString &path, const QString &accountName, QObject *context,
                           const Done &done)
{
    startOpening({DatabaseFileOpener::Mode::Create, path, accountName}, caller(context, done));
}

QString Workspace::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/metadesk-demo.db");
}

void Workspace::openDemo(QObject *context, const Done &done)
{
    startOpening({DatabaseFileOpener::Mode::Demo, demoPath(), {}}, caller(context, done));
}

void Workspace::startOpening(const DatabaseFileOpener::Request &request, const Caller &to)
{
    // Checked before the file is even looked at: never drop work silently.
    const WorkspaceFailure refusal = refusalToSwitch();
    if (!refusal.ok())
        return reportLater(refusal, to);
    if (m_opening)
        return reportLater({WorkspaceFailure::Kind::Busy, StoreError::Kind::None,
                            tr("Another file is still being opened; try again when it is open.")},
                           to);
    Q_EMIT progress(tr("Opening %1…").arg(QFileInfo(request.path).fileName()));
    m_opening = std::make_unique<DatabaseFileOpener>(request);
    DatabaseFileOpener *opener = m_opening.get();
    connect(opener, &DatabaseFileOpener::finished, this,
            [this, opener, to] { fileOpened(opener, to); });
    opener->start();
}

void Workspace::fileOpened(DatabaseFileOpener *opener, const Caller &to)
{
    // Deleted once this signal of it is delivered.
    m_opening.release()->deleteLater();
    Q_EMIT progress(QString());
    std::unique_ptr<SqliteStore> sqlite = opener->takeStore();
    if (!sqlite) {
        const StoreError error = opener->error();
        return report({WorkspaceFailure::Kind::File, error.kind, error.text()}, to);
    }
    // Edits made while the file was being opened are not dropped either. (The connection then
    // closes here, on this thread: a rare case, and a quick one.)
    const WorkspaceFailure refusal = refusalToSwitch();
    if (!refusal.ok())
        return report(refusal, to);
    const QString file = sqlite->filePath();
    switchTo(std::make_unique<LocalStore>(std::move(sqlite)), QFileInfo(file).fileName(), {});
    rememberRecent(kFilePrefix + file);
    report({}, to);
}

void Workspace::connectToProfile(const QString &name, QObject *context, const Done &done)
{
    const Caller to = caller(context, done);
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile)
        return reportLater({WorkspaceFailure::Kind::UnknownProfile, StoreError::Kind::None,
                            tr("There is no connection profile named “%1”.").arg(name)},
                           to);
    const WorkspaceFailure refusal = refusalToSwitch();
    if (!refusal.ok())
        return reportLater(refusal, to);
    Q_EMIT progress(tr("Connecting to %1…").arg(name));
    m_profiles->loadKey(*profile, this, [this, profile = *profile, to](const KeyStorage &stored) {
        Q_EMIT progress(QString());
        if (stored.key.isEmpty())
            return report({WorkspaceFailure::Kind::NoKey, StoreError::Kind::None,
                           stored.message.isEmpty()
                               ? tr("No API key is stored for “%1”; enter it under File › "
                                    "Connect to Server.")
                                     .arg(profile.name)
                               : stored.message},
                          to);
        // Edits made while the keychain was asked are not dropped either.
        const WorkspaceFailure late = refusalToSwitch();
        if (!late.ok())
            return report(late, to);
        const RemoteConnection connection{profile.baseUrl, profile.apiId, stored.key};
        switchTo(std::make_unique<RemoteStore>(connection), profile.name,
                 RemoteStore::insecureUrlWarning(profile.baseUrl));
        rememberRecent(kProfilePrefix + profile.name);
        report({}, to);
    });
}

bool Workspace::useStore(std::unique_ptr<Store> store, QString *error)
{
    const WorkspaceFailure refusal = refusalToSwitch();
    if (!refusal.ok()) {
        *error = refusal.text;
        return false;
    }
    if (!store) {
        *error = tr("Nothing to open.");
        return false;
    }
    const QString where = store->location();
    switchTo(std::move(store), where, {});
    return true;
}

void Workspace::switchTo(std::unique_ptr<Store> store, const QString &name, const QString &notice)
{
    Q_EMIT closed(); // views let go of the old store before it goes
    m_journal->setLocation(QString());
    m_accounts.clear();
    m_accountId = 0;
    m_fieldsAccount = -1;
    m_store = std::move(store);
    m_name = name;
    m_notice = notice;
    m_undoStack->clear();
    m_origin = {};
    m_changesToSend = 0;
    offerSavedEdits();
    Q_EMIT opened();
    Q_EMIT originChanged(m_origin);
    Q_EMIT changesToSendChanged(0);
    fetchOrigin();
    fetchAccounts();
}

void Workspace::fetchOrigin()
{
    const QPointer<Store> store(m_store.get());
    m_store->fetchOfflineOrigin(this, [this, store](const StoreReply<OfflineOrigin> &reply) {
        if (store != m_store.get())
            return; // another store is open by now
        if (!reply.ok())
            Q_EMIT failed({WorkspaceFailure::Kind::Store, StoreError::Kind::None, reply.errorText(),
                           reply.error.kind});
        m_origin = reply.value;
        Q_EMIT originChanged(m_origin);
        recountChangesToSend();
    });
}

void Workspace::recountChangesToSend()
{
    if (!m_store || !m_origin.isValid() || m_accountId == 0)
        return;
    const QPointer<Store> store(m_store.get());
    m_store->fetchChangesToSend(m_accountId, this,
                                [this, store](const StoreReply<QList<SyncRow>> &reply) {
                                    if (store != m_store.get() || !reply.ok())
                                        return;
                                    m_changesToSend = reply.value.size();
                                    Q_EMIT changesToSendChanged(m_changesToSend);
                                });
}

void Workspace::revertChanges(const QList<SyncPlace> &places, QObject *context,
                              const std::function<void(const QString &)> &done)
{
    const QPointer<QObject> guard(context);
    if (!m_store) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard && done)
                    done(tr("Nothing is open."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_store->revertChanges(m_accountId, places, this,
                           [this, guard, done](const StoreReply<bool> &r) {
                               recountChangesToSend();
                               if (guard && done)
                                   done(r.ok() ? QString() : r.errorText());
                           });
}

OfflineCopyJob *Workspace::takeOfflineCopy(const QString &path, QString *error)
{
    if (!m_store || m_accountId == 0) {
        *error = tr("Connect to a server first: an offline copy is taken of its account.");
        return nullptr;
    }
    OfflineOrigin origin;
    origin.baseUrl = m_store->location();
    if (const auto *remote = qobject_cast<RemoteStore *>(m_store.get()))
        origin.apiId = remote->connection().apiId; // never the key
    origin.accountId = m_accountId;
    origin.accountName = accountName();
    // The revision follows from the server as the job starts reading (OfflineCopyJob).
    auto *job = new OfflineCopyJob(m_store.get(), origin, path, this);
    connect(job, &OfflineCopyJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

QList<ConnectionProfile> Workspace::profilesForOrigin() const
{
    QList<ConnectionProfile> found;
    if (!m_origin.isValid())
        return found;
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        if (!m_origin.matches(p.baseUrl.toString(), m_origin.accountId))
            continue;
        if (p.apiId == m_origin.apiId)
            found.prepend(p);
        else
            found.append(p);
    }
    return found;
}

void Workspace::startSync(const QString &profileName, QObject *context, const SyncReady &done)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, done](OfflineSyncJob *job, const QString &error) {
        if (guard && done)
            done(job, error);
        else
            delete job;
    };
    const std::optional<ConnectionProfile> profile = m_profiles->profile(profileName);
    if (!m_store || m_store->isRemote())
        return answer(nullptr, tr("Open a file first: its changes are what is sent."));
    if (!profile)
        return answer(nullptr, tr("There is no connection profile named “%1”.").arg(profileName));
    if (const QString refusal = refusalForServer(profile->baseUrl.toString(), m_origin.accountId);
        !refusal.isEmpty())
        return answer(nullptr, refusal);
    m_profiles->loadKey(*profile, this, [this, profile = *profile, answer](const KeyStorage &key) {
        if (key.key.isEmpty())
            return answer(nullptr, key.message.isEmpty()
                                       ? tr("No API key is stored for “%1”; enter it under File › "
                                            "Connect to Server.")
                                             .arg(profile.name)
                                       : key.message);
        // Owned by the workspace until the job takes it (gone with it if no answer comes).
        auto *server = new RemoteStore(RemoteConnection{profile.baseUrl, profile.apiId, key.key});
        server->setParent(this);
        // The key names its account: a copy never goes to (or takes from) another one.
        const bool plain = !m_origin.isValid();
        server->fetchAccounts(server, [this, profile, answer, server,
                                       plain](const StoreReply<QList<Account>> &accounts) {
            // A plain file may go to a plain TLD ingress, which cannot name the key's account:
            // the job's comparison then says so, and the person decides.
            const bool unnamed = plain && accounts.error.kind == ClientError::Kind::Unsupported;
            QString refusal = accounts.ok() || unnamed ? QString() : accounts.errorText();
            const qint64 account = accounts.value.value(0).id;
            if (refusal.isEmpty())
                refusal = refusalForServer(profile.baseUrl.toString(), account);
            if (refusal.isEmpty() && (!m_store || m_origin.isValid() == plain))
                refusal = tr("The file was closed.");
            if (!refusal.isEmpty()) {
                server->deleteLater();
                return answer(nullptr, refusal);
            }
            server->setParent(nullptr);
            std::unique_ptr<Store> remote(server);
            answer(plain ? OfflineSyncJob::forPlainFile(m_store.get(), m_accountId,
                                                        std::move(remote), account)
                         : new OfflineSyncJob(m_store.get(), std::move(remote), account),
                   QString());
        });
    });
}

QString Workspace::refusalForServer(const QString &baseUrl, qint64 accountId) const
{
    if (!m_origin.isValid() || m_origin.matches(baseUrl, accountId))
        return {};
    return tr("This file is an offline copy of %1 on %2; it cannot be sent to account %3 on %4.")
        .arg(m_origin.accountName, m_origin.baseUrl)
        .arg(accountId)
        .arg(baseUrl);
}

void Workspace::offerSavedEdits()
{
    // Edits a crash (or a killed process) left behind for this file or server.
    const QString where = m_store->location();
    QString error;
    const PendingEditsJournal::Saved saved = PendingEditsJournal::load(where, &error);
    if (!error.isEmpty())
        Q_EMIT failed({WorkspaceFailure::Kind::Journal, StoreError::Kind::None, error});
    if (!saved.isEmpty()) {
        if (!m_restoreQuestion || m_restoreQuestion(saved, where)) {
            // One undo step: Edit › Undo takes the restored edits back.
            QList<PendingEditCommand::Change> changes;
            changes.reserve(saved.size());
            for (const auto &[key, entry] : saved) {
                const PendingEdits::Entry *now = m_pending->find(key);
                changes.append(
                    {key, now ? std::optional<PendingEdits::Entry>(*now) : std::nullopt, entry});
            }
            m_undoStack->push(
                new PendingEditCommand(m_pending, std::move(changes),
                                       tr("Restore %Ln edit(s)", nullptr, int(saved.size()))));
        } else {
            PendingEditsJournal::remove(where);
        }
    }
    m_journal->setLocation(where);
}

void Workspace::fetchAccounts()
{
    // Fields and users belong to an account: views read them once one is chosen.
    m_store->fetchAccounts(this, [this](const StoreReply<QList<Account>> &reply) {
        if (!reply.ok()) {
            m_accounts.clear();
            Q_EMIT accountsChanged(m_accounts);
            Q_EMIT failed({WorkspaceFailure::Kind::Store, StoreError::Kind::None, reply.errorText(),
                           reply.error.kind});
            return;
        }
        m_accounts = reply.value;
        Q_EMIT accountsChanged(m_accounts);
        if (!m_accounts.isEmpty())
            chooseAccount(m_accounts.first().id);
    });
}

void Workspace::chooseAccount(qint64 accountId)
{
    if (!m_store)
        return;
    m_accountId = accountId;
    Q_EMIT accountChanged(accountId);
    recountChangesToSend();
    m_fieldsAccount = -1; // each account has its own schema: take the new one whatever it is
    reloadFields();
}

void Workspace::reloadFields()
{
    if (!m_store)
        return;
    const qint64 account = m_accountId;
    m_store->fetchFields(account, this, [this, account](const StoreReply<QList<MetaField>> &reply) {
        if (!reply.ok()) {
            Q_EMIT failed({WorkspaceFailure::Kind::Store, StoreError::Kind::None, reply.errorText(),
                           reply.error.kind});
            return;
        }
        if (account != m_accountId)
            return; // another account was chosen meanwhile; its own answer follows
        // The same account's schema again (a refresh after someone else's write): nothing to do.
        if (account == m_fieldsAccount && reply.value == m_fields)
            return;
        m_fieldsAccount = account;
        m_fields = reply.value;
        Q_EMIT fieldsChanged(m_fields);
    });
}

void Workspace::discardPendingEdits()
{
    m_pending->clear();
    m_undoStack->clear();
}

ApplyJob *Workspace::startApply(const QList<MetaField> &schema)
{
    if (!m_store || m_applying)
        return nullptr;
    const qint64 account = m_accountId;
    EditSet edits;
    edits.metaEdits = m_pending->edits(account);
    if (edits.metaEdits.isEmpty())
        return nullptr;
    m_applying = true;
    ApplyJob *job = m_store->apply(account, edits, schema);
    connect(job, &ApplyJob::finished, this, [this, job, account] { applyFinished(job, account); });
    return job;
}

void Workspace::applyFinished(ApplyJob *job, qint64 accountId)
{
    job->deleteLater();
    m_applying = false;
    const ApplyReport &report = job->report();
    m_pending->takeReport(accountId, report);
    QString message;
    if (report.complete()) {
        message = report.messages.join(QLatin1Char(' '));
        // What was undoable is now written; undoing it would take a new edit.
        m_undoStack->clear();
    } else if (report.cancelled) {
        message = tr("Cancelled. %n edit(s) were written; the others stay pending.", nullptr,
                     int(report.landed.size()));
    } else {
        // Edits refused for themselves stay red; the others (sent with a refused one, or never
        // sent) stay plainly pending: each group is counted for what it is.
        const auto own = int(std::count_if(report.notLanded.cbegin(), report.notLanded.cend(),
                                           [](const auto &f) { return f.ownFault; }));
        const int others = int(report.notLanded.size()) - own;
        QStringList parts;
        parts << tr("%Ln written", nullptr, int(report.landed.size()));
        if (own > 0)
            parts << tr("%Ln held back: see the red cells", nullptr, own);
        if (others > 0)
            parts << tr("%Ln not written and still pending", nullptr, others);
        message = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        if (report.error.isError())
            message += QLatin1Char(' ') + report.error.text;
    }
    // What was undoable is now (partly) written: an undo would no longer match the file.
    if (!report.landed.isEmpty())
        m_undoStack->clear();
    if (!report.landed.isEmpty())
        recountChangesToSend();
    Q_EMIT applied(report.complete(), message, !report.landed.isEmpty());
}

void Workspace::rememberRecent(const QString &entry)
{
    QStringList recent = m_settings->value(kRecentKey).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    m_settings->setValue(kRecentKey, recent.mid(0, kMaxRecent));
}

QList<Workspace::RecentEntry> Workspace::recent() const
{
    QList<RecentEntry> entries;
    for (const QString &entry : m_settings->value(kRecentKey).toStringList()) {
        const bool isServer = entry.startsWith(kProfilePrefix);
        entries.append({isServer, entry.mid(entry.indexOf(QLatin1Char(':')) + 1)});
    }
    return entries;
}
