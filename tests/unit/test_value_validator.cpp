#include "payload/ValueValidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every type and rule of docs/API.md 5.3 and 8, accepted and refused, with the message asserted.
class TestValueValidator : public QObject
{
    Q_OBJECT

    static MetaField field(const char *definition)
    {
        return MetaField::fromJson(QStringLiteral("f"),
                                   QJsonDocument::fromJson(definition).object());
    }
    // Values are written as JSON text; wrapping lets a scalar be parsed.
    static QJsonValue json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
    }

private Q_SLOTS:
    void shouldAcceptAndType_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("typed");
        const auto row = [](const char *name, const char *def, const char *raw, const char *typed) {
            QTest::newRow(name) << QByteArray(def) << QByteArray(raw) << QByteArray(typed);
        };
        row("string", "{\"type\":\"string\"}", "\"red\"", "\"red\"");
        row("string unicode", "{\"type\":\"string\"}", "\"grün 😀\"", "\"grün 😀\"");
        row("string from integer", "{\"type\":\"string\"}", "42", "\"42\"");
        row("string from decimal", "{\"type\":\"string\"}", "1.5", "\"1.5\"");
        row("integer", "{\"type\":\"integer\"}", "42", "42");
        row("integer from string", "{\"type\":\"integer\"}", "\"-17\"", "-17");
        row("integer max 64-bit", "{\"type\":\"integer\"}", "\"9223372036854775807\"",
            "9223372036854775807");
        row("integer min 64-bit", "{\"type\":\"integer\"}", "\"-9223372036854775808\"",
            "-9223372036854775808");
        row("number", "{\"type\":\"number\"}", "1.25", "1.25");
        row("number from string", "{\"type\":\"number\"}", "\"-2.5e3\"", "-2500");
        row("number integer string", "{\"type\":\"number\"}", "\"7\"", "7");
        row("boolean true", "{\"type\":\"boolean\"}", "true", "true");
        row("boolean 0", "{\"type\":\"boolean\"}", "0", "false");
        row("boolean string true", "{\"type\":\"boolean\"}", "\"true\"", "true");
        row("boolean string 0", "{\"type\":\"boolean\"}", "\"0\"", "false");
        row("date", "{\"type\":\"date\"}", "\"2024-02-29\"", "\"2024-02-29\"");
        row("datetime Z", "{\"type\":\"datetime\"}", "\"2024-05-01T12:00:00Z\"",
            "\"2024-05-01T12:00:00Z\"");
        row("datetime offset", "{\"type\":\"datetime\"}", "\"2024-05-01T02:30:00+02:00\"",
            "\"2024-05-01T00:30:00Z\"");
        row("datetime negative offset crosses day", "{\"type\":\"datetime\"}",
            "\"2024-12-31T23:00-05:00\"", "\"2025-01-01T04:00:00Z\"");
        row("datetime millis", "{\"type\":\"datetime\"}", "\"2024-05-01T12:00:00.5Z\"",
            "\"2024-05-01T12:00:00.500Z\"");
        row("datetime compact offset", "{\"type\":\"datetime\"}", "\"2024-05-01T12:00:00+0130\"",
            "\"2024-05-01T10:30:00Z\"");
        row("array", "{\"type\":\"array\",\"items\":\"integer\"}", "[1,\"2\"]", "[1,2]");
        row("array from string", "{\"type\":\"array\"}", "\"[\\\"a\\\",\\\"b\\\"]\"",
            "[\"a\",\"b\"]");
        row("array options per item", "{\"type\":\"array\",\"options\":[\"x\",\"y\"]}",
            "[\"y\",\"x\"]", "[\"y\",\"x\"]");
        row("json object", "{\"type\":\"json\"}", "{\"a\":1}", "{\"a\":1}");
        row("json array from string", "{\"type\":\"json\"}", "\"[1,2]\"", "[1,2]");
        row("url", "{\"type\":\"string\",\"validation\":\"url\"}", "\"https://example.com/a?b=1\"",
            "\"https://example.com/a?b=1\"");
        row("email", "{\"type\":\"string\",\"validation\":\"email\"}", "\"ada.l+x@example.com\"",
            "\"ada.l+x@example.com\"");
        row("email quoted local part", "{\"type\":\"string\",\"validation\":\"email\"}",
            "\"\\\"a b\\\"@example.com\"", "\"\\\"a b\\\"@example.com\"");
        row("pattern", "{\"type\":\"string\",\"pattern\":\"[A-Z]{3}\"}", "\"ABC\"", "\"ABC\"");
        row("min_length", "{\"type\":\"string\",\"min_length\":2}", "\"ab\"", "\"ab\"");
        row("max_length counts characters", "{\"type\":\"string\",\"max_length\":2}", "\"😀😀\"",
            "\"😀😀\"");
        row("min max", "{\"type\":\"integer\",\"min\":1,\"max\":10}", "10", "10");
        row("options", "{\"type\":\"string\",\"options\":[\"bronze\",\"silver\",\"gold\"]}",
            "\"gold\"", "\"gold\"");
        row("integer options from string", "{\"type\":\"integer\",\"options\":[1,2]}", "\"2\"",
            "2");
    }
    void shouldAcceptAndType()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, typed);
        const ValueCheck c = ValueValidator::check(field(definition), json(raw));
        QVERIFY2(c.ok, qPrintable(c.message));
        QCOMPARE(c.value, json(typed));
        QCOMPARE(c.value.type(), json(typed).type());
    }

    void shouldRefuseWithMessage_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *def, const char *raw, const char *msg) {
            QTest::newRow(name) << QByteArray(def) << QByteArray(raw) << QString::fromUtf8(msg);
        };
        row("string from boolean", "{\"type\":\"string\"}", "true", "true is not text");
        row("integer text", "{\"type\":\"integer\"}", "\"abc\"", "'abc' is not an integer");
        row("integer fraction", "{\"type\":\"integer\"}", "1.5", "1.5 is not an integer");
        row("integer fraction string", "{\"type\":\"integer\"}", "\"1.5\"",
            "'1.5' is not an integer");
        row("integer overflow string", "{\"type\":\"integer\"}", "\"9223372036854775808\"",
            "'9223372036854775808' is outside the 64-bit integer range");
        row("integer overflow number", "{\"type\":\"integer\"}", "1e19",
            "1e+19 is outside the 64-bit integer range");
        row("integer with spaces", "{\"type\":\"integer\"}", "\" 1\"", "' 1' is not an integer");
        row("number text", "{\"type\":\"number\"}", "\"1,5\"", "'1,5' is not a number");
        row("number infinite text", "{\"type\":\"number\"}", "\"inf\"", "'inf' is not a number");
        row("number overflow text", "{\"type\":\"number\"}", "\"1e999\"",
            "'1e999' is outside the range of numbers");
        row("boolean yes", "{\"type\":\"boolean\"}", "\"yes\"",
            "'yes' is not a boolean (use true, false, 1 or 0)");
        row("boolean 2", "{\"type\":\"boolean\"}", "2",
            "2 is not a boolean (use true, false, 1 or 0)");
        row("date shape", "{\"type\":\"date\"}", "\"01.02.2024\"",
            "'01.02.2024' is not a date (YYYY-MM-DD)");
        row("date not real", "{\"type\":\"date\"}", "\"2023-02-29\"",
            "'2023-02-29' is not a real calendar date");
        row("datetime without zone", "{\"type\":\"datetime\"}", "\"2024-05-01T12:00:00\"",
            "'2024-05-01T12:00:00' has no time zone: add Z or an offset such as +02:00");
        row("datetime garbage", "{\"type\":\"datetime\"}", "\"yesterday\"",
            "'yesterday' is not an ISO 8601 date and time (e.g. 2024-05-01T12:00:00Z)");
        row("datetime hour 25", "{\"type\":\"datetime\"}", "\"2024-05-01T25:00:00Z\"",
            "'2024-05-01T25:00:00Z' is not a real time of day");
        row("datetime bad date", "{\"type\":\"datetime\"}", "\"2024-13-01T10:00:00Z\"",
            "'2024-13-01T10:00:00Z' is not a real calendar date");
        row("array not json", "{\"type\":\"array\"}", "\"a,b\"", "'a,b' is not a JSON array");
        row("array object", "{\"type\":\"array\"}", "{\"a\":1}", "an object is not an array");
        row("array item type", "{\"type\":\"array\",\"items\":\"integer\"}", "[1,\"abc\"]",
            "item 2 of 2: 'abc' is not an integer");
        row("array empty item", "{\"type\":\"array\"}", "[\"a\",\"\"]",
            "item 2 of 2: an empty value is not allowed");
        row("array item option", "{\"type\":\"array\",\"options\":[\"x\"]}", "[\"z\"]",
            "item 1 of 1: 'z' must be one of: x");
        row("json scalar", "{\"type\":\"json\"}", "5", "5 is not a JSON object or array");
        row("json bad text", "{\"type\":\"json\"}", "\"{a}\"",
            "'{a}' is not a JSON object or array");
        row("url relative", "{\"type\":\"string\",\"validation\":\"url\"}", "\"/a/b\"",
            "'/a/b' is not an absolute http(s) URL");
        row("url ftp", "{\"type\":\"string\",\"validation\":\"url\"}", "\"ftp://example.com\"",
            "'ftp://example.com' is not an absolute http(s) URL");
        row("url space", "{\"type\":\"string\",\"validation\":\"url\"}", "\"http://exa mple.com\"",
            "'http://exa mple.com' is not an absolute http(s) URL");
        row("email no at", "{\"type\":\"string\",\"validation\":\"email\"}", "\"ada.example.com\"",
            "'ada.example.com' is not an email address");
        row("email double dot", "{\"type\":\"string\",\"validation\":\"email\"}",
            "\"a..b@example.com\"", "'a..b@example.com' is not an email address");
        row("pattern whole value", "{\"type\":\"string\",\"pattern\":\"[A-Z]{3}\"}", "\"ABCD\"",
            "'ABCD' does not match the pattern [A-Z]{3}");
        row("min_length", "{\"type\":\"string\",\"min_length\":3}", "\"ab\"",
            "'ab' is shorter than the minimum length of 3");
        row("max_length", "{\"type\":\"string\",\"max_length\":1}", "\"ab\"",
            "'ab' is longer than the maximum length of 1");
        row("min", "{\"type\":\"number\",\"min\":0.5}", "0.25",
            "0.25 is less than the minimum 0.5");
        row("max", "{\"type\":\"integer\",\"max\":10}", "\"11\"", "11 is more than the maximum 10");
        row("options", "{\"type\":\"string\",\"options\":[\"bronze\",\"silver\",\"gold\"]}",
            "\"platinum\"", "'platinum' must be one of: bronze, silver, gold");
    }
    void shouldRefuseWithMessage()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QByteArray, raw);
        QFETCH(QString, message);
        const ValueCheck c = ValueValidator::check(field(definition), json(raw));
        QVERIFY(!c.ok);
        QCOMPARE(c.message, message);
    }

    void shouldApplyDefaultMaxLength()
    {
        const MetaField f = field("{\"type\":\"string\"}");
        QVERIFY(ValueValidator::check(f, QString(2048, QLatin1Char('x'))).ok);
        const ValueCheck c = ValueValidator::check(f, QString(2049, QLatin1Char('x')));
        QVERIFY(!c.ok);
        QVERIFY(c.message.endsWith(QStringLiteral("is longer than the maximum length of 2048")));
    }

    void shouldAcceptTextAsItIsOnlyWhereCheckKeepsIt_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asItIs");
        const QString umlauts(1000, QChar(0x00FC));                 // 2 bytes a character
        const QString faces = QString::fromUtf8("😀").repeated(600); // 4 bytes, 2 UTF-16 units
        const auto row = [](const char *name, const char *def, const QString &text, bool asItIs) {
            QTest::newRow(name) << QByteArray(def) << text << asItIs;
        };
        const char *plain = "{\"type\":\"string\"}";
        row("plain", plain, QStringLiteral("red"), true);
        row("at the default maximum", plain, QString(2048, QLatin1Char('x')), true);
        row("over the default maximum", plain, QString(2049, QLatin1Char('x')), false);
        row("more bytes than the maximum, fewer characters", plain, umlauts + umlauts, true);
        row("more characters than the maximum", plain,
            umlauts + umlauts + QString(49, QLatin1Char('x')), false);
        row("four-byte characters within the maximum", plain, faces, true);
        row("four-byte characters over a maximum", "{\"type\":\"string\",\"max_length\":599}",
            faces, false);
        row("within a minimum", "{\"type\":\"string\",\"min_length\":3}", QString::fromUtf8("äöü"),
            true);
        row("under a minimum in characters", "{\"type\":\"string\",\"min_length\":4}",
            QString::fromUtf8("äöü"), false); // 6 bytes, 3 characters
        row("pattern", "{\"type\":\"string\",\"pattern\":\"r.d\"}", QStringLiteral("red"), false);
        row("email", "{\"type\":\"string\",\"validation\":\"email\"}", QStringLiteral("a@b.org"),
            false);
        row("options", "{\"type\":\"string\",\"options\":[\"red\"]}", QStringLiteral("red"), false);
        row("date", "{\"type\":\"date\"}", QStringLiteral("2026-12-01"), false);
        row("integer", "{\"type\":\"integer\"}", QStringLiteral("5"), false);
        row("mark first", plain, QString(QChar(0xFEFF)) + QStringLiteral("red"), true);
    }

    void shouldAcceptTextAsItIsOnlyWhereCheckKeepsIt()
    {
        // A server stores such text from the request's bytes without check(): it must be exactly
        // what check() would accept and store.
        QFETCH(QByteArray, definition);
        QFETCH(QString, text);
        QFETCH(bool, asItIs);
        const MetaField f = field(definition);
        QCOMPARE(ValueValidator::acceptsAsItIs(f, text.toUtf8()), asItIs);
        if (asItIs) {
            const ValueCheck c = ValueValidator::check(f, text);
            QVERIFY(c.ok);
            QCOMPARE(c.value, QJsonValue(text));
        }
    }

    void shouldRefuseEmailLongerThan320()
    {
        const MetaField f =
            field("{\"type\":\"string\",\"validation\":\"email\",\"max_length\":1000}");
        const QString local(64, QLatin1Char('a'));
        QString domain;
        while (domain.size() < 300)
            domain += QStringLiteral("abcdefghij.");
        domain += QStringLiteral("com");
        const ValueCheck c = ValueValidator::check(f, QString(local + QLatin1Char('@') + domain));
        QVERIFY(!c.ok);
        QVERIFY(c.message.endsWith(
            QStringLiteral("is longer than the 320 characters an email address may have")));
    }

    void shouldReportBrokenPatternInsteadOfMatching()
    {
        MetaField f = field("{\"type\":\"string\"}");
        f.pattern = QStringLiteral("([a-z");
        const ValueCheck c = ValueValidator::check(f, QStringLiteral("abc"));
        QVERIFY(!c.ok);
        QCOMPARE(c.message,
                 QStringLiteral("the field's pattern '([a-z' is not a valid regular expression"));
    }

    void shouldReuseCompiledPatternAcrossManyChecks()
    {
        const MetaField f = field("{\"type\":\"string\",\"pattern\":\"u[0-9]+\"}");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20000; ++i)
            QVERIFY(ValueValidator::check(f, QStringLiteral("u%1").arg(i)).ok);
        // Compiling the pattern each time would take far longer than this under any build.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestValueValidator)
#include "test_value_validator.moc"
