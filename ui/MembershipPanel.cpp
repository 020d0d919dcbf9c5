#include "MembershipPanel.h"

#include "GroupPreviewDialog.h"
#include "Icons.h"
#include "Prompter.h"
#include "UsersArea.h"
#include "items/GroupsTableModel.h"
#include "items/MatchingUsersCollector.h"
#include "items/MembershipCommand.h"
#include "items/MembershipPlanner.h"
#include "items/UsersTableModel.h"
#include "store/Store.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QUndoStack>
#include <QVBoxLayout>

MembershipPanel::MembershipPanel(GroupsTableModel *groups, UsersArea *users,
                                 UsersTableModel *usersModel, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_users(users)
    , m_usersModel(usersModel)
    , m_groupList(new QTableView(this))
    , m_selectedScope(new QRadioButton(this))
    , m_matchingScope(new QRadioButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("membershipPanel"));
    m_groupList->setObjectName(QStringLiteral("membershipGroups"));
    m_groupList->setModel(groups);
    m_groupList->verticalHeader()->setVisible(false);
    m_groupList->verticalHeader()->setDefaultSectionSize(m_groupList->fontMetrics().height() + 8);
    m_groupList->setWordWrap(false);
    m_groupList->setColumnWidth(GroupsTableModel::NameColumn, 150);
    m_groupList->horizontalHeader()->setStretchLastSection(true);
    m_groupList->setSelectionMode(QAbstractItemView::NoSelection);
    m_groupList->hideColumn(GroupsTableModel::IdColumn);
    m_selectedScope->setObjectName(QStringLiteral("scopeSelected"));
    m_matchingScope->setObjectName(QStringLiteral("scopeMatching"));
    m_selectedScope->setChecked(true);
    m_result->setObjectName(QStringLiteral("membershipResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QGridLayout;
    const std::pair<GroupOperation::Kind, QString> actions[] = {
        {GroupOperation::Kind::Add, tr("Add to")},
        {GroupOperation::Kind::Replace, tr("Replace with")},
        {GroupOperation::Kind::Remove, tr("Remove from")},
        {GroupOperation::Kind::Drop, tr("Drop all")}};
    const char *names[] = {"addToGroups", "replaceGroups", "removeFromGroups", "dropMemberships"};
    const char *icons[] = {"group-add", "group-replace", "group-remove", "group-drop"};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(Icons::action(icons[i]), actions[i].second, this);
        button->setObjectName(QLatin1String(names[i]));
        const GroupOperation::Kind kind = actions[i].first;
        connect(button, &QPushButton::clicked, this,
                [this, kind] { run(kind, m_matchingScope->isChecked()); });
        connect(this, &MembershipPanel::busyChanged, button,
                [button](bool busy) { button->setEnabled(!busy); });
        buttons->addWidget(button, i / 2, i % 2);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Groups:"), this));
    layout->addWidget(m_groupList, 1);
    layout->addWidget(m_selectedScope);
    layout->addWidget(m_matchingScope);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_users, &UsersArea::selectionChanged, this, &MembershipPanel::updateScopeCounts);
    connect(m_usersModel, &UsersTableModel::loaded, this, &MembershipPanel::updateScopeCounts);
    connect(m_usersModel, &QAbstractItemModel::modelReset, this,
            &MembershipPanel::updateScopeCounts);
    updateScopeCounts();
}

void MembershipPanel::setStore(Store *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
    m_result->clear();
    updateScopeCounts();
}

void MembershipPanel::updateScopeCounts()
{
    m_selectedScope->setText(tr("Selected users (%Ln)", nullptr, m_users->selectedRowCount()));
    m_matchingScope->setText(
        tr("All users matching the filter (%Ln)", nullptr, m_usersModel->rowCount()));
}

void MembershipPanel::run(GroupOperation::Kind kind, bool matching)
{
    if (!m_store || m_busy)
        return;
    const QList<qint64> groups = m_groups->checkedGroupIds();
    if (kind != GroupOperation::Kind::Drop && groups.isEmpty()) {
        finish(tr("Tick the groups to use first."));
        return;
    }
    // Select All means every user matching the filter: gathered by query, never row by row.
    if (!matching && m_users->allSelected())
        matching = true;
    if (!matching) {
        int missing = 0;
        const QList<User> users = m_users->selectedUsers(&missing);
        // Never act on part of a selection: rows still on their way would be left out.
        if (missing > 0) {
            finish(tr("%Ln selected row(s) are still loading; try again in a moment.", nullptr,
                      missing));
            return;
        }
        if (users.isEmpty()) {
            finish(tr("Select some users first."));
            return;
        }
        send(kind, users, groups);
        return;
    }
    // Every matching user, with their groups, so the preview is exact.
    auto *collector = new MatchingUsersCollector(m_store, m_accountId, m_usersModel->query(), this);
    auto *progress =
        new QProgressDialog(tr("Gathering the matching users…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("gatherProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, collector, &MatchingUsersCollector::cancel);
    connect(collector, &MatchingUsersCollector::progress, progress,
            [progress](qint64 done, qint64 total) {
                progress->setMaximum(int(qMax<qint64>(total, 0)));
                progress->setValue(int(done));
            });
    m_busy = true;
    Q_EMIT busyChanged(true);
    connect(collector, &MatchingUsersCollector::finished, this,
            [this, collector, progress, kind, groups] {
                progress->deleteLater();
                collector->deleteLater();
                m_busy = false;
                Q_EMIT busyChanged(false);
                if (collector->wasCancelled())
                    return finish(tr("Cancelled; nothing was changed."));
                if (!collector->error().isEmpty())
                    return finish(collector->error());
                if (collector->users().isEmpty())
                    return finish(tr("No users match the filter."));
                send(kind, collector->takeUsers(), groups);
            });
    collector->start();
}

void MembershipPanel::send(GroupOperation::Kind kind, QList<User> users,
                           const QList<qint64> &groups)
{
    if (users.size() <= kInlinePlanLimit) {
        confirmAndApply(kind, groups, MembershipPlanner::preview(kind, users, groups),
                        MembershipPlanner::operations(kind, users, groups));
        return;
    }
    // Planning a million users takes a while: on a thread of its own, so the window stays live.
    struct Plan
    {
        MembershipPlanner::Preview preview;
        QList<GroupOperation> operations;
    };
    auto plan = std::make_shared<Plan>();
    auto input = std::make_shared<QList<User>>(std::move(users));
    QThread *thread = QThread::create([plan, kind, input, groups] {
        // Taken here, so that a million users are also freed off the GUI thread.
        const QList<User> all = std::exchange(*input, {});
        plan->preview = MembershipPlanner::preview(kind, all, groups);
        plan->operations = MembershipPlanner::operations(kind, all, groups);
    });
    m_busy = true;
    Q_EMIT busyChanged(true);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, plan, kind, groups] {
        m_busy = false;
        Q_EMIT busyChanged(false);
        confirmAndApply(kind, groups, plan->preview, plan->operations);
        // The preview's list of affected users (a whole filter: a million of them) is freed off
        // the GUI thread, as the users it was made from were.
        QThreadPool::globalInstance()->start(
            [affected = std::exchange(plan->preview.affected, {})]() mutable { affected.clear(); });
    });
    thread->start();
}

