#include "AppTranslator.h"
#include "ArrayValueEditor.h"
#include "BulkEditArea.h"
#include "JsonValueEditor.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SetCellsDialog.h"
#include "TestFiles.h"
#include "UsersArea.h"
#include "WindowReady.h"
#include "items/BulkEditModel.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

// Every field type gets an editor that fits it; what is typed there becomes a pending edit and,
// applied, the typed value in the file.
class CellEditorsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;
    QTableView *m_view = nullptr;

    int columnOf(const QString &field) const
    {
        QAbstractItemModel *model = m_view->model();
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->index(0, c).data(UsersTableModel::FieldNameRole).toString() == field)
                return c;
        return -1;
    }

    // Opens the editor of a cell with F2, hands it to `edit`, commits with Enter (or by
    // closing it through the delegate for multi-line editors).
    template<typename Editor>
    void editCell(int row, const QString &field, const std::function<void(Editor *)> &edit)
    {
        const int column = columnOf(field);
        QVERIFY2(column >= 0, qPrintable(field));
        const QModelIndex cell = m_view->model()->index(row, column);
        cell.data();
        QTRY_VERIFY(m_window->usersModel()->valuesLoadedAt(row));
        m_view->setCurrentIndex(cell);
        m_view->scrollTo(cell);
        QTest::keyClick(m_view, Qt::Key_F2);
        QPointer<Editor> editor = m_view->viewport()->findChild<Editor *>();
        QVERIFY2(editor, qPrintable(QStringLiteral("no editor of the expected kind for ") + field));
        edit(editor);
        // What the delegate does when the person leaves the editor: commit, then close.
        Q_EMIT m_view->itemDelegate()->commitData(editor);
        Q_EMIT m_view->itemDelegate()->closeEditor(editor);
        QTRY_VERIFY(!editor); // gone, so the next cell's editor is the only one
    }

    QJsonValue stored(qint64 user, const QString &field) const
    {
        StoreError error;
        auto store = SqliteStore::open(m_file, &error);
        return store->metaValues(1, {user}, {field}, 0, 1).value(user).value(field);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        m_file = m_dir.filePath(QStringLiteral("editors.db"));
        QVERIFY(TestFiles::createDemo(m_file, 50, 3));
        m_window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        m_window->setPrompter(std::move(prompter));
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY(openAndWait(*m_window, m_file, &error));
        QVERIFY(waitUntilShown(*m_window));
        m_window->showMetaColumns({QStringLiteral("score"), QStringLiteral("balance"),
                                   QStringLiteral("newsletter"), QStringLiteral("birthday"),
                                   QStringLiteral("last_login"), QStringLiteral("loyalty_tier"),
                                   QStringLiteral("interests"), QStringLiteral("preferences"),
                                   QStringLiteral("support_email")});
        QTRY_VERIFY(m_window->usersModel()->isLoaded());
        m_view = m_window->usersArea()->view();
    }

    void shouldEditEveryTypeWithItsOwnEditor()
    {
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editCell<QSpinBox>(0, QStringLiteral("score"), [](QSpinBox *e) {
            QCOMPARE(e->maximum(), 100);
            e->setValue(64);
        });
        editCell<QDoubleSpinBox>(0, QStringLiteral("balance"),
                                 [](QDoubleSpinBox *e) { e->setValue(1234.5); });
        editCell<QCheckBox>(0, QStringLiteral("newsletter"),
                            [](QCheckBox *e) { e->setChecked(true); });
        editCell<QDateEdit>(0, QStringLiteral("birthday"),
                            [](QDateEdit *e) { e->setDate(QDate(1990, 2, 28)); });
        editCell<QDateTimeEdit>(0, QStringLiteral("last_login"), [](QDateTimeEdit *e) {
            e->setDateTime(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        });
        editCell<QComboBox>(0, QStringLiteral("loyalty_tier"), [](QComboBox *e) {
            QCOMPARE(e->count(), 5); // (no value) + four options
            e->setCurrentIndex(e->findText(QStringLiteral("platinum")));
        });
        editCell<ArrayValueEditor>(0, QStringLiteral("interests"), [](ArrayValueEditor *e) {
            e->setItems(QJsonArray{QStringLiteral("music")});
            e->findChild<QToolButton *>(QStringLiteral("addItem"))->click();
            e->list()->currentItem()->setText(QStringLiteral("travel"));
        });
        editCell<JsonValueEditor>(0, QStringLiteral("preferences"), [](JsonValueEditor *e) {
            e->setPlainText(QStringLiteral("{\"theme\": "));
            QVERIFY(!e->isValid());
            QVERIFY(e->problem().contains(QLatin1String("Not valid JSON")));
            e->setPlainText(QStringLiteral("{\"theme\": \"dark\", \"size\": 3}"));
            QVERIFY(e->isValid());
        });
        editCell<QLineEdit>(0, QStringLiteral("support_email"),
                            [](QLineEdit *e) { e->setText(QStringLiteral("help@example.org")); });
        QCOMPARE(m_window->pendingEdits()->count(), 9);
        for (int c = UsersTableModel::ColumnCount; c < m_view->model()->columnCount(); ++c)
            QCOMPARE(m_view->model()->index(0, c).data(UsersTableModel::EditStateRole).toInt(),
                     int(UsersTableModel::EditState::Pending));

        QString message;
        QVERIFY2(m_window->applyPendingEdits(&message), qPrintable(message));
        QCOMPARE(stored(1, QStringLiteral("score")), QJsonValue(64));
        QCOMPARE(stored(1, QStringLiteral("balance")).toDouble(), 1234.5);
        QCOMPARE(stored(1, QStringLiteral("newsletter")), QJsonValue(true));
        QCOMPARE(stored(1, QStringLiteral("birthday")), QJsonValue(QStringLiteral("1990-02-28")));
        QCOMPARE(stored(1, QStringLiteral("last_login")),
                 QJsonValue(QStringLiteral("2026-03-04T05:06:07Z")));
        QCOMPARE(stored(1, QStringLiteral("loyalty_tier")), QJsonValue(QStringLiteral("platinum")));
        QCOMPARE(stored(1, QStringLiteral("interests")),
                 QJsonValue(QJsonArray{QStringLiteral("music"), QStringLiteral("travel")}));
        QCOMPARE(stored(1, QStringLiteral("preferences")),
                 QJsonValue(QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")},
                                        {QStringLiteral("size"), 3}}));
        QCOMPARE(stored(1, QStringLiteral("support_email")),
                 QJsonValue(QStringLiteral("help@example.org")));
    }

    void shouldClearAValueThroughTheOptionsEditor()
    {
        editCell<QComboBox>(1, QStringLiteral("loyalty_tier"),
                            [](QComboBox *e) { e->setCurrentIndex(0); });
        QString message;
        if (stored(2, QStringLiteral("loyalty_tier")).isUndefined()) {
            // Nothing was stored: choosing "(no value)" leaves nothing pending.
            QCOMPARE(m_window->pendingEdits()->count(), 0);
            return;
        }
        QCOMPARE(m_window->pendingEdits()->count(), 1);
        QVERIFY2(m_window->applyPendingEdits(&message), qPrintable(message));
        QVERIFY(stored(2, QStringLiteral("loyalty_tier")).isUndefined());
    }

    // Set Selected Cells To… offers each chosen field's own editor, started at the first chosen
    // cell's value; what is set there becomes one undo step of typed values.
    void shouldSetSelectedCellsWithEachFieldsOwnEditor()
    {
        BulkEditArea *area = m_window->bulkEditArea();
        BulkEditModel *model = area->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->areas()->setCurrentWidget(area);
        area->chooseFields(
            {QStringLiteral("score"), QStringLiteral("birthday"), QStringLiteral("loyalty_tier")});
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_COMPARE(model->rowCount(), 50);
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->columnCount(), 3);
        QTableView *grid = area->view();
        grid->selectionModel()->select(QItemSelection(model->index(10, 0), model->index(19, 2)),
                                       QItemSelectionModel::ClearAndSelect);
        QStringList seen;
        const int scoreColumn = model->fields().indexOf(*model->fieldOf(QStringLiteral("score")));
        m_prompter->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<SetCellsDialog *>(d);
            if (!dialog || dialog->columnCount() != 3)
                return int(QDialog::Rejected);
            // One editor per chosen field, in the grid's column order, each the field's own.
            auto editorOf = [dialog](const char *field) -> QWidget * {
                for (int c = 0; c < dialog->columnCount(); ++c) {
                    if (dialog->editor(c)->property("field").toString() == QLatin1String(field))
                        return dialog->editor(c);
                }
                return nullptr;
            };
            auto *score = qobject_cast<QSpinBox *>(editorOf("score"));
            auto *birthday = qobject_cast<QDateEdit *>(editorOf("birthday"));
            auto *tier = qobject_cast<QComboBox *>(editorOf("loyalty_tier"));
            if (!score || !birthday || !tier)
                return int(QDialog::Rejected);
            seen << QString::number(score->maximum()) << QString::number(tier->count());
            // Started at the first chosen cell's value.
            const QJsonValue first = model->shownValue(10, scoreColumn);
            seen << (first.isUndefined() || score->value() == first.toInteger()
                         ? QStringLiteral("started")
                         : QStringLiteral("not started"));
            score->setValue(77);
            birthday->setDate(QDate(2001, 9, 8));
            tier->setCurrentIndex(tier->findText(QStringLiteral("silver")));
            return int(QDialog::Accepted);
        };
        const int stepsBefore = m_window->undoStack()->count();
        area->findChild<QAction *>(QStringLiteral("actionSetCells"))->trigger();
        m_prompter->onDialog = [](QDialog *) { return int(QDialog::Accepted); };
        QCOMPARE(seen, (QStringList{QStringLiteral("100"), QStringLiteral("5"),
                                    QStringLiteral("started")}));
        QCOMPARE(m_window->undoStack()->count(), stepsBefore + 1);
        const int birthdayColumn =
            model->fields().indexOf(*model->fieldOf(QStringLiteral("birthday")));
        const int tierColumn =
            model->fields().indexOf(*model->fieldOf(QStringLiteral("loyalty_tier")));
        for (int row = 10; row < 20; ++row) {
            QCOMPARE(model->shownValue(row, scoreColumn), QJsonValue(77)); // a number, not "77"
            QCOMPARE(model->shownValue(row, birthdayColumn),
                     QJsonValue(QStringLiteral("2001-09-08")));
            QCOMPARE(model->shownValue(row, tierColumn), QJsonValue(QStringLiteral("silver")));
        }
        // Cells outside the selection are left alone.
        QVERIFY(
            !m_window->pendingEdits()->find({1, model->users().at(9).id, QStringLiteral("score")}));
        QVERIFY(!m_window->pendingEdits()->find(
            {1, model->users().at(20).id, QStringLiteral("score")}));
        const QString summary =
            area->findChild<QLabel *>(QStringLiteral("bulkEditSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("30 cells set")), qPrintable(summary));
        QString message;
        QVERIFY2(m_window->applyPendingEdits(&message), qPrintable(message));
        const qint64 user = model->users().at(15).id;
        QCOMPARE(stored(user, QStringLiteral("score")), QJsonValue(77));
        QCOMPARE(stored(user, QStringLiteral("birthday")),
                 QJsonValue(QStringLiteral("2001-09-08")));
        QCOMPARE(stored(user, QStringLiteral("loyalty_tier")),
                 QJsonValue(QStringLiteral("silver")));
    }
};

QTEST_MAIN(CellEditorsTest)
#include "test_cell_editors.moc"
