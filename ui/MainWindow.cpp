#include "MainWindow.h"

#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_usersModel(new UsersTableModel(nullptr, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MetaDesk"));
    buildActions();
    buildCentralArea();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The model reads the store; let it go first.
    delete m_usersModel;
    m_usersModel = nullptr;
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open Database…"));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpenFile);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_usersModel, &UsersTableModel::reload);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Account:"), toolbar));
    m_accountPicker = new QComboBox(toolbar);
    m_accountPicker->setObjectName(QStringLiteral("accountPicker"));
    m_accountPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountPicker, &QComboBox::currentIndexChanged, this, &MainWindow::accountChosen);
    toolbar->addWidget(m_accountPicker);
    toolbar->addSeparator();
    m_searchBox = new QLineEdit(toolbar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search id, name or email"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(320);
    connect(m_searchBox, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    toolbar->addWidget(m_searchBox);
}

void MainWindow::buildCentralArea()
{
    m_usersView = new QTableView(this);
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setModel(m_usersModel);
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usersView->setAlternatingRowColors(true);
    m_usersView->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never has to measure a million rows.
    m_usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_usersView);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    StoreError storeError;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &storeError);
    if (!store) {
        *error = storeError.text();
        return false;
    }
    const QList<Account> accounts = store->accounts();
    // Detach the model from the old store before it goes away.
    m_usersModel->setStore(nullptr, 0);
    m_store = std::move(store);
    m_usersModel->setStore(m_store.get(), 0);

    const QSignalBlocker blocker(m_accountPicker);
    m_accountPicker->clear();
    for (const Account &a : accounts)
        m_accountPicker->addItem(QStringLiteral("%1 — %2").arg(a.id).arg(a.name), a.id);
    if (!accounts.isEmpty())
        accountChosen(0);
    QSettings().setValue(QStringLiteral("session/lastFile"), m_store->filePath());
    setWindowTitle(tr("%1 — MetaDesk").arg(QFileInfo(m_store->filePath()).fileName()));
    updateStatus();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_store ? m_store->filePath() : QString();
}

void MainWindow::chooseAndOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open MetaDesk Database"), QFileInfo(databasePath()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Cannot open database"), error);
}

void MainWindow::accountChosen(int index)
{
    if (index < 0)
        return;
    m_usersModel->setAccount(m_accountPicker->itemData(index).toLongLong());
    updateStatus();
}

void MainWindow::applySearch()
{
    UserQuery query = m_usersModel->query();
    query.search = m_searchBox->text();
    m_usersModel->setQuery(query);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_connectionLabel->setText(tr("No database open"));
        m_countLabel->clear();
        return;
    }
    m_connectionLabel->setText(tr("File: %1").arg(m_store->filePath()));
    m_countLabel->setText(tr("%n user(s)", nullptr, m_usersModel->rowCount()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
