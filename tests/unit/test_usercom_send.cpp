// Test data is written as plain ASCII literals; product code keeps this cast off (tr() only).
#undef QT_NO_CAST_FROM_ASCII

#include "TargetJobRunner.h"
#include "UserComDouble.h"
#include "connectors/UserComSendJob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The real User.com client against a double that does what User.com's document says, faults
// included; the double's users and attributes are compared cell by cell afterwards.
class UserComSendTest : public QObject
{
    Q_OBJECT

    const QString m_token = QString(64, QLatin1Char('t'));
    std::unique_ptr<UserComDouble> m_double;

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = field;
        e.value = value;
        return e;
    }
    TargetSettings settings(int chunk = 100) const
    {
        TargetSettings s;
        s.kind = TargetKind::UserCom;
        s.baseUrl = m_double->url();
        s.userComChunkSize = chunk;
        return s;
    }
    static QList<MetaEdit> edits()
    {
        return {edit(10, "plan", "gold"), edit(15, "plan", "gold"), edit(22, "plan", "silver"),
                edit(10, "seats", 5), edit(15, "score", 2.5)};
    }
    // The state every test that lands everything expects.
    static QHash<qint64, QJsonObject> allLanded()
    {
        return {{10, {{"plan", "gold"}, {"seats", 5}}},
                {15, {{"plan", "gold"}}},
                {22, {{"plan", "silver"}}},
                {23, {}}};
    }
    std::unique_ptr<UserComSendJob> job(const QString &token, int chunk = 100)
    {
        return std::make_unique<UserComSendJob>(settings(chunk), token, edits(), QList<MetaField>(),
                                                RemoteIdMap::byUserId(),
                                                TargetJobRunner::fastOptions());
    }

private Q_SLOTS:
    void init()
    {
        m_double = std::make_unique<UserComDouble>(m_token, QList<qint64>{10, 15, 22, 23});
        QVERIFY(m_double->listen());
    }

    void landsGroupedUpdates()
    {
        auto j = job(m_token);
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 landed", "1 landed", "2 landed", "3 landed", "4 not landed"}));
        QVERIFY(j->report().rows.at(4).reason.contains("whole numbers"));
        QCOMPARE(m_double->state(), allLanded());
        const QList<FakeRequest> &requests = m_double->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).header("Authorization"), "Token " + m_token.toUtf8());
        QCOMPARE(
            QJsonDocument::fromJson(requests.at(0).body).object(),
            (QJsonObject{{"ids", QJsonArray{10, 15}}, {"attribute", "plan"}, {"value", "gold"}}));
        QVERIFY(!j->report().error.isError());
    }

    void chunksAndPutWhenTheProfileSaysSo()
    {
        TargetSettings s = settings(1);
        s.userComMethod = "PUT";
        UserComSendJob j(s, m_token, edits(), {}, RemoteIdMap::byUserId(),
                         TargetJobRunner::fastOptions());
        QVERIFY(TargetJobRunner::run(j));
        QCOMPARE(m_double->requests().size(), 4);
        for (const FakeRequest &r : m_double->requests())
            QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(m_double->state(), allLanded());
    }

    void refusedTokenStopsAndChangesNothing()
    {
        auto j = job(QString(64, QLatin1Char('x')));
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 not landed", "1 not landed", "2 not landed", "3 not landed",
                              "4 not landed"}));
        QCOMPARE(j->report().error.kind, ClientError::Kind::Authentication);
        QVERIFY(j->report().rows.at(0).reason.contains("Invalid token"));
        QVERIFY(j->report().rows.at(2).reason.contains("refused the API key"));
        QCOMPARE(m_double->requests().size(), 1);
        QCOMPARE(m_double->updates(), 0);
        QVERIFY(!j->report().rows.at(0).reason.contains(QString(64, QLatin1Char('x'))));
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        m_double->faults().add({"POST", {}, DoubleFaults::Kind::Status, 429, "1", 1});
        auto j = job(m_token);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(TargetJobRunner::run(*j));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_double->requests().size(), 4);
        QCOMPARE(m_double->state(), allLanded());
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 4);
    }

    void serverErrorIsUncertainAndStops()
    {
        m_double->faults().add({"POST", {}, DoubleFaults::Kind::Status, 500, {}, 1});
        auto j = job(m_token);
        QVERIFY(TargetJobRunner::run(*j));
        // The first request (plan=gold for 10 and 15) met the 500: whether it acted is unknown.
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 uncertain", "1 uncertain", "2 not landed", "3 not landed",
                              "4 not landed"}));
        QVERIFY(j->report().rows.at(2).reason.contains("earlier request failed"));
        QHash<qint64, QJsonObject> none{{10, {}}, {15, {}}, {22, {}}, {23, {}}};
        QCOMPARE(m_double->state(), none);
    }

    void droppedConnectionIsRetriedAsTheUpdateIsIdempotent()
    {
        m_double->faults().add({"POST", {}, DoubleFaults::Kind::DropAfterActing, 0, {}, 1});
        m_double->faults().add({"POST", {}, DoubleFaults::Kind::DropBeforeActing, 0, {}, 1});
        auto j = job(m_token);
        QVERIFY(TargetJobRunner::run(*j));
        QCOMPARE(j->report().count(TargetSendReport::Outcome::Landed), 4);
        QCOMPARE(m_double->state(), allLanded());
        QCOMPARE(m_double->requests().size(), 5); // two requests sent twice
        QCOMPARE(m_double->updates(), 4);         // the first landed twice, with one effect
    }

    void cancelStopsAfterTheRequestOnTheWire()
    {
        auto j = job(m_token, 1);
        connect(j.get(), &TargetSendJob::progress, j.get(), [&](qint64 done, qint64) {
            if (done == 1)
                j->cancel();
        });
        QVERIFY(TargetJobRunner::run(*j));
        QVERIFY(j->report().cancelled);
        QCOMPARE(TargetJobRunner::outcomes(j->report()),
                 (QStringList{"0 landed", "1 not landed", "2 not landed", "3 not landed",
                              "4 not landed"}));
        QVERIFY(j->report().rows.at(1).reason.contains("Cancelled"));
        QHash<qint64, QJsonObject> first{{10, {{"plan", "gold"}}}, {15, {}}, {22, {}}, {23, {}}};
        QCOMPARE(m_double->state(), first);
    }
};

QTEST_GUILESS_MAIN(UserComSendTest)
#include "test_usercom_send.moc"