void MembershipPanel::confirmAndApply(GroupOperation::Kind kind, const QList<qint64> &groups,
                                      const MembershipPlanner::Preview &preview,
                                      const QList<GroupOperation> &operations)
{
    QStringList names;
    for (qint64 id : groups)
        names << m_groups->nameOf(id);
    QString what;
    switch (kind) {
    case GroupOperation::Kind::Add:
        what = tr("Add to %1").arg(names.join(QStringLiteral(", ")));
        break;
    case GroupOperation::Kind::Replace:
        what = tr("Replace with %1").arg(names.join(QStringLiteral(", ")));
        break;
    case GroupOperation::Kind::Remove:
        what = tr("Remove from %1").arg(names.join(QStringLiteral(", ")));
        break;
    case GroupOperation::Kind::Drop:
        what = tr("Drop all memberships");
        break;
    }
    if (preview.usersChanged == 0) {
        finish(preview.text() + QLatin1Char('.'));
        return;
    }
    if (!confirm(what, preview))
        return;
    const qint64 account = m_accountId;
    applyOperations(
        account, operations,
        [this, account, what, planned = MembershipPlanner::Preview(preview)](
            const ApplyReport &report, bool toServer) mutable {
            QString text = reportText(report, toServer);
            // Exactly what it changed becomes one undo step.
            MembershipChange change = MembershipChange::record(account, planned, report);
            // This copy is the last holder of the affected users (a whole filter): freed off
            // the GUI thread, as the others were.
            QThreadPool::globalInstance()->start(
                [affected = std::exchange(planned.affected, {})]() mutable { affected.clear(); });
            if (change.inexact())
                text += QLatin1Char('\n') + tr("Part of it cannot be undone: memberships changed "
                                               "elsewhere meanwhile.");
            if (!change.isEmpty() && m_undoStack)
                m_undoStack->push(new MembershipCommand(std::move(change), what));
            finish(text);
        });
}

