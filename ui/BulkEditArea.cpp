#include "BulkEditArea.h"

#include "Icons.h"
#include "LargeTableView.h"
#include "MetaValueDelegate.h"
#include "PayloadPreviewDialog.h"
#include "Prompter.h"
#include "SetCellsDialog.h"
#include "UsersArea.h"
#include "items/BulkEditModel.h"
#include "items/MatchingUsersCollector.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QProgressDialog>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

BulkEditArea::BulkEditArea(PendingEdits *pending, QUndoStack *undoStack, UsersArea *usersArea,
                           UsersTableModel *usersModel, QWidget *parent)
    : QWidget(parent)
    , m_model(new BulkEditModel(this))
    , m_pending(pending)
    , m_usersArea(usersArea)
    , m_usersModel(usersModel)
    , m_view(new LargeTableView(this))
    , m_fieldsButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkEditArea"));
    m_model->setPendingEdits(pending, undoStack);
    m_view->setObjectName(QStringLiteral("bulkEditView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MetaValueDelegate(
        [this](const QString &name) { return m_model->fieldOf(name); }, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_summary->setObjectName(QStringLiteral("bulkEditSummary"));
    m_empty->setObjectName(QStringLiteral("bulkEditEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_fieldsButton->setObjectName(QStringLiteral("bulkEditFields"));
    m_fieldsButton->setText(tr("&Fields"));
    m_fieldsButton->setIcon(Icons::action("columns"));
    m_fieldsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fieldsButton->setPopupMode(QToolButton::InstantPopup);
    m_fieldsButton->setMenu(new QMenu(m_fieldsButton));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // these actions need their words
    auto newAction = [this, toolbar](const char *name, const char *icon, const QString &text,
                                     const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(Icons::action(icon), text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        toolbar->addAction(action);
        QWidget::addAction(action); // QWidget::addAction: the shortcut works inside the area
        return action;
    };
    newAction("actionUseSelectedUsers", "users-selected", tr("Use &Selected Users"), {},
              &BulkEditArea::useSelectedUsers);
    newAction("actionUseMatchingUsers", "users-matching", tr("Use All &Matching Users"), {},
              &BulkEditArea::useMatchingUsers);
    toolbar->addWidget(m_fieldsButton);
    toolbar->addSeparator();
    newAction("actionSetCells", "edit", tr("Set Selected Cells &To…"), QKeySequence(tr("Ctrl+T")),
              &BulkEditArea::setSelectedCells);
    newAction("actionFillDown", "fill-down", tr("Fill &Down"), QKeySequence(tr("Ctrl+D")),
              &BulkEditArea::fillDown);
    newAction("actionClearCells", "clear-cells", tr("&Clear Cells"),
              QKeySequence(QKeySequence::Delete), &BulkEditArea::clearSelected);
    newAction("actionPasteCells", "paste", tr("&Paste"), QKeySequence(QKeySequence::Paste),
              &BulkEditArea::pasteClipboard);
    toolbar->addSeparator();
    newAction("actionBulkPreviewPayload", "preview", tr("P&review Payload…"), {},
              &BulkEditArea::showPayloadPreview);
    newAction("actionBulkApply", "document-save", tr("&Apply"), {}, &BulkEditArea::applyRequested);

    // The same actions in a menu, so the keyboard reaches them from the menu bar (toolbar
    // buttons take no focus).
    m_menu = new QMenu(tr("B&ulk Edit"), this);
    m_menu->setObjectName(QStringLiteral("bulkEditMenu"));
    m_menu->setIcon(Icons::action("edit"));
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            m_menu->addSeparator();
        else if (!qobject_cast<QWidgetAction *>(action))
            m_menu->addAction(action);
        else
            m_menu->addMenu(m_fieldsButton->menu());
    }
    m_fieldsButton->menu()->setTitle(m_fieldsButton->text());
    m_fieldsButton->menu()->setIcon(m_fieldsButton->icon());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_summary);

    connect(m_model, &BulkEditModel::loadFailed, m_summary, &QLabel::setText);
    connect(m_model, &BulkEditModel::loaded, this, &BulkEditArea::updateSummary);
    connect(m_pending, &PendingEdits::countChanged, this, &BulkEditArea::updateSummary);
    updateSummary();
}

void BulkEditArea::setStore(Store *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
    m_users.clear();
    m_model->setStore(store, accountId);
    updateSummary();
}

void BulkEditArea::setFields(const QList<MetaField> &fields)
{
    m_allFields = fields;
    QStringList kept;
    for (const MetaField &f : fields) {
        if (m_chosen.contains(f.name))
            kept << f.name;
    }
    m_chosen = kept;
    rebuildFieldMenu();
    resetContents();
}

void BulkEditArea::rebuildFieldMenu()
{
    QMenu *menu = m_fieldsButton->menu();
    menu->clear();
    for (const MetaField &f : m_allFields) {
        QAction *a = menu->addAction(f.displayName());
        a->setObjectName(QStringLiteral("bulkField_") + f.name);
        a->setCheckable(true);
        a->setChecked(m_chosen.contains(f.name));
        a->setData(f.name);
        connect(a, &QAction::toggled, this, [this] {
            QStringList names;
            for (QAction *each : m_fieldsButton->menu()->actions()) {
                if (each->isChecked())
                    names << each->data().toString();
            }
            chooseFields(names);
        });
    }
}

void BulkEditArea::chooseFields(const QStringList &names)
{
    m_chosen.clear();
    for (const MetaField &f : m_allFields) {
        if (names.contains(f.name))
            m_chosen << f.name;
    }
    for (QAction *a : m_fieldsButton->menu()->actions()) {
        const QSignalBlocker blocker(a);
        a->setChecked(m_chosen.contains(a->data().toString()));
    }
    resetContents();
}

QStringList BulkEditArea::chosenFields() const
{
    return m_chosen;
}

void BulkEditArea::useUsers(const QList<User> &users)
{
    m_users = users;
    if (m_chosen.isEmpty() && m_usersModel) {
        // Start from the columns the users table shows.
        QStringList names;
        for (const MetaField &f : m_usersModel->metaColumns())
            names << f.name;
        m_chosen = names;
        for (QAction *a : m_fieldsButton->menu()->actions()) {
            const QSignalBlocker blocker(a);
            a->setChecked(m_chosen.contains(a->data().toString()));
        }
    }
    resetContents();
}

void BulkEditArea::resetContents()
{
    QList<MetaField> fields;
    for (const MetaField &f : m_allFields) {
        if (m_chosen.contains(f.name))
            fields << f;
    }
    m_model->setContents(m_users, fields);
    updateSummary();
}

void BulkEditArea::useSelectedUsers()
{
    QList<User> users;
    const QAbstractItemModel *model = m_usersArea->view()->model();
    for (const QModelIndex &row : m_usersArea->view()->selectionModel()->selectedRows()) {
        User u;
        u.id = row.data(UsersTableModel::UserIdRole).toLongLong();
        if (u.id == 0)
            continue; // still loading
        u.firstName = model->index(row.row(), UsersTableModel::FirstNameColumn).data().toString();
        u.lastName = model->index(row.row(), UsersTableModel::LastNameColumn).data().toString();
        u.email = model->index(row.row(), UsersTableModel::EmailColumn).data().toString();
        users << u;
    }
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.id < b.id; });
    useUsers(users);
}

