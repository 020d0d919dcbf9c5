#include "MainWindow.h"

#include "items/LocalEditApplier.h"
#include "items/PendingEdits.h"
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
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_usersModel(new UsersTableModel(nullptr, this))
    , m_pending(new PendingEdits(this))
    , m_undoStack(new QUndoStack(this))
{
    m_usersModel->setPendingEdits(m_pending, m_undoStack);
    connect(m_pending, &PendingEdits::countChanged, this, &MainWindow::updateStatus);
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

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *apply = editMenu->addAction(tr("&Apply Pending Edits"));
    apply->setObjectName(QStringLiteral("actionApply"));
    apply->setShortcut(QKeySequence::Save);
    connect(apply, &QAction::triggered, this, &MainWindow::applyFromMenu);
    QAction *discard = editMenu->addAction(tr("&Discard Pending Edits…"));
    discard->setObjectName(QStringLiteral("actionDiscard"));
    connect(discard, &QAction::triggered, this, &MainWindow::discardPendingEdits);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_columnMenu = viewMenu->addMenu(tr("Meta &Columns"));
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_usersModel, &UsersTableModel::reload);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(open);
    toolbar->addAction(apply);
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
    m_usersView->verticalHeader()->setDefaultSectionSize(m_usersView->fontMetrics().height() + 8);
    m_usersView->setWordWrap(false);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    setCentralWidget(m_usersView);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    if (m_pending->count() > 0) {
        // Never drop work silently: the person applies or discards first.
        *error = tr("%n edit(s) are pending in %1; apply or discard them before opening another "
                    "file.",
                    nullptr, m_pending->count())
                     .arg(databasePath());
        return false;
    }
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
    m_undoStack->clear();
    rebuildColumnMenu();

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

void MainWindow::rebuildColumnMenu()
{
    m_columnMenu->clear();
    const QStringList chosen =
        QSettings().value(QStringLiteral("usersTable/metaColumns")).toStringList();
    QList<MetaField> shown;
    for (const MetaField &field : m_store->fields()) {
        QAction *action = m_columnMenu->addAction(field.displayName());
        action->setObjectName(QStringLiteral("column_") + field.name);
        action->setCheckable(true);
        action->setChecked(chosen.contains(field.name));
        action->setData(field.name);
        connect(action, &QAction::toggled, this, [this] {
            QStringList names;
            for (QAction *a : m_columnMenu->actions()) {
                if (a->isChecked())
                    names << a->data().toString();
            }
            showMetaColumns(names);
        });
        if (action->isChecked())
            shown << field;
    }
    m_usersModel->setMetaColumns(shown);
}

void MainWindow::showMetaColumns(const QStringList &fieldNames)
{
    if (!m_store)
        return;
    QList<MetaField> shown;
    for (const MetaField &field : m_store->fields()) {
        if (fieldNames.contains(field.name))
            shown << field;
    }
    for (QAction *a : m_columnMenu->actions()) {
        const QSignalBlocker blocker(a);
        a->setChecked(fieldNames.contains(a->data().toString()));
    }
    QSettings().setValue(QStringLiteral("usersTable/metaColumns"), fieldNames);
    m_usersModel->setMetaColumns(shown);
}

bool MainWindow::applyPendingEdits(QString *message)
{
    if (!m_store) {
        *message = tr("No database is open.");
        return false;
    }
    const LocalEditApplier::Summary summary =
        LocalEditApplier::apply(*m_store, *m_pending, m_usersModel->accountId());
    *message = summary.message;
    if (summary.ok && summary.sent > 0) {
        // What was undoable is now written; undoing it would take a new edit.
        m_undoStack->clear();
        m_usersModel->reload();
    }
    statusBar()->showMessage(summary.message, 10000);
    updateStatus();
    return summary.ok;
}

void MainWindow::applyFromMenu()
{
    QString message;
    if (!applyPendingEdits(&message))
        QMessageBox::warning(this, tr("Edits were not applied"), message);
}

void MainWindow::discardPendingEdits()
{
    if (m_pending->count() == 0)
        return;
    if (QMessageBox::question(this, tr("Discard pending edits"),
                              tr("Discard %n pending edit(s)? This cannot be undone.", nullptr,
                                 m_pending->count())) != QMessageBox::Yes)
        return;
    m_pending->clear();
    m_undoStack->clear();
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
        m_pendingLabel->clear();
        m_connectionLabel->setText(tr("No database open"));
        m_countLabel->clear();
        return;
    }
    m_connectionLabel->setText(tr("File: %1").arg(m_store->filePath()));
    m_countLabel->setText(tr("%n user(s)", nullptr, m_usersModel->rowCount()));
    m_pendingLabel->setText(m_pending->count() == 0
                                ? QString()
                                : tr("%n pending edit(s)", nullptr, m_pending->count()));
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
    if (m_pending->count() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Pending edits"),
            tr("%n edit(s) have not been written yet. Apply them before closing?", nullptr,
               m_pending->count()),
            QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
        QString message;
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Apply && !applyPendingEdits(&message))) {
            if (!message.isEmpty())
                QMessageBox::warning(this, tr("Edits were not applied"), message);
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