void MembershipPanel::step(const MembershipCommand *command, MembershipChange::Direction direction)
{
    if (!command)
        return;
    const bool undo = direction == MembershipChange::Direction::Undo;
    if (!m_store || m_busy) {
        finish(undo ? tr("Wait until the group change running now is done, then undo.")
                    : tr("Wait until the group change running now is done, then redo."));
        return;
    }
    const std::shared_ptr<MembershipChange> change = command->change();
    // Nothing left to take back (or to make again): only the step moves.
    if (!change->canGo(direction)) {
        moveStack(command, direction);
        return;
    }
    const QString what =
        undo ? tr("Undo: %1").arg(command->text()) : tr("Redo: %1").arg(command->text());
    if (!confirm(what, change->preview(direction)))
        return;
    applyOperations(
        change->accountId(), change->operations(direction),
        [this, command, change, direction, what, undo](const ApplyReport &report, bool toServer) {
            QString text = what + QLatin1Char('\n') + reportText(report, toServer);
            if (change->settle(direction, report))
                moveStack(command, direction);
            else
                text += QLatin1Char('\n') +
                        (undo ? tr("Not all of it was taken back: Undo again to retry.")
                              : tr("Not all of it was made again: Redo again to retry."));
            finish(text);
        });
}

void MembershipPanel::moveStack(const MembershipCommand *command,
                                MembershipChange::Direction direction)
{
    if (!m_undoStack)
        return;
    // Only if the step is still where it was: edits made meanwhile stay where they are.
    if (direction == MembershipChange::Direction::Undo) {
        if (MembershipCommand::at(m_undoStack, m_undoStack->index() - 1) == command)
            m_undoStack->undo();
    } else if (MembershipCommand::at(m_undoStack, m_undoStack->index()) == command) {
        m_undoStack->redo();
    }
}

bool MembershipPanel::confirm(const QString &what, const MembershipPlanner::Preview &preview)
{
    const bool toServer = m_store && m_store->isRemote();
    QHash<qint64, QString> groupNames;
    for (const MembershipPlanner::GroupChange &g : preview.groups)
        groupNames.insert(g.groupId, m_groups->nameOf(g.groupId));
    // What will change, group by group and user by user, before anything is sent or written.
    GroupPreviewDialog dialog(what, preview, groupNames, toServer, m_prompter, this);
    if (!m_store || !m_prompter || m_prompter->execDialog(&dialog) != QDialog::Accepted) {
        finish(toServer ? tr("Nothing was sent.") : tr("Nothing was written."));
        return false;
    }
    return true;
}

