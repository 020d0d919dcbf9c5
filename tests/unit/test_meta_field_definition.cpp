#include "payload/MetaFieldDefinitionParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Definitions from outside are checked with every problem at its location (docs/API.md 8).
class TestMetaFieldDefinition : public QObject
{
    Q_OBJECT

    static MetaFieldDefinition parse(const char *json, const QString &name = QStringLiteral("f"))
    {
        const QJsonDocument d = QJsonDocument::fromJson(json);
        return MetaFieldDefinitionParser::parse(
            name, d.isObject() ? QJsonValue(d.object()) : QJsonValue(QString::fromUtf8(json)),
            QStringLiteral("fields.") + name);
    }

private Q_SLOTS:
    void shouldReadTheContractExample()
    {
        const MetaFieldDefinition d =
            parse("{\"type\": \"array\", \"label\": \"Deposit webhooks\", \"description\": "
                  "\"Called on every deposit\", "
                  "\"items\": \"string\", \"validation\": \"url\", \"pattern\": \"^https:\", "
                  "\"min_length\": 1, "
                  "\"max_length\": 2048, \"options\": [], \"group\": \"Integrations\"} ");
        QVERIFY2(d.ok(), qPrintable(d.errors.value(0).message));
        QCOMPARE(d.field.type, MetaType::Array);
        QCOMPARE(d.field.items, MetaType::String);
        QCOMPARE(d.field.validation, MetaField::Validation::Url);
        QCOMPARE(d.field.label, QStringLiteral("Deposit webhooks"));
        QCOMPARE(d.field.group, QStringLiteral("Integrations"));
        QCOMPARE(d.field.minLength, std::optional<qint64>(1));
    }

    void shouldReadNumericRulesAndOptions()
    {
        const MetaFieldDefinition d =
            parse("{\"type\":\"integer\",\"min\":0,\"max\":100,\"options\":[1,\"2\",3]}");
        QVERIFY2(d.ok(), qPrintable(d.errors.value(0).message));
        QCOMPARE(*d.field.max, 100.0);
    }

    void shouldReportEveryProblemWithLocation_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *def, const char *loc, const char *msg) {
            QTest::newRow(name) << QByteArray(def) << QString::fromUtf8(loc)
                                << QString::fromUtf8(msg);
        };
        row("not an object", "[1]", "fields.f", "a field definition must be an object");
        row("missing type", "{\"label\":\"x\"}", "fields.f.type",
            "a field definition needs a type (one of: string, integer, number, boolean, date, "
            "datetime, array, json)");
        row("unknown type", "{\"type\":\"colour\"}", "fields.f.type",
            "unknown type 'colour' (use one of: string, integer, number, boolean, date, datetime, "
            "array, json)");
        row("items not scalar", "{\"type\":\"array\",\"items\":\"json\"}", "fields.f.items",
            "array items must be a scalar type, not 'json'");
        row("items on a string", "{\"type\":\"string\",\"items\":\"integer\"}", "fields.f.items",
            "items is only allowed for array fields");
        row("bad regex", "{\"type\":\"string\",\"pattern\":\"([a-z\"}", "fields.f.pattern",
            "'([a-z' is not a valid regular expression: missing terminating ] for character class "
            "at offset 5");
        row("min greater than max", "{\"type\":\"number\",\"min\":5,\"max\":1}", "fields.f.min",
            "min 5 is greater than max 1");
        row("min_length greater than max_length",
            "{\"type\":\"string\",\"min_length\":5,\"max_length\":4}", "fields.f.min_length",
            "min_length 5 is greater than max_length 4");
        row("min_length over default max", "{\"type\":\"string\",\"min_length\":3000}",
            "fields.f.min_length", "min_length 3000 is greater than max_length 2048");
        row("negative length", "{\"type\":\"string\",\"max_length\":-1}", "fields.f.max_length",
            "must not be negative");
        row("fractional length", "{\"type\":\"string\",\"max_length\":1.5}", "fields.f.max_length",
            "must be a whole number");
        row("unknown validation", "{\"type\":\"string\",\"validation\":\"phone\"}",
            "fields.f.validation", "unknown validation 'phone' (use url or email)");
        row("validation on integer", "{\"type\":\"integer\",\"validation\":\"url\"}",
            "fields.f.validation", "validation only applies to string values");
        row("min on string", "{\"type\":\"string\",\"min\":1}", "fields.f.min",
            "min and max only apply to integer and number values");
        row("option not an integer", "{\"type\":\"integer\",\"options\":[1,\"x\"]}",
            "fields.f.options.1", "'x' is not an integer");
        row("option breaks pattern",
            "{\"type\":\"string\",\"pattern\":\"[a-z]+\",\"options\":[\"ok\",\"NO\"]}",
            "fields.f.options.1", "'NO' does not match the pattern [a-z]+");
        row("option of array item type",
            "{\"type\":\"array\",\"items\":\"boolean\",\"options\":[\"maybe\"]}",
            "fields.f.options.0", "'maybe' is not a boolean (use true, false, 1 or 0)");
        row("options not a list", "{\"type\":\"string\",\"options\":\"a,b\"}", "fields.f.options",
            "options must be an array");
        row("unknown key", "{\"type\":\"string\",\"colour\":\"red\"}", "fields.f.colour",
            "unknown key 'colour'");
        row("label not text", "{\"type\":\"string\",\"label\":5}", "fields.f.label",
            "must be text");
    }
    void shouldReportEveryProblemWithLocation()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const MetaFieldDefinition d = parse(definition);
        QVERIFY(!d.ok());
        QCOMPARE(d.errors.first().location, location);
        QCOMPARE(d.errors.first().message, message);
    }

    void shouldListAllProblemsNotJustTheFirst()
    {
        const MetaFieldDefinition d =
            parse("{\"type\":\"string\",\"max_length\":-1,\"validation\":\"x\",\"pattern\":\"(\"}");
        QCOMPARE(d.errors.size(), 3);
    }

    void shouldCheckFieldNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain") << QStringLiteral("favorite_color") << QString();
        QTest::newRow("dots dashes digits") << QStringLiteral("a.b-c_9") << QString();
        QTest::newRow("255 chars") << QString(255, QLatin1Char('a')) << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("a field name must not be empty");
        QTest::newRow("256 chars")
            << QString(256, QLatin1Char('a'))
            << QStringLiteral("a field name may have at most 255 characters");
        QTest::newRow("space") << QStringLiteral("a b")
                               << QStringLiteral("' ' is not allowed in a field name (use "
                                                 "letters, digits, _, - and .)");
        QTest::newRow("bracket") << QStringLiteral("a[0]")
                                 << QStringLiteral("'[' is not allowed in a field name (use "
                                                   "letters, digits, _, - and .)");
    }
    void shouldCheckFieldNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QCOMPARE(MetaFieldDefinitionParser::fieldNameProblem(name), problem);
    }

    void shouldReportBadNameAtTheDefinition()
    {
        const MetaFieldDefinition d = parse("{\"type\":\"string\"}", QStringLiteral("a b"));
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors.first().location, QStringLiteral("fields.a b"));
    }

    void shouldRoundTripThroughMetaFieldJson()
    {
        const MetaFieldDefinition d = parse("{\"type\":\"string\",\"label\":\"Tier\",\"options\":["
                                            "\"bronze\",\"silver\"],\"max_length\":10}");
        QVERIFY(d.ok());
        QCOMPARE(MetaField::fromJson(QStringLiteral("f"), d.field.toJson()), d.field);
    }
};

QTEST_GUILESS_MAIN(TestMetaFieldDefinition)
#include "test_meta_field_definition.moc"
