#include "MainWindow.h"

#include "BulkEditArea.h"
#include "ChangesToSendDialog.h"
#include "ConnectionsDialog.h"
#include "EditExchange.h"
#include "Icons.h"
#include "MembershipPanel.h"
#include "OfflineBanner.h"
#include "OfflineSyncFlow.h"
#include "Prompter.h"
#include "SchemaEditor.h"
#include "SendToTargetDialog.h"
#include "UndoActions.h"
#include "UsersArea.h"
#include "WelcomePage.h"
#include "WindowGeometry.h"
#include "domain/MetaValueText.h"
#include "exchange/OfflineCopyJob.h"
#include "items/GroupsTableModel.h"
#include "items/MembershipCommand.h"
#include "items/PendingEdits.h"
#include "items/PendingEditsJournal.h"
#include "items/SchemaTableModel.h"
#include "items/SendPlanModel.h"
#include "items/UsersTableModel.h"
#include "secrets/ConnectionProfiles.h"
#include "store/RemoteStore.h"
#include "store/Store.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_prompter(std::make_unique<Prompter>())
    , m_usersModel(new UsersTableModel(this))
    , m_groupsModel(new GroupsTableModel(this))
    , m_pending(m_workspace->pendingEdits())
    , m_undoStack(m_workspace->undoStack())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MetaDesk"));
    setWindowIcon(Icons::application());
    m_usersModel->setPendingEdits(m_pending, m_undoStack);
    connect(m_pending, &PendingEdits::countChanged, this, &MainWindow::updateStatus);
    connect(m_usersModel, &UsersTableModel::loaded, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::storeClosed);
    connect(m_workspace, &Workspace::opened, this, &MainWindow::storeOpened);
    connect(m_workspace, &Workspace::accountsChanged, this, &MainWindow::accountsArrived);
    connect(m_workspace, &Workspace::accountChanged, this, &MainWindow::accountChanged);
    connect(m_workspace, &Workspace::fieldsChanged, this, &MainWindow::fieldsArrived);
    connect(m_workspace, &Workspace::applied, this, &MainWindow::applied);
    connect(m_workspace, &Workspace::originChanged, this, &MainWindow::originChanged);
    connect(m_workspace, &Workspace::progress, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    });
    connect(m_workspace, &Workspace::failed, this, [this](const WorkspaceFailure &failure) {
        statusBar()->showMessage(failure.text, 10000);
        // Later, from the event loop: taking the offer replaces the store answering now.
        if (failure.storeKind == ClientError::Kind::Authentication)
            QTimer::singleShot(0, this, [this, why = failure.text] { offerKeyEntry(why); });
    });
    m_workspace->setRestoreQuestion([this](const auto &saved, const QString &where) {
        // Over the window the edits belong to, listing the first few of them.
        if (!isVisible())
            show();
        raise();
        QStringList lines;
        for (int i = 0; i < qMin<qsizetype>(saved.size(), kRestoreListed); ++i) {
            const auto &[key, entry] = saved.at(i);
            lines << QStringLiteral("• ") +
                         tr("User %1, %2: %3")
                             .arg(key.userId)
                             .arg(key.field, entry.value.isNull()
                                                 ? tr("(cleared)")
                                                 : MetaValueText::display(entry.value));
        }
        if (saved.size() > kRestoreListed)
            lines << tr("… and %Ln more.", nullptr, int(saved.size() - kRestoreListed));
        return m_prompter->confirm(
            this, tr("Restore pending edits"),
            tr("%Ln edit(s) to %1 were not written when MetaDesk last stopped:", nullptr,
               int(saved.size()))
                    .arg(where) +
                QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                tr("Restore them as pending edits? Edit › Undo takes them back."));
    });
    buildAreas();
    buildActions();
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Models and panels read the store; detach them before the workspace (and it) goes.
    storeClosed();
}

void MainWindow::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    m_workspace->setSecretStore(std::move(secrets));
}

ConnectionProfiles *MainWindow::profiles() const
{
    return m_workspace->profiles();
}

