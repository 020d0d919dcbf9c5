#include "ApiClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "store/ApiKeyRegistry.h"
#include "store/PostgresDemoWriter.h"
#include "store/PostgresStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <map>
#include <thread>
#include <vector>

// Two metadesk-server processes on one PostgreSQL database, writing one account at once: no
// revision is handed out twice, every acknowledged write is there (the last one by revision wins
// each place), and a refused request leaves nothing, whichever instance answered it.
class PostgresInstancesTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int kClients = 8; // half on each instance
    static constexpr int kRequests = 30;
    static constexpr qint64 kUsers = 12; // every client writes these: the writes overlap

    struct Sent
    {
        std::vector<std::pair<qint64, QString>> phones; // the good edits
        bool refused = false;                           // carries a bad edit too
        int status = 0;
        qint64 revision = -1; // from the ETag of an acknowledged write
    };

    PostgresCluster m_cluster;
    QString m_uri;
    std::optional<NewApiKey> m_key;
    ServerProcess m_first;
    ServerProcess m_second;

    static QString phone(int client, int request, int slot)
    {
        return QStringLiteral("+1%1").arg((client * 1000 + request) * 10 + slot, 9, 10,
                                          QLatin1Char('0'));
    }

    static QByteArray body(const Sent &sent)
    {
        QJsonArray fields;
        for (const auto &[user, value] : sent.phones)
            fields.append(QJsonObject{{QStringLiteral("user_id"), QString::number(user)},
                                      {QStringLiteral("field"), QStringLiteral("phone")},
                                      {QStringLiteral("value"), value}});
        if (sent.refused)
            fields.append(QJsonObject{{QStringLiteral("user_id"), QString::number(kUsers + 1)},
                                      {QStringLiteral("field"), QStringLiteral("phone")},
                                      {QStringLiteral("value"), QStringLiteral("not a phone")}});
        return QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}}).toJson();
    }

    static void runClient(int index, const QString &baseUrl, const NewApiKey &key,
                          std::vector<Sent> &out)
    {
        ApiClient client(baseUrl, key.apiId, key.key);
        QRandomGenerator rng(quint32(77 + index));
        for (int r = 0; r < kRequests; ++r) {
            Sent sent;
            sent.refused = r % 5 == 4;
            QSet<qint64> users;
            while (users.size() < 3)
                users.insert(1 + qint64(rng.bounded(quint32(kUsers))));
            int slot = 0;
            for (qint64 user : std::as_const(users))
                sent.phones.push_back({user, phone(index, r, slot++)});
            const HttpReply reply =
                client.send("PUT", QStringLiteral("/api/ingress/user_meta"), body(sent));
            sent.status = reply.status;
            QByteArray tag = reply.header("ETag");
            tag.replace('"', "");
            bool ok = false;
            const qint64 revision = tag.toLongLong(&ok);
            sent.revision = ok ? revision : -1;
            out.push_back(sent);
        }
    }

    qint64 revision(ApiClient &client)
    {
        return client.get(QStringLiteral("/api/egress/account"))
            .json.value(QStringLiteral("revision"))
            .toInteger(-1);
    }

    QString storedPhone(ApiClient &client, qint64 user)
    {
        return client.get(QStringLiteral("/api/egress/user_meta?user_id=%1&field=phone").arg(user))
            .json.value(QStringLiteral("users"))
            .toObject()
            .value(QString::number(user))
            .toObject()
            .value(QStringLiteral("phone"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_uri = m_cluster.createDatabase(QStringLiteral("instances"));
        QVERIFY2(!m_uri.isEmpty(), qPrintable(m_cluster.error()));
        StoreError error;
        std::unique_ptr<PostgresStore> store = PostgresStore::create(m_uri, &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(PostgresDemoWriter::generate(*store, {100, 3}), QString());
        QString problem;
        m_key = ApiKeyRegistry(*store).add(1, {}, {}, &problem);
        QVERIFY2(m_key.has_value(), qPrintable(problem));
        QVERIFY2(m_first.start(m_uri, {QStringLiteral("--quiet")}), qPrintable(m_first.error()));
        QVERIFY2(m_second.start(m_uri, {QStringLiteral("--quiet")}), qPrintable(m_second.error()));
    }

    void shouldHandOutEveryRevisionOnceAndKeepEveryAcknowledgedWrite()
    {
        ApiClient reader(m_first.baseUrl(), m_key->apiId, m_key->key);
        const qint64 before = revision(reader);
        QVERIFY(before >= 0);

        std::vector<std::vector<Sent>> results(kClients);
        std::vector<std::thread> threads;
        for (int i = 0; i < kClients; ++i) {
            const QString url = (i % 2 == 0 ? m_first : m_second).baseUrl();
            threads.emplace_back(runClient, i, url, *m_key, std::ref(results[size_t(i)]));
        }
        for (std::thread &t : threads)
            t.join();

        std::map<qint64, const Sent *> byRevision;
        QSet<QString> refusedPhones;
        for (const std::vector<Sent> &client : results) {
            QCOMPARE(int(client.size()), kRequests);
            for (const Sent &sent : client) {
                if (sent.refused) {
                    QVERIFY2(sent.status >= 400 && sent.status < 500,
                             qPrintable(QString::number(sent.status)));
                    for (const auto &[user, value] : sent.phones)
                        refusedPhones.insert(value);
                    continue;
                }
                QCOMPARE(sent.status, 200);
                QVERIFY2(sent.revision > before, "an acknowledged write without a new revision");
                // Two instances handing out one revision twice would collide here.
                QVERIFY2(byRevision.emplace(sent.revision, &sent).second,
                         qPrintable(QStringLiteral("revision %1 given twice").arg(sent.revision)));
            }
        }
        const qint64 acknowledged = qint64(byRevision.size());
        QCOMPARE(acknowledged, qint64(kClients * kRequests * 4 / 5));
        // One revision per acknowledged write, none lost, none skipped, none for a refusal.
        QCOMPARE(byRevision.begin()->first, before + 1);
        QCOMPARE(byRevision.rbegin()->first, before + acknowledged);
        QCOMPARE(revision(reader), before + acknowledged);

        // Each user holds the phone of the last acknowledged write to it, in revision order.
        std::map<qint64, QString> expected;
        for (const auto &[revision, sent] : byRevision) {
            for (const auto &[user, value] : sent->phones)
                expected[user] = value;
        }
        ApiClient other(m_second.baseUrl(), m_key->apiId, m_key->key);
        for (const auto &[user, value] : expected) {
            QCOMPARE(storedPhone(reader, user), value);
            QCOMPARE(storedPhone(other, user), value);
        }
        for (qint64 user = 1; user <= kUsers + 1; ++user)
            QVERIFY(!refusedPhones.contains(storedPhone(reader, user)));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_first.stop());
        QVERIFY(m_second.stop());
    }
};

QTEST_GUILESS_MAIN(PostgresInstancesTest)
#include "test_postgres_instances.moc"
