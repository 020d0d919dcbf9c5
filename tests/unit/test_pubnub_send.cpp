// Test data is written as plain ASCII literals; product code keeps this cast off (tr() only).
#undef QT_NO_CAST_FROM_ASCII

#include "PubNubDouble.h"
#include "TargetJobRunner.h"
#include "connectors/PubNubSendJob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The real PubNub App Context client against a double that does what the document says: custom
// replaced whole, If-Match, 412, unknown names ignored; faults included. The double's custom
// objects are compared cell by cell afterwards.
class PubNubSendTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<PubNubDouble> m_double;

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = field;
        e.value = value;
        return e;
    }
    // Users 1 and 2 are u-1 and u-2 in PubNub (the field "pn_uuid"); user 3 has no uuid.
    static RemoteIdMap ids()
    {
        return RemoteIdMap::byField("pn_uuid", {{1, "u-1"}, {2, "u-2"}, {3, QJsonValue()}});
    }
    static QList<MetaEdit> edits()
    {
        return {edit(1, "plan", "gold"), edit(1, "old", QJsonValue()),
                edit(2, "plan", "gold"), edit(2, "tags", QJsonArray{"a"}),
                edit(3, "plan", "gold"), edit(1, "seats", 3)};
    }
    std::unique_ptr<PubNubSendJob> job(const QString &auth = "pam-token")
    {
        TargetSettings s;
        s.kind = TargetKind::PubNub;
        s.baseUrl = m_double->url();
        s.pubNubSubscribeKey = "sub-c-1";
        return std::make_unique<PubNubSendJob>(s, auth, edits(), ids(),
                                               TargetJobRunner::fastOptions());
    }
    QJsonObject custom(const QString &uuid) const { return m_double->state().value(uuid).custom; }
    int patches() const
    {
        int n = 0;
        for (const FakeRequest &r : m_double->requests())
            n += r.method == "PATCH" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_double = std::make_unique<PubNubDouble>("sub-c-1", "pam-token");
        QVERIFY(m_double->listen());
        m_double->put("u-1", {{"plan", "free"}, {"old", 1}, {"keep", true}});
    }

    void readsMergesAndSetsWithTheETag()
    {
        const QString eTag = m_double->state().value("u-1").eTag;
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 landed", "1 landed", "2 landed", "3 not landed", "4 not landed",
                              "5 landed"}));
        QVERIFY(j->report().rows.at(3).reason.contains("scalars"));
        QVERIFY(j->report().rows.at(4).reason.contains("\"pn_uuid\" is empty"));
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "gold"}, {"keep", true}, {"seats", 3}}));
        QCOMPARE(custom("u-2"), (QJsonObject{{"plan", "gold"}}));
        QCOMPARE(m_double->state().size(), 2);
        // GET u-1, PATCH u-1 (If-Match: the eTag read), GET u-2 (404), PATCH u-2 (no eTag).
        const QList<FakeRequest> &r = m_double->requests();
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0).method, QByteArray("GET"));
        QCOMPARE(r.at(0).target,
                 QByteArray("/v2/objects/sub-c-1/uuids/u-1?include=custom&auth=pam-token"));
        QCOMPARE(r.at(1).method, QByteArray("PATCH"));
        QCOMPARE(r.at(1).header("If-Match"), eTag.toUtf8());
        QCOMPARE(r.at(1).header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(
            QJsonDocument::fromJson(r.at(1).body).object(),
            (QJsonObject{{"custom", QJsonObject{{"plan", "gold"}, {"keep", true}, {"seats", 3}}}}));
        QCOMPARE(r.at(3).header("If-Match"), QByteArray());
    }

    void changedSinceReadIsAConflictNotAnOverwrite()
    {
        m_double->changeAfterNextRead("u-1", "plan", "platinum");
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 conflict", "1 conflict", "2 landed", "3 not landed",
                              "4 not landed", "5 conflict"}));
        const TargetSendReport::Row &row = j->report().rows.at(0);
        QVERIFY(row.reason.contains("Changed in PubNub"));
        QCOMPARE(row.current, std::optional<QJsonValue>(QJsonValue("platinum")));
        QCOMPARE(j->report().rows.at(5).current,
                 std::optional<QJsonValue>(QJsonValue(QJsonValue::Undefined)));
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "platinum"}, {"old", 1}, {"keep", true}}));
        QCOMPARE(custom("u-2"), (QJsonObject{{"plan", "gold"}}));
    }

    void aFieldPubNubDidNotKeepIsReported()
    {
        m_double->ignoreCustomKey("seats");
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().rows.at(5).outcome, TargetSendReport::Outcome::NotLanded);
        QVERIFY(j->report().rows.at(5).reason.contains("did not keep"));
        QCOMPARE(j->report().rows.at(0).outcome, TargetSendReport::Outcome::Landed);
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "gold"}, {"keep", true}}));
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        m_double->faults().add({"PATCH", {}, DoubleFaults::Kind::Status, 429, "1", 1});
        auto j = job();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(TargetJobRunner::run(*j));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 4);
        QCOMPARE(patches(), 3);
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "gold"}, {"keep", true}, {"seats", 3}}));
    }

    void aLostAnswerIsReadBackNotSentAgain()
    {
        m_double->faults().add({"PATCH", "u-1", DoubleFaults::Kind::DropAfterActing, 0, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().rows.at(0).outcome, TargetSendReport::Outcome::Landed);
        QVERIFY(j->report().rows.at(0).reason.contains("Confirmed by reading it back"));
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 4);
        QCOMPARE(patches(), 2); // never sent twice
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "gold"}, {"keep", true}, {"seats", 3}}));
    }

    void aServerErrorIsReadBackToTell()
    {
        m_double->faults().add({"PATCH", "u-1", DoubleFaults::Kind::Status, 500, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 not landed", "1 not landed", "2 landed", "3 not landed",
                              "4 not landed", "5 not landed"}));
        QVERIFY(j->report().rows.at(0).reason.contains("reading it back shows"));
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "free"}, {"old", 1}, {"keep", true}}));
        QCOMPARE(custom("u-2"), (QJsonObject{{"plan", "gold"}}));
    }

    void refusedAuthStopsAndChangesNothing()
    {
        auto j = job("wrong");
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 0);
        QCOMPARE(j->report().error.kind, ClientError::Kind::Authentication);
        QCOMPARE(m_double->requests().size(), 1);
        QCOMPARE(custom("u-1"), (QJsonObject{{"plan", "free"}, {"old", 1}, {"keep", true}}));
        QVERIFY(!m_double->state().contains("u-2"));
    }

    void droppedBeforeAnAnswerOnAReadIsRetried()
    {
        m_double->faults().add({"GET", {}, DoubleFaults::Kind::DropBeforeActing, 0, {}, 1});
        auto j = job();
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 4);
        QCOMPARE(custom("u-2"), (QJsonObject{{"plan", "gold"}}));
    }
};

QTEST_GUILESS_MAIN(PubNubSendTest)
#include "test_pubnub_send.moc"
