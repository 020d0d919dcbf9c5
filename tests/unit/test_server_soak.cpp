#include "RawHttpConnection.h"
#include "ServerFixture.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

// Issue 14's soak: 64 clients for 30 s against the real server. Writers, readers, slowloris
// heads and oversized bodies at once. Afterwards every acknowledged write is in the file, no
// request got a 5xx (or no answer), and small reads were answered in 100 ms at p99.
class ServerSoakTest : public QObject
{
    Q_OBJECT

private:
    // 64 in all. Each pauses 50 ms between requests: a flood from one address is the rate
    // limiter's business (--rate-limit); this is about what each kind of request costs others,
    // at a load the debug build (ASan) can serve on 2 shared cores.
    static constexpr int kWriters = 8;
    static constexpr int kReaders = 8;
    static constexpr int kSlowloris = 24;
    static constexpr int kOversized = 24;
    static constexpr int kPauseMs = 50;
    static constexpr int kQuietSeconds = 10; // readers and writers alone: the baseline
    static constexpr int kSeconds = 30;      // then everyone

    ServerFixture m_fixture;

    static QByteArray head(const QByteArray &method, const QByteArray &target,
                           const QByteArray &headers)
    {
        return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
    }

    struct Tally
    {
        std::mutex mutex;
        QStringList failures;        // 5xx or no answer, with what was sent
        std::vector<double> readMs;  // with the hostile clients
        std::vector<double> quietMs; // before them
        qint64 requests = 0;
        qint64 refusedAsExpected = 0;
        void fail(const QString &what)
        {
            const std::lock_guard lock(mutex);
            if (failures.size() < 20)
                failures << what;
            else
                failures.last() = QStringLiteral("... and more");
        }
    };

private Q_SLOTS:
    void shouldHoldUnderMixedHostileLoad()
    {
        QVERIFY2(m_fixture.setUp(2000, {QStringLiteral("--quiet"),
                                        QStringLiteral("--header-timeout"), QStringLiteral("2"),
                                        QStringLiteral("--max-body"), QStringLiteral("1048576")}),
                 qPrintable(m_fixture.error()));
        const quint16 port = m_fixture.server().port();
        const QByteArray credentials = "tld-api-id: " + m_fixture.client().apiId().toUtf8() +
                                       "\r\ntld-api-key: " + m_fixture.client().apiKey().toUtf8() +
                                       "\r\n";
        Tally tally;
        std::vector<QByteArray> lastAcknowledged(kWriters); // per writer, its own user
        QElapsedTimer clock;
        clock.start();
        const qint64 endMs = (kQuietSeconds + kSeconds) * 1000;
        const auto running = [&] { return clock.elapsed() < endMs; };
        const auto quiet = [&] { return clock.elapsed() < kQuietSeconds * 1000; };
        const auto waitForHostile = [&] {
            while (quiet())
                QThread::msleep(50);
        };
        std::vector<std::thread> clients;

        for (int w = 0; w < kWriters; ++w) {
            clients.emplace_back([&, w] {
                RawHttpConnection c;
                qint64 serial = 0;
                while (running()) {
                    if (!c.open(port)) {
                        tally.fail(QStringLiteral("writer %1: connection refused").arg(w));
                        QThread::msleep(50);
                        continue;
                    }
                    while (running()) {
                        const QByteArray value =
                            "+1" + QByteArray::number(qint64(w + 1) * 10000000 + ++serial)
                                       .rightJustified(9, '0');
                        const QByteArray body = R"({"user_id": )" + QByteArray::number(100 + w) +
                                                R"(, "field": "phone", "value": ")" + value +
                                                R"("})";
                        if (!c.send(head("PUT", "/api/ingress/user_meta",
                                         credentials +
                                             "Content-Type: application/json\r\nContent-Length: " +
                                             QByteArray::number(body.size()) + "\r\n") +
                                    body))
                            break;
                        const RawHttpConnection::Response r = c.read(20000);
                        {
                            const std::lock_guard lock(tally.mutex);
                            ++tally.requests;
                        }
                        if (r.status == 200) {
                            lastAcknowledged[size_t(w)] = value;
                            QThread::msleep(kPauseMs);
                        } else {
                            tally.fail(QStringLiteral("writer %1: %2 %3")
                                           .arg(w)
                                           .arg(r.status)
                                           .arg(QString::fromUtf8(r.body.left(200))));
                            break;
                        }
                    }
                }
            });
        }
        for (int i = 0; i < kReaders; ++i) {
            clients.emplace_back([&, i] {
                RawHttpConnection c;
                std::vector<double> mine;
                std::vector<double> mineQuiet;
                while (running()) {
                    if (!c.open(port)) {
                        tally.fail(QStringLiteral("reader %1: connection refused").arg(i));
                        QThread::msleep(50);
                        continue;
                    }
                    while (running()) {
                        QElapsedTimer t;
                        t.start();
                        const QByteArray target =
                            i % 2 ? QByteArray("/api/egress/account")
                                  : QByteArray("/api/egress/user_meta?user_id=" +
                                               QByteArray::number(100 + i) + "&field=phone");
                        if (!c.send(head("GET", target, credentials)))
                            break;
                        const RawHttpConnection::Response r = c.read(20000);
                        if (r.status != 200) {
                            tally.fail(QStringLiteral("reader %1: %2").arg(i).arg(r.status));
                            break;
                        }
                        const bool before = quiet();
                        (before ? mineQuiet : mine).push_back(double(t.nsecsElapsed()) / 1e6);
                        QThread::msleep(kPauseMs);
                    }
                }
                const std::lock_guard lock(tally.mutex);
                tally.requests += qint64(mine.size() + mineQuiet.size());
                tally.readMs.insert(tally.readMs.end(), mine.begin(), mine.end());
                tally.quietMs.insert(tally.quietMs.end(), mineQuiet.begin(), mineQuiet.end());
            });
        }
        for (int i = 0; i < kSlowloris; ++i) {
            clients.emplace_back([&] {
                waitForHostile();
                RawHttpConnection c;
                while (running()) {
                    if (!c.open(port))
                        continue;
                    c.send("GET /api/egress/account HTTP/1.1\r\nHost: x\r\n");
                    while (running() && c.send("X-Slow: 1\r\n") && !c.closedWithin(500)) {
                    }
                }
            });
        }
        for (int i = 0; i < kOversized; ++i) {
            clients.emplace_back([&, i] {
                waitForHostile();
                const QByteArray chunk(65536, 'a');
                while (running()) {
                    RawHttpConnection c;
                    if (!c.open(port))
                        continue;
                    // Half authenticated, over --max-body (413 before the body); half without
                    // credentials, under it but over what is read without them (400 unread).
                    const bool authenticated = i % 2 == 0;
                    const QByteArray length = authenticated ? "16777216" : "524288";
                    c.send(head("PUT", "/api/ingress/user_meta",
                                (authenticated ? credentials : QByteArray()) +
                                    "Content-Type: application/json\r\nContent-Length: " + length +
                                    "\r\n"));
                    c.send(chunk); // the start of the body; the answer comes before the rest
                    const RawHttpConnection::Response r = c.read(20000);
                    QThread::msleep(kPauseMs);
                    const int expected = authenticated ? 413 : 400;
                    if (r.status == expected) {
                        const std::lock_guard lock(tally.mutex);
                        ++tally.refusedAsExpected;
                    } else {
                        tally.fail(QStringLiteral("oversized %1: %2").arg(i).arg(r.status));
                    }
                }
            });
        }
        for (std::thread &t : clients)
            t.join();

        const auto percentile = [](std::vector<double> values, double p) {
            std::sort(values.begin(), values.end());
            return values.empty()
                       ? 1e9
                       : values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
        };
        const double p99 = percentile(tally.readMs, 0.99);
        const double quietP99 = percentile(tally.quietMs, 0.99);
        qInfo("%lld requests; small reads alone: %zu, p50 %.1f p99 %.1f ms; with the hostile "
              "clients: %zu, p50 %.1f p99 %.1f max %.1f ms; %lld oversized bodies refused unread",
              tally.requests, tally.quietMs.size(), percentile(tally.quietMs, 0.5), quietP99,
              tally.readMs.size(), percentile(tally.readMs, 0.5), p99,
              percentile(tally.readMs, 1.0), tally.refusedAsExpected);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(QLatin1Char('\n'))));
        QVERIFY(tally.quietMs.size() > 100);
        QVERIFY(tally.readMs.size() > 300);
        QVERIFY(tally.refusedAsExpected > 10);
        // 100 ms at p99 (issue 14). A sanitizer build of the server (the debug preset) spends
        // several times the CPU per request; on 2 busy shared cores it is held to 500 ms, which
        // still catches any stall (before issue 14: seconds). Release figures: docs/PERFORMANCE.md.
        const double bound =
            qEnvironmentVariable("METADESK_SERVER_SANITIZED") == QLatin1String("ON") ? 500.0
                                                                                     : 100.0;
        QVERIFY2(p99 <= bound,
                 qPrintable(QStringLiteral("p99 %1 ms, bound %2 ms").arg(p99).arg(bound)));

        StoreError error;
        std::unique_ptr<SqliteStore> store = SqliteStore::open(m_fixture.file(), &error);
        QVERIFY2(store, qPrintable(error.text()));
        QList<qint64> users;
        for (int w = 0; w < kWriters; ++w)
            users << 100 + w;
        const QHash<qint64, QJsonObject> values =
            store->metaValues(1, users, {QStringLiteral("phone")}, 0, kWriters + 1);
        for (int w = 0; w < kWriters; ++w) {
            QVERIFY2(!lastAcknowledged[size_t(w)].isEmpty(), "a writer never got an answer");
            QCOMPARE(values.value(100 + w).value(QStringLiteral("phone")).toString().toUtf8(),
                     lastAcknowledged[size_t(w)]);
        }
    }
};

QTEST_GUILESS_MAIN(ServerSoakTest)
#include "test_server_soak.moc"
