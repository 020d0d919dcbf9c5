// The README's screenshots of the app at work: the real MainWindow on a demo file, at a normal
// window size, driven through its own widgets the way the GUI tests drive them, and photographed
// from the X root window (so the window manager's frame is in the picture). Run by
// scripts/screenshots.sh under Xvfb with a window manager; not a test, ctest does not run it.
// Usage: screenshot_tour DEMO.db OUTDIR

#include "AppTranslator.h"
#include "BulkEditArea.h"
#include "GroupPreviewDialog.h"
#include "MainWindow.h"
#include "MembershipPanel.h"
#include "SchemaEditor.h"
#include "UsersArea.h"
#include "items/BulkEditModel.h"
#include "items/GroupsTableModel.h"
#include "items/UsersTableModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolTip>
#include <cstdio>

namespace {
QString g_out;
bool g_ok = true;

void fail(const QString &what)
{
    QTextStream(stderr) << "screenshot_tour: " << what << '\n';
    g_ok = false;
}

bool waitFor(const std::function<bool()> &ready, const QString &what, int ms = 30000)
{
    if (QTest::qWaitFor(ready, ms))
        return true;
    fail(QStringLiteral("gave up waiting for ") + what);
    return false;
}

// The screen as a person sees it (the window manager's frame, dialogs on top), cut to the window
// and whatever dialog is open over it.
void shoot(const QWidget *window, const QString &name)
{
    QTest::qWait(800); // let the last paint and the window manager's frame land
    QRect area = window->frameGeometry();
    if (const QWidget *modal = QApplication::activeModalWidget())
        area = area.united(modal->frameGeometry());
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    if (!screen.copy(area.intersected(screen.rect())).save(path))
        return fail(QStringLiteral("cannot write ") + path);
    QTextStream(stdout) << path << '\n';
}

void selectRows(QTableView *view, int first, int last)
{
    view->setFocus();
    // The current row first, without touching the selection (setCurrentIndex would clear it).
    view->selectionModel()->setCurrentIndex(view->model()->index(first, 0),
                                            QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(
        QItemSelection(view->model()->index(first, 0), view->model()->index(last, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int areaIndex(MainWindow &w, QWidget *area)
{
    return w.areas()->indexOf(area);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        fail(QStringLiteral("usage: screenshot_tour DEMO.db OUTDIR"));
        return 2;
    }
    g_out = args.at(2);
    AppTranslator::install(&app, QStringLiteral("en"));

    MainWindow w;
    w.resize(1280, 800);
    w.show();
    bool opened = false;
    QString error;
    w.workspace()->openFile(args.at(1), &w, [&](const WorkspaceFailure &failure) {
        opened = true;
        error = failure.text;
    });
    if (!waitFor([&] { return opened; }, QStringLiteral("the demo file")) || !error.isEmpty()) {
        fail(error);
        return 1;
    }
    waitFor([&] { return w.usersModel()->isLoaded() && !w.workspace()->fields().isEmpty(); },
            QStringLiteral("the users"));

    // Users: meta fields as columns, a few users selected for the membership panel.
    w.showMetaColumns({QStringLiteral("loyalty_tier"), QStringLiteral("score"),
                       QStringLiteral("newsletter"), QStringLiteral("last_login")});
    w.areas()->setCurrentIndex(0);
    waitFor([&] { return w.usersModel()->isLoaded(); }, QStringLiteral("the columns"));
    QTableView *users = w.usersArea()->view();
    selectRows(users, 2, 9);
    shoot(&w, QStringLiteral("users"));

    // Groups, with their member counts.
    w.areas()->setCurrentIndex(
        areaIndex(w, w.areas()->findChild<QWidget *>(QStringLiteral("groupsArea"))));
    shoot(&w, QStringLiteral("groups"));

    // Bulk Edit: twelve users × four fields, a pasted block with two values that are not valid.
    w.areas()->setCurrentIndex(0);
    selectRows(users, 0, 11);
    waitFor([&] { return w.usersArea()->selectedUsers().size() == 12; },
            QStringLiteral("the selection"));
    BulkEditArea *bulk = w.bulkEditArea();
    bulk->useSelectedUsers();
    bulk->chooseFields({QStringLiteral("loyalty_tier"), QStringLiteral("score"),
                        QStringLiteral("newsletter"), QStringLiteral("phone")});
    w.areas()->setCurrentIndex(areaIndex(w, bulk));
    waitFor([&] { return bulk->model()->rowCount() == 12 && bulk->model()->columnCount() == 4; },
            QStringLiteral("the bulk grid"));
    QString block;
    const QStringList tiers{QStringLiteral("gold"), QStringLiteral("silver"),
                            QStringLiteral("platinum"), QStringLiteral("bronze")};
    for (int r = 0; r < 8; ++r) {
        const QString tier = r == 5 ? QStringLiteral("diamond") : tiers.at(r % 4);
        const QString score = r == 2 ? QStringLiteral("120") : QString::number(40 + 7 * r);
        block += tier + QLatin1Char('\t') + score + QLatin1Char('\t') +
                 (r % 2 ? QStringLiteral("false") : QStringLiteral("true")) + QLatin1Char('\t') +
                 QStringLiteral("+4917012345%1").arg(r, 2, 10, QLatin1Char('0')) +
                 QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(block);
    auto *grid = bulk->findChild<QTableView *>(QStringLiteral("bulkEditView"));
    grid->setFocus();
    grid->selectionModel()->clearSelection();
    grid->setCurrentIndex(bulk->model()->index(0, 0));
    bulk->pasteClipboard();
    grid->selectionModel()->clearSelection();
    // What a person sees hovering a red cell: why it is not valid, before anything is written.
    const QModelIndex invalid = bulk->model()->index(2, 1);
    QTest::qWait(300);
    QToolTip::showText(grid->viewport()->mapToGlobal(grid->visualRect(invalid).bottomLeft()),
                       invalid.data(Qt::ToolTipRole).toString(), grid->viewport());
    shoot(&w, QStringLiteral("bulk-edit"));
    QToolTip::hideText();

    // Schema: the score field chosen, a value tested against its definition.
    SchemaEditor *schema = w.schemaEditor();
    w.areas()->setCurrentIndex(areaIndex(w, schema));
    auto *fields = schema->findChild<QTableView *>(QStringLiteral("schemaView"));
    waitFor([&] { return fields->model()->rowCount() > 0; }, QStringLiteral("the schema"));
    for (int r = 0; r < fields->model()->rowCount(); ++r) {
        for (int c = 0; c < fields->model()->columnCount(); ++c) {
            if (fields->model()->index(r, c).data().toString() == QLatin1String("phone")) {
                fields->setFocus();
                fields->selectRow(r);
                fields->setCurrentIndex(fields->model()->index(r, c));
            }
        }
    }
    auto *test = schema->findChild<QLineEdit *>(QStringLiteral("patternTestValue"));
    if (test) {
        test->setFocus();
        test->setText(QStringLiteral("0170 1234567"));
    } else {
        fail(QStringLiteral("no live test box"));
    }
    shoot(&w, QStringLiteral("schema"));

    // Group Membership: Replace with two groups for eight users, its preview before anything
    // is written; written (to this scratch copy of the demo), then Edit › Undo with the same
    // preview turned round.
    w.areas()->setCurrentIndex(0);
    selectRows(users, 3, 10);
    waitFor([&] { return w.usersArea()->selectedUsers().size() == 8; },
            QStringLiteral("the selection"));
    for (const UserGroup &g : w.groupsModel()->groups()) {
        if (g.name == QLatin1String("VIP") || g.name == QLatin1String("Newsletter"))
            w.groupsModel()->setChecked(g.id, true);
    }
    // Photographs the preview open now and answers it.
    auto answerPreview = [&w](const QString &name, bool *shot) {
        QTimer::singleShot(1500, &w, [&w, name, shot] {
            auto *preview = qobject_cast<GroupPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return fail(QStringLiteral("no group preview for ") + name);
            preview->users()->selectRow(0);
            shoot(&w, name);
            *shot = true;
            preview->accept();
        });
    };
    bool previewShot = false;
    int written = 0;
    QObject::connect(w.membershipPanel(), &MembershipPanel::membershipsChanged, &w,
                     [&written] { ++written; });
    answerPreview(QStringLiteral("group-preview"), &previewShot);
    w.membershipPanel()->run(GroupOperation::Kind::Replace, false);
    if (!previewShot)
        fail(QStringLiteral("the group preview was not shown"));
    waitFor([&] { return written == 1; }, QStringLiteral("the group change"));
    bool undoShot = false;
    answerPreview(QStringLiteral("group-undo"), &undoShot);
    w.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    if (!undoShot)
        fail(QStringLiteral("the undo preview was not shown"));
    waitFor([&] { return written == 2; }, QStringLiteral("the undo"));
    QTextStream(stdout) << w.membershipPanel()->lastMessage() << '\n';
    // The pasted cells were for the picture only: no crash journal is left behind.
    w.workspace()->discardPendingEdits();
    return g_ok ? 0 : 1;
}