void BulkEditArea::useMatchingUsers()
{
    if (!m_store)
        return;
    auto *collector = new MatchingUsersCollector(m_store, m_accountId, m_usersModel->query(), this);
    auto *progress =
        new QProgressDialog(tr("Collecting the matching users…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("collectProgress"));
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, collector, &MatchingUsersCollector::cancel);
    connect(collector, &MatchingUsersCollector::progress, progress,
            [progress](qint64 done, qint64 total) {
                progress->setMaximum(int(qMax<qint64>(total, 0)));
                progress->setValue(int(done));
            });
    connect(collector, &MatchingUsersCollector::finished, this, [this, collector, progress] {
        progress->deleteLater();
        collector->deleteLater();
        if (!collector->error().isEmpty()) {
            m_summary->setText(collector->error());
            return;
        }
        if (!collector->wasCancelled())
            useUsers(collector->users());
    });
    collector->start();
}

void BulkEditArea::updateSummary()
{
    // An empty grid says how to fill it instead of showing nothing.
    const bool noUsers = m_model->rowCount() == 0;
    const bool noFields = m_model->columnCount() == 0;
    m_empty->setText(
        noUsers && noFields
            ? tr("Choose users and fields to edit: select users in the Users area and click "
                 "Use Selected Users (or Use All Matching Users for the whole filter), then tick "
                 "the fields under Fields.")
        : noUsers ? tr("Choose users to edit: select them in the Users area and click Use "
                       "Selected Users, or click Use All Matching Users for the whole filter.")
                  : tr("Choose the fields to edit under Fields."));
    m_empty->setVisible(noUsers || noFields);
    m_view->setVisible(!noUsers && !noFields);
    const int pending = m_pending->count(m_accountId);
    m_summary->setText(tr("%Ln user(s)", nullptr, m_model->rowCount()) + QStringLiteral(" × ") +
                       tr("%Ln field(s)", nullptr, m_model->columnCount()) + QStringLiteral(" · ") +
                       tr("%Ln pending edit(s) in this account", nullptr, pending));
}

void BulkEditArea::setSelectedCells()
{
    const QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() || !m_prompter)
        return;
    // Per chosen field, its topmost chosen cell starts the editor.
    QMap<int, QModelIndex> firstOfColumn;
    QMap<int, int> cellsOfColumn;
    for (const QModelIndex &i : cells) {
        auto first = firstOfColumn.find(i.column());
        if (first == firstOfColumn.end())
            firstOfColumn.insert(i.column(), i);
        else if (i.row() < first->row())
            *first = i;
        ++cellsOfColumn[i.column()];
    }
    QList<SetCellsDialog::Column> columns;
    for (auto it = firstOfColumn.cbegin(); it != firstOfColumn.cend(); ++it) {
        columns.append({m_model->fields().at(it.key()), m_model->shownValue(it->row(), it.key()),
                        it->data(Qt::EditRole).toString(), cellsOfColumn.value(it.key())});
    }
    SetCellsDialog dialog(columns, this);
    if (m_prompter->execDialog(&dialog) != QDialog::Accepted)
        return;
    QHash<int, QJsonValue> valueOfColumn;
    int c = 0;
    for (auto it = firstOfColumn.cbegin(); it != firstOfColumn.cend(); ++it)
        valueOfColumn.insert(it.key(), dialog.value(c++));
    QList<BulkEditModel::CellValue> values;
    values.reserve(cells.size());
    for (const QModelIndex &i : cells)
        values.append({i.row(), i.column(), valueOfColumn.value(i.column())});
    BulkEditModel::Outcome outcome;
    m_model->setCells(values, tr("Set %Ln cell(s)", nullptr, int(values.size())), &outcome);
    m_summary->setText(describe(outcome, tr("%Ln cell(s) set", nullptr, outcome.cells)));
}

