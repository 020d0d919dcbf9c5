#pragma once

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoStack;
class PendingEdits;
class SqliteStore;
class UsersTableModel;

// The window administrators and support staff work in. Widgets only: every read and write goes
// through the models and the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure the window keeps what it had and `error` says why.
    bool openDatabase(const QString &path, QString *error);
    QString databasePath() const;
    UsersTableModel *usersModel() const { return m_usersModel; }
    PendingEdits *pendingEdits() const { return m_pending; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Shows these meta fields as columns (and remembers the choice).
    void showMetaColumns(const QStringList &fieldNames);
    // Writes the current account's pending edits; false (with the reason on the cells) if refused.
    bool applyPendingEdits(QString *message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildCentralArea();
    void chooseAndOpenFile();
    void accountChosen(int index);
    void applySearch();
    void updateStatus();
    void restoreSettings();
    void rebuildColumnMenu();
    void applyFromMenu();
    void discardPendingEdits();

    std::unique_ptr<SqliteStore> m_store;
    UsersTableModel *m_usersModel = nullptr;
    QTableView *m_usersView = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QMenu *m_columnMenu = nullptr;
    PendingEdits *m_pending = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTimer m_searchDelay;
};
