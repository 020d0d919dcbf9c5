#pragma once

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
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

    std::unique_ptr<SqliteStore> m_store;
    UsersTableModel *m_usersModel = nullptr;
    QTableView *m_usersView = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_searchDelay;
};
