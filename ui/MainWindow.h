#pragma once

#include <QHash>
#include <QMainWindow>
#include <memory>

class BulkEditArea;
class EditExchange;
class ConnectionProfiles;
class GroupsTableModel;
class QSettings;
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
struct MetaField;

// The window administrators and support staff work in: Users, Groups, Schema and Bulk edit
// areas over one Store (a file or a server). Widgets only: every read and write goes through
// the models and the Store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure the window keeps what it had and `error` says why.
    bool openDatabase(const QString &path, QString *error);
    // Creates a new, empty database file with one account and opens it.
    bool createDatabase(const QString &path, const QString &accountName, QString *error);
    // Opens the demo database of this user, making it first if there is none yet.
    bool openDemoDatabase(QString *error);
    // Works on this store from now on (takes it over); refused while edits are pending.
    bool useStore(std::unique_ptr<Store> store, QString *error);
    QString location() const;
    Store *store() const { return m_store.get(); }
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
    PendingEditsJournal *journal() const { return m_journal; }
    // Connects to a saved server profile (key from the keychain); the answer comes with
    // connectionFinished.
    void connectToProfile(const QString &name);
    // After the server refused the key: asks whether to enter it again, then shows the profile.
    void offerKeyEntry(const QString &why);
    ConnectionProfiles *profiles() const { return m_profiles; }
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

Q_SIGNALS:
    void applyFinished(bool complete, const QString &message);
    void connectionFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildAreas();
    void chooseAndOpenFile();
    void chooseAndCreateFile();
    void manageConnections();
    void rememberRecent(const QString &entry);
    void accountChosen(int index);
    void updateStatus();
    void restoreSettings();
    void fieldsArrived(const QList<MetaField> &fields);
    void rebuildColumnMenu(const QList<MetaField> &fields);
    void discardPendingEdits();
    void refreshAfterWrite();
    void refreshAfterOutsideChange();
    QString recentKey() const;
    void reloadFields();
    void offerSavedEdits();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Prompter> m_prompter;
    QSettings *m_settings = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    ConnectionProfiles *m_profiles = nullptr;
    QList<MetaField> *m_fields = nullptr;
    UsersTableModel *m_usersModel = nullptr;
    GroupsTableModel *m_groupsModel = nullptr;
    PendingEdits *m_pending = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTabWidget *m_areas = nullptr;
    UsersArea *m_usersArea = nullptr;
    QTableView *m_groupsView = nullptr;
    MembershipPanel *m_membership = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QHash<qint64, QString> m_accountNames; // of the open file or server, by id
    qint64 m_fieldsAccount = -1;           // whose schema m_fields holds
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QMenu *m_columnMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    SchemaEditor *m_schemaEditor = nullptr;
    BulkEditArea *m_bulkEdit = nullptr;
    EditExchange *m_exchange = nullptr;
    PendingEditsJournal *m_journal = nullptr;
    bool m_applying = false;
};
