#include "BackendTestMain.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

// PUT /api/ingress/user_meta over HTTP against the real server: the three formats in the three
// encodings (through QNetworkAccessManager and curl), and every refusal with its locations,
// after which the file is read back to show that nothing changed.
class ServerIngressTest : public QObject
{
    Q_OBJECT

public:
    // Null: on a database file; else on a new database in the PostgreSQL cluster.
    explicit ServerIngressTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    const QString kPath = QStringLiteral("/api/ingress/user_meta");

    ApiClient &client() { return m_fixture.client(); }

    QJsonObject valuesOf(qint64 userId)
    {
        const HttpReply r =
            client().get(QStringLiteral("/api/egress/user_meta?user_id=%1").arg(userId));
        return r.json.value(QStringLiteral("users"))
            .toObject()
            .value(QString::number(userId))
            .toObject();
    }

    // Sends a request that must be refused and shows that the file is exactly as before.
    void expectRefused(const std::function<HttpReply()> &send, int status, const char *title,
                       const QStringList &locations)
    {
        const QString before = m_fixture.dump();
        const HttpReply r = send();
        QVERIFY2(r.status == status, qPrintable(r.describe()));
        QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
        QCOMPARE(r.error(), QLatin1String(title));
        for (const QString &location : locations)
            QVERIFY2(r.locations().contains(location),
                     qPrintable(location + QStringLiteral(" missing in ") + r.describe()));
        QCOMPARE(m_fixture.dump(), before);
    }

