#include "AppTranslator.h"
#include "BulkEditArea.h"
#include "MainWindow.h"
#include "PayloadPreviewDialog.h"
#include "ScriptedPrompter.h"
#include "ServerFixture.h"
#include "SetCellsDialog.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/BulkEditModel.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
const QStringList kFields{QStringLiteral("loyalty_tier"), QStringLiteral("score"),
                          QStringLiteral("phone")};

QJsonObject storedValues(const QString &file, qint64 user)
{
    StoreError e;
    auto store = SqliteStore::open(file, &e);
    return store ? store->metaValues(1, {user}, kFields, 0, 1).value(user) : QJsonObject();
}

int columnOf(const BulkEditModel *model, const QString &field)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->fields().at(c).name == field)
            return c;
    }
    return -1;
}

QString phoneOf(int row)
{
    return QStringLiteral("+4930%1").arg(1000000 + row);
}
} // namespace

class BulkEditTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tier;

    // Fills the grid of `window` (all users × kFields) the way a person does: a typed cell, one
    // "Set selected cells to…", one fill down, one pasted TSV block. Four undo steps.
    void editEverything(MainWindow &window, ScriptedPrompter *prompter, int rows)
    {
        BulkEditArea *area = window.bulkEditArea();
        BulkEditModel *model = area->model();
        QTableView *view = area->view();
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->columnCount(), 3);
        window.areas()->setCurrentWidget(area);

        // Columns follow the schema's order, which a server may give differently.
        const int tier = columnOf(model, QStringLiteral("loyalty_tier"));
        const int score = columnOf(model, QStringLiteral("score"));
        const int phone = columnOf(model, QStringLiteral("phone"));
        QVERIFY(tier >= 0 && score >= 0 && phone >= 0);

        // 1. Type into the first tier cell through the delegate's options editor.
        const QModelIndex first = model->index(0, tier);
        const QString chosen = model->storedValue(0, tier) == QJsonValue(QStringLiteral("gold"))
                                   ? QStringLiteral("silver")
                                   : QStringLiteral("gold");
        view->setCurrentIndex(first);
        view->scrollTo(first);
        QTest::keyClick(view, Qt::Key_F2);
        QPointer<QComboBox> combo =
            view->viewport()->findChild<QComboBox *>(QStringLiteral("optionsEditor"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(chosen));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(!combo || !combo->isVisible());
        QCOMPARE(model->data(first).toString(), chosen);
        QCOMPARE(window.undoStack()->count(), 1);

        // 2. Fill the tier down the whole column.
        view->selectionModel()->select(
            QItemSelection(model->index(0, tier), model->index(rows - 1, tier)),
            QItemSelectionModel::ClearAndSelect);
        area->findChild<QAction *>(QStringLiteral("actionFillDown"))->trigger();
        QCOMPARE(model->data(model->index(rows - 1, tier)).toString(), chosen);

        // 3. Set every score to 42.
        view->selectionModel()->select(
            QItemSelection(model->index(0, score), model->index(rows - 1, score)),
            QItemSelectionModel::ClearAndSelect);
        prompter->onDialog = [](QDialog *d) {
            auto *dialog = qobject_cast<SetCellsDialog *>(d);
            auto *spin = dialog ? qobject_cast<QSpinBox *>(dialog->editor(0)) : nullptr;
            if (!spin)
                return int(QDialog::Rejected);
            spin->setValue(42);
            return int(QDialog::Accepted);
        };
        area->findChild<QAction *>(QStringLiteral("actionSetCells"))->trigger();
        prompter->onDialog = [](QDialog *) { return int(QDialog::Accepted); };
        QCOMPARE(model->data(model->index(rows / 2, score)).toString(), QStringLiteral("42"));

        // 4. Paste a block of phones from a spreadsheet, one of them bad.
        QString block;
        for (int r = 0; r < rows; ++r)
            block += (r == 3 ? QStringLiteral("not a phone") : phoneOf(r)) + QLatin1Char('\n');
        QApplication::clipboard()->setText(block);
        view->selectionModel()->clearSelection();
        view->setCurrentIndex(model->index(0, phone));
        area->findChild<QAction *>(QStringLiteral("actionPasteCells"))->trigger();
        QCOMPARE(model->data(model->index(7, phone)).toString(), phoneOf(7));
        // The line under the grid counts what was pasted and what is not valid.
        QCOMPARE(area->findChild<QLabel *>(QStringLiteral("bulkEditSummary"))->text(),
                 QStringLiteral("%1 cells pasted: 1 not valid (see the red cells).")
                     .arg(QLocale().toString(rows)));
        // Marked with the reason before anything is sent.
        QCOMPARE(model->data(model->index(3, phone), BulkEditModel::EditStateRole).toInt(),
                 int(BulkEditModel::CellState::Refused));
        QVERIFY(
            !model->data(model->index(3, phone), BulkEditModel::ProblemRole).toString().isEmpty());
        QVERIFY(model->data(model->index(7, phone), Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Pending. Was: ")));
        // The users table shows the same pending state.
        QCOMPARE(window.usersModel()->index(0, 0).data(UsersTableModel::UserIdRole).toLongLong(),
                 model->users().at(0).id);
        m_tier = chosen;
        // Cells that already held the value are left alone.
        QVERIFY(window.pendingEdits()->count(1) > 2 * rows);
        QCOMPARE(window.undoStack()->count(), 4);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
    }

    void shouldBulkEditAThousandUsersUndoRedoAndApplyToAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("bulk.db"));
        QVERIFY(TestFiles::createDemo(file, 1000, 5));
        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, file, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        BulkEditArea *area = window.bulkEditArea();
        QAbstractItemModelTester tester(area->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        area->chooseFields(kFields);
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_COMPARE(area->model()->rowCount(), 1000);
        QTRY_VERIFY(area->model()->isLoaded());
        editEverything(window, prompter, 1000);
        const int edited = window.pendingEdits()->count();

        // Undo everything, step by step: nothing is pending and the grid shows what is stored.
        QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
        while (window.undoStack()->canUndo())
            undo->trigger();
        QCOMPARE(window.pendingEdits()->count(), 0);
        for (int row : {0, 5, 999}) {
            const QJsonObject stored = storedValues(file, area->model()->users().at(row).id);
            for (int c = 0; c < 3; ++c)
                QCOMPARE(area->model()->shownValue(row, c),
                         stored.value(area->model()->fields().at(c).name));
        }
        while (window.undoStack()->canRedo())
            redo->trigger();
        QCOMPARE(window.pendingEdits()->count(1), edited);

        // The bad cell is held back with its reason; every valid edit is written.
        BulkEditModel *model = area->model();
        const int phone = columnOf(model, QStringLiteral("phone"));
        const QJsonValue phoneBefore =
            storedValues(file, model->users().at(3).id).value(QStringLiteral("phone"));
        QString message;
        QVERIFY(!window.applyPendingEdits(&message));
        QCOMPARE(message, QStringLiteral("%1 written, 1 held back: see the red cells.")
                              .arg(QLocale().toString(edited - 1)));
        QCOMPARE(window.pendingEdits()->count(), 1);
        QCOMPARE(model->data(model->index(3, phone), BulkEditModel::EditStateRole).toInt(),
                 int(BulkEditModel::CellState::Refused));
        QVERIFY2(model->data(model->index(3, phone), Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("Not valid: ")),
                 qPrintable(model->data(model->index(3, phone), Qt::ToolTipRole).toString()));
        QCOMPARE(storedValues(file, model->users().at(3).id).value(QStringLiteral("phone")),
                 phoneBefore);
        for (int row : {0, 3, 999}) {
            const qint64 user = model->users().at(row).id;
            const QJsonObject values = storedValues(file, user);
            QCOMPARE(values.value(QStringLiteral("loyalty_tier")).toString(), m_tier);
            QCOMPARE(values.value(QStringLiteral("score")).toInteger(), 42);
            if (row != 3)
                QCOMPARE(values.value(QStringLiteral("phone")).toString(), phoneOf(row));
            // Each cell shows its result.
            QCOMPARE(model->data(model->index(row, 0), BulkEditModel::EditStateRole).toInt(),
                     int(BulkEditModel::CellState::Written));
        }
        // Fixed, the held-back cell is written too.
        QVERIFY(model->setData(model->index(3, phone), phoneOf(3)));
        QVERIFY2(window.applyPendingEdits(&message), qPrintable(message));
        QCOMPARE(window.pendingEdits()->count(), 0);
        QCOMPARE(storedValues(file, model->users().at(3).id).value(QStringLiteral("phone")),
                 QJsonValue(phoneOf(3)));
        QCOMPARE(model->data(model->index(3, phone), BulkEditModel::EditStateRole).toInt(),
                 int(BulkEditModel::CellState::Written));
    }

    void shouldPreviewThePayloadAndCopyCurlWithoutTheKey()
    {
        const QString file = m_dir.filePath(QStringLiteral("preview.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 6));
        MainWindow window;
        window.setPrompter(std::make_unique<ScriptedPrompter>());
        QString error;
        QVERIFY(openAndWait(window, file, &error));
        QVERIFY(waitUntilShown(window));
        BulkEditArea *area = window.bulkEditArea();
        QAbstractItemModelTester tester(area->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        area->chooseFields({QStringLiteral("score")});
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_COMPARE(area->model()->rowCount(), 50);
        QTRY_VERIFY(area->model()->isLoaded());
        QList<BulkEditModel::CellValue> cells;
        for (int r = 0; r < 10; ++r)
            cells.append({r, 0, QJsonValue(QString::number(r + 1))});
        QCOMPARE(area->model()->setCells(cells, QStringLiteral("ten")), 10);
        window.findChild<QAction *>(QStringLiteral("actionPreviewPayload"))->trigger();
        auto *dialog = area->findChild<PayloadPreviewDialog *>(QStringLiteral("payloadPreview"));
        QVERIFY(dialog);
        QCOMPARE(dialog->variants().size(), 3);
        int chosen = 0;
        for (const PayloadVariant &v : dialog->variants()) {
            QVERIFY(v.result.ok());
            QCOMPARE(v.entries, 10);
            chosen += v.chosen ? 1 : 0;
        }
        QCOMPARE(chosen, 1);
        QCOMPARE(dialog->variants().at(2).result.requests.size(), 10); // format 3: one per edit
        QVERIFY(dialog->shownBody().contains(QLatin1String("\"score\"")));
        dialog->setEncoding(PayloadEncoding::UrlEncoded);
        dialog->showVariant(1);
        QVERIFY2(dialog->shownBody().contains(QLatin1String("fields%5B0%5D%5Buser_id%5D")) ||
                     dialog->shownBody().contains(QLatin1String("fields[0][user_id]")),
                 qPrintable(dialog->shownBody()));
        dialog->copyCurl();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.contains(QLatin1String("tld-api-key: <API_KEY>")));
        QVERIFY(curl.contains(QLatin1String("/api/ingress/user_meta")));
        const QString saved = m_dir.filePath(QStringLiteral("body.txt"));
        QVERIFY(dialog->saveBody(saved));
        QFile body(saved);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(body.readAll()), dialog->shownBody());
        dialog->close();
    }

    void shouldBulkEditAndApplyToTheServer()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.setUp(300), qPrintable(fixture.error()));
        const std::optional<NewApiKey> key = fixture.addKey(1);
        QVERIFY(key);
        RemoteConnection connection;
        connection.baseUrl = QUrl(fixture.server().baseUrl());
        connection.apiId = key->apiId;
        connection.apiKey = key->key;

        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.workspace()->useStore(std::make_unique<RemoteStore>(connection), &error),
                 qPrintable(error));
        BulkEditArea *area = window.bulkEditArea();
        QAbstractItemModelTester tester(area->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(area->findChild<QAction *>(QStringLiteral("bulkField_score")));
        area->chooseFields(kFields);
        QTRY_VERIFY(window.usersModel()->isLoaded());
        area->findChild<QAction *>(QStringLiteral("actionUseMatchingUsers"))->trigger();
        QTRY_COMPARE(area->model()->rowCount(), 300);
        QTRY_VERIFY(area->model()->isLoaded());
        editEverything(window, prompter, 300);
        QVERIFY(area->model()->setData(
            area->model()->index(3, columnOf(area->model(), QStringLiteral("phone"))), phoneOf(3)));
        QString message;
        QString firstFailure;
        connect(window.pendingEdits(), &PendingEdits::reportTaken, this,
                [&firstFailure](qint64, const ApplyReport &report) {
                    for (const ApplyReport::EditFailure &f : report.notLanded) {
                        if (f.ownFault)
                            firstFailure += QStringLiteral(" %1/%2: %3")
                                                .arg(f.edit.userId)
                                                .arg(f.edit.field, f.reason);
                    }
                });
        QVERIFY2(window.applyPendingEdits(&message), qPrintable(message + firstFailure));
        QCOMPARE(window.pendingEdits()->count(), 0);
        for (int row : {0, 3, 299}) {
            const qint64 user = area->model()->users().at(row).id;
            const QJsonObject values = storedValues(fixture.file(), user);
            QCOMPARE(values.value(QStringLiteral("loyalty_tier")).toString(), m_tier);
            QCOMPARE(values.value(QStringLiteral("score")).toInteger(), 42);
            QCOMPARE(values.value(QStringLiteral("phone")).toString(), phoneOf(row));
            QCOMPARE(area->model()
                         ->data(area->model()->index(row, 0), BulkEditModel::EditStateRole)
                         .toInt(),
                     int(BulkEditModel::CellState::Written));
        }
        // Nothing of the key in what a preview would copy.
        window.findChild<QAction *>(QStringLiteral("actionPreviewPayload"))->trigger();
        auto *dialog = area->findChild<PayloadPreviewDialog *>(QStringLiteral("payloadPreview"));
        QVERIFY(dialog);
        QVERIFY(!dialog->curlCommand().contains(key->key));
        dialog->close();
    }
};

QTEST_MAIN(BulkEditTest)
#include "test_bulk_edit.moc"
