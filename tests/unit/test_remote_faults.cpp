#include "FakeHttpServer.h"
#include "StoreFixture.h"
#include "store/HttpCall.h"
#include "store/RemoteApplyJob.h"
#include "store/RemoteStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// RemoteStore against a scripted server: the faults a real server rarely makes on cue.
class RemoteFaultsTest : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kKey = "fault-test-key-0123456789abcdef";

    static RemoteOptions quickOptions()
    {
        RemoteOptions o;
        o.transferTimeoutMs = 400;
        o.backoffBaseMs = 10;
        o.backoffCapMs = 40;
        o.maxAttempts = 3;
        return o;
    }

    static std::unique_ptr<RemoteStore> storeFor(const QUrl &url,
                                                 const RemoteOptions &options = quickOptions())
    {
        RemoteConnection c;
        c.baseUrl = url;
        c.apiId = QStringLiteral("fault-id");
        c.apiKey = QLatin1String(kKey);
        return std::make_unique<RemoteStore>(c, options);
    }

    static EditSet twoEdits()
    {
        EditSet edits;
        edits.metaEdits = {MetaEdit{1, QStringLiteral("score"), 5, -1},
                           MetaEdit{2, QStringLiteral("score"), 6, -1}};
        return edits;
    }

    static EditSet oneGroupAdd()
    {
        EditSet edits;
        edits.groupOperations = {{GroupOperation::Kind::Add, {1, 2}, {GroupRef::byId(10)}}};
        return edits;
    }

    // Applies and returns the report plus the edits whose outcome is unknown.
    struct Outcome
    {
        ApplyReport report;
        QList<MetaEdit> uncertain;
        QList<GroupOperation> uncertainGroups;
    };
    static Outcome run(RemoteStore &store, const EditSet &edits)
    {
        auto *job = qobject_cast<RemoteApplyJob *>(store.apply(1, edits));
        Q_ASSERT(job);
        QSignalSpy finished(job, &ApplyJob::finished);
        if (!job->isFinished())
            finished.wait(60000);
        Outcome o{job->report(), job->uncertainEdits(), job->uncertainGroupOperations()};
        delete job;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSendCredentialsOnlyAsHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::metaSuccess(2));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QVERIFY2(o.report.complete(), qPrintable(o.report.error.text));
        QCOMPARE(server.requests().size(), 1);
        const FakeRequest &r = server.requests().first();
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.path(), QByteArray("/api/ingress/user_meta"));
        QCOMPARE(r.header("tld-api-id"), QByteArray("fault-id"));
        QCOMPARE(r.header("tld-api-key"), QByteArray(kKey));
        QVERIFY(!r.target.contains(kKey));
        QVERIFY(!r.body.contains(kKey));
        QCOMPARE(o.report.landed.size(), 2);
        QCOMPARE(o.report.updated, 2);
    }

    void shouldNotRetryServerErrorAndStop()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(500, R"({"error":"Internal Server Error"})"));
        RemoteOptions options = quickOptions();
        options.maxEntriesPerRequest = 1; // two requests, parallelism 1: the second is not sent
        options.parallelism = 1;
        auto store = storeFor(server.url(), options);
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(o.report.landed.size(), 0);
        QCOMPARE(o.report.notLanded.size(), 2);
        QVERIFY2(o.report.error.text.contains(QLatin1String("500")),
                 qPrintable(o.report.error.text));
        QVERIFY(o.uncertain.isEmpty());
        QVERIFY2(o.report.notLanded.at(1).reason.contains(QLatin1String("Not sent")),
                 qPrintable(o.report.notLanded.at(1).reason));
        // Neither edit was refused for itself: both cells stay plainly pending, not "Refused".
        QVERIFY(!o.report.notLanded.at(0).ownFault);
        QVERIFY(!o.report.notLanded.at(1).ownFault);
    }

    void shouldRetryAfter503AndLand()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeResponse::json(503, R"({"error":"Service Unavailable"})"));
        server.setFallback(FakeResponse::metaSuccess(2));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QVERIFY2(o.report.complete(), qPrintable(o.report.error.text));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(o.report.landed.size(), 2);
    }

    void shouldWaitForRetryAfterOn429()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse tooMany = FakeResponse::json(429, R"({"error":"Too Many Requests"})");
        tooMany.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server.enqueue(tooMany);
        server.setFallback(FakeResponse::metaSuccess(2));
        auto store = storeFor(server.url());
        QElapsedTimer timer;
        timer.start();
        const Outcome o = run(*store, twoEdits());
        QVERIFY2(o.report.complete(), qPrintable(o.report.error.text));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void shouldNeverRetryOtherClientErrors()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(
            400,
            R"({"error":"Invalid Values","errors":[{"location":"users.2.score","message":"'x' is not an integer"}]})"));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(o.report.notLanded.size(), 2);
        QVERIFY(o.uncertain.isEmpty());
        QCOMPARE(o.report.notLanded.at(1).edit.userId, 2);
        QCOMPARE(o.report.notLanded.at(1).reason, QStringLiteral("'x' is not an integer"));
        QVERIFY2(o.report.notLanded.at(0).reason.contains(QLatin1String("other edits")),
                 qPrintable(o.report.notLanded.at(0).reason));
    }

    void shouldGiveUpOnHangingServerAfterTimeouts()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse hang;
        hang.action = FakeResponse::Action::Hang;
        server.setFallback(hang);
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(server.requests().size(), 3); // maxAttempts: a PUT is retried
        QCOMPARE(o.report.notLanded.size(), 2);
        QCOMPARE(o.uncertain.size(), 2); // the server may have written them
        QVERIFY2(o.report.error.text.contains(QLatin1String("did not answer")),
                 qPrintable(o.report.error.text));
    }

    void shouldReportConnectionClosedMidResponse()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse broken = FakeResponse::metaSuccess(2);
        broken.action = FakeResponse::Action::CloseMidBody;
        server.setFallback(broken);
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(o.report.landed.size(), 0);
        QCOMPARE(o.uncertain.size(), 2);
        QVERIFY(o.report.error.isError());
    }

    void shouldRecoverWhenARetryAnswers()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse dropped;
        dropped.action = FakeResponse::Action::CloseImmediately;
        server.enqueue(dropped);
        server.setFallback(FakeResponse::metaSuccess(2));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QVERIFY2(o.report.complete(), qPrintable(o.report.error.text));
        QCOMPARE(o.report.landed.size(), 2);
    }

    void shouldRefuseMalformedJson()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(200, "{\"message\": \"6 User Meta"));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(o.report.landed.size(), 0);
        QCOMPARE(o.uncertain.size(), 2);
        QVERIFY2(o.report.error.text.contains(QLatin1String("JSON")),
                 qPrintable(o.report.error.text));
        // Reads fail cleanly too.
        const auto users = waitFor<UserPage>(
            [&](QObject *c, auto done) { store->fetchUsers(1, {}, 0, 10, c, done); });
        QVERIFY(!users.ok());
    }

    // Value pages are read into flat trees (answerAsTree); whatever the answer, the values are
    // what QJsonDocument makes of it: the last of repeated keys, JSON the strict reader leaves
    // to Qt (a key escaped beyond U+DFFF, deep nesting), and a clear refusal of broken JSON.
    void shouldReadValuePagesAsQtReadsThem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QString deep;
        for (int i = 0; i < 70; ++i)
            deep += QLatin1Char('[');
        deep += QLatin1Char('1');
        for (int i = 0; i < 70; ++i)
            deep += QLatin1Char(']');
        // Single quotes stand for double ones.
        const auto json = [](QByteArray text) { return text.replace('\'', '"'); };
        QTest::newRow("plain") << json("{'users': {'1': {'color': 'red', 'size': 10, 'ok': true, "
                                       "'ratio': 1.5, 'tags': ['a', 'b']}, '2': {'note': "
                                       "'Gr\\u00fc\\u00dfe \\'x\\''}}, 'next': null}");
        QTest::newRow("repeated keys")
            << json("{'users': {'1': {'a': 1, 'a': 2}, '2': {'b': 'x'}, '1': {'c': 3}}, "
                    "'next': null}");
        QTest::newRow("key beyond U+DFFF")
            << json("{'users': {'1': {'\\ue000k': 1, 'k': 2}}, 'next': null}");
        QTest::newRow("deep") << json("{'users': {'1': {'j': " + deep.toUtf8() +
                                      "}}, 'next': null}");
        QTest::newRow("user not an object")
            << json("{'users': {'1': 5, '2': {'a': null}}, 'next': null}");
    }
    void shouldReadValuePagesAsQtReadsThem()
    {
        QFETCH(QByteArray, body);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(200, body));
        auto store = storeFor(server.url());
        const auto values = waitFor<QHash<qint64, QJsonObject>>([&](QObject *c, auto done) {
            store->fetchMetaValues(1, {1, 2}, {}, c, done);
        });
        QVERIFY2(values.ok(), qPrintable(values.errorText()));
        QHash<qint64, QJsonObject> expected;
        const QJsonObject users =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("users")).toObject();
        for (auto it = users.begin(); it != users.end(); ++it)
            expected.insert(it.key().toLongLong(), it.value().toObject());
        QCOMPARE(values.value, expected);
        QVERIFY(!expected.isEmpty());
    }

    void shouldRefuseBrokenValuePages()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(200, "{\"users\": {\"1\": {\"a\": 1"));
        auto store = storeFor(server.url());
        const auto pages = waitFor<MetaValuePages>(
            [&](QObject *c, auto done) { store->fetchMetaValuePages(1, {1}, {}, c, done); });
        QVERIFY(!pages.ok());
        QVERIFY2(pages.errorText().contains(QLatin1String("JSON")), qPrintable(pages.errorText()));
    }

    void shouldRefuseWrongContentType()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse html = FakeResponse::json(200, "<html><body>Welcome</body></html>");
        html.contentType = "text/html; charset=utf-8";
        server.setFallback(html);
        auto store = storeFor(server.url());
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, auto done) { store->fetchAccounts(c, done); });
        QVERIFY(!accounts.ok());
        QVERIFY2(accounts.errorText().contains(QLatin1String("text/html")),
                 qPrintable(accounts.errorText()));
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(o.report.landed.size(), 0);
        QVERIFY2(o.report.error.text.contains(QLatin1String("text/html")),
                 qPrintable(o.report.error.text));
    }

    void shouldExplainWrongCredentials()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(FakeResponse::json(401, R"({"error":"Invalid API Credentials"})"));
        auto store = storeFor(server.url());
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, auto done) { store->fetchAccounts(c, done); });
        QVERIFY(!accounts.ok());
        QCOMPARE(accounts.error.kind, ClientError::Kind::Authentication);
        QVERIFY2(accounts.errorText().contains(QLatin1String("401")),
                 qPrintable(accounts.errorText()));
        QVERIFY2(accounts.errorText().contains(QLatin1String("Invalid API Credentials")),
                 qPrintable(accounts.errorText()));
        QCOMPARE(server.requests().size(), 1);
    }

    void shouldReportServerThatIsNotThere()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close(); // nothing listens there now
        auto store = storeFor(url);
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, auto done) { store->fetchAccounts(c, done); });
        QVERIFY(!accounts.ok());
        QCOMPARE(accounts.error.kind, ClientError::Kind::Network);
        QVERIFY2(accounts.errorText().contains(QLatin1String("refused")),
                 qPrintable(accounts.errorText()));
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(o.report.notLanded.size(), 2);
        QVERIFY(o.uncertain.isEmpty()); // never connected: certainly not written
    }

    void shouldNotRetryGroupAddWhoseOutcomeIsUnknown()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse dropped;
        dropped.action = FakeResponse::Action::CloseImmediately;
        server.setFallback(dropped);
        auto store = storeFor(server.url());
        EditSet edits = oneGroupAdd();
        edits.groupOperations.append({GroupOperation::Kind::Remove, {1}, {GroupRef::byId(10)}});
        const Outcome o = run(*store, edits);
        QCOMPARE(server.requests().size(), 1); // a POST is not sent twice, the DELETE not at all
        QCOMPARE(o.report.groupResults.size(), 2);
        QVERIFY(!o.report.groupResults.at(0).landed);
        QVERIFY(!o.report.groupResults.at(1).landed);
        QCOMPARE(o.uncertainGroups.size(), 1);
        QVERIFY2(o.report.groupResults.at(1).message.contains(QLatin1String("Not sent")),
                 qPrintable(o.report.groupResults.at(1).message));
    }

    void shouldRetryGroupAddThatWasRefusedWith503()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(FakeResponse::json(503, R"({"error":"Service Unavailable"})"));
        server.setFallback(FakeResponse::json(
            200, R"({"message":"2 User Groups were Added for 2 Users.","added":2})"));
        auto store = storeFor(server.url());
        const Outcome o = run(*store, oneGroupAdd());
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(o.report.complete());
        QCOMPARE(o.report.groupResults.first().message,
                 QStringLiteral("2 User Groups were Added for 2 Users."));
    }

    void shouldRefuseRedirectToAnotherHost()
    {
        FakeHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse redirect = FakeResponse::json(307, "{}");
        // Another port is another origin: the key must not follow.
        redirect.headers.append(
            {"Location", elsewhere.url().toString().toLatin1() + "/api/ingress/user_meta"});
        server.setFallback(redirect);
        auto store = storeFor(server.url());
        const Outcome o = run(*store, twoEdits());
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(o.report.landed.size(), 0);
        QVERIFY2(o.report.error.text.contains(QLatin1String("redirect")),
                 qPrintable(o.report.error.text));
    }

    void shouldAllowRedirectsOnlyWithinTheSameOrigin()
    {
        const QUrl https(QStringLiteral("https://crm.example.com/api/egress/users"));
        QVERIFY(HttpCall::redirectAllowed(
            https, QUrl(QStringLiteral("https://crm.example.com:443/api/egress/users/"))));
        QVERIFY(!HttpCall::redirectAllowed(
            https, QUrl(QStringLiteral("http://crm.example.com/api/egress/users"))));
        QVERIFY(!HttpCall::redirectAllowed(
            https, QUrl(QStringLiteral("https://evil.example.com/api/egress/users"))));
        QVERIFY(!HttpCall::redirectAllowed(https,
                                           QUrl(QStringLiteral("https://crm.example.com:8443/x"))));
    }

    void shouldReadRetryAfter()
    {
        QCOMPARE(HttpCall::retryAfterMs("3"), 3000);
        QCOMPARE(HttpCall::retryAfterMs(""), -1);
        QCOMPARE(HttpCall::retryAfterMs("soon"), -1);
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        const qint64 ms = HttpCall::retryAfterMs(date);
        QVERIFY2(ms > 25000 && ms <= 30000, qPrintable(QString::number(ms)));
    }

    void shouldWarnAboutPlainHttpToOtherHosts()
    {
        QVERIFY(!RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("http://crm.example.com")))
                     .isEmpty());
        QVERIFY(!RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("http://192.168.1.20:8080")))
                     .isEmpty());
        QVERIFY(RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("https://crm.example.com")))
                    .isEmpty());
        QVERIFY(RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("http://127.0.0.1:8080")))
                    .isEmpty());
        QVERIFY(
            RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(
            RemoteStore::insecureUrlWarning(QUrl(QStringLiteral("http://localhost"))).isEmpty());
        QVERIFY(!RemoteStore::urlProblem(QUrl(QStringLiteral("ftp://crm.example.com"))).isEmpty());
        QVERIFY(!RemoteStore::urlProblem(QUrl(QStringLiteral("https://id:key@crm.example.com")))
                     .isEmpty());
        QVERIFY(RemoteStore::urlProblem(QUrl(QStringLiteral("https://crm.example.com"))).isEmpty());
    }

    void shouldCancelAndReportExactlyWhatLanded()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse slow = FakeResponse::metaSuccess(1);
        slow.delayMs = 150;
        server.setFallback(slow);
        RemoteOptions options = quickOptions();
        options.maxEntriesPerRequest = 1;
        options.parallelism = 2;
        options.transferTimeoutMs = 5000;
        auto store = storeFor(server.url(), options);
        EditSet edits;
        for (int u = 1; u <= 20; ++u)
            edits.metaEdits.append(MetaEdit{u, QStringLiteral("score"), u, -1});
        auto *job = store->apply(1, edits);
        QSignalSpy progress(job, &ApplyJob::progress);
        connect(job, &ApplyJob::progress, job, [job](qint64 done, qint64) {
            if (done >= 3)
                job->cancel();
        });
        const ApplyReport report = waitForApply(job);
        QVERIFY(report.cancelled);
        // Requests on the wire were waited for: what the server answered is what landed.
        QCOMPARE(report.landed.size(), server.requests().size());
        QVERIFY(report.landed.size() >= 3 && report.landed.size() < 20);
        QCOMPARE(report.landed.size() + report.notLanded.size(), 20);
        for (const auto &f : report.notLanded)
            QVERIFY2(f.reason.contains(QLatin1String("Cancelled")), qPrintable(f.reason));
    }

    void shouldRefuseAnotherAccount()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        // The server names the key's account; from then on another account is refused here.
        server.enqueue(FakeResponse::json(200, R"({"id":1,"name":"Northwind Traders","users":5})"));
        auto store = storeFor(server.url());
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, auto done) { store->fetchAccounts(c, done); });
        QVERIFY2(accounts.ok(), qPrintable(accounts.errorText()));
        QCOMPARE(accounts.value.first().name, QStringLiteral("Northwind Traders"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path(), QByteArray("/api/egress/account"));
        const ApplyReport report = waitForApply(store->apply(2, twoEdits()));
        QCOMPARE(report.notLanded.size(), 2);
        QVERIFY(report.error.isError());
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(RemoteFaultsTest)
#include "test_remote_faults.moc"
