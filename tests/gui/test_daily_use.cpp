#include "AppTranslator.h"
#include "BulkEditArea.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "TestFiles.h"
#include "WelcomePage.h"
#include "WindowReady.h"
#include "items/BulkEditModel.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWidgetAction>
#include <cmath>

namespace {
// WCAG 2 relative luminance and contrast ratio: 4.5 is what body text needs.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// Every action the menu bar reaches, submenus included.
void collect(const QMenu *menu, QList<QAction *> *into)
{
    for (QAction *a : menu->actions()) {
        into->append(a);
        if (a->menu())
            collect(a->menu(), into);
    }
}
} // namespace

// What a day of real use turned up about looks and keys: fixed toolbar labels, empty states
// that say what to do, colours that read on a dark theme, a window that fits the screen, and
// every action within reach of the keyboard.
class DailyUseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    void openDemo(MainWindow &window)
    {
        QString error;
        QVERIFY2(openAndWait(window, m_demo, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QSettings().clear();
        m_demo = m_dir.filePath(QStringLiteral("daily.db"));
        QVERIFY(TestFiles::createDemo(m_demo, 120, 4));
    }

    void shouldKeepUndoLabelsFixedWithTheStepInTheTooltip()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openDemo(window);
        QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(undo));
        QVERIFY(button);
        const int width = button->sizeHint().width();
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QCOMPARE(undo->toolTip(), QStringLiteral("Nothing to undo"));

        BulkEditArea *area = window.bulkEditArea();
        area->chooseFields({QStringLiteral("score")});
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_COMPARE(area->model()->rowCount(), 120);
        QTRY_VERIFY(area->model()->isLoaded());
        QList<BulkEditModel::CellValue> cells;
        for (int r = 0; r < 46; ++r)
            cells.append({r, 0, QJsonValue(QString::number(r % 100))});
        area->model()->setCells(cells, QStringLiteral("Paste 46 cells"));
        QVERIFY(window.undoStack()->canUndo());
        // The label stays, the step is in the tooltip, and the button keeps its width.
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QCOMPARE(undo->toolTip(), QStringLiteral("Undo: Paste 46 cells"));
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        QCOMPARE(button->sizeHint().width(), width);
        undo->trigger();
        QCOMPARE(redo->text(), QStringLiteral("&Redo"));
        QCOMPARE(redo->toolTip(), QStringLiteral("Redo: Paste 46 cells"));
        QCOMPARE(undo->toolTip(), QStringLiteral("Nothing to undo"));
    }

    void shouldShowHowToStartWhileNothingIsOpen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.areas()->isVisible());
        // Open, New, Demo and Connect, as buttons that run the menu's actions.
        for (const char *name : {"actionOpen", "actionNew", "actionOpenDemo", "actionConnect"}) {
            auto *b =
                welcome->findChild<QToolButton *>(QStringLiteral("welcome_") + QLatin1String(name));
            QVERIFY2(b && b->isVisible(), name);
            QCOMPARE(b->defaultAction(), window.findChild<QAction *>(QLatin1String(name)));
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
        }
        openDemo(window);
        QTRY_VERIFY(!welcome->isVisible());
        QVERIFY(window.areas()->isVisible());

        // The next window offers the file just opened; Enter on it opens it again.
        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        auto *again = next.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
        QListWidget *recent = again->recentList();
        QVERIFY(recent->count() >= 1);
        QCOMPARE(recent->item(0)->text(), QFileInfo(m_demo).absoluteFilePath());
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_COMPARE(next.location(), QFileInfo(m_demo).absoluteFilePath());
        QTRY_VERIFY(!again->isVisible());
    }

    void shouldSayHowToFillAnEmptyBulkGrid()
    {
        MainWindow window;
        window.show();
        openDemo(window);
        BulkEditArea *area = window.bulkEditArea();
        window.areas()->setCurrentWidget(area);
        auto *empty = area->findChild<QLabel *>(QStringLiteral("bulkEditEmpty"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!area->view()->isVisible());
        QVERIFY2(empty->text().startsWith(QLatin1String("Choose users and fields")),
                 qPrintable(empty->text()));
        area->chooseFields({QStringLiteral("score")});
        QVERIFY2(empty->text().startsWith(QLatin1String("Choose users to edit")),
                 qPrintable(empty->text()));
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_VERIFY(area->view()->isVisible());
        QVERIFY(!empty->isVisible());
    }

    void shouldMarkCellsReadablyInADarkPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void shouldMarkCellsReadablyInADarkPalette()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        const QPalette palette = QApplication::palette();
        MainWindow window;
        window.show();
        openDemo(window);
        BulkEditArea *area = window.bulkEditArea();
        BulkEditModel *model = area->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        area->chooseFields({QStringLiteral("score")});
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_VERIFY(model->isLoaded() && model->rowCount() == 120);
        model->setCells(
            {{0, 0, QJsonValue(QStringLiteral("7"))}, {1, 0, QJsonValue(QStringLiteral("lots"))}},
            QStringLiteral("two"));
        const QColor pending = model->index(0, 0).data(Qt::BackgroundRole).value<QColor>();
        const QColor refused = model->index(1, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(pending.isValid() && refused.isValid());
        QVERIFY(pending != refused);
        // The palette's text stays readable on every marked cell.
        const QColor text = palette.color(QPalette::Text);
        QVERIFY2(contrast(text, pending) >= 4.5, qPrintable(pending.name()));
        QVERIFY2(contrast(text, refused) >= 4.5, qPrintable(refused.name()));
        // On a dark theme the marks are dark too, not light patches.
        QCOMPARE(pending.lightnessF() < 0.5, dark);
        QCOMPARE(refused.lightnessF() < 0.5, dark);
        // The users table marks the same cell the same way.
        window.showMetaColumns({QStringLiteral("score")});
        QTRY_VERIFY(window.usersModel()->valuesLoadedAt(0));
        const QModelIndex usersCell = window.usersModel()->index(0, UsersTableModel::ColumnCount);
        QCOMPARE(usersCell.data(Qt::BackgroundRole).value<QColor>(), pending);
        window.pendingEdits()->clear();
        QApplication::setPalette(before);
    }

    void shouldFitASavedWindowToTheScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            // A window once grown taller than the screen (95 result lines did that).
            QWidget tall;
            tall.setGeometry(available.left() + 40, available.top() + 40, available.width() / 2,
                             available.height() + 700);
            QSettings().setValue(QStringLiteral("window/geometry"), tall.saveGeometry());
        }
        MainWindow window;
        QVERIFY2(
            window.geometry().height() <= available.height(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(window.geometry().height()).arg(available.height())));
        QVERIFY(available.contains(window.geometry()));
        QCOMPARE(window.geometry().width(), available.width() / 2);
        QSettings().remove(QStringLiteral("window/geometry"));
    }

    void shouldReachEveryActionFromTheMenuBar()
    {
        MainWindow window;
        QList<QAction *> reachable;
        for (QAction *top : window.menuBar()->actions()) {
            QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
            reachable << top;
            collect(top->menu(), &reachable);
        }
        // Each menu entry has a mnemonic within its menu.
        for (QAction *a : std::as_const(reachable)) {
            if (a->isSeparator() || a->text().isEmpty() ||
                a->objectName().startsWith(QLatin1String("column_")) ||
                a->objectName().startsWith(QLatin1String("bulkField_")))
                continue;
            QVERIFY2(a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty(),
                     qPrintable(a->text()));
        }
        // The Bulk Edit area's toolbar actions are in the menu bar too.
        for (QAction *a : window.bulkEditArea()->findChildren<QAction *>()) {
            if (!a->objectName().startsWith(QLatin1String("action")))
                continue;
            QVERIFY2(reachable.contains(a), qPrintable(a->objectName()));
        }
    }
};

QTEST_MAIN(DailyUseTest)
#include "test_daily_use.moc"
