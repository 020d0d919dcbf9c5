#include "exchange/EditImport.h"
#include "exchange/UserColumns.h"

#include <QJsonObject>
#include <QTest>

// Issue 13 (10): an edit import reads a users export's meta fields, and knows the columns of the
// users' own record by the same names the export writes (UserColumns).
class EditImportTest : public QObject
{
    Q_OBJECT

    static QList<MetaField> fields()
    {
        return {
            MetaField::fromJson(QStringLiteral("score"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}),
            MetaField::fromJson(QStringLiteral("email"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}})};
    }

private Q_SLOTS:
    void shouldReadPastTheRecordColumnsOfAUsersExport()
    {
        // The header as the exporter writes it, then one meta field.
        const QString header =
            (UserColumns::header() << QStringLiteral("score")).join(QLatin1Char(','));
        const QString text = header + QStringLiteral("\n7,Ada,Lovelace,ada@example.org,active,"
                                                     "\"VIP, Sales\",42\n");
        const ImportResult result = EditImport::read(text, fields(), {7});
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.layout, ImportResult::Layout::Wide);
        QCOMPARE(result.recordColumns, UserColumns::recordColumns());
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.badCount(), 0);
        QCOMPARE(result.rows.first().field, QStringLiteral("score"));
        QCOMPARE(result.rows.first().value.toInteger(), 42);
    }

    void shouldTellTheRecordsEmailFromAMetaFieldNamedEmail()
    {
        // An export of an account with a meta field "email": the record's email comes first.
        const QString exported =
            (UserColumns::header() << QStringLiteral("email")).join(QLatin1Char(',')) +
            QStringLiteral("\n7,Ada,Lovelace,ada@example.org,active,,ada@work.example\n");
        ImportResult result = EditImport::read(exported, fields(), {7});
        QCOMPARE(result.recordColumns, UserColumns::recordColumns());
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().field, QStringLiteral("email"));
        QCOMPARE(result.rows.first().text, QStringLiteral("ada@work.example"));
        QVERIFY(result.rows.first().ok());

        // A sheet of its own: "email" is the account's meta field, "status" the record's.
        result = EditImport::read(
            QStringLiteral("user_id,status,email\n7,active,ada@work.example\n"), fields(), {7});
        QCOMPARE(result.recordColumns, QStringList{QStringLiteral("status")});
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().field, QStringLiteral("email"));
        QVERIFY(result.rows.first().ok());
    }

    void shouldSayARecordColumnInLongFormIsNoMetaField()
    {
        const ImportResult result = EditImport::read(
            QStringLiteral("user_id,field,value\n7,first_name,Ada\n7,colour,red\n"),
            {fields().first()}, {7});
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).problem,
                 QStringLiteral("'first_name' is a column of the user's own record, not a meta "
                                "field; it is not imported"));
        QCOMPARE(result.rows.at(1).problem, QStringLiteral("Unknown meta field 'colour'"));
    }
};

QTEST_GUILESS_MAIN(EditImportTest)
#include "test_edit_import.moc"