void MembershipPanel::applyOperations(
    qint64 accountId, const QList<GroupOperation> &operations,
    const std::function<void(const ApplyReport &report, bool toServer)> &done)
{
    EditSet edits;
    edits.groupOperations = operations;
    ApplyJob *job = m_store->apply(accountId, edits);
    m_busy = true;
    Q_EMIT busyChanged(true);
    // Several requests (a whole filter) show their progress and can be stopped between two.
    QProgressDialog *progress = nullptr;
    if (operations.size() > 1) {
        progress = new QProgressDialog(tr("Changing group memberships…"), tr("Cancel"), 0,
                                       int(operations.size()), this);
        progress->setObjectName(QStringLiteral("membershipProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAutoReset(false);
        progress->setAutoClose(false);
        connect(progress, &QProgressDialog::canceled, job, &ApplyJob::cancel);
        connect(job, &ApplyJob::progress, progress,
                [progress](qint64 finished, qint64) { progress->setValue(int(finished)); });
    }
    connect(job, &ApplyJob::finished, this, [this, job, progress, done] {
        job->deleteLater();
        if (progress)
            progress->deleteLater();
        m_busy = false;
        Q_EMIT busyChanged(false);
        done(job->report(), m_store && m_store->isRemote());
        Q_EMIT membershipsChanged();
    });
}

QString MembershipPanel::reportText(const ApplyReport &report, bool toServer)
{
    // One total however many requests it took: a whole filter is hundreds of them, and a line
    // each would push the window off the screen.
    qint64 added = 0;
    qint64 removed = 0;
    int landed = 0;
    QStringList problems;
    // The users it covered, each once: an undo sends a request per group, a user in several.
    QSet<qint64> covered;
    for (const ApplyReport::GroupResult &r : report.groupResults) {
        if (r.landed) {
            ++landed;
            added += r.added;
            removed += r.removed;
            for (qint64 id : r.operation.userIds)
                covered.insert(id);
        } else if (!problems.contains(r.message) && problems.size() < kListedResults) {
            problems << r.message;
        }
    }
    QStringList lines;
    if (landed > 0) {
        const QString forUsers = tr("%Ln user(s)", nullptr, int(covered.size()));
        QString total;
        if (added > 0 && removed > 0)
            total = tr("%1 added and %2 removed for %3")
                        .arg(tr("%Ln membership(s)", nullptr, int(added)),
                             tr("%Ln membership(s)", nullptr, int(removed)), forUsers);
        else if (added > 0)
            total =
                tr("%1 added for %2").arg(tr("%Ln membership(s)", nullptr, int(added)), forUsers);
        else if (removed > 0)
            total = tr("%1 removed for %2")
                        .arg(tr("%Ln membership(s)", nullptr, int(removed)), forUsers);
        else
            total = tr("No membership changed");
        if (report.groupResults.size() > 1)
            total += QStringLiteral(" (") +
                     (toServer ? tr("%Ln request(s)", nullptr, landed)
                               : tr("%Ln batch(es)", nullptr, landed)) +
                     QLatin1Char(')');
        lines << total + QLatin1Char('.');
    }
    const int failed = int(report.groupResults.size()) - landed;
    if (failed > 0) {
        lines << (toServer ? tr("%Ln request(s) not applied:", nullptr, failed)
                           : tr("%Ln batch(es) not applied:", nullptr, failed));
        lines << problems;
    }
    if (report.cancelled)
        lines << tr("Cancelled: the rest was not changed.");
    if (report.error.isError() && !problems.contains(report.error.text))
        lines << report.error.text;
    return lines.join(QLatin1Char('\n'));
}

void MembershipPanel::finish(const QString &message)
{
    m_lastMessage = message;
    m_result->setText(message);
}
