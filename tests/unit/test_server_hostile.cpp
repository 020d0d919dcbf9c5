#include "RawHttpConnection.h"
#include "ServerFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <memory>
#include <sys/resource.h>
#include <thread>
#include <vector>

// Issue 14: the real server against clients that do not play by the rules. Every refusal is
// checked on the wire (status, connection closed) and, for writes, in the file (unchanged);
// every latency bound while a big body or a huge read runs is measured from a second client.
class ServerHostileTest : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fixture;

    static constexpr int kHeaderTimeout = 2; // seconds; the server below runs with these
    static constexpr int kBodyTimeout = 3;
    static constexpr int kKeepAlive = 2;

    quint16 port() { return m_fixture.server().port(); }

    QByteArray credentials() const
    {
        ServerFixture &f = const_cast<ServerFixture &>(m_fixture);
        return "tld-api-id: " + f.client().apiId().toUtf8() +
               "\r\ntld-api-key: " + f.client().apiKey().toUtf8() + "\r\n";
    }

    // A request head: the request line, Host, then `headers` (each ending in CRLF), then CRLF.
    static QByteArray head(const QByteArray &method, const QByteArray &target,
                           const QByteArray &headers)
    {
        return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
    }

    static QString errorOf(const RawHttpConnection::Response &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    }

    static double percentile(std::vector<double> values, double p)
    {
        if (values.empty())
            return 1e9;
        std::sort(values.begin(), values.end());
        return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
    }

    struct Probe
    {
        std::vector<double> ms;
        int failures = 0;
    };

    // Small authenticated reads on one keep-alive connection until `stop`, each timed.
    static void probe(quint16 port, const QByteArray &credentials, const std::atomic<bool> &stop,
                      Probe &result)
    {
        RawHttpConnection c;
        while (!stop.load()) {
            if (!c.open(port)) {
                ++result.failures;
                QThread::msleep(20);
                continue;
            }
            while (!stop.load()) {
                QElapsedTimer t;
                t.start();
                if (!c.send(head("GET", "/api/egress/account", credentials)))
                    break;
                const RawHttpConnection::Response r = c.read(10000);
                if (r.status != 200) {
                    ++result.failures;
                    break;
                }
                result.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                QThread::msleep(5);
            }
        }
    }

    // 16 MiB of JSON: arrays nested 60 deep, side by side (issue 14 item 1).
    static QByteArray nestedJson(qint64 bytes)
    {
        const QByteArray one = QByteArray(60, '[') + '1' + QByteArray(60, ']');
        const qint64 count =
            (bytes - 1) / (one.size() + 1); // "[" + count × (one + ",") - "," + "]"
        QByteArray body = "[";
        body.reserve(bytes);
        for (qint64 i = 0; i < count; ++i)
            body += (i ? "," : "") + one;
        body += ']';
        return body;
    }

    static qint64 cpuTicks(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the command name (which may hold spaces) start after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime + stime
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(
                     2000, {QStringLiteral("--quiet"), QStringLiteral("--header-timeout"),
                            QString::number(kHeaderTimeout), QStringLiteral("--body-timeout"),
                            QString::number(kBodyTimeout), QStringLiteral("--keep-alive-timeout"),
                            QString::number(kKeepAlive)}),
                 qPrintable(m_fixture.error()));
    }

    // Item 1: without credentials in the head, a big body is refused before it is read.
    void shouldRefuseUnauthenticatedBodiesUnread()
    {
        const QString before = m_fixture.dump();
        const qint64 big = 16 * 1024 * 1024;
        const struct
        {
            QByteArray contentType;
            QByteArray start;
        } cases[] = {{"application/x-www-form-urlencoded", QByteArray("a[]=1&").repeated(10000)},
                     {"application/json", nestedJson(65536)}};
        for (const auto &c : cases) {
            RawHttpConnection raw;
            QVERIFY(raw.open(port()));
            QElapsedTimer t;
            t.start();
            QVERIFY(raw.send(head("PUT", "/api/ingress/user_meta",
                                  "Content-Type: " + c.contentType +
                                      "\r\nContent-Length: " + QByteArray::number(big) + "\r\n")));
            raw.send(c.start); // may already be refused
            const RawHttpConnection::Response r = raw.read(5000);
            QCOMPARE(r.status, 400);
            QCOMPARE(errorOf(r), QStringLiteral("No API ID Provided"));
            QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
            QVERIFY(raw.closedWithin(3000));
        }
        // Chunked (length unknown) without credentials: refused as well.
        RawHttpConnection chunked;
        QVERIFY(chunked.open(port()));
        QVERIFY(chunked.send(head("PUT", "/api/ingress/user_meta",
                                  "Content-Type: application/json\r\nTransfer-Encoding: "
                                  "chunked\r\n") +
                             "5\r\n[1,2]\r\n"));
        QCOMPARE(chunked.read(5000).status, 400);
        QCOMPARE(m_fixture.dump(), before);

        // Credentials in a small body are still good (docs/API.md 2).
        const QJsonObject body{{QStringLiteral("api_id"), m_fixture.client().apiId()},
                               {QStringLiteral("api_key"), m_fixture.client().apiKey()},
                               {QStringLiteral("user_id"), 1},
                               {QStringLiteral("field"), QStringLiteral("phone")},
                               {QStringLiteral("value"), QStringLiteral("+15550001234")}};
        const HttpReply ok = m_fixture.client().send(
            "PUT", QStringLiteral("/api/ingress/user_meta"),
            QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", false);
        QCOMPARE(ok.status, 200);
        QVERIFY(m_fixture.dump() != before);
    }

    // Items 1 and 4: one client's 16 MiB body or huge read does not hold up another's small read.
    void shouldAnswerSmallReadsWhileBigRequestsRun()
    {
        // The default timeouts: a 16 MiB body may take longer than this fixture's 3 s.
        ServerProcess server;
        QVERIFY2(server.start(m_fixture.file(), {QStringLiteral("--quiet")}),
                 qPrintable(server.error()));
        const quint16 port = server.port();
        std::atomic<bool> stop{false};
        Probe quiet;
        std::thread baseline([&] { probe(port, credentials(), stop, quiet); });
        QThread::msleep(500);
        stop = true;
        baseline.join();

        // The big bodies are built before the timed reads start: the server is measured, not
        // this process building them.
        const QByteArray nested = nestedJson(16 * 1024 * 1024 - 1);
        QByteArray ids = "{\"user_id\":[";
        for (int i = 1; i <= 1000000; ++i)
            ids += QByteArray::number(i) + (i < 1000000 ? "," : "]}");
        const QString before = m_fixture.dump();
        stop = false;
        Probe loaded;
        std::thread prober([&] { probe(port, credentials(), stop, loaded); });
        int bigStatuses[2] = {0, 0};
        QElapsedTimer bigTime;
        bigTime.start();
        std::thread writer([&] {
            RawHttpConnection c;
            if (!c.open(port))
                return;
            if (!c.send(head("PUT", "/api/ingress/user_meta",
                             credentials() + "Content-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(nested.size()) + "\r\n") +
                        nested)) {
                bigStatuses[0] = -1;
                const RawHttpConnection::Response r = c.read(5000);
                qWarning("send failed; answer %d %s", r.status, r.body.left(300).constData());
                return;
            }
            const RawHttpConnection::Response r = c.read(300000);
            bigStatuses[0] = r.status;
            if (r.status == 0)
                qWarning("no answer; received '%s'", c.pending().left(300).constData());
        });
        std::thread reader([&] {
            RawHttpConnection c;
            if (c.open(port) &&
                c.send(head("GET", "/api/egress/user_meta",
                            credentials() + "Content-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(ids.size()) + "\r\n") +
                       ids))
                bigStatuses[1] = c.read(300000).status;
        });
        writer.join();
        reader.join();
        const qint64 bigMs = bigTime.elapsed();
        stop = true;
        prober.join();
        QCOMPARE(bigStatuses[0], 400); // not a user_meta document
        QCOMPARE(bigStatuses[1], 200);
        QCOMPARE(m_fixture.dump(), before);
        QCOMPARE(loaded.failures, 0);
        const double p99 = percentile(loaded.ms, 0.99);
        qInfo("small reads: idle p99 %.1f ms (%zu); during the big requests (%lld ms) p50 %.1f "
              "p99 %.1f max %.1f ms (%zu)",
              percentile(quiet.ms, 0.99), quiet.ms.size(), bigMs, percentile(loaded.ms, 0.5), p99,
              percentile(loaded.ms, 1.0), loaded.ms.size());
        QVERIFY2(loaded.ms.size() >= 20, "too few small reads to judge");
        // As in test_server_soak: 100 ms, or 500 ms for a sanitizer build on busy shared cores.
        const double bound =
            qEnvironmentVariable("METADESK_SERVER_SANITIZED") == QLatin1String("ON") ? 500.0
                                                                                     : 100.0;
        QVERIFY2(p99 <= bound,
                 qPrintable(QStringLiteral("p99 %1 ms, bound %2").arg(p99).arg(bound)));
        QVERIFY2(server.stop(), qPrintable(server.log().right(4000)));
    }

    // Item 2: slow and idle connections are closed after the documented timeouts.
    void shouldCloseSlowAndIdleConnections()
    {
        // Slowloris: a head that never ends, one byte at a time.
        RawHttpConnection slow;
        QVERIFY(slow.open(port()));
        QElapsedTimer t;
        t.start();
        slow.send("GET /api/egress/account HTTP/1.1\r\nHost: x\r\n");
        bool open = true;
        while (open && t.elapsed() < 10000) {
            open = slow.send("X");
            if (slow.closedWithin(300))
                open = false;
        }
        QVERIFY2(!open, "a head sent byte by byte kept the connection open");
        QVERIFY2(t.elapsed() >= kHeaderTimeout * 1000 - 300 &&
                     t.elapsed() <= kHeaderTimeout * 1000 + 1500,
                 qPrintable(QString::number(t.elapsed())));

        // A connection that sends nothing.
        RawHttpConnection idle;
        QVERIFY(idle.open(port()));
        t.restart();
        QVERIFY(idle.closedWithin(kHeaderTimeout * 1000 + 1500));
        QVERIFY(t.elapsed() >= kHeaderTimeout * 1000 - 300);

        // Keep-alive: open after an answer, closed when no next request comes.
        RawHttpConnection kept;
        QVERIFY(kept.open(port()));
        QVERIFY(kept.send(head("GET", "/api/egress/account", credentials())));
        QCOMPARE(kept.read(5000).status, 200);
        t.restart();
        QVERIFY(!kept.closedWithin(kKeepAlive * 1000 - 500));
        QVERIFY(kept.closedWithin(2000));

        // A body that trickles: closed after the body timeout, nothing written.
        const QString before = m_fixture.dump();
        const QByteArray write = R"({"user_id": 2, "field": "phone", "value": "+15550009999"})";
        RawHttpConnection trickle;
        QVERIFY(trickle.open(port()));
        QVERIFY(
            trickle.send(head("PUT", "/api/ingress/user_meta",
                              credentials() + "Content-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(write.size()) + "\r\n")));
        t.restart();
        for (int i = 0; i < write.size() - 1 && trickle.send(write.mid(i, 1)); ++i) {
            if (trickle.closedWithin(400))
                break;
        }
        QVERIFY2(trickle.closedWithin(2000), "a trickling body kept the connection open");
        QVERIFY2(t.elapsed() <= kBodyTimeout * 1000 + 2000,
                 qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_fixture.dump(), before);
    }

    // Item 2: beyond the cap a request gets a clear 503; below it, service resumes.
    void shouldAnswer503BeyondTheConnectionCap()
    {
        ServerProcess capped;
        QVERIFY2(capped.start(m_fixture.file(),
                              {QStringLiteral("--quiet"), QStringLiteral("--max-connections"),
                               QStringLiteral("16")}),
                 qPrintable(capped.error()));
        std::vector<std::unique_ptr<RawHttpConnection>> held;
        for (int i = 0; i < 16; ++i) {
            held.push_back(std::make_unique<RawHttpConnection>());
            QVERIFY(held.back()->open(capped.port()));
        }
        QThread::msleep(300);
        RawHttpConnection over;
        QVERIFY(over.open(capped.port()));
        QVERIFY(over.send(head("GET", "/api/egress/account", credentials())));
        const RawHttpConnection::Response busy = over.read(5000);
        QCOMPARE(busy.status, 503);
        QCOMPARE(errorOf(busy), QStringLiteral("Server Busy"));
        QVERIFY(over.closedWithin(2000));
        held.clear();
        QThread::msleep(300);
        RawHttpConnection again;
        QVERIFY(again.open(capped.port()));
        QVERIFY(again.send(head("GET", "/api/egress/account", credentials())));
        QCOMPARE(again.read(5000).status, 200);
        QVERIFY(capped.stop());
    }

    // Item 2: out of descriptors, the server waits instead of spinning, and serves again once
    // idle connections time out.
    void shouldNotSpinOutOfDescriptors()
    {
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
        rlimit low = original;
        low.rlim_cur = 128;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0); // the server inherits it
        ServerProcess limited;
        const bool started =
            limited.start(m_fixture.file(),
                          {QStringLiteral("--quiet"), QStringLiteral("--header-timeout"),
                           QStringLiteral("2"), QStringLiteral("--workers"), QStringLiteral("2")});
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
        QVERIFY2(started, qPrintable(limited.error()));

        std::vector<std::unique_ptr<RawHttpConnection>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<RawHttpConnection>());
            idle.back()->open(limited.port()); // some wait in the backlog
        }
        QThread::msleep(500);
        const qint64 ticksBefore = cpuTicks(limited.pid());
        QThread::msleep(1500);
        const qint64 ticks = cpuTicks(limited.pid()) - ticksBefore;
        QVERIFY2(ticksBefore >= 0 && ticks <= 15, // 0.15 CPU-seconds at 100 ticks per second
                 qPrintable(QStringLiteral("%1 ticks in 1.5 s").arg(ticks)));

        RawHttpConnection normal;
        QVERIFY(normal.open(limited.port()));
        QVERIFY(normal.send(head("GET", "/api/egress/account", credentials())));
        const RawHttpConnection::Response r = normal.read(15000);
        QVERIFY2(r.status == 200 || r.status == 503, qPrintable(QString::number(r.status)));
        idle.clear();
        QVERIFY(limited.stop());
    }

    // Item 3: doubtful framing is refused with 400 and the connection closed; nothing written.
    void shouldRefuseAmbiguousFraming()
    {
        const QString before = m_fixture.dump();
        const QByteArray write = R"({"user_id": 3, "field": "phone", "value": "+15550007777"})";
        const QByteArray json = credentials() + "Content-Type: application/json\r\n";

        RawHttpConnection twoLengths;
        QVERIFY(twoLengths.open(port()));
        twoLengths.send(head("PUT", "/api/ingress/user_meta",
                             json + "Content-Length: 3\r\nContent-Length: " +
                                 QByteArray::number(write.size()) + "\r\n") +
                        write);
        const RawHttpConnection::Response r1 = twoLengths.read(5000);
        QCOMPARE(r1.status, 400);
        QVERIFY(twoLengths.closedWithin(2000));

        RawHttpConnection smuggled;
        QVERIFY(smuggled.open(port()));
        const QByteArray chunk =
            QByteArray::number(write.size(), 16) + "\r\n" + write + "\r\n0\r\n\r\n";
        smuggled.send(head("PUT", "/api/ingress/user_meta",
                           json + "Content-Length: " + QByteArray::number(chunk.size()) +
                               "\r\nTransfer-Encoding: chunked\r\n") +
                      chunk +
                      head("PUT", "/api/ingress/user_meta",
                           json + "Content-Length: " + QByteArray::number(write.size()) + "\r\n") +
                      write);
        QCOMPARE(smuggled.read(5000).status, 400);
        QVERIFY(smuggled.closedWithin(2000));
        QCOMPARE(smuggled.pending(), QByteArray()); // the second request was never answered
        QCOMPARE(m_fixture.dump(), before);

        // HEAD: the answer's head only, so the next answer on the connection starts cleanly.
        RawHttpConnection headFirst;
        QVERIFY(headFirst.open(port()));
        QVERIFY(headFirst.send(head("HEAD", "/api/egress/account", credentials())));
        const RawHttpConnection::Response h = headFirst.read(5000, true);
        QCOMPARE(h.status, 200);
        QVERIFY(h.header("Content-Length").toLongLong() > 0);
        QThread::msleep(200);
        QVERIFY(headFirst.send(head("GET", "/api/egress/account", credentials())));
        const RawHttpConnection::Response g = headFirst.read(5000);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.body.size(), h.header("Content-Length").toLongLong());
        QVERIFY(QJsonDocument::fromJson(g.body).isObject());
    }

    // Item 3: header count and size limits answer 431; a malformed header line 400.
    void shouldRefuseOversizedOrMalformedHeads()
    {
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        RawHttpConnection count;
        QVERIFY(count.open(port()));
        count.send(head("GET", "/api/egress/account", credentials() + many));
        const RawHttpConnection::Response r1 = count.read(5000);
        QCOMPARE(r1.status, 431);
        QCOMPARE(errorOf(r1), QStringLiteral("Request Header Fields Too Large"));
        QVERIFY(count.closedWithin(2000));

        RawHttpConnection huge;
        QVERIFY(huge.open(port()));
        huge.send(head("GET", "/api/egress/account",
                       credentials() + "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n"));
        QCOMPARE(huge.read(5000).status, 431);
        QVERIFY(huge.closedWithin(2000));

        RawHttpConnection noColon;
        QVERIFY(noColon.open(port()));
        noColon.send(head("GET", "/api/egress/account", credentials() + "no colon here\r\n"));
        QCOMPARE(noColon.read(5000).status, 400);
        QVERIFY(noColon.closedWithin(2000));

        // Just under the limits is fine.
        RawHttpConnection fine;
        QVERIFY(fine.open(port()));
        QByteArray ninety;
        for (int i = 0; i < 90; ++i)
            ninety += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        fine.send(head("GET", "/api/egress/account",
                       credentials() + ninety + "X-Big: " + QByteArray(8192, 'a') + "\r\n"));
        QCOMPARE(fine.read(5000).status, 200);
    }

    // Item 6: an escaped lone surrogate is not text; a whole pair is.
    void shouldRefuseLoneSurrogates()
    {
        const QString before = m_fixture.dump();
        for (const QByteArray &value :
             {QByteArray(R"(\ud800)"), QByteArray(R"(a\udc00b)"), QByteArray(R"(\ud83d\u0041)")}) {
            const HttpReply r = m_fixture.client().send(
                "PUT", QStringLiteral("/api/ingress/user_meta"),
                R"({"user_id": 4, "field": "phone", "value": ")" + value + R"("})");
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error(), QStringLiteral("Bad Request"));
            QVERIFY2(r.body.contains("surrogate"), r.body.constData());
        }
        QCOMPARE(m_fixture.dump(), before);
        const HttpReply pair = m_fixture.client().send(
            "PUT", QStringLiteral("/api/ingress/user_meta"),
            R"({"user_id": 4, "field": "preferences", "value": {"mood": "\ud83d\ude00"}})");
        QCOMPARE(pair.status, 200);
        QVERIFY(m_fixture.dump().contains(QString::fromUtf8("\xF0\x9F\x98\x80")));
    }
};

QTEST_GUILESS_MAIN(ServerHostileTest)
#include "test_server_hostile.moc"
