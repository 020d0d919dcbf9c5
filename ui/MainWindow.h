#pragma once

#include "sync/SyncPlace.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class BulkEditArea;
class ChangesToSendDialog;
class OfflineBanner;
class OfflineSyncFlow;
class EditExchange;
class ConnectionProfiles;
class GroupsTableModel;
class SecretStore;
class MembershipPanel;
class PendingEdits;
class PendingEditsJournal;
class Prompter;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class SchemaEditor;
class QUndoStack;
class Store;
class UsersArea;
class UsersTableModel;
class WelcomePage;
class Workspace;
struct Account;
struct MetaField;
struct OfflineOrigin;
struct WorkspaceFailure;

// The window administrators and support staff work in: Users, Groups, Schema and Bulk edit
// areas over the Workspace's Store (a file or a server). A view: it builds the widgets, hands
// the person's choices to the Workspace and follows its signals; every question goes through
// the Prompter. Widgets only: every read and write goes through the models and the Store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What is open and what is pending; open, create and connect go through it.
    Workspace *workspace() const { return m_workspace; }
    // Opens a database file (on a thread of its own); the person is told if it cannot be.
    void openFile(const QString &path);
    QString location() const;
    Store *store() const;
    UsersTableModel *usersModel() const { return m_usersModel; }
    GroupsTableModel *groupsModel() const { return m_groupsModel; }
    PendingEdits *pendingEdits() const { return m_pending; }
    QUndoStack *undoStack() const { return m_undoStack; }
    UsersArea *usersArea() const { return m_usersArea; }
    MembershipPanel *membershipPanel() const { return m_membership; }
    QTabWidget *areas() const { return m_areas; }
    SchemaEditor *schemaEditor() const { return m_schemaEditor; }
    BulkEditArea *bulkEditArea() const { return m_bulkEdit; }
    EditExchange *editExchange() const { return m_exchange; }
    PendingEditsJournal *journal() const;
    // Connects to a saved server profile (key from the keychain); the answer comes with
    // connectionFinished.
    void connectToProfile(const QString &name);
    // After the server refused the key: asks whether to enter it again, then shows the profile.
    void offerKeyEntry(const QString &why);
    ConnectionProfiles *profiles() const;
    // Where API keys are kept (the OS keychain unless a test hands in another).
    void setSecretStore(std::unique_ptr<SecretStore> secrets);
    // Questions and messages go through here; tests answer them.
    void setPrompter(std::unique_ptr<Prompter> prompter);
    // Shows these meta fields as columns (and remembers the choice).
    void showMetaColumns(const QStringList &fieldNames);
    // Writes the current account's pending edits and waits for the answer; false (with the
    // reasons on the cells) if anything did not land.
    bool applyPendingEdits(QString *message);
    // Starts writing the pending edits with a progress dialog; the result arrives later.
    void startApply();
    OfflineBanner *offlineBanner() const { return m_banner; }
    // File › Take Offline Copy: asks for the new file's name, then saves the chosen account
    // of the server into it with a progress dialog; offlineCopyFinished follows.
    void takeOfflineCopy();
    // View › Changes to Send: the open offline copy's changes, with Revert (the dialog shows
    // once they are read; null until then).
    void showChangesToSend();
    ChangesToSendDialog *changesToSendDialog() const;
    // File › Send Changes and File › Get Server Changes of an offline copy.
    OfflineSyncFlow *offlineSync() const { return m_syncFlow; }

Q_SIGNALS:
    void applyFinished(bool complete, const QString &message);
    void connectionFinished(bool ok, const QString &message);
    void offlineCopyFinished(bool ok, const QString &message);
    // The Changes to Send dialog shows what the file holds now (after opening or a revert).
    void changesToSendShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // How many restored edits the question after a crash lists by name.
    static constexpr int kRestoreListed = 5;
    void buildActions();
    void buildAreas();
    void chooseAndOpenFile();
    void chooseAndCreateFile();
    void manageConnections();
    // Tells the person when what they asked for could not be done.
    std::function<void(const WorkspaceFailure &)> warnIfFailed(const QString &title);
    void storeClosed();
    void storeOpened();
    void accountsArrived(const QList<Account> &accounts);
    void accountChanged(qint64 accountId);
    void accountChosen(int index);
    void updateStatus();
    void restoreSettings();
    void fieldsArrived(const QList<MetaField> &fields);
    void rebuildColumnMenu(const QList<MetaField> &fields);
    void discardPendingEdits();
    void applied(bool complete, const QString &message, bool anyWritten);
    void refreshAfterWrite();
    void refreshAfterOutsideChange();
    void originChanged(const OfflineOrigin &origin);
    void revertChanges(const QList<SyncPlace> &places);
    void readChangesToSend();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<Prompter> m_prompter;
    UsersTableModel *m_usersModel = nullptr;
    GroupsTableModel *m_groupsModel = nullptr;
    PendingEdits *m_pending = nullptr; // the workspace's
    QUndoStack *m_undoStack = nullptr; // the workspace's
    QTabWidget *m_areas = nullptr;
    UsersArea *m_usersArea = nullptr;
    QTableView *m_groupsView = nullptr;
    MembershipPanel *m_membership = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QMenu *m_columnMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    SchemaEditor *m_schemaEditor = nullptr;
    BulkEditArea *m_bulkEdit = nullptr;
    EditExchange *m_exchange = nullptr;
    OfflineBanner *m_banner = nullptr;
    WelcomePage *m_welcome = nullptr;
    QAction *m_takeCopyAction = nullptr;
    QAction *m_changesAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_getAction = nullptr;
    OfflineSyncFlow *m_syncFlow = nullptr;
    QPointer<ChangesToSendDialog> m_changesDialog;
};
