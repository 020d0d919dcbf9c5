#include "AppTranslator.h"
#include "FieldDefinitionForm.h"
#include "MainWindow.h"
#include "SchemaEditor.h"
#include "ScriptedPrompter.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/SchemaTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
std::optional<MetaField> storedField(const QString &file, const QString &name)
{
    StoreError e;
    auto store = SqliteStore::open(file, &e);
    for (const MetaField &f : store->fields(1)) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}
} // namespace

class SchemaEditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    SchemaEditor *editor() const { return m_window->schemaEditor(); }
    template<typename T>
    T *child(const char *name) const
    {
        return editor()->findChild<T *>(QLatin1String(name));
    }
    void type(const char *name, const QString &text)
    {
        auto *line = child<QLineEdit>(name);
        QVERIFY(line);
        line->clear();
        QTest::keyClicks(line, text);
    }
    void choose(const char *name, const QString &value)
    {
        auto *combo = child<QComboBox>(name);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(value));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("68 users").
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        m_file = m_dir.filePath(QStringLiteral("schema.db"));
        QVERIFY(TestFiles::createDemo(m_file, 200, 3));
        m_window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        m_window->setPrompter(std::move(prompter));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            editor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY(openAndWait(*m_window, m_file, &error));
        QVERIFY(waitUntilShown(*m_window));
        m_window->areas()->setCurrentWidget(editor());
        QTRY_COMPARE(editor()->model()->rowCount(), 14);
    }

    void shouldListFieldsWithTheUsersHoldingAValue()
    {
        SchemaTableModel *model = editor()->model();
        const int row = model->rowOf(QStringLiteral("score"));
        QVERIFY(row >= 0);
        QTRY_VERIFY(model->valueCount(QStringLiteral("score")) > 0);
        StoreError e;
        auto store = SqliteStore::open(m_file, &e);
        const qint64 expected = store->countValuesPerField(1).value(QStringLiteral("score"));
        QCOMPARE(model->index(row, SchemaTableModel::ValuesColumn).data().toString(),
                 QString::number(expected));
        QCOMPARE(model->index(row, SchemaTableModel::TypeColumn).data().toString(),
                 QStringLiteral("integer"));
        QCOMPARE(model->index(row, SchemaTableModel::GroupColumn).data().toString(),
                 QStringLiteral("Marketing"));
    }

    void shouldCreateAFieldAndReadItBack()
    {
        child<QPushButton>("newFieldButton")->click();
        type("fieldName", QStringLiteral("shoe_size"));
        choose("fieldType", QStringLiteral("integer"));
        type("fieldLabel", QStringLiteral("Shoe size"));
        type("fieldGroup", QStringLiteral("Profile"));
        type("fieldMin", QStringLiteral("20"));
        type("fieldMax", QStringLiteral("50"));
        type("fieldOptions", QStringLiteral("38, 40, 42"));
        // The live test box tries a value against the definition as typed.
        type("patternTestValue", QStringLiteral("41"));
        QVERIFY(child<QLabel>("patternTestResult")->text().contains(QLatin1String("not")));
        type("patternTestValue", QStringLiteral("40"));
        QVERIFY(child<QLabel>("patternTestResult")->text().startsWith(QLatin1String("Fits")));
        QVERIFY(child<QPushButton>("saveFieldButton")->isEnabled());
        QSignalSpy saved(editor(), &SchemaEditor::saved);
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(saved.count(), 1);
        const std::optional<MetaField> field = storedField(m_file, QStringLiteral("shoe_size"));
        QVERIFY(field);
        QCOMPARE(field->type, MetaType::Integer);
        QCOMPARE(field->label, QStringLiteral("Shoe size"));
        QCOMPARE(field->min.value_or(0), 20.0);
        QCOMPARE(field->options.size(), 3);
        QTRY_VERIFY(editor()->model()->rowOf(QStringLiteral("shoe_size")) >= 0);
        // The saved field stays selected and is no longer new: Save again changes it.
        QTRY_VERIFY(!editor()->form()->isNew());
        QCOMPARE(editor()->findChild<QTableView *>()->currentIndex().data(
                     SchemaTableModel::FieldNameRole),
                 QVariant(QStringLiteral("shoe_size")));

        // Change it: the stored definition follows.
        editor()->selectField(QStringLiteral("shoe_size"));
        QCOMPARE(child<QLineEdit>("fieldLabel")->text(), QStringLiteral("Shoe size"));
        type("fieldDescription", QStringLiteral("EU sizes"));
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(storedField(m_file, QStringLiteral("shoe_size"))->description,
                 QStringLiteral("EU sizes"));
    }

    void shouldRefuseABadRegexAndMinAboveMaxBeforeSaving()
    {
        child<QPushButton>("newFieldButton")->click();
        type("fieldName", QStringLiteral("code"));
        choose("fieldType", QStringLiteral("string"));
        type("fieldPattern", QStringLiteral("^([A-Z]+$"));
        QVERIFY(!child<QPushButton>("saveFieldButton")->isEnabled());
        QVERIFY2(editor()->problems().contains(QLatin1String("fields.code.pattern")),
                 qPrintable(editor()->problems()));
        type("fieldPattern", QStringLiteral("^[A-Z]+$"));
        type("fieldMinLength", QStringLiteral("9"));
        type("fieldMaxLength", QStringLiteral("3"));
        QVERIFY(!child<QPushButton>("saveFieldButton")->isEnabled());
        QVERIFY2(editor()->problems().contains(QLatin1String("min_length")) ||
                     editor()->problems().contains(QLatin1String("max_length")),
                 qPrintable(editor()->problems()));
        // Even when Save is forced, nothing is written.
        QSignalSpy refused(editor(), &SchemaEditor::refused);
        editor()->save();
        QCOMPARE(refused.count(), 1);
        QVERIFY(!storedField(m_file, QStringLiteral("code")));
    }

    void shouldRefuseATypeChangeListingTheUsersAffected()
    {
        editor()->selectField(QStringLiteral("birthday"));
        choose("fieldType", QStringLiteral("integer"));
        QVERIFY(child<QPushButton>("saveFieldButton")->isEnabled());
        QSignalSpy refused(editor(), &SchemaEditor::refused);
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(refused.count(), 1);
        const QString problems = editor()->problems();
        QVERIFY2(problems.contains(QLatin1String("Invalid Values")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("User ")), qPrintable(problems));
        QCOMPARE(storedField(m_file, QStringLiteral("birthday"))->type, MetaType::Date);
    }

    void shouldKeepMessagesWithTheFieldTheyAreAbout()
    {
        // The refusal above is about birthday; it shows while birthday is selected...
        editor()->selectField(QStringLiteral("birthday"));
        choose("fieldType", QStringLiteral("integer"));
        QSignalSpy refused(editor(), &SchemaEditor::refused);
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(refused.count(), 1);
        QVERIFY2(child<QLabel>("schemaStatus")->text().contains(QLatin1String("'birthday'")),
                 qPrintable(child<QLabel>("schemaStatus")->text()));
        QVERIFY(!editor()->problems().isEmpty());
        // ...and goes when another field is picked: it says nothing about score.
        editor()->selectField(QStringLiteral("score"));
        QVERIFY(editor()->problems().isEmpty());
        QVERIFY2(child<QLabel>("schemaStatus")->text().isEmpty(),
                 qPrintable(child<QLabel>("schemaStatus")->text()));
    }

    void shouldOfferOnlyTheRulesTheTypeTakes()
    {
        child<QPushButton>("newFieldButton")->click();
        const char *textual[] = {"fieldMinLength", "fieldMaxLength", "fieldPattern"};
        const char *numeric[] = {"fieldMin", "fieldMax"};
        auto expect = [&](bool text, bool number) {
            for (const char *name : textual)
                QCOMPARE(child<QLineEdit>(name)->isEnabled(), text);
            QCOMPARE(child<QComboBox>("fieldValidation")->isEnabled(), text);
            for (const char *name : numeric) {
                QCOMPARE(child<QLineEdit>(name)->isEnabled(), number);
                QCOMPARE(child<QLineEdit>(name)->toolTip().isEmpty(), number);
            }
        };
        choose("fieldType", QStringLiteral("string"));
        expect(true, false);
        choose("fieldType", QStringLiteral("integer"));
        expect(false, true);
        choose("fieldType", QStringLiteral("number"));
        expect(false, true);
        choose("fieldType", QStringLiteral("boolean"));
        expect(false, false);
        choose("fieldType", QStringLiteral("array"));
        choose("fieldItems", QStringLiteral("integer"));
        expect(false, true);
        choose("fieldItems", QStringLiteral("string"));
        expect(true, false);
        // A bound typed for a number is left behind when the type changes: no refusal for it.
        choose("fieldType", QStringLiteral("integer"));
        type("fieldName", QStringLiteral("left_behind"));
        type("fieldMin", QStringLiteral("3"));
        choose("fieldType", QStringLiteral("string"));
        QVERIFY(!child<QLineEdit>("fieldMin")->isEnabled());
        QVERIFY2(editor()->problems().isEmpty(), qPrintable(editor()->problems()));
        QVERIFY(!m_window->schemaEditor()->form()->definition().contains(QStringLiteral("min")));
        editor()->newField();
    }

    void shouldNameTheAccountWhoseSchemaItShows()
    {
        QVERIFY2(editor()->heading().contains(QLatin1String("Northwind Traders")),
                 qPrintable(editor()->heading()));
    }

    void shouldAskWithTheExactCountBeforeConvertingStoredValues()
    {
        StoreError e;
        const qint64 scores =
            SqliteStore::open(m_file, &e)->countValuesPerField(1).value(QStringLiteral("score"));
        const qint64 theirScores =
            SqliteStore::open(m_file, &e)->countValuesPerField(2).value(QStringLiteral("score"));
        QVERIFY(scores > 0 && theirScores > 0);
        const QString before = TestFiles::dump(m_file);
        editor()->selectField(QStringLiteral("score"));
        choose("fieldType", QStringLiteral("number"));
        m_prompter->confirmAnswer = false;
        m_prompter->confirmations.clear();
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(m_prompter->confirmations.size(), 1);
        const QString question = m_prompter->confirmations.first();
        QVERIFY2(question.contains(QStringLiteral("converts %1 stored value").arg(scores)) &&
                     question.contains(QLatin1String("Northwind Traders")),
                 qPrintable(question));
        QCOMPARE(TestFiles::dump(m_file), before);

        m_prompter->confirmAnswer = true;
        QSignalSpy saved(editor(), &SchemaEditor::saved);
        editor()->selectField(QStringLiteral("score"));
        choose("fieldType", QStringLiteral("number"));
        child<QPushButton>("saveFieldButton")->click();
        QTRY_COMPARE(saved.count(), 1);
        auto store = SqliteStore::open(m_file, &e);
        QCOMPARE(storedField(m_file, QStringLiteral("score"))->type, MetaType::Number);
        // The other account's field and values are its own.
        for (const MetaField &f : store->fields(2)) {
            if (f.name == QLatin1String("score"))
                QCOMPARE(f.type, MetaType::Integer);
        }
        QCOMPARE(store->countValuesPerField(2).value(QStringLiteral("score")), theirScores);
    }

    void shouldDeleteOnlyAfterConfirmationAndWithForce()
    {
        editor()->selectField(QStringLiteral("phone"));
        QTRY_VERIFY(editor()->model()->valueCount(QStringLiteral("phone")) > 0);
        StoreError e;
        const qint64 theirPhones =
            SqliteStore::open(m_file, &e)->countValuesPerField(2).value(QStringLiteral("phone"));
        QVERIFY(theirPhones > 0);
        m_prompter->confirmAnswer = false;
        m_prompter->confirmations.clear();
        child<QPushButton>("deleteFieldButton")->click();
        QTRY_COMPARE(m_prompter->confirmations.size(), 1);
        const qint64 phones = editor()->model()->valueCount(QStringLiteral("phone"));
        QVERIFY2(m_prompter->confirmations.first().contains(
                     QStringLiteral("%1 users of account “Northwind Traders”").arg(phones)) &&
                     m_prompter->confirmations.first().contains(
                         QStringLiteral("its %1 values").arg(phones)),
                 qPrintable(m_prompter->confirmations.first()));
        QVERIFY(storedField(m_file, QStringLiteral("phone")));

        m_prompter->confirmAnswer = true;
        QSignalSpy saved(editor(), &SchemaEditor::saved);
        child<QPushButton>("deleteFieldButton")->click();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!storedField(m_file, QStringLiteral("phone")));
        QVERIFY(!SqliteStore::open(m_file, &e)
                     ->countValuesPerField(1)
                     .contains(QStringLiteral("phone")));
        QCOMPARE(
            SqliteStore::open(m_file, &e)->countValuesPerField(2).value(QStringLiteral("phone")),
            theirPhones);
        QTRY_VERIFY(editor()->model()->rowOf(QStringLiteral("phone")) < 0);
    }

    void shouldShowTheOtherAccountsOwnSchemaWhenSwitching()
    {
        auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("accountPicker"));
        QVERIFY(picker);
        QCOMPARE(picker->count(), 2);
        picker->setCurrentIndex(1);
        QTRY_VERIFY(editor()->heading().contains(QLatin1String("Contoso Partners")));
        // Account 2 still has the field that account 1 deleted.
        QTRY_VERIFY(editor()->model()->rowOf(QStringLiteral("phone")) >= 0);
        QTRY_VERIFY(editor()->model()->valueCount(QStringLiteral("phone")) > 0);
        picker->setCurrentIndex(0);
        QTRY_VERIFY(editor()->heading().contains(QLatin1String("Northwind Traders")));
        QTRY_VERIFY(editor()->model()->isLoaded());
        QVERIFY(editor()->model()->rowOf(QStringLiteral("phone")) < 0);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }
};

QTEST_MAIN(SchemaEditorTest)
#include "test_schema_editor.moc"
