#pragma once

#include "DatabaseFileOpener.h"
#include "WorkspaceFailure.h"
#include "domain/Account.h"
#include "domain/MetaField.h"
#include "items/PendingEdits.h"
#include "sync/OfflineOrigin.h"
#include "sync/SyncPlace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class ApplyJob;
class OfflineCopyJob;
class OfflineSyncJob;
struct ConnectionProfile;
class ConnectionProfiles;
class PendingEdits;
class PendingEditsJournal;
class QSettings;
class QUndoStack;
class SecretStore;
class Store;

// What a person works on, without any widget: the open file or server (the Store), its accounts
// and the chosen one, the pending edits with their undo stack and crash journal, the connection
// profiles with their keys, and the recently opened files and servers. A window is a view of it:
// it asks the workspace to open, connect or choose, and follows its signals.
//
// Opening and connecting answer later, from the event loop (a file is opened on a thread of its
// own, a key comes from the keychain): through `done`, unless `context` is gone by then, and
// with opened() or failed(). Nothing switches while edits are pending: they are never dropped
// silently.
class Workspace : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const WorkspaceFailure &failure)>;
    // Whether to take back the edits a crash left for `location` (true: they are pending again,
    // as one undo step; false: they are forgotten).
    using RestoreQuestion =
        std::function<bool(const QList<std::pair<PendingEdits::Key, PendingEdits::Entry>> &saved,
                           const QString &location)>;
    struct RecentEntry
    {
        bool isServer = false;
        QString target; // a file path or a profile name
    };

    // Keys in the system keychain.
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    void openFile(const QString &path, QObject *context = nullptr, const Done &done = {});
    // Makes a new file with one account and opens it; an existing file is refused.
    void createFile(const QString &path, const QString &accountName, QObject *context = nullptr,
                    const Done &done = {});
    // This user's demo file, generated first if there is none yet.
    void openDemo(QObject *context = nullptr, const Done &done = {});
    static QString demoPath();
    // A saved profile, its key from the keychain.
    void connectToProfile(const QString &name, QObject *context = nullptr, const Done &done = {});
    // Works on this store from now on (takes it over), at once; refused while edits are pending.
    bool useStore(std::unique_ptr<Store> store, QString *error);
    bool isOpening() const { return m_opening != nullptr; }

    Store *store() const { return m_store.get(); }
    QString location() const;
    // What the person calls what is open: the file's name or the profile's.
    QString name() const { return m_name; }
    // What the person should know about the open server (plain http to another machine), or empty.
    QString notice() const { return m_notice; }

    QList<Account> accounts() const { return m_accounts; }
    qint64 accountId() const { return m_accountId; }
    QString accountName() const;
    // Works on this account from now on; its schema follows with fieldsChanged().
    void chooseAccount(qint64 accountId);
    // The chosen account's meta-field schema, in display order (empty until it arrives).
    QList<MetaField> fields() const { return m_fields; }
    // Reads the chosen account's schema again (after a schema change here or elsewhere).
    void reloadFields();

    PendingEdits *pendingEdits() const { return m_pending; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PendingEditsJournal *journal() const { return m_journal; }
    // Asked when a file or server with edits a crash left behind is opened; without one they
    // are restored (nothing is lost unasked).
    void setRestoreQuestion(RestoreQuestion question);
    // Forgets every pending edit and what undo could bring back.
    void discardPendingEdits();
    // Starts writing the chosen account's pending edits, planned with `schema` (edits it refuses
    // are held back, as the payload preview shows). Null when nothing is open, none of the
    // account's edits is pending or an apply is running; else the job, to follow its progress or
    // cancel it. applied() follows; the job is deleted then.
    ApplyJob *startApply(const QList<MetaField> &schema);
    bool isApplying() const { return m_applying; }

    // Issue 12: the open file as an offline copy of a server account. The origin is invalid for
    // a server and for a file that is no copy; it follows with originChanged() once a file is
    // open.
    OfflineOrigin offlineOrigin() const { return m_origin; }
    bool isOfflineCopy() const { return m_origin.isValid(); }
    // Starts saving the chosen account of the open store (a server, usually) into a new file at
    // `path` (refused if one exists). Null (with `error`) when nothing is open; else the job, to
    // follow its progress or cancel it. It is deleted once it finished.
    OfflineCopyJob *takeOfflineCopy(const QString &path, QString *error);
    // Why the open offline copy must not go to (or take from) `baseUrl`'s account `accountId`:
    // another server or account than it was taken from. Empty when it may (or no copy is open).
    QString refusalForServer(const QString &baseUrl, qint64 accountId) const;
    // The connection profiles of the open copy's server (same base URL), the one with the
    // copy's API id first.
    QList<ConnectionProfile> profilesForOrigin() const;
    // Connects to `profileName` beside the open copy (which stays open) for Send Changes or Get
    // Server Changes. A profile of another server, or whose key belongs to another account, is
    // refused before anything is read or sent. For a plain file (no copy) any profile will do:
    // the chosen account goes to the key's account (OfflineSyncJob::forPlainFile). `done` gets
    // the job (owned by the caller, to be deleted with deleteLater) or why not.
    using SyncReady = std::function<void(OfflineSyncJob *job, const QString &error)>;
    void startSync(const QString &profileName, QObject *context, const SyncReady &done);
    // How many places of the chosen account differ from what was taken (0 for no copy).
    qint64 changesToSend() const { return m_changesToSend; }
    // Counts the changes to send again; changesToSendChanged() follows.
    void recountChangesToSend();
    // Gives the places their taken values back in the file; `done` gets an error text (empty:
    // done), and the count follows.
    void revertChanges(const QList<SyncPlace> &places, QObject *context,
                       const std::function<void(const QString &error)> &done);

    ConnectionProfiles *profiles() const { return m_profiles; }
    // Where API keys are kept (the OS keychain unless a test hands in another).
    void setSecretStore(std::unique_ptr<SecretStore> secrets);
    QList<RecentEntry> recent() const;

Q_SIGNALS:
    // A file is being opened or a server reached: what is happening, for a status line; empty
    // once it is over (opened() or failed() follows).
    void progress(const QString &message);
    // The open store is about to go: let go of it (another one follows with opened()).
    void closed();
    // Another store is in use; its accounts follow with accountsChanged().
    void opened();
    void accountsChanged(const QList<Account> &accounts);
    void accountChanged(qint64 accountId);
    // The chosen account's schema arrived, or changed.
    void fieldsChanged(const QList<MetaField> &fields);
    void failed(const WorkspaceFailure &failure);
    void originChanged(const OfflineOrigin &origin);
    void changesToSendChanged(qint64 changes);
    // An apply ended: what was written is no longer pending, what was not carries why.
    void applied(bool complete, const QString &message, bool anyWritten);

private:
    struct Caller
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Done done;
    };
    static Caller caller(QObject *context, const Done &done);
    void report(const WorkspaceFailure &failure, const Caller &to);
    void reportLater(const WorkspaceFailure &failure, const Caller &to);
    WorkspaceFailure refusalToSwitch() const;
    void startOpening(const DatabaseFileOpener::Request &request, const Caller &to);
    void fileOpened(DatabaseFileOpener *opener, const Caller &to);
    void switchTo(std::unique_ptr<Store> store, const QString &name, const QString &notice);
    void offerSavedEdits();
    void fetchAccounts();
    void fetchOrigin();
    void rememberRecent(const QString &entry);
    void applyFinished(ApplyJob *job, qint64 accountId);

    QSettings *m_settings = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    ConnectionProfiles *m_profiles = nullptr;
    PendingEdits *m_pending = nullptr;
    QUndoStack *m_undoStack = nullptr;
    PendingEditsJournal *m_journal = nullptr;
    RestoreQuestion m_restoreQuestion;
    std::unique_ptr<DatabaseFileOpener> m_opening;
    std::unique_ptr<Store> m_store;
    QString m_name;
    QString m_notice;
    QList<Account> m_accounts;
    qint64 m_accountId = 0;
    QList<MetaField> m_fields;
    qint64 m_fieldsAccount = -1; // whose schema m_fields holds
    bool m_applying = false;
    OfflineOrigin m_origin;
    qint64 m_changesToSend = 0;
};
