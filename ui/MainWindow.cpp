#include "MainWindow.h"

#include "BulkEditArea.h"
#include "ConnectionsDialog.h"
#include "EditExchange.h"
#include "Icons.h"
#include "MembershipPanel.h"
#include "Prompter.h"
#include "SchemaEditor.h"
#include "UsersArea.h"
#include "items/GroupsTableModel.h"
#include "items/PendingEdits.h"
#include "items/PendingEditsJournal.h"
#include "items/SchemaTableModel.h"
#include "items/UsersTableModel.h"
#include "secrets/ConnectionProfiles.h"
#include "secrets/KeychainSecretStore.h"
#include "store/DemoDataGenerator.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const int kMaxRecentFiles = 8;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(std::make_unique<Prompter>())
    , m_settings(new QSettings(this))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_profiles(new ConnectionProfiles(*m_settings, *m_secrets, this))
    , m_fields(new QList<MetaField>)
    , m_usersModel(new UsersTableModel(this))
    , m_groupsModel(new GroupsTableModel(this))
    , m_pending(new PendingEdits(this))
    , m_undoStack(new QUndoStack(this))
    , m_journal(new PendingEditsJournal(m_pending, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MetaDesk"));
    setWindowIcon(Icons::application());
    m_usersModel->setPendingEdits(m_pending, m_undoStack);
    connect(m_pending, &PendingEdits::countChanged, this, &MainWindow::updateStatus);
    connect(m_usersModel, &UsersTableModel::loaded, this, &MainWindow::updateStatus);
    buildAreas();
    buildActions();
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // What is pending stays on disk, to be offered back next time (before m_pending goes).
    m_journal->flush();
    // Models and panels read the store; detach them before it goes.
    m_usersModel->setStore(nullptr, 0);
    m_groupsModel->setStore(nullptr, 0);
    m_membership->setStore(nullptr, 0);
    m_schemaEditor->setStore(nullptr, 0);
    m_bulkEdit->setStore(nullptr, 0);
    delete m_fields;
}

void MainWindow::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    delete m_profiles;
    m_secrets = std::move(secrets);
    m_profiles = new ConnectionProfiles(*m_settings, *m_secrets, this);
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
    m_membership->setPrompter(m_prompter.get());
    m_schemaEditor->setPrompter(m_prompter.get());
    m_bulkEdit->setPrompter(m_prompter.get());
    m_exchange->setPrompter(m_prompter.get());
}

