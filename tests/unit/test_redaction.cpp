#include "FakeHttpServer.h"
#include "StoreFixture.h"
#include "secrets/Redactor.h"
#include "store/RemoteStore.h"

#include <QLoggingCategory>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("s3cr3t-KEY-4f9a2b7c1d8e");
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}
} // namespace

// Logs never contain a key: headers, query strings, bodies (JSON, urlencoded, multipart), and
// everything RemoteStore writes to its log.
class RedactionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecogniseEverySecretNameInAnyCase()
    {
        for (const char *name : {"tld-api-key", "TLD-API-KEY", "Tld-Api-Key", "api_key", "API_KEY",
                                 "apikey", "ApiKey", "api_key[]"})
            QVERIFY2(Redactor::isSecretName(QString::fromLatin1(name)), name);
        for (const char *name : {"tld-api-id", "api_id", "api", "key", "monkey", "apikeys"})
            QVERIFY2(!Redactor::isSecretName(QString::fromLatin1(name)), name);
    }

    void shouldRedactTheOtherSystemsCredentials()
    {
        // User.com's and Crymbo's Authorization header, PubNub's auth parameter, Crymbo's
        // login body.
        for (const char *name : {"Authorization", "authorization", "auth", "api_secret"})
            QVERIFY2(Redactor::isSecretName(QString::fromLatin1(name)), name);
        QCOMPARE(Redactor::header("Authorization", "Token " + kKey.toUtf8()), QByteArray("***"));
        const QString url = Redactor::url(
            QUrl(QStringLiteral("https://ps.pndsn.com/v2/objects/s/uuids/u?include=custom&auth=") +
                 kKey));
        QVERIFY2(!url.contains(kKey), qPrintable(url));
        QVERIFY(url.contains(QLatin1String("include=custom")));
        const QString body = Redactor::text(QStringLiteral("{\"api_key\":\"k\",\"api_secret\":\"") +
                                            kKey + QStringLiteral("\",\"username\":\"admin\"}"));
        QVERIFY2(!body.contains(kKey), qPrintable(body));
        QVERIFY(body.contains(QLatin1String("admin")));
        QVERIFY(!Redactor::text(QStringLiteral("Authorization: Bearer ") + kKey).contains(kKey));
        QVERIFY(Redactor::text(QStringLiteral("author: Ada")).contains(QLatin1String("Ada")));
    }

    void shouldRedactHeaders()
    {
        QCOMPARE(Redactor::header("TLD-API-KEY", kKey.toUtf8()), QByteArray("***"));
        QCOMPARE(Redactor::header("tld-api-id", "id-1"), QByteArray("id-1"));
        const QString line = Redactor::text(QStringLiteral("tld-api-id: 7\r\nTld-Api-Key: ") +
                                            kKey + QStringLiteral("\r\nAccept: */*"));
        QVERIFY(!line.contains(kKey));
        QVERIFY(line.contains(QLatin1String("tld-api-id: 7")));
        QVERIFY(line.contains(QLatin1String("Accept: */*")));
    }

    void shouldRedactQueryStrings()
    {
        const QUrl url(
            QStringLiteral("https://crm.example.com/api/egress/users?api_id=7&API_KEY=") + kKey +
            QStringLiteral("&apikey=") + kKey + QStringLiteral("&api%5Fkey=") + kKey +
            QStringLiteral("&q=ada"));
        const QString redacted = Redactor::url(url);
        QVERIFY2(!redacted.contains(kKey), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("api_id=7")));
        QVERIFY(redacted.contains(QLatin1String("q=ada")));
        QVERIFY(!Redactor::text(url.toString()).contains(kKey));
    }

    void shouldRedactBodies()
    {
        const QByteArray key = kKey.toUtf8();
        const QByteArray json = "{\"api_id\":\"7\",\"ApiKey\":\"" + key +
                                "\",\"nested\":{\"tld-api-key\":\"" + key +
                                "\"},\"users\":{\"1\":{\"score\":5}}}";
        QByteArray redacted = Redactor::body(json, "application/json; charset=utf-8");
        QVERIFY2(!redacted.contains(key), redacted.constData());
        QVERIFY(redacted.contains("\"score\":5"));
        // Broken JSON still loses its key.
        redacted =
            Redactor::body("{\"api_key\": \"" + key + "\", \"users\": {", "application/json");
        QVERIFY2(!redacted.contains(key), redacted.constData());

        const QByteArray form =
            "api_id=7&api_key=" + key + "&users%5B1%5D%5Bscore%5D=5&APIKEY=" + key;
        redacted = Redactor::body(form, "application/x-www-form-urlencoded");
        QVERIFY2(!redacted.contains(key), redacted.constData());
        QVERIFY(redacted.contains("users%5B1%5D%5Bscore%5D=5"));

        const QByteArray multipart =
            "--b0undary\r\nContent-Disposition: form-data; name=\"api_id\"\r\n\r\n7\r\n"
            "--b0undary\r\nContent-Disposition: form-data; name=\"Api_Key\"\r\n\r\n" +
            key +
            "\r\n"
            "--b0undary\r\nContent-Disposition: form-data; "
            "name=\"users[1][score]\"\r\n\r\n5\r\n--b0undary--\r\n";
        redacted = Redactor::body(multipart, "multipart/form-data; boundary=b0undary");
        QVERIFY2(!redacted.contains(key), redacted.constData());
        QVERIFY(redacted.contains("name=\"users[1][score]\"\r\n\r\n5"));
    }

    void shouldScrubKnownKeysAnywhere()
    {
        Redactor r;
        r.addSecret(kKey);
        const QString text = QStringLiteral("server said: unknown token ") + kKey +
                             QStringLiteral(" / ") +
                             QString::fromLatin1(QUrl::toPercentEncoding(kKey));
        QVERIFY(!r.scrub(text).contains(kKey));
    }

    void shouldKeepKeysOutOfRemoteStoreLogs()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(
            400, "{\"error\":\"Invalid "
                 "Values\",\"errors\":[{\"location\":\"users.1.score\",\"message\":\"bad\"}]}"));
        RemoteConnection c;
        c.baseUrl = server.url();
        c.apiId = QStringLiteral("id-7");
        c.apiKey = kKey;
        RemoteOptions options;
        options.transferTimeoutMs = 2000;
        RemoteStore store(c, options);

        QLoggingCategory::setFilterRules(QStringLiteral("metadesk.remote.debug=true"));
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        EditSet edits;
        edits.metaEdits = {MetaEdit{1, QStringLiteral("score"), 5, -1}};
        waitForApply(store.apply(1, edits));
        waitFor<UserPage>([&](QObject *ctx, auto done) {
            store.fetchUsers(1, UserQuery::matching(QStringLiteral("ada")), 0, 10, ctx, done);
        });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(captured.size() >= 4, qPrintable(captured.join(QLatin1Char('\n'))));
        const QString all = captured.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("tld-api-key: ***")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("tld-api-id: id-7")), qPrintable(all));
        QVERIFY2(!all.contains(kKey), qPrintable(all));
        // The key did go to the server, in its header.
        QCOMPARE(server.requests().first().header("tld-api-key"), kKey.toUtf8());
    }
};

QTEST_GUILESS_MAIN(RedactionTest)
#include "test_redaction.moc"
