// Test data is written as plain ASCII literals; product code keeps this cast off (tr() only).
#undef QT_NO_CAST_FROM_ASCII

#include "CrymboDouble.h"
#include "TargetJobRunner.h"
#include "connectors/CrymboSendJob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The real Crymbo client against a double of its usersMeta: login, key structure, find,
// update by id or create; faults included. The double's (user_id, key) values are compared
// cell by cell afterwards.
class CrymboSendTest : public QObject
{
    Q_OBJECT

    using State = QHash<QPair<QString, QString>, QJsonValue>;
    std::unique_ptr<CrymboDouble> m_double;

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = field;
        e.value = value;
        return e;
    }
    static QJsonObject structure()
    {
        return {{"EXTERNAL_DEPOSIT_WEBHOOKS", QJsonObject{{"DATA_TYPE", "ARRAY"},
                                                          {"ARRAY_TYPE", "string[]"},
                                                          {"VALIDATION", "url"}}},
                {"SOME_USER_API_CREDS", QJsonObject{{"DATA_TYPE", "STRING"}}},
                {"JSON_EXAMPLE", QJsonObject{{"DATA_TYPE", "JSON"},
                                             {"DATA_STRUCTURE", QJsonObject{{"key", "value"}}}}}};
    }
    static QList<MetaEdit> edits()
    {
        return {edit(1, "SOME_USER_API_CREDS", "new"),
                edit(1, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"https://a.example/hook"}),
                edit(2, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"not a url"}),
                edit(2, "JSON_EXAMPLE", QJsonObject{{"k", "v"}}), edit(2, "UNKNOWN", "x")};
    }
    std::unique_ptr<CrymboSendJob> job(const QString &secret = "key-1\nsecret-1")
    {
        TargetSettings s;
        s.kind = TargetKind::Crymbo;
        s.baseUrl = m_double->url();
        s.crymboUsername = "admin";
        return std::make_unique<CrymboSendJob>(
            s, secret, edits(), RemoteIdMap::byField("crymbo_id", {{1, "Y0Zu"}, {2, "K1hQ"}}),
            TargetJobRunner::fastOptions());
    }
    static State before() { return {{{"Y0Zu", "SOME_USER_API_CREDS"}, "old"}}; }
    static State allLanded()
    {
        return {{{"Y0Zu", "SOME_USER_API_CREDS"}, "new"},
                {{"Y0Zu", "EXTERNAL_DEPOSIT_WEBHOOKS"}, QJsonArray{"https://a.example/hook"}},
                {{"K1hQ", "JSON_EXAMPLE"}, QJsonObject{{"k", "v"}}}};
    }
    static const QStringList &allOutcomes()
    {
        static const QStringList list{"0 landed", "1 landed", "2 not landed", "3 landed",
                                      "4 not landed"};
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_double = std::make_unique<CrymboDouble>("key-1", "secret-1", "admin", structure());
        QVERIFY(m_double->listen());
        m_double->put("Y0Zu", "SOME_USER_API_CREDS", "old");
    }

    void logsInChecksTheStructureAndUpdatesOrCreates()
    {
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()), allOutcomes());
        QVERIFY(j->report().rows.at(2).reason.contains("web address"));
        QVERIFY(j->report().rows.at(4).reason.contains("no key \"UNKNOWN\""));
        QCOMPARE(m_double->state(), allLanded());
        QStringList calls;
        for (const FakeRequest &r : m_double->requests())
            calls << QString::fromLatin1(r.method + ' ' + r.path());
        QCOMPARE(calls, (QStringList{"POST /auth/login", "GET /usersMeta/structure",
                                     "GET /usersMeta/user/Y0Zu/key/SOME_USER_API_CREDS",
                                     "PUT /usersMeta/K1hQ1",
                                     "GET /usersMeta/user/Y0Zu/key/EXTERNAL_DEPOSIT_WEBHOOKS",
                                     "POST /usersMeta", "GET /usersMeta/user/K1hQ/key/JSON_EXAMPLE",
                                     "POST /usersMeta"}));
        const FakeRequest &login = m_double->requests().at(0);
        QCOMPARE(
            QJsonDocument::fromJson(login.body).object(),
            (QJsonObject{{"api_key", "key-1"}, {"api_secret", "secret-1"}, {"username", "admin"}}));
        QCOMPARE(m_double->requests().at(3).header("Authorization"), QByteArray("Bearer tok1"));
        QCOMPARE(
            QJsonDocument::fromJson(m_double->requests().at(3).body).object(),
            (QJsonObject{{"user_id", "Y0Zu"}, {"key", "SOME_USER_API_CREDS"}, {"value", "new"}}));
    }

    void logsInAgainOnceOn401()
    {
        m_double->faults().add({"PUT", {}, DoubleFaults::Kind::Status, 401, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()), allOutcomes());
        QCOMPARE(m_double->logins(), 2);
        QCOMPARE(m_double->state(), allLanded());
    }

    void a401AfterANewLoginStops()
    {
        m_double->faults().add({"PUT", {}, DoubleFaults::Kind::Status, 401, {}, 2});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 not landed", "1 not landed", "2 not landed", "3 not landed",
                              "4 not landed"}));
        QCOMPARE(j->report().error.kind, ClientError::Kind::Authentication);
        QCOMPARE(m_double->logins(), 2);
        QCOMPARE(m_double->state(), before());
    }

    void anOldTokenIsRenewedBeforeUse()
    {
        auto j = job();
        j->setTokenLife(0); // every token is too old at once
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()), allOutcomes());
        // One login per request that needs the token (structure, 3 finds, 3 writes).
        QCOMPARE(m_double->logins(), 7);
        QCOMPARE(m_double->state(), allLanded());
    }

    void refusedLoginChangesNothing()
    {
        auto j = job("key-1\nwrong");
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().error.kind, ClientError::Kind::Authentication);
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 0);
        QVERIFY(!j->report().rows.at(0).reason.contains("wrong"));
        QCOMPARE(m_double->requests().size(), 1);
        QCOMPARE(m_double->state(), before());
    }

    void aLostCreateAnswerIsLookedUpNotCreatedTwice()
    {
        m_double->faults().add(
            {"POST", "/usersMeta", DoubleFaults::Kind::DropAfterActing, 0, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()), allOutcomes());
        QVERIFY(j->report().rows.at(1).reason.contains("Confirmed by reading it back"));
        QCOMPARE(m_double->state(), allLanded());
        int creates = 0;
        for (const FakeRequest &r : m_double->requests())
            creates += r.method == "POST" && r.path() == "/usersMeta" ? 1 : 0;
        QCOMPARE(creates, 2);
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        m_double->faults().add({"PUT", {}, DoubleFaults::Kind::Status, 429, "1", 1});
        auto j = job();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(TargetJobRunner::run(*j));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(TargetJobRunner::outcomes(j->report()), allOutcomes());
        QCOMPARE(m_double->state(), allLanded());
    }

    void serverErrorOnAnUpdateIsUncertainAndStops()
    {
        m_double->faults().add({"PUT", {}, DoubleFaults::Kind::Status, 500, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 uncertain", "1 not landed", "2 not landed", "3 not landed",
                              "4 not landed"}));
        QVERIFY(j->report().rows.at(1).reason.contains("earlier request failed"));
        QCOMPARE(m_double->state(), before());
    }
};

QTEST_GUILESS_MAIN(CrymboSendTest)
#include "test_crymbo_send.moc"