PendingEditsJournal *MainWindow::journal() const
{
    return m_workspace->journal();
}

Store *MainWindow::store() const
{
    return m_workspace->store();
}

QString MainWindow::location() const
{
    return m_workspace->location();
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
    m_membership->setPrompter(m_prompter.get());
    m_schemaEditor->setPrompter(m_prompter.get());
    m_bulkEdit->setPrompter(m_prompter.get());
    m_exchange->setPrompter(m_prompter.get());
    m_syncFlow->setPrompter(m_prompter.get());
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
    connect(m_schemaEditor->model(), &SchemaTableModel::schemaChanged, m_workspace,
            &Workspace::reloadFields);
    m_bulkEdit = new BulkEditArea(m_pending, m_undoStack, m_usersArea, m_usersModel, m_areas);
    m_bulkEdit->setPrompter(m_prompter.get());
    m_areas->addTab(m_bulkEdit, tr("&Bulk Edit"));
    connect(m_bulkEdit, &BulkEditArea::applyRequested, this, &MainWindow::startApply);
    m_exchange = new EditExchange(m_pending, m_undoStack, m_usersModel, this);
    m_exchange->setPrompter(m_prompter.get());
    // Where an export went and what an import did; failures were warned about already.
    for (auto finished : {&EditExchange::importFinished, &EditExchange::exportFinished})
        connect(m_exchange, finished, this,
                [this](bool, const QString &message) { statusBar()->showMessage(message, 15000); });
    // An offline copy says so above every area.
    m_banner = new OfflineBanner(this);
    connect(m_workspace, &Workspace::changesToSendChanged, m_banner,
            &OfflineBanner::setUnsentChanges);
    connect(m_banner, &OfflineBanner::showChangesRequested, this, &MainWindow::showChangesToSend);
    m_syncFlow = new OfflineSyncFlow(m_workspace, m_prompter.get(), this);
    connect(m_banner, &OfflineBanner::sendChangesRequested, m_syncFlow,
            &OfflineSyncFlow::sendChanges);
    connect(m_syncFlow, &OfflineSyncFlow::fileChanged, this, [this] {
        refreshAfterOutsideChange();
        readChangesToSend();
    });
    connect(m_syncFlow, &OfflineSyncFlow::finished, this, [this](bool, const QString &report) {
        statusBar()->showMessage(report.section(QLatin1Char('\n'), 0, 0), 15000);
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_areas, 1);
    setCentralWidget(central);

    m_membership = new MembershipPanel(m_groupsModel, m_usersArea, m_usersModel, this);
    m_membership->setPrompter(m_prompter.get());
    m_membership->setUndoStack(m_undoStack);
    auto *dock = new QDockWidget(tr("Group Membership"), this);
    dock->setObjectName(QStringLiteral("membershipDock"));
    dock->toggleViewAction()->setIcon(Icons::action("groups"));
    dock->toggleViewAction()->setText(tr("&Group Membership")); // a mnemonic in View
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
        m_workspace->openDemo(this, warnIfFailed(tr("Cannot open the demo database")));
    });
    QAction *connectServer = fileMenu->addAction(tr("&Connect to Server…"));
    connectServer->setObjectName(QStringLiteral("actionConnect"));
    connectServer->setIcon(Icons::action("connect"));
    connectServer->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(connectServer, &QAction::triggered, this, &MainWindow::manageConnections);
    // While nothing is open the window says how to start.
    m_welcome = new WelcomePage(
        {open, newFile, demo, connectServer},
        [this] {
            QList<WelcomePage::Recent> entries;
            for (const Workspace::RecentEntry &entry : m_workspace->recent()) {
                entries.append({entry.isServer ? tr("Server: %1").arg(entry.target) : entry.target,
                                [this, entry] {
                                    if (entry.isServer)
                                        connectToProfile(entry.target);
                                    else
                                        openFile(entry.target);
                                }});
            }
            return entries;
        },
        this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->addWidget(m_welcome, 1);
    m_takeCopyAction = fileMenu->addAction(tr("&Take Offline Copy…"));
    m_takeCopyAction->setObjectName(QStringLiteral("actionTakeOfflineCopy"));
    m_takeCopyAction->setIcon(Icons::action("offline-copy"));
    m_takeCopyAction->setEnabled(false);
    connect(m_takeCopyAction, &QAction::triggered, this, &MainWindow::takeOfflineCopy);
    m_sendAction = fileMenu->addAction(tr("Send C&hanges…"));
    m_sendAction->setObjectName(QStringLiteral("actionSendChanges"));
    m_sendAction->setIcon(Icons::action("send-changes"));
    m_sendAction->setEnabled(false);
    connect(m_sendAction, &QAction::triggered, m_syncFlow, &OfflineSyncFlow::sendChanges);
    m_getAction = fileMenu->addAction(tr("&Get Server Changes"));
    m_getAction->setObjectName(QStringLiteral("actionGetServerChanges"));
    m_getAction->setIcon(Icons::action("get-server-changes"));
    m_getAction->setEnabled(false);
    connect(m_getAction, &QAction::triggered, m_syncFlow, &OfflineSyncFlow::getServerChanges);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setIcon(Icons::action("document-open-recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QList<Workspace::RecentEntry> entries = m_workspace->recent();
        for (const Workspace::RecentEntry &entry : entries) {
            QAction *a = m_recentMenu->addAction(entry.isServer ? tr("Server: %1").arg(entry.target)
                                                                : entry.target);
            connect(a, &QAction::triggered, this, [this, entry] {
                if (entry.isServer)
                    connectToProfile(entry.target);
                else
                    openFile(entry.target);
            });
        }
        m_recentMenu->setEnabled(true);
        if (entries.isEmpty())
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
    QAction *sendTo = fileMenu->addAction(tr("&Send Changes To…"));
    sendTo->setObjectName(QStringLiteral("actionSendTo"));
    sendTo->setIcon(Icons::action("changes-to-send"));
    connect(sendTo, &QAction::triggered, this,
            [this] { SendToTargetDialog::openFor(*m_workspace, this); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setIcon(Icons::action("quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // A group step is sent or written again (after its preview) before the stack moves.
    QAction *undo = UndoActions::undo(m_undoStack, this, [this] {
        const int at = m_undoStack->index() - 1;
        if (const MembershipCommand *command = MembershipCommand::at(m_undoStack, at))
            m_membership->step(command, MembershipChange::Direction::Undo);
        else
            m_undoStack->undo();
    });
    QAction *redo = UndoActions::redo(m_undoStack, this, [this] {
        const int at = m_undoStack->index();
        if (const MembershipCommand *command = MembershipCommand::at(m_undoStack, at))
            m_membership->step(command, MembershipChange::Direction::Redo);
        else
            m_undoStack->redo();
    });
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
    editMenu->addMenu(m_bulkEdit->menu());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_columnMenu = viewMenu->addMenu(tr("Meta &Columns"));
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    m_columnMenu->setIcon(Icons::action("columns"));
    QAction *reload = viewMenu->addAction(tr("&Reload"));
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setIcon(Icons::action("refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refreshAfterWrite);
    m_changesAction = viewMenu->addAction(tr("Changes to &Send…"));
    m_changesAction->setObjectName(QStringLiteral("actionChangesToSend"));
    m_changesAction->setIcon(Icons::action("changes-to-send"));
    m_changesAction->setEnabled(false);
    connect(m_changesAction, &QAction::triggered, this, &MainWindow::showChangesToSend);
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
    auto *accountLabel = new QLabel(tr("A&ccount:"), toolbar);
    toolbar->addWidget(accountLabel);
    m_accountPicker = new QComboBox(toolbar);
    accountLabel->setBuddy(m_accountPicker); // Alt+C reaches the picker
    m_accountPicker->setObjectName(QStringLiteral("accountPicker"));
    m_accountPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountPicker, &QComboBox::currentIndexChanged, this, &MainWindow::accountChosen);
    toolbar->addWidget(m_accountPicker);
}

void MainWindow::openFile(const QString &path)
{
    m_workspace->openFile(path, this, warnIfFailed(tr("Cannot open database")));
}

std::function<void(const WorkspaceFailure &)> MainWindow::warnIfFailed(const QString &title)
{
    return [this, title](const WorkspaceFailure &failure) {
        if (!failure.ok())
            m_prompter->warn(this, title, failure.text);
    };
}

void MainWindow::manageConnections()
{
    ConnectionsDialog dialog(*m_workspace->profiles(), this);
    if (m_prompter->execDialog(&dialog) == QDialog::Accepted && !dialog.chosenProfile().isEmpty())
        connectToProfile(dialog.chosenProfile());
}

void MainWindow::offerKeyEntry(const QString &why)
{
    // A wrong or revoked key fails every request alike: offer to type it again, in the
    // connections dialog with this server's profile shown.
    const auto *remote = qobject_cast<const RemoteStore *>(m_workspace->store());
    if (!remote || !m_prompter->confirm(this, tr("API Key Refused"),
                                        tr("%1\n\nEnter the API key again?").arg(why)))
        return;
    ConnectionsDialog dialog(*profiles(), this);
    for (const ConnectionProfile &p : profiles()->profiles()) {
        if (p.baseUrl == remote->connection().baseUrl && p.apiId == remote->connection().apiId)
            dialog.selectProfile(p.name);
    }
    if (m_prompter->execDialog(&dialog) == QDialog::Accepted && !dialog.chosenProfile().isEmpty())
        connectToProfile(dialog.chosenProfile());
}

void MainWindow::connectToProfile(const QString &name)
{
    m_workspace->connectToProfile(name, this, [this](const WorkspaceFailure &failure) {
        if (!failure.ok()) {
            m_prompter->warn(this, tr("Cannot connect"), failure.text);
            Q_EMIT connectionFinished(false, failure.text);
            return;
        }
        const QString warning = m_workspace->notice();
        if (!warning.isEmpty())
            statusBar()->showMessage(warning, 15000);
        Q_EMIT connectionFinished(true, warning);
    });
}

void MainWindow::storeClosed()
{
    m_usersModel->setStore(nullptr, 0);
    m_groupsModel->setStore(nullptr, 0);
    m_membership->setStore(nullptr, 0);
    m_schemaEditor->setStore(nullptr, 0);
    m_bulkEdit->setStore(nullptr, 0);
    m_exchange->setStore(nullptr, 0);
}

void MainWindow::storeOpened()
{
    connect(m_workspace->store(), &Store::changedOutside, this,
            &MainWindow::refreshAfterOutsideChange);
    setWindowTitle(tr("%1 — MetaDesk").arg(m_workspace->name()));
    updateStatus();
}

void MainWindow::accountsArrived(const QList<Account> &accounts)
{
    const QSignalBlocker blocker(m_accountPicker);
    m_accountPicker->clear();
    for (const Account &a : accounts)
        m_accountPicker->addItem(QStringLiteral("%1 — %2").arg(a.id).arg(a.name), a.id);
}

void MainWindow::fieldsArrived(const QList<MetaField> &fields)
{
    m_usersArea->setFields(fields);
    rebuildColumnMenu(fields);
    m_bulkEdit->setFields(fields);
    m_exchange->setFields(fields);
}

void MainWindow::chooseAndCreateFile()
{
    const QString path = m_prompter->saveFileName(
        this, tr("New MetaDesk Database"), QFileInfo(location()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_workspace->createFile(path, tr("Default"), this, warnIfFailed(tr("Cannot create database")));
}

void MainWindow::chooseAndOpenFile()
{
    const QString path = m_prompter->openFileName(
        this, tr("Open MetaDesk Database"), QFileInfo(location()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    openFile(path);
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
    for (const MetaField &field : m_workspace->fields()) {
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
    if (!m_workspace->store() || m_workspace->isApplying())
        return;
    const int count = m_pending->count(m_workspace->accountId());
    ApplyJob *job = m_workspace->startApply(m_workspace->fields());
    if (!job) {
        statusBar()->showMessage(tr("There are no pending edits to apply."), 5000);
        Q_EMIT applyFinished(true, tr("There are no pending edits to apply."));
        return;
    }
    auto *progress = new QProgressDialog(tr("Applying %Ln edit(s)…", nullptr, count), tr("Cancel"),
                                         0, count, this);
    progress->setObjectName(QStringLiteral("applyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &ApplyJob::cancel);
    connect(job, &ApplyJob::progress, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(done)); });
    connect(job, &ApplyJob::finished, progress, &QObject::deleteLater);
}

void MainWindow::applied(bool complete, const QString &message, bool anyWritten)
{
    if (anyWritten)
        refreshAfterWrite();
    statusBar()->showMessage(message, 10000);
    updateStatus();
    Q_EMIT applyFinished(complete, message);
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
    if (m_workspace->isApplying())
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
            tr("Discard %Ln pending edit(s)? This cannot be undone.", nullptr, m_pending->count())))
        return;
    m_workspace->discardPendingEdits();
}

void MainWindow::refreshAfterWrite()
{
    m_usersModel->refresh();
    m_groupsModel->reload();
    m_workspace->recountChangesToSend();
}

void MainWindow::originChanged(const OfflineOrigin &origin)
{
    m_banner->setOrigin(origin);
    m_banner->setUnsentChanges(m_workspace->changesToSend());
    m_changesAction->setEnabled(origin.isValid());
    // A plain file can be sent too (compared two-way with the server the person picks).
    m_sendAction->setEnabled(origin.isValid() ||
                             (m_workspace->store() && !m_workspace->store()->isRemote()));
    m_getAction->setEnabled(origin.isValid());
    // The schema is the server's: a copy shows it and takes changes to it from the server.
    m_schemaEditor->setReadOnly(
        origin.isValid()
            ? tr("This is an offline copy of %1 on %2: field definitions change on the server "
                 "and arrive with Get Server Changes.")
                  .arg(origin.accountName, origin.baseUrl)
            : QString());
    if (!origin.isValid() && m_changesDialog)
        m_changesDialog->close();
}

void MainWindow::takeOfflineCopy()
{
    Store *store = m_workspace->store();
    if (!store || !store->isRemote())
        return;
    const QString path = m_prompter->saveFileName(
        this, tr("Take Offline Copy"), QFileInfo(location()).absolutePath(),
        tr("MetaDesk databases (*.metadesk *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    OfflineCopyJob *job = m_workspace->takeOfflineCopy(path, &error);
    if (!job) {
        m_prompter->warn(this, tr("Cannot take an offline copy"), error);
        Q_EMIT offlineCopyFinished(false, error);
        return;
    }
    auto *progress = new QProgressDialog(
        tr("Saving %1 into %2…").arg(m_workspace->accountName(), QFileInfo(path).fileName()),
        tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("offlineCopyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &OfflineCopyJob::cancel);
    connect(job, &OfflineCopyJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(qMax<qint64>(total, 0)));
        progress->setValue(int(done));
    });
    connect(job, &OfflineCopyJob::finished, this,
            [this, progress](bool ok, const QString &message) {
                progress->deleteLater();
                statusBar()->showMessage(message, 15000);
                Q_EMIT offlineCopyFinished(ok, message);
            });
}

ChangesToSendDialog *MainWindow::changesToSendDialog() const
{
    return m_changesDialog;
}

void MainWindow::showChangesToSend()
{
    if (!m_workspace->isOfflineCopy())
        return;
    if (m_changesDialog) {
        m_changesDialog->raise();
        m_changesDialog->activateWindow();
        readChangesToSend();
        return;
    }
    m_changesDialog = new ChangesToSendDialog(m_workspace->offlineOrigin().describe(), {}, this);
    m_changesDialog->setObjectName(QStringLiteral("changesToSendDialog"));
    m_changesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changesDialog, &ChangesToSendDialog::revertRequested, this,
            [this](const QList<SyncRow> &rows) {
                QList<SyncPlace> places;
                for (const SyncRow &row : rows)
                    places << row.place;
                revertChanges(places);
            });
    m_changesDialog->show();
    readChangesToSend();
}

void MainWindow::readChangesToSend()
{
    Store *store = m_workspace->store();
    if (!store || !m_changesDialog)
        return;
    store->fetchChangesToSend(m_workspace->accountId(), m_changesDialog,
                              [this](const StoreReply<QList<SyncRow>> &reply) {
                                  if (!reply.ok()) {
                                      statusBar()->showMessage(reply.errorText(), 10000);
                                      return;
                                  }
                                  m_changesDialog->model()->setPlan(SendPlan(reply.value));
                                  Q_EMIT changesToSendShown();
                              });
}

void MainWindow::revertChanges(const QList<SyncPlace> &places)
{
    m_workspace->revertChanges(places, this, [this, count = places.size()](const QString &error) {
        if (!error.isEmpty()) {
            m_prompter->warn(this, tr("Cannot revert"), error);
            return;
        }
        statusBar()->showMessage(
            tr("%Ln change(s) reverted to the value taken from the server.", nullptr, int(count)),
            10000);
        m_usersModel->refresh();
        m_groupsModel->reload();
        readChangesToSend();
    });
}

void MainWindow::refreshAfterOutsideChange()
{
    // Another program (or an apply job) wrote to the file: show what it holds now. Pending edits
    // stay pending over the new stored values.
    refreshAfterWrite();
    m_workspace->reloadFields();
    m_schemaEditor->model()->refresh();
}

void MainWindow::accountChosen(int index)
{
    if (index >= 0)
        m_workspace->chooseAccount(m_accountPicker->itemData(index).toLongLong());
}

void MainWindow::accountChanged(qint64 account)
{
    Store *store = m_workspace->store();
    {
        const QSignalBlocker blocker(m_accountPicker);
        m_accountPicker->setCurrentIndex(m_accountPicker->findData(account));
    }
    m_usersModel->setStore(store, account);
    m_groupsModel->setStore(store, account);
    m_membership->setStore(store, account);
    m_schemaEditor->setStore(store, account);
    m_schemaEditor->setAccountName(m_workspace->accountName());
    m_bulkEdit->setStore(store, account);
    m_exchange->setStore(store, account);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Store *store = m_workspace->store();
    if (m_takeCopyAction)
        m_takeCopyAction->setEnabled(store && store->isRemote() && m_workspace->accountId() > 0);
    m_welcome->setVisible(!store);
    m_areas->setVisible(store);
    if (!store) {
        m_pendingLabel->clear();
        m_connectionLabel->setText(tr("No database open"));
        m_countLabel->clear();
        return;
    }
    m_connectionLabel->setText(store->isRemote() ? tr("Server: %1").arg(store->location())
                                                 : tr("File: %1").arg(store->location()));
    m_countLabel->setText(m_accountPicker->currentText().isEmpty()
                              ? QString()
                              : tr("%1 · %Ln user(s)", nullptr, m_usersModel->rowCount())
                                    .arg(m_accountPicker->currentText()));
    m_pendingLabel->setText(m_pending->count() == 0
                                ? QString()
                                : tr("%Ln pending edit(s)", nullptr, m_pending->count()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!WindowGeometry::restore(this,
                                 settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back from another program (a terminal running sqlite3, say): look at once rather
    // than within the second.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_workspace->store())
        m_workspace->store()->checkForOutsideChanges();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_pending->count() > 0) {
        const QMessageBox::StandardButton answer = m_prompter->ask(
            this, tr("Pending edits"),
            tr("%Ln edit(s) have not been written yet. Apply them before closing?", nullptr,
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