    HttpReply putJson(const QByteArray &json) { return client().send("PUT", kPath, json); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.setUp(300), qPrintable(m_fixture.error())); }

    void shouldApplyFormat3JsonSentByQNetworkAccessManager()
    {
        const HttpReply r = putJson(R"({"user_id": 3, "field": "score", "value": 42})");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("1 User Meta Field was Updated for 1 User."));
        QCOMPARE(valuesOf(3).value(QStringLiteral("score")).toInteger(), 42);
    }

    void shouldAnswerAnUnchangedWriteWithTheNoUpdateWarning()
    {
        QCOMPARE(putJson(R"({"user_id": "4", "field": "score", "value": "17"})").status, 200);
        const HttpReply again = putJson(R"({"user_id": 4, "field": "score", "value": 17})");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("No User Meta Fields were Updated."));
        QCOMPARE(again.json.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(again.json.value(QStringLiteral("unchanged")).toInt(), 1);
    }

    void shouldApplyFormat1JsonSentByCurl()
    {
        const HttpReply r = client().curl(
            kPath,
            client().curlCredentials() +
                QStringList{
                    QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
                    QStringLiteral("Content-Type: application/json"),
                    QStringLiteral("--data-binary"),
                    QStringLiteral(
                        R"({"users": {"5": {"loyalty_tier": "gold", "newsletter": true}, "6": {"birthday": "1990-02-28", "balance": "12.5"}}})")});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("users")).toInt(), 2);
        QCOMPARE(valuesOf(5).value(QStringLiteral("loyalty_tier")).toString(),
                 QStringLiteral("gold"));
        QCOMPARE(valuesOf(5).value(QStringLiteral("newsletter")).toBool(), true);
        QCOMPARE(valuesOf(6).value(QStringLiteral("birthday")).toString(),
                 QStringLiteral("1990-02-28"));
        QCOMPARE(valuesOf(6).value(QStringLiteral("balance")).toDouble(), 12.5);
    }

    void shouldApplyFormat2UrlencodedSentByCurlWithCredentialParameters()
    {
        // Credentials as the api/apikey parameters of the body; the later duplicate wins.
        // Concatenated, not arg(): the body holds %2C escapes.
        const QString body =
            QStringLiteral("api=") + client().apiId() + QStringLiteral("&apikey=") +
            client().apiKey() +
            QStringLiteral("&fields[0][user_id]=7&fields[0][field]=score&"
                           "fields[0][value]=1&fields[1][user_id]=8&fields[1][field]="
                           "interests&fields[1][value]=%5B%22music%22%2C%22art%22%5D&"
                           "fields[2][user_id]=7&fields[2][field]=score&"
                           "fields[2][value]=99");
        const HttpReply r = client().curl(kPath, {QStringLiteral("-X"), QStringLiteral("PUT"),
                                                  QStringLiteral("--data-binary"), body});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(valuesOf(7).value(QStringLiteral("score")).toInteger(), 99);
        QCOMPARE(valuesOf(8).value(QStringLiteral("interests")).toArray(),
                 (QJsonArray{QStringLiteral("music"), QStringLiteral("art")}));
    }

    void shouldApplyFormat3MultipartSentByCurlWithQueryCredentials()
    {
        const HttpReply r = client().curl(
            kPath +
                QStringLiteral("?api_id=%1&api_key=%2").arg(client().apiId(), client().apiKey()),
            {QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-F"),
             QStringLiteral("user_id=9"), QStringLiteral("-F"), QStringLiteral("field=last_login"),
             QStringLiteral("-F"), QStringLiteral("value=2024-03-01T10:00:00+02:00")});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(valuesOf(9).value(QStringLiteral("last_login")).toString(),
                 QStringLiteral("2024-03-01T08:00:00Z"));
        // The key never shows up in the access log, even though it was in the query string.
        QVERIFY(!m_fixture.server().log().contains(client().apiKey()));
        QVERIFY(m_fixture.server().log().contains(QLatin1String("api_key=REDACTED")));
    }

    void shouldClearAValueSentAsNull()
    {
        QCOMPARE(putJson(R"({"user_id": 10, "field": "score", "value": 5})").status, 200);
        const HttpReply r =
            putJson(R"({"fields": [{"user_id": 10, "field": "score", "value": null}]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("updated")).toInt(), 1);
        QVERIFY(!valuesOf(10).contains(QStringLiteral("score")));
    }

    void shouldRefuseTwoFormatsAsIncorrectFormat()
    {
        expectRefused(
            [&] {
                return putJson(
                    R"({"users": {"1": {"score": 1}}, "fields": [{"user_id": 1, "field": "score", "value": 2}]})");
            },
            400, "Incorrect Format", {QStringLiteral("users"), QStringLiteral("fields")});
        expectRefused([&] { return putJson(R"({"something": 1})"); }, 400, "Incorrect Format",
                      {QString()});
    }

    void shouldRefuseEmptyOrIncompleteDataAsMissingData()
    {
        expectRefused([&] { return putJson(R"({"fields": []})"); }, 400, "Missing Data",
                      {QStringLiteral("fields")});
        expectRefused([&] { return putJson(R"({"users": {}})"); }, 400, "Missing Data",
                      {QStringLiteral("users")});
        expectRefused([&] { return putJson(R"({"user_id": 1, "field": "score"})"); }, 400,
                      "Missing Data", {QStringLiteral("value")});
        expectRefused(
            [&] {
                return putJson(
                    R"({"fields": [{"user_id": 1, "field": "score", "value": 3}, {"user_id": 2, "value": 4}]})");
            },
            400, "Missing Data", {QStringLiteral("fields.1.field")});
    }

    void shouldListEveryProblemUnderTheFirstClassOfError()
    {
        // Unknown user, unknown field and a bad value in one request: all are listed, the title
        // names the first class (4.2), and the good entry is not written either.
        expectRefused(
            [&] {
                return putJson(R"({"fields": [{"user_id": 11, "field": "score", "value": 50},
                                              {"user_id": 999999, "field": "score", "value": 1},
                                              {"user_id": 12, "field": "favorite_color", "value": "red"},
                                              {"user_id": 13, "field": "score", "value": "abc"}]})");
            },
            400, "Invalid Users",
            {QStringLiteral("fields.1.user_id"), QStringLiteral("fields.2.field"),
             QStringLiteral("fields.3.value")});
    }

    void shouldRefuseUnknownFieldsAsInvalidFields()
    {
        expectRefused(
            [&] { return putJson(R"({"users": {"14": {"favorite_color": "red", "score": 3}}})"); },
            400, "Invalid Fields", {QStringLiteral("users.14.favorite_color")});
    }

    void shouldRefuseValuesThatDoNotFitAsInvalidValues()
    {
        expectRefused(
            [&] {
                return putJson(
                    R"({"fields": [{"user_id": 15, "field": "score", "value": 101}, {"user_id": 15, "field": "birthday", "value": "2023-02-30"}]})");
            },
            400, "Invalid Values",
            {QStringLiteral("fields.0.value"), QStringLiteral("fields.1.value")});
        expectRefused(
            [&] {
                return putJson(
                    R"({"user_id": 15, "field": "support_email", "value": "not an address"})");
            },
            400, "Invalid Values", {QStringLiteral("value")});
    }

    void shouldRefuseMalformedIdsTogetherWithTheOtherProblems()
    {
        expectRefused(
            [&] { return putJson(R"({"users": {"abc": {"score": 1}, "16": {"nope": 1}}})"); }, 400,
            "Invalid Users", {QStringLiteral("users.abc"), QStringLiteral("users.16.nope")});
    }

    void shouldRefuseAnotherMediaTypeWith415()
    {
        expectRefused([&] { return client().send("PUT", kPath, "user_id=1", "text/plain"); }, 415,
                      "Unsupported Media Type", {});
    }

    void shouldStorePlainTextAsItCameAndRefuseWhatTheRulesRefuse()
    {
        // A string field with no rule but its length takes text from the body's bytes
        // (ValueValidator::acceptsAsItIs); what it stores must be what check() would have, and
        // a length counted in characters, not bytes.
        const HttpReply field =
            client().send("PUT", QStringLiteral("/api/ingress/user_meta/fields"),
                          R"({"fields": {"plain_note": {"type": "string", "max_length": 5}}})");
        QVERIFY2(field.status == 200, qPrintable(field.describe()));
        // (Plain string literals: moc failed on this body written as a raw one.)
        const HttpReply r = putJson("{\"users\": {\"5\": {\"plain_note\": \"grüße\"}, "
                                    "\"6\": {\"plain_note\": \"\\ufeffabc\"}, "
                                    "\"7\": {\"plain_note\": 42}, "
                                    "\"8\": {\"plain_note\": \"a\\\"b\"}}}");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("updated")).toInt(), 4);
        const QString note = QStringLiteral("plain_note");
        QCOMPARE(valuesOf(5).value(note), QJsonValue(QString::fromUtf8("grüße")));
        QCOMPARE(valuesOf(6).value(note),
                 QJsonValue(QString(QChar(0xFEFF)) + QStringLiteral("abc")));
        QCOMPARE(valuesOf(7).value(note), QJsonValue(QStringLiteral("42")));
        QCOMPARE(valuesOf(8).value(note), QJsonValue(QStringLiteral("a\"b")));
        // The number went through check() ("42"); the same text sent as text is stored as it
        // came: the two must be the same value to the database.
        const HttpReply same = putJson(R"({"user_id": 7, "field": "plain_note", "value": "42"})");
        QVERIFY2(same.status == 200, qPrintable(same.describe()));
        QCOMPARE(same.json.value(QStringLiteral("unchanged")).toInt(), 1);
        expectRefused(
            [this] {
                return putJson(R"({"user_id": 5, "field": "plain_note", "value": "grüßen"})");
            },
            400, "Invalid Values", {QStringLiteral("value")});
        const HttpReply refused =
            putJson(R"({"user_id": 5, "field": "plain_note", "value": "grüßen"})");
        QCOMPARE(refused.json.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("message")),
                 QJsonValue(QString::fromUtf8("'grüßen' is longer than the maximum length of 5")));
    }

    void shouldRefuseBrokenJsonSayingWhere()
    {
        expectRefused([&] { return putJson(R"({"user_id": 1, "field": )"); }, 400, "Bad Request",
                      {QString()});
    }

    void shouldRefuseMoreThan100000EntriesAsTooManyEntries()
    {
        QByteArray body = "{\"fields\":[";
        for (int i = 0; i <= 100000; ++i) {
            if (i > 0)
                body += ',';
            body += "{\"user_id\":" + QByteArray::number(1 + i % 300) +
                    ",\"field\":\"score\",\"value\":" + QByteArray::number(i % 100) + '}';
        }
        body += "]}";
        QVERIFY(body.size() < 16 * 1024 * 1024);
        expectRefused([&] { return putJson(body); }, 413, "Too Many Entries",
                      {QStringLiteral("fields")});
    }

    void shouldRefuseABodyOverTheLimitAsPayloadTooLarge()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray chunk(1024 * 1024, ' ');
        file.write("{\"user_id\":1,\"field\":\"score\",\"value\":1");
        for (int i = 0; i < 17; ++i)
            file.write(chunk);
        file.write("}");
        file.close();
        expectRefused(
            [&] {
                return client().curl(
                    kPath, client().curlCredentials() +
                               QStringList{QStringLiteral("-X"), QStringLiteral("PUT"),
                                           QStringLiteral("-H"),
                                           QStringLiteral("Content-Type: application/json"),
                                           QStringLiteral("--data-binary"),
                                           QLatin1Char('@') + file.fileName()});
            },
            413, "Payload Too Large", {});
    }
};

METADESK_BACKEND_TEST_MAIN(ServerIngressTest)
#include "test_server_ingress.moc"
