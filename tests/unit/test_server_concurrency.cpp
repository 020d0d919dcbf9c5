#include "BackendTestMain.h"
#include "ServerFixture.h"
#include "server/StoreLocation.h"
#include "store/SqlConnection.h"
#include "store/SqlStatement.h"
#include "store/SqlStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>
#include <vector>

// 32 clients for 20 seconds mix reads and writes on overlapping users. Afterwards every
// acknowledged write is in the database, no refused or unacknowledged one is, nothing outside the
// written keys changed, and no request got a 5xx (or no answer).
class ServerConcurrencyTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerConcurrencyTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    static constexpr int kClients = 32;
    static constexpr int kSeconds = 20;
    static constexpr qint64 kUsers = 40; // the overlapping users every client writes to
    static constexpr qint64 kGroups = 3; // groups 1..3 of account 1

    struct Write
    {
        QString key;   // "phone/<user>" or "group/<user>/<group>"
        QString value; // phone number, or "1"/"0" for a membership
        qint64 sentNs = 0;
        qint64 answeredNs = 0;
        bool acknowledged = false;
    };
    struct ClientResult
    {
        std::vector<Write> writes;
        QStringList failures; // 5xx or no answer
        int requests = 0;
    };

    ServerFixture m_fixture;

    static QString phoneKey(qint64 user) { return QStringLiteral("phone/%1").arg(user); }
    static QString groupKey(qint64 user, qint64 group)
    {
        return QStringLiteral("group/%1/%2").arg(user).arg(group);
    }

    static void runClient(int index, const QString &baseUrl, const QString &apiId,
                          const QString &apiKey, const QElapsedTimer &clock, ClientResult &result)
    {
        ApiClient client(baseUrl, apiId, apiKey);
        QRandomGenerator rng(quint32(1000 + index));
        qint64 serial = 0;
        const auto phone = [&] {
            return QStringLiteral("+1%1").arg(qint64(index) * 10000000 + ++serial, 9, 10,
                                              QLatin1Char('0'));
        };
        const auto user = [&] { return qint64(1 + rng.bounded(int(kUsers))); };
        while (clock.elapsed() < kSeconds * 1000) {
            const int op = int(rng.bounded(10));
            std::vector<Write> writes;
            HttpReply reply;
            const qint64 sent = clock.nsecsElapsed();
            if (op <= 3) {
                const qint64 u = user();
                writes.push_back({phoneKey(u), phone()});
                reply = client.send(
                    "PUT", QStringLiteral("/api/ingress/user_meta"),
                    QStringLiteral(R"({"user_id": %1, "field": "phone", "value": "%2"})")
                        .arg(u)
                        .arg(writes.back().value)
                        .toUtf8());
            } else if (op <= 5) {
                // Format 2 over three users; with op 5 one of them does not exist, so the whole
                // request must be refused and none of its values may appear.
                QJsonArray fields;
                QSet<qint64> users;
                while (users.size() < 3)
                    users.insert(user());
                for (qint64 u : users) {
                    writes.push_back({phoneKey(u), phone()});
                    fields.append(QJsonObject{{QStringLiteral("user_id"), u},
                                              {QStringLiteral("field"), QStringLiteral("phone")},
                                              {QStringLiteral("value"), writes.back().value}});
                }
                if (op == 5)
                    fields.append(QJsonObject{{QStringLiteral("user_id"), 999999},
                                              {QStringLiteral("field"), QStringLiteral("phone")},
                                              {QStringLiteral("value"), phone()}});
                reply = client.sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                                        QJsonObject{{QStringLiteral("fields"), fields}});
            } else if (op <= 7) {
                const qint64 u = user();
                const qint64 g = 1 + rng.bounded(int(kGroups));
                writes.push_back(
                    {groupKey(u, g), op == 6 ? QStringLiteral("1") : QStringLiteral("0")});
                reply = client.send(
                    op == 6 ? "POST" : "DELETE",
                    QStringLiteral("/api/ingress/user_group_members?user_id=%1&group_id=%2")
                        .arg(u)
                        .arg(g));
            } else if (op == 8) {
                reply = client.get(QStringLiteral("/api/egress/users?limit=50&after=%1")
                                       .arg(rng.bounded(int(kUsers))));
            } else {
                reply = client.get(
                    QStringLiteral("/api/egress/user_meta?user_id=%1,%2").arg(user()).arg(user()));
            }
            const qint64 answered = clock.nsecsElapsed();
            ++result.requests;
            if (reply.status == 0 || reply.status >= 500)
                result.failures << reply.describe();
            const bool expectedRefusal = op == 5;
            if (expectedRefusal && reply.status != 400)
                result.failures << QStringLiteral("op 5 not refused: ") + reply.describe();
            for (Write &w : writes) {
                w.sentNs = sent;
                w.answeredNs = answered;
                w.acknowledged = reply.status == 200;
                result.writes.push_back(w);
            }
        }
    }

    // key -> value of the written keys, plus every other row as text. `location` is a file or
    // a PostgreSQL URI; a value is read as its text in either.
    static void readState(const QString &location, QHash<QString, QString> &keys,
                          QSet<QString> &rest)
    {
        StoreError error;
        std::unique_ptr<SqlStore> store = StoreLocation(location).open(&error);
        QVERIFY2(store, qPrintable(error.text()));
        SqlConnection *db = store->connection();
        SqlStatement values(db,
                            QStringLiteral("SELECT v.user_id, v.account_id, f.name, %1 FROM "
                                           "meta_values v JOIN meta_fields f ON f.id = v.field_id")
                                .arg(db->dialect().valueText(QStringLiteral("v.value"))));
        while (values.step()) {
            const qint64 u = values.columnInt64(0);
            const qint64 account = values.columnInt64(1);
            const QString field = values.columnText(2);
            const QString value = values.columnText(3);
            if (field == QLatin1String("phone") && account == 1 && u <= kUsers)
                keys.insert(phoneKey(u), value);
            else
                rest.insert(
                    QStringLiteral("value %1/%2/%3=%4").arg(u).arg(account).arg(field, value));
        }
        QVERIFY2(!values.failed(), qPrintable(values.errorText()));
        SqlStatement members(db, "SELECT user_id, group_id FROM memberships");
        while (members.step()) {
            const qint64 u = members.columnInt64(0);
            const qint64 g = members.columnInt64(1);
            if (u <= kUsers && g <= kGroups)
                keys.insert(groupKey(u, g), QStringLiteral("1"));
            else
                rest.insert(QStringLiteral("member %1/%2").arg(u).arg(g));
        }
        QVERIFY2(!members.failed(), qPrintable(members.errorText()));
        for (qint64 u = 1; u <= kUsers; ++u) {
            for (qint64 g = 1; g <= kGroups; ++g) {
                if (!keys.contains(groupKey(u, g)))
                    keys.insert(groupKey(u, g), QStringLiteral("0"));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(300, {QStringLiteral("--quiet")}), qPrintable(m_fixture.error()));
    }

    void shouldKeepEveryAcknowledgedWriteAndNothingElseUnderLoad()
    {
        QHash<QString, QString> initialKeys;
        QSet<QString> initialRest;
        readState(m_fixture.location(), initialKeys, initialRest);

        QElapsedTimer clock;
        clock.start();
        std::vector<ClientResult> results(kClients);
        std::vector<std::unique_ptr<QThread>> threads;
        const QString url = m_fixture.server().baseUrl();
        const QString id = m_fixture.client().apiId();
        const QString key = m_fixture.client().apiKey();
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back(QThread::create([i, url, id, key, &clock, &results] {
                runClient(i, url, id, key, clock, results[size_t(i)]);
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(QDeadlineTimer((kSeconds + 120) * 1000)));
        QVERIFY(m_fixture.server().stop());

        int requests = 0;
        QHash<QString, std::vector<Write>> byKey;
        for (const ClientResult &r : results) {
            QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QLatin1Char('\n'))));
            requests += r.requests;
            for (const Write &w : r.writes)
                byKey[w.key].push_back(w);
        }
        qInfo("%d requests by %d clients in %d s", requests, kClients, kSeconds);
        QVERIFY(requests > kClients * 10);

        QHash<QString, QString> finalKeys;
        QSet<QString> finalRest;
        readState(m_fixture.location(), finalKeys, finalRest);
        QCOMPARE(finalRest, initialRest); // nothing outside the written keys changed

        for (qint64 u = 1; u <= kUsers; ++u) {
            QStringList keys{phoneKey(u)};
            for (qint64 g = 1; g <= kGroups; ++g)
                keys << groupKey(u, g);
            for (const QString &k : keys) {
                const QString final = finalKeys.value(k);
                std::vector<Write> acked;
                for (const Write &w : byKey.value(k)) {
                    if (w.acknowledged)
                        acked.push_back(w);
                }
                if (acked.empty()) {
                    QCOMPARE(final, initialKeys.value(k));
                    continue;
                }
                // The final value is an acknowledged write W that no other acknowledged write
                // certainly followed (sent after W was answered) with a different value.
                bool explained = false;
                for (const Write &w : acked) {
                    if (w.value != final)
                        continue;
                    const bool overtaken =
                        std::any_of(acked.begin(), acked.end(), [&](const Write &x) {
                            return x.value != final && x.sentNs > w.answeredNs;
                        });
                    if (!overtaken) {
                        explained = true;
                        break;
                    }
                }
                QVERIFY2(explained,
                         qPrintable(
                             QStringLiteral("%1 ends as '%2', which no acknowledged write explains")
                                 .arg(k, final)));
            }
        }
    }
};

METADESK_BACKEND_TEST_MAIN(ServerConcurrencyTest)
#include "test_server_concurrency.moc"