void MainWindow::buildAreas()
{
    m_areas = new QTabWidget(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_usersArea = new UsersArea(m_usersModel, m_groupsModel, m_areas);
    m_areas->addTab(m_usersArea, tr("&Users"));

    auto *groupsPage = new QWidget(m_areas);
    groupsPage->setObjectName(QStringLiteral("groupsArea"));
    m_groupsView = new QTableView(groupsPage);
    m_groupsView->setObjectName(QStringLiteral("groupsView"));
    auto *sortedGroups = new QSortFilterProxyModel(groupsPage);
    sortedGroups->setSourceModel(m_groupsModel);
    sortedGroups->setSortRole(GroupsTableModel::RawValueRole);
    sortedGroups->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_groupsView->setModel(sortedGroups);
    m_groupsView->setSortingEnabled(true);
    m_groupsView->sortByColumn(GroupsTableModel::NameColumn, Qt::AscendingOrder);
    m_groupsView->verticalHeader()->setVisible(false);
    m_groupsView->horizontalHeader()->setStretchLastSection(true);
    m_groupsView->setColumnWidth(GroupsTableModel::NameColumn, 260);
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    groupsLayout->addWidget(m_groupsView);
    m_areas->addTab(groupsPage, tr("&Groups"));

    m_schemaEditor = new SchemaEditor(m_areas);
    m_schemaEditor->setPrompter(m_prompter.get());
    m_areas->addTab(m_schemaEditor, tr("&Schema"));
    // A changed schema changes the columns everywhere.
    connect(m_schemaEditor->model(), &SchemaTableModel::schemaChanged, this,
            &MainWindow::reloadFields);
    m_bulkEdit = new BulkEditArea(m_pending, m_undoStack, m_usersArea, m_usersModel, m_areas);
    m_bulkEdit->setPrompter(m_prompter.get());
    m_areas->addTab(m_bulkEdit, tr("&Bulk Edit"));
    connect(m_bulkEdit, &BulkEditArea::applyRequested, this, &MainWindow::startApply);
    m_exchange = new EditExchange(m_pending, m_undoStack, m_usersModel, this);
    m_exchange->setPrompter(m_prompter.get());
    setCentralWidget(m_areas);

    m_membership = new MembershipPanel(m_groupsModel, m_usersArea, m_usersModel, this);
    m_membership->setPrompter(m_prompter.get());
    auto *dock = new QDockWidget(tr("Group Membership"), this);
    dock->setObjectName(QStringLiteral("membershipDock"));
    dock->toggleViewAction()->setIcon(Icons::action("groups"));
    dock->setWidget(m_membership);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_membership, &MembershipPanel::membershipsChanged, this,
            &MainWindow::refreshAfterWrite);

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

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open Database…"));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setIcon(Icons::action("document-open"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpenFile);
    QAction *newFile = fileMenu->addAction(tr("&New Database…"));
    newFile->setObjectName(QStringLiteral("actionNew"));
    newFile->setIcon(Icons::action("document-new"));
    newFile->setShortcut(QKeySequence::New);
    connect(newFile, &QAction::triggered, this, &MainWindow::chooseAndCreateFile);
    QAction *demo = fileMenu->addAction(tr("Open &Demo Database"));
    demo->setObjectName(QStringLiteral("actionOpenDemo"));
    demo->setIcon(Icons::action("demo-database"));
    connect(demo, &QAction::triggered, this, [this] {
        QString error;
        if (!openDemoDatabase(&error))
            m_prompter->warn(this, tr("Cannot open the demo database"), error);
    });
    QAction *connectServer = fileMenu->addAction(tr("&Connect to Server…"));
    connectServer->setObjectName(QStringLiteral("actionConnect"));
    connectServer->setIcon(Icons::action("connect"));
    connectServer->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(connectServer, &QAction::triggered, this, &MainWindow::manageConnections);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setIcon(Icons::action("document-open-recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QStringList files = m_settings->value(recentKey()).toStringList();
        for (const QString &entry : files) {
            // Entries are "file:PATH" or "profile:NAME".
            const bool isProfile = entry.startsWith(QLatin1String("profile:"));
            const QString target = entry.mid(entry.indexOf(QLatin1Char(':')) + 1);
            QAction *a = m_recentMenu->addAction(isProfile ? tr("Server: %1").arg(target) : target);
            connect(a, &QAction::triggered, this, [this, isProfile, target] {
                if (isProfile) {
                    connectToProfile(target);
                    return;
                }
                QString error;
                if (!openDatabase(target, &error))
                    m_prompter->warn(this, tr("Cannot open database"), error);
            });
        }
        m_recentMenu->setEnabled(true);
        if (files.isEmpty())
            m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    });
    fileMenu->addSeparator();
    QAction *importEdits = fileMenu->addAction(tr("&Import Edits…"));
    importEdits->setObjectName(QStringLiteral("actionImport"));
    importEdits->setIcon(Icons::action("import"));
    connect(importEdits, &QAction::triggered, m_exchange, &EditExchange::chooseAndImport);
    QAction *exportUsers = fileMenu->addAction(tr("&Export Users…"));
    exportUsers->setObjectName(QStringLiteral("actionExport"));
    exportUsers->setIcon(Icons::action("export"));
    connect(exportUsers, &QAction::triggered, m_exchange, &EditExchange::chooseAndExport);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setIcon(Icons::action("quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(Icons::action("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(Icons::action("redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *selectAll = editMenu->addAction(tr("Select &All"));
    selectAll->setObjectName(QStringLiteral("actionSelectAll"));
    selectAll->setIcon(Icons::action("select-all"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, this, [this] { m_usersArea->view()->selectAll(); });
    editMenu->addSeparator();
    QAction *preview = editMenu->addAction(tr("&Preview Payload…"));
    preview->setObjectName(QStringLiteral("actionPreviewPayload"));
    preview->setIcon(Icons::action("preview"));
    connect(preview, &QAction::triggered, m_bulkEdit, &BulkEditArea::showPayloadPreview);
    QAction *apply = editMenu->addAction(tr("&Apply Pending Edits"));
    apply->setObjectName(QStringLiteral("actionApply"));
    apply->setIcon(Icons::action("document-save"));
    apply->setShortcut(QKeySequence::Save);
    connect(apply, &QAction::triggered, this, &MainWindow::startApply);
    QAction *discard = editMenu->addAction(tr("&Discard Pending Edits…"));
    discard->setObjectName(QStringLiteral("actionDiscard"));
    discard->setIcon(Icons::action("discard"));
    connect(discard, &QAction::triggered, this, &MainWindow::discardPendingEdits);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_columnMenu = viewMenu->addMenu(tr("Meta &Columns"));
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    m_columnMenu->setIcon(Icons::action("columns"));
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setIcon(Icons::action("refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refreshAfterWrite);
    QAction *clearFilters = viewMenu->addAction(tr("Clear &Filters"));
    clearFilters->setObjectName(QStringLiteral("actionClearFilters"));
    clearFilters->setIcon(Icons::action("filter-clear"));
    connect(clearFilters, &QAction::triggered, m_usersArea, &UsersArea::clearFilters);
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(open);
    toolbar->addAction(apply);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Account:"), toolbar));
    m_accountPicker = new QComboBox(toolbar);
    m_accountPicker->setObjectName(QStringLiteral("accountPicker"));
    m_accountPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountPicker, &QComboBox::currentIndexChanged, this, &MainWindow::accountChosen);
    toolbar->addWidget(m_accountPicker);
}

QString MainWindow::recentKey() const
{
    return QStringLiteral("session/recentFiles");
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    StoreError storeError;
    if (m_pending->count() > 0) {
        // Checked before the file is even opened: never drop work silently.
        return useStore(nullptr, error);
    }
    std::unique_ptr<SqliteStore> sqlite = SqliteStore::open(path, &storeError);
    if (!sqlite) {
        *error = storeError.text();
        return false;
    }
    const QString file = sqlite->filePath();
    if (!useStore(std::make_unique<LocalStore>(std::move(sqlite)), error))
        return false;
    rememberRecent(QStringLiteral("file:") + file);
    setWindowTitle(tr("%1 — MetaDesk").arg(QFileInfo(file).fileName()));
    return true;
}

void MainWindow::rememberRecent(const QString &entry)
{
    QStringList recent = m_settings->value(recentKey()).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    m_settings->setValue(recentKey(), recent.mid(0, kMaxRecentFiles));
}

void MainWindow::manageConnections()
{
    ConnectionsDialog dialog(*m_profiles, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenProfile().isEmpty())
        connectToProfile(dialog.chosenProfile());
}

void MainWindow::offerKeyEntry(const QString &why)
{
    // A wrong or revoked key fails every request alike: offer to type it again, in the
    // connections dialog with this server's profile shown.
    const auto *remote = qobject_cast<const RemoteStore *>(m_store.get());
    if (!remote || !m_prompter->confirm(this, tr("API Key Refused"),
                                        tr("%1\n\nEnter the API key again?").arg(why)))
        return;
    ConnectionsDialog dialog(*m_profiles, this);
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        if (p.baseUrl == remote->connection().baseUrl && p.apiId == remote->connection().apiId)
            dialog.selectProfile(p.name);
    }
    if (m_prompter->execDialog(&dialog) == QDialog::Accepted && !dialog.chosenProfile().isEmpty())
        connectToProfile(dialog.chosenProfile());
}

void MainWindow::connectToProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    auto fail = [this](const QString &message) {
        m_prompter->warn(this, tr("Cannot connect"), message);
        Q_EMIT connectionFinished(false, message);
    };
    if (!profile)
        return fail(tr("There is no connection profile named “%1”.").arg(name));
    if (m_pending->count() > 0) {
        QString error;
        useStore(nullptr, &error);
        return fail(error);
    }
    m_profiles->loadKey(*profile, this, [this, profile, fail](const KeyStorage &stored) {
        if (stored.key.isEmpty())
            return fail(stored.message.isEmpty()
                            ? tr("No API key is stored for “%1”; enter it under File › Connect to "
                                 "Server.")
                                  .arg(profile->name)
                            : stored.message);
        const RemoteConnection connection{profile->baseUrl, profile->apiId, stored.key};
        QString error;
        if (!useStore(std::make_unique<RemoteStore>(connection), &error))
            return fail(error);
        rememberRecent(QStringLiteral("profile:") + profile->name);
        setWindowTitle(tr("%1 — MetaDesk").arg(profile->name));
        const QString warning = RemoteStore::insecureUrlWarning(profile->baseUrl);
        if (!warning.isEmpty())
            statusBar()->showMessage(warning, 15000);
        Q_EMIT connectionFinished(true, warning);
    });
}

bool MainWindow::useStore(std::unique_ptr<Store> store, QString *error)
{
    if (m_pending->count() > 0) {
        *error = tr("%n edit(s) are pending in %1; apply or discard them before opening another "
                    "file or server.",
                    nullptr, m_pending->count())
                     .arg(location());
        return false;
    }
    if (!store) {
        *error = tr("Nothing to open.");
        return false;
    }
    m_usersModel->setStore(nullptr, 0);
    m_groupsModel->setStore(nullptr, 0);
    m_membership->setStore(nullptr, 0);
    m_journal->setLocation(QString());
    m_store = std::move(store);
    connect(m_store.get(), &Store::changedOutside, this, &MainWindow::refreshAfterOutsideChange);
    m_undoStack->clear();
    offerSavedEdits();
    // Fields belong to an account: they are fetched when one is chosen (accountChosen).
    m_store->fetchAccounts(this, [this](const StoreReply<QList<Account>> &reply) {
        const QSignalBlocker blocker(m_accountPicker);
        m_accountPicker->clear();
        if (!reply.ok()) {
            statusBar()->showMessage(reply.errorText(), 10000);
            // Later, from the event loop: taking the offer replaces the store answering now.
            if (reply.error.kind == ClientError::Kind::Authentication)
                QTimer::singleShot(0, this,
                                   [this, why = reply.errorText()] { offerKeyEntry(why); });
            return;
        }
        m_accountNames.clear();
        for (const Account &a : reply.value) {
            m_accountPicker->addItem(QStringLiteral("%1 — %2").arg(a.id).arg(a.name), a.id);
            m_accountNames.insert(a.id, a.name);
        }
        if (!reply.value.isEmpty())
            accountChosen(0);
    });
    updateStatus();
    return true;
}

void MainWindow::fieldsArrived(const QList<MetaField> &fields)
{
    *m_fields = fields;
    m_usersArea->setFields(fields);
    rebuildColumnMenu(fields);
    m_bulkEdit->setFields(fields);
    m_exchange->setFields(fields);
}

void MainWindow::reloadFields()
{
    if (!m_store)
        return;
    m_store->fetchFields(m_usersModel->accountId(), this,
                         [this](const StoreReply<QList<MetaField>> &reply) {
                             if (!reply.ok()) {
                                 statusBar()->showMessage(reply.errorText(), 10000);
                                 return;
                             }
                             // The same account's schema again (a refresh after someone
                             // else's write): keep the columns as they are.
                             const qint64 account = m_usersModel->accountId();
                             if (account == m_fieldsAccount && reply.value == *m_fields)
                                 return;
                             m_fieldsAccount = account;
                             fieldsArrived(reply.value);
                         });
}

void MainWindow::offerSavedEdits()
{
    // Edits a crash (or a killed process) left behind for this file or server.
    const QString where = m_store->location();
    QString error;
    const PendingEditsJournal::Saved saved = PendingEditsJournal::load(where, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 10000);
    if (!saved.isEmpty()) {
        if (m_prompter->confirm(this, tr("Restore pending edits"),
                                tr("%n edit(s) to %1 were not written when MetaDesk last "
                                   "stopped. Restore them as pending edits?",
                                   nullptr, int(saved.size()))
                                    .arg(where))) {
            QList<std::pair<PendingEdits::Key, std::optional<PendingEdits::Entry>>> batch;
            batch.reserve(saved.size());
            for (const auto &[key, entry] : saved)
                batch.append({key, entry});
            m_pending->setMany(batch);
        } else {
            PendingEditsJournal::remove(where);
        }
    }
    m_journal->setLocation(where);
}

QString MainWindow::location() const
{
    return m_store ? m_store->location() : QString();
}

bool MainWindow::createDatabase(const QString &path, const QString &accountName, QString *error)
{
    if (m_pending->count() > 0)
        return useStore(nullptr, error);
    StoreError storeError;
    std::unique_ptr<SqliteStore> sqlite = SqliteStore::create(path, &storeError);
    if (!sqlite) {
        *error = storeError.text();
        return false;
    }
    if (sqlite->addAccount(accountName) == 0) {
        *error = tr("%1: %2").arg(sqlite->filePath(), sqlite->lastError());
        return false;
    }
    sqlite.reset();
    return openDatabase(path, error);
}

bool MainWindow::openDemoDatabase(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + QStringLiteral("/metadesk-demo.db");
    if (!QFileInfo::exists(path)) {
        StoreError storeError;
        std::unique_ptr<SqliteStore> sqlite = SqliteStore::create(path, &storeError);
        if (!sqlite) {
            *error = storeError.text();
            return false;
        }
        const QString problem = DemoDataGenerator::generate(*sqlite, {});
        if (!problem.isEmpty()) {
            sqlite.reset();
            QFile::remove(path);
            *error = tr("%1: %2").arg(path, problem);
            return false;
        }
    }
    return openDatabase(path, error);
}

void MainWindow::chooseAndCreateFile()
{
    const QString path = m_prompter->saveFileName(
        this, tr("New MetaDesk Database"), QFileInfo(location()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createDatabase(path, tr("Default"), &error))
        m_prompter->warn(this, tr("Cannot create database"), error);
}

void MainWindow::chooseAndOpenFile()
{
    const QString path = m_prompter->openFileName(
        this, tr("Open MetaDesk Database"), QFileInfo(location()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        m_prompter->warn(this, tr("Cannot open database"), error);
}

void MainWindow::rebuildColumnMenu(const QList<MetaField> &fields)
{
    m_columnMenu->clear();
    const QStringList chosen =
        QSettings().value(QStringLiteral("usersTable/metaColumns")).toStringList();
    QList<MetaField> shown;
    for (const MetaField &field : fields) {
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
    QList<MetaField> shown;
    for (const MetaField &field : *m_fields) {
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

void MainWindow::startApply()
{
    if (!m_store || m_applying)
        return;
    const qint64 account = m_usersModel->accountId();
    EditSet edits;
    edits.metaEdits = m_pending->edits(account);
    if (edits.metaEdits.isEmpty()) {
        statusBar()->showMessage(tr("There are no pending edits to apply."), 5000);
        Q_EMIT applyFinished(true, tr("There are no pending edits to apply."));
        return;
    }
    m_applying = true;
    // With the schema, as the payload preview plans: edits it refuses are held back.
    ApplyJob *job = m_store->apply(account, edits, *m_fields);
    auto *progress =
        new QProgressDialog(tr("Applying %n edit(s)…", nullptr, int(edits.metaEdits.size())),
                            tr("Cancel"), 0, int(edits.metaEdits.size()), this);
    progress->setObjectName(QStringLiteral("applyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &ApplyJob::cancel);
    connect(job, &ApplyJob::progress, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(done)); });
    connect(job, &ApplyJob::finished, this, [this, job, progress, account] {
        progress->deleteLater();
        job->deleteLater();
        m_applying = false;
        const ApplyReport &report = job->report();
        m_pending->takeReport(account, report);
        QString message;
        if (report.complete()) {
            message = report.messages.join(QLatin1Char(' '));
            // What was undoable is now written; undoing it would take a new edit.
            m_undoStack->clear();
        } else if (report.cancelled) {
            message = tr("Cancelled. %n edit(s) were written; the others stay pending.", nullptr,
                         int(report.landed.size()));
        } else {
            message = tr("%n edit(s) were not written and stay pending; each cell says why.",
                         nullptr, int(report.notLanded.size()));
            if (report.error.isError())
                message += QLatin1Char(' ') + report.error.text;
        }
        if (!report.landed.isEmpty())
            refreshAfterWrite();
        statusBar()->showMessage(message, 10000);
        updateStatus();
        Q_EMIT applyFinished(report.complete(), message);
    });
}

bool MainWindow::applyPendingEdits(QString *message)
{
    bool complete = false;
    QEventLoop loop;
    auto connection =
        connect(this, &MainWindow::applyFinished, &loop, [&](bool ok, const QString &text) {
            complete = ok;
            *message = text;
            loop.quit();
        });
    startApply();
    if (m_applying)
        loop.exec();
    disconnect(connection);
    return complete;
}

void MainWindow::discardPendingEdits()
{
    if (m_pending->count() == 0)
        return;
    if (!m_prompter->confirm(
            this, tr("Discard pending edits"),
            tr("Discard %n pending edit(s)? This cannot be undone.", nullptr, m_pending->count())))
        return;
    m_pending->clear();
    m_undoStack->clear();
}

void MainWindow::refreshAfterWrite()
{
    m_usersModel->refresh();
    m_groupsModel->reload();
}

void MainWindow::refreshAfterOutsideChange()
{
    // Another program (or an apply job) wrote to the file: show what it holds now. Pending edits
    // stay pending over the new stored values.
    refreshAfterWrite();
    reloadFields();
    m_schemaEditor->model()->refresh();
}

void MainWindow::accountChosen(int index)
{
    if (index < 0 || !m_store)
        return;
    const qint64 account = m_accountPicker->itemData(index).toLongLong();
    m_usersModel->setStore(m_store.get(), account);
    m_groupsModel->setStore(m_store.get(), account);
    m_membership->setStore(m_store.get(), account);
    m_schemaEditor->setStore(m_store.get(), account);
    m_schemaEditor->setAccountName(m_accountNames.value(account));
    m_bulkEdit->setStore(m_store.get(), account);
    m_exchange->setStore(m_store.get(), account);
    m_fieldsAccount = -1; // each account has its own schema: take the new one whatever it is
    reloadFields();
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
    m_connectionLabel->setText(m_store->isRemote() ? tr("Server: %1").arg(m_store->location())
                                                   : tr("File: %1").arg(m_store->location()));
    m_countLabel->setText(m_accountPicker->currentText().isEmpty()
                              ? QString()
                              : tr("%1 · %n user(s)", nullptr, m_usersModel->rowCount())
                                    .arg(m_accountPicker->currentText()));
    m_pendingLabel->setText(m_pending->count() == 0
                                ? QString()
                                : tr("%n pending edit(s)", nullptr, m_pending->count()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back from another program (a terminal running sqlite3, say): look at once rather
    // than within the second.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_store)
        m_store->checkForOutsideChanges();
    QMainWindow::changeEvent(event);
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
                m_prompter->warn(this, tr("Edits were not applied"), message);
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            m_pending->clear(); // discarded on purpose: not offered back next time
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