void BulkEditArea::fillDown()
{
    m_model->fillDown(m_view->selectionModel()->selectedIndexes());
}

void BulkEditArea::clearSelected()
{
    m_model->clearCells(m_view->selectionModel()->selectedIndexes());
}

void BulkEditArea::pasteClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    QModelIndex from = m_view->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected) {
        // The top-left of the selection, so a pasted block lands where the person looks.
        if (!from.isValid() || i.row() < from.row() ||
            (i.row() == from.row() && i.column() < from.column()))
            from = i;
    }
    const BulkEditModel::Outcome outcome = m_model->paste(text, from);
    m_summary->setText(describe(outcome, tr("%Ln cell(s) pasted", nullptr, outcome.cells)));
}

QString BulkEditArea::describe(const BulkEditModel::Outcome &outcome, const QString &done)
{
    QStringList details;
    if (outcome.invalid > 0)
        details << tr("%Ln not valid (see the red cells)", nullptr, outcome.invalid);
    if (outcome.unchanged > 0)
        details << tr("%Ln already held that value", nullptr, outcome.unchanged);
    QString text = done;
    if (!details.isEmpty())
        text += QStringLiteral(": ") + details.join(QStringLiteral(", "));
    text += QLatin1Char('.');
    if (outcome.clipped > 0)
        text += QLatin1Char(' ') + tr("%Ln cell(s) fell outside the grid and were left out.",
                                      nullptr, outcome.clipped);
    return text;
}

void BulkEditArea::showPayloadPreview()
{
    if (!m_store)
        return;
    // The store's limits and the account's schema: what MainWindow's Apply plans with.
    PlanOptions options = m_store->planOptions();
    options.schema = m_allFields;
    auto *dialog = new PayloadPreviewDialog(m_pending->edits(m_accountId), options,
                                            m_store->isRemote() ? m_store->location() : QString(),
                                            m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayloadPreviewDialog::applyRequested, this, &BulkEditArea::applyRequested);
    dialog->show();
}
