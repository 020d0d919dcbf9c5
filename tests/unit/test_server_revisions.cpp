#include "BackendTestMain.h"
#include "ServerFixture.h"
#include "store/ApiKeyRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

// Revisions, the change feed and If-Match over HTTP (docs/API.md 10), against the real server:
// a revision per changing request, exactly the changed places in the feed, 410 once tombstones
// are pruned, and 412 listing every stale place with nothing written. Every test runs on a file
// and on PostgreSQL (BackendTestMain).
class ServerRevisionsTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerRevisionsTest(PostgresCluster *cluster)
        : m_cluster(cluster)
        , m_fixture(cluster)
    {}

private:
    PostgresCluster *m_cluster;
    ServerFixture m_fixture;
    const QString kMeta = QStringLiteral("/api/ingress/user_meta");
    const QString kGroups = QStringLiteral("/api/ingress/user_group_members");
    const QString kFields = QStringLiteral("/api/ingress/user_meta/fields");

    ApiClient &client() { return m_fixture.client(); }

    static QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 revision)
    {
        return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(revision) + '"'}};
    }

    static QByteArray scores(const QList<QPair<qint64, QJsonValue>> &values)
    {
        QJsonArray fields;
        for (const auto &[user, value] : values)
            fields.append(QJsonObject{{QStringLiteral("user_id"), QString::number(user)},
                                      {QStringLiteral("field"), QStringLiteral("score")},
                                      {QStringLiteral("value"), value}});
        return QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}}).toJson();
    }

    qint64 revision()
    {
        const HttpReply r = client().get(QStringLiteral("/api/egress/account"));
        if (r.status != 200)
            return -1;
        return r.json.value(QStringLiteral("revision")).toInteger(-1);
    }

    HttpReply putScores(const QList<QPair<qint64, QJsonValue>> &values,
                        std::optional<qint64> condition = std::nullopt)
    {
        return client().send("PUT", kMeta, scores(values), "application/json", true,
                             condition ? ifMatch(*condition)
                                       : QList<QPair<QByteArray, QByteArray>>{});
    }

    HttpReply groups(const QByteArray &method, qint64 user, qint64 group,
                     std::optional<qint64> condition = std::nullopt)
    {
        const QByteArray body =
            QStringLiteral(R"({"user_id": [%1], "group_id": [%2]})").arg(user).arg(group).toUtf8();
        return client().send(method, kGroups, body, "application/json", true,
                             condition ? ifMatch(*condition)
                                       : QList<QPair<QByteArray, QByteArray>>{});
    }

    HttpReply putField(const QString &name, const QJsonValue &definition,
                       std::optional<qint64> condition = std::nullopt)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("fields"), QJsonObject{{name, definition}}},
                                      {QStringLiteral("force"), true}})
                .toJson();
        return client().send("PUT", kFields, body, "application/json", true,
                             condition ? ifMatch(*condition)
                                       : QList<QPair<QByteArray, QByteArray>>{});
    }

    static QJsonObject stringField(int maxLength)
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                           {QStringLiteral("max_length"), maxLength}};
    }

    HttpReply changes(qint64 since, const QString &more = QString())
    {
        return client().get(QStringLiteral("/api/egress/changes?since=%1").arg(since) + more);
    }

    // The feed's entries as comparable text, e.g. "meta 21 score 7", "member 23 3 true",
    // "field rev_note {...}" (revisions left out: they are checked separately).
    static QSet<QString> entries(const QJsonObject &feed)
    {
        QSet<QString> set;
        for (const auto &v : feed.value(QStringLiteral("meta")).toArray()) {
            const QJsonObject o = v.toObject();
            set.insert(QStringLiteral("meta %1 %2 %3")
                           .arg(o.value(QStringLiteral("user_id")).toInteger())
                           .arg(o.value(QStringLiteral("field")).toString())
                           .arg(QString::fromUtf8(
                               QJsonDocument(QJsonArray{o.value(QStringLiteral("value"))})
                                   .toJson(QJsonDocument::Compact))));
        }
        for (const auto &v : feed.value(QStringLiteral("memberships")).toArray()) {
            const QJsonObject o = v.toObject();
            set.insert(QStringLiteral("member %1 %2 %3")
                           .arg(o.value(QStringLiteral("user_id")).toInteger())
                           .arg(o.value(QStringLiteral("group_id")).toInteger())
                           .arg(QLatin1String(
                               o.value(QStringLiteral("member")).toBool() ? "true" : "false")));
        }
        for (const auto &v : feed.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject o = v.toObject();
            set.insert(QStringLiteral("field %1 %2")
                           .arg(o.value(QStringLiteral("name")).toString())
                           .arg(o.value(QStringLiteral("definition")).isNull()
                                    ? QStringLiteral("deleted")
                                    : QStringLiteral("defined")));
        }
        return set;
    }

    static const QJsonObject *detailAt(const QJsonArray &errors, const QString &location,
                                       QJsonObject &out)
    {
        for (const auto &e : errors) {
            if (e.toObject().value(QStringLiteral("location")).toString() == location) {
                out = e.toObject();
                return &out;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.setUp(120), qPrintable(m_fixture.error())); }

    void shouldAnswerTheRevisionInEveryEgressAnswerAndItsETag()
    {
        const qint64 r = revision();
        QVERIFY(r >= 0);
        for (const char *path :
             {"/api/egress/account", "/api/egress/users?limit=2", "/api/egress/user_groups",
              "/api/egress/user_meta?limit=2", "/api/egress/user_meta/fields",
              "/api/egress/changes?since=0&limit=1"}) {
            const HttpReply reply = client().get(QLatin1String(path));
            QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
            QCOMPARE(reply.json.value(QStringLiteral("revision")).toInteger(-1), r);
            QCOMPARE(reply.header("ETag"), '"' + QByteArray::number(r) + '"');
        }
    }

    void shouldGrowTheRevisionByOnePerChangingRequestOnly()
    {
        QCOMPARE(putScores({{20, 0}, {21, 0}}).status, 200);
        const qint64 r0 = revision();
        // Two cells in one request: still one revision.
        HttpReply r = putScores({{20, 77}, {21, 78}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), r0 + 1);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(r0 + 1) + '"');
        QCOMPARE(revision(), r0 + 1);
        r = putScores({{20, 77}, {21, 78}}); // the same again changes nothing
        QCOMPARE(r.json.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), r0 + 1);
        QCOMPARE(revision(), r0 + 1);

        QCOMPARE(groups("DELETE", 20, 4).status, 200);
        const qint64 r1 = revision();
        r = groups("POST", 20, 4);
        QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), r1 + 1);
        r = groups("POST", 20, 4);
        QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(revision(), r1 + 1);

        r = putField(QStringLiteral("rev_grow"), stringField(10));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), r1 + 2);
        r = putField(QStringLiteral("rev_grow"), stringField(10));
        QCOMPARE(r.json.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(revision(), r1 + 2);
        // A refused request changes nothing either.
        QCOMPARE(putScores({{21, 1000}}).status, 400);
        QCOMPARE(revision(), r1 + 2);
    }

    void shouldListExactlyWhatChangedAfterARevision()
    {
        // The state before: user 22 has a score, user 24 is in group 2, user 23 is not in 3.
        QCOMPARE(putScores({{21, 0}, {22, 5}, {25, 10}}).status, 200);
        QCOMPARE(groups("POST", 24, 2).status, 200);
        QCOMPARE(groups("DELETE", 23, 3).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_gone"), stringField(5)).status, 200);
        const qint64 since = revision();

        QCOMPARE(putScores({{21, 7}, {22, QJsonValue::Null}}).status, 200);
        QCOMPARE(groups("POST", 23, 3).status, 200);
        QCOMPARE(groups("DELETE", 24, 2).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_note"), stringField(20)).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_gone"), QJsonValue::Null).status, 200);
        // Changed and changed back is listed once, in its state now.
        QCOMPARE(putScores({{25, 11}}).status, 200);
        QCOMPARE(putScores({{25, 12}}).status, 200);

        const HttpReply feed = changes(since);
        QVERIFY2(feed.status == 200, qPrintable(feed.describe()));
        QCOMPARE(feed.json.value(QStringLiteral("revision")).toInteger(), since + 7);
        QVERIFY(feed.json.value(QStringLiteral("next")).isNull());
        const QSet<QString> expected{
            QStringLiteral("meta 21 score [7]"),     QStringLiteral("meta 22 score [null]"),
            QStringLiteral("meta 25 score [12]"),    QStringLiteral("member 23 3 true"),
            QStringLiteral("member 24 2 false"),     QStringLiteral("field rev_note defined"),
            QStringLiteral("field rev_gone deleted")};
        QCOMPARE(entries(feed.json), expected);
        // Each entry names the revision of its last change.
        for (const auto &v : feed.json.value(QStringLiteral("meta")).toArray()) {
            const QJsonObject o = v.toObject();
            const qint64 expectedRevision =
                o.value(QStringLiteral("user_id")).toInteger() == 25 ? since + 7 : since + 1;
            QCOMPARE(o.value(QStringLiteral("revision")).toInteger(), expectedRevision);
        }
        // Nothing after the newest revision.
        const HttpReply none = changes(since + 7);
        QVERIFY(entries(none.json).isEmpty());
    }

    void shouldPageTheFeedByUserWithFieldsOnTheFirstPage()
    {
        QCOMPARE(putScores({{30, 0}, {31, 0}, {32, 0}, {33, 0}, {34, 0}}).status, 200);
        const qint64 since = revision();
        QCOMPARE(putScores({{30, 1}, {31, 2}, {32, 3}, {33, 4}, {34, 5}}).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_paged"), stringField(7)).status, 200);
        const QSet<QString> all = entries(changes(since).json);
        QCOMPARE(all.size(), 6);

        QSet<QString> collected;
        QString after;
        int pages = 0;
        for (;;) {
            const HttpReply page = changes(since, QStringLiteral("&limit=2") + after);
            QVERIFY2(page.status == 200, qPrintable(page.describe()));
            ++pages;
            const QSet<QString> got = entries(page.json);
            QCOMPARE(got.contains(QStringLiteral("field rev_paged defined")), pages == 1);
            QVERIFY(page.json.value(QStringLiteral("meta")).toArray().size() <= 2);
            collected += got;
            const QJsonValue next = page.json.value(QStringLiteral("next"));
            if (next.isNull())
                break;
            after = QStringLiteral("&after=%1").arg(next.toInteger());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(collected, all);
    }

    void shouldRefuseAMissingOrMalformedSince()
    {
        for (const char *query : {"", "?since=", "?since=abc", "?since=-1"}) {
            const HttpReply r =
                client().get(QStringLiteral("/api/egress/changes") + QLatin1String(query));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.locations(), QStringList{QStringLiteral("since")});
        }
    }

    void shouldRefuseAMalformedIfMatch()
    {
        const QString before = m_fixture.dump();
        for (const QByteArray &tag : {QByteArrayLiteral("\"abc\""), QByteArrayLiteral("W/\"3\""),
                                      QByteArrayLiteral("\"-2\""), QByteArrayLiteral("\"\"")}) {
            const HttpReply r = client().send("PUT", kMeta, scores({{26, 9}}), "application/json",
                                              true, {{QByteArrayLiteral("If-Match"), tag}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.locations(), QStringList{QStringLiteral("If-Match")});
        }
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldRefuseAStaleWriteListingEveryPlaceAndWriteNothing()
    {
        QCOMPARE(putScores({{40, 0}, {41, 3}}).status, 200);
        QCOMPARE(groups("POST", 42, 2).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_def"), stringField(3)).status, 200);
        const qint64 seen = revision();
        // Someone else changes a value, clears another, removes a membership, redefines a field.
        QCOMPARE(putScores({{40, 11}, {41, QJsonValue::Null}}).status, 200);
        const qint64 changedAt = revision();
        QCOMPARE(groups("DELETE", 42, 2).status, 200);
        QCOMPARE(putField(QStringLiteral("rev_def"), stringField(4)).status, 200);

        const QString before = m_fixture.dump();
        HttpReply r = putScores({{40, 12}, {41, 5}, {43, 9}}, seen);
        QVERIFY2(r.status == 412, qPrintable(r.describe()));
        QCOMPARE(r.error(), QStringLiteral("Precondition Failed"));
        const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2); // user 43's score did not change after `seen`
        QJsonObject detail;
        QVERIFY(detailAt(errors, QStringLiteral("users.40.score"), detail));
        QCOMPARE(detail.value(QStringLiteral("current")).toInteger(), 11);
        QCOMPARE(detail.value(QStringLiteral("message")).toString(),
                 QStringLiteral("changed at revision %1").arg(changedAt));
        QVERIFY(detailAt(errors, QStringLiteral("users.41.score"), detail));
        QVERIFY(!detail.contains(QStringLiteral("current"))); // cleared
        QCOMPARE(m_fixture.dump(), before);

        r = groups("POST", 42, 2, seen);
        QVERIFY2(r.status == 412, qPrintable(r.describe()));
        QCOMPARE(r.locations(), QStringList{QStringLiteral("users.42.groups.2")});
        QVERIFY(!r.json.value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("current")));

        r = putField(QStringLiteral("rev_def"), stringField(9), seen);
        QVERIFY2(r.status == 412, qPrintable(r.describe()));
        QCOMPARE(r.locations(), QStringList{QStringLiteral("fields.rev_def")});
        QCOMPARE(r.json.value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("max_length"))
                     .toInt(),
                 4);
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldCheckIfMatchInEveryUserMetaFormat()
    {
        QCOMPARE(putScores({{60, 0}}).status, 200);
        const qint64 seen = revision();
        QCOMPARE(putScores({{60, 6}}).status, 200);
        const QString before = m_fixture.dump();
        for (const QByteArray &body :
             {QByteArray(R"({"users": {"60": {"score": 7}}})"),
              QByteArray(R"({"user_id": "60", "field": "score", "value": 7})"),
              scores({{60, 7}})}) {
            const HttpReply r =
                client().send("PUT", kMeta, body, "application/json", true, ifMatch(seen));
            QVERIFY2(r.status == 412, qPrintable(r.describe()));
            QCOMPARE(r.locations(), QStringList{QStringLiteral("users.60.score")});
        }
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldWriteWithAnOldIfMatchWhenTheTouchedPlacesDidNotChange()
    {
        QCOMPARE(putScores({{44, 0}, {45, 0}}).status, 200);
        const qint64 seen = revision();
        QCOMPARE(putScores({{44, 50}}).status, 200); // after `seen`, but not touched below
        QCOMPARE(putScores({{46, 60}}).status, 200); // touched below with the value it holds
        const qint64 now = revision();
        const HttpReply r = putScores({{45, 8}, {46, 60}}, seen);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), now + 1);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(now + 1) + '"');
        // "*" is no condition at all.
        const HttpReply any = client().send("PUT", kMeta, scores({{44, 51}}), "application/json",
                                            true, {{QByteArrayLiteral("If-Match"), "*"}});
        QCOMPARE(any.status, 200);
    }

    void shouldLetTheFirstOfTwoRacingWritersWin()
    {
        const std::optional<NewApiKey> key = m_fixture.addKey(1);
        QVERIFY(key);
        const std::unique_ptr<ApiClient> other = m_fixture.clientFor(*key);
        QCOMPARE(putScores({{50, 0}}).status, 200);
        const qint64 seenByA = revision();
        // B writes the cell first.
        QCOMPARE(other->send("PUT", kMeta, scores({{50, 33}})).status, 200);
        // A writes it with what it saw: refused, B's value stays.
        const HttpReply a = putScores({{50, 34}}, seenByA);
        QVERIFY2(a.status == 412, qPrintable(a.describe()));
        const HttpReply value =
            client().get(QStringLiteral("/api/egress/user_meta?user_id=50&field=score"));
        QCOMPARE(value.json.value(QStringLiteral("users"))
                     .toObject()
                     .value(QStringLiteral("50"))
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toInt(),
                 33);
    }

    void shouldAnswerGoneOnceTheTombstonesSinceWerePruned()
    {
        ServerFixture fixture(m_cluster);
        QVERIFY2(fixture.setUp(40), qPrintable(fixture.error()));
        const auto put = [&fixture](const QByteArray &body) {
            return fixture.client().send("PUT", QStringLiteral("/api/ingress/user_meta"), body);
        };
        QCOMPARE(put(scores({{5, 1}, {6, 0}})).status, 200);
        QCOMPARE(put(scores({{5, QJsonValue::Null}})).status, 200);
        const qint64 removedAt = fixture.client()
                                     .get(QStringLiteral("/api/egress/account"))
                                     .json.value(QStringLiteral("revision"))
                                     .toInteger();
        QCOMPARE(put(scores({{6, 9}})).status, 200);
        QVERIFY(fixture.server().stop());
        // The removal happened long ago: older than the 90 days kept by default.
        QVERIFY2(fixture.execute(QStringLiteral("UPDATE removed_values SET removed_at = 1000")),
                 qPrintable(fixture.error()));
        QVERIFY(fixture.server().start(fixture.location()));
        ApiClient client(fixture.server().baseUrl(), fixture.client().apiId(),
                         fixture.client().apiKey());
        for (qint64 since : {qint64(0), removedAt - 1}) {
            const HttpReply gone =
                client.get(QStringLiteral("/api/egress/changes?since=%1").arg(since));
            QCOMPARE(gone.status, 410);
            QCOMPARE(gone.error(), QStringLiteral("Changes Expired"));
        }
        // A copy taken at or after the pruned removal still gets its changes.
        const HttpReply ok =
            client.get(QStringLiteral("/api/egress/changes?since=%1").arg(removedAt));
        QVERIFY2(ok.status == 200, qPrintable(ok.describe()));
        QCOMPARE(entries(ok.json), QSet<QString>{QStringLiteral("meta 6 score [9]")});
    }
};

METADESK_BACKEND_TEST_MAIN(ServerRevisionsTest)
#include "test_server_revisions.moc"
