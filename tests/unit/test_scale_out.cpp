#include "ApiClient.h"
#include "NginxProxy.h"
#include "ServerProcess.h"
#include "StoreFixture.h"
#include "StoreSql.h"
#include "SyncJobAnswer.h"

#include "exchange/OfflineCopyJob.h"
#include "exchange/OfflineSyncJob.h"
#include "server/ServeOptions.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <memory>
#include <optional>

using Decision = ThreeWayMerge::Decision;
using SyncJobAnswer::await;
using SyncJobAnswer::outcomeOf;
using SyncJobAnswer::planOf;

// Issue 16: metadesk-server instances behind a real nginx (deploy/nginx/metadesk.conf, TLS with a
// certificate made here), all real processes on loopback. Many clients write one account at once
// through nginx; every acknowledged write must be in the database exactly once, and an instance
// killed mid-stream must cost no acknowledged write and break no request in half. The database
// is a parameter (serveBackend): a file that both instances serve.
class ScaleOutTest : public QObject
{
    Q_OBJECT

    static constexpr int kUsersPerClient = 8; // 4 written, 4 spare for after an uncertain answer

    struct Key
    {
        QString id;
        QString key;
    };

    // The database, instances serving it, and nginx in front of them.
    struct Deployment
    {
        QString backend;
        std::vector<std::unique_ptr<ServerProcess>> instances;
        NginxProxy proxy;
        Key key;
    };

    // One request as its client saw it.
    struct Write
    {
        enum class Kind
        {
            Format2, // balance and preferences of three users: 6 entries
            Format3, // balance of one user
            Groups   // a membership operation on two users
        };
        Kind kind = Kind::Format2;
        QByteArray method;
        QList<qint64> users;
        qint64 value = 0; // Format2/3: the balance sent; preferences is {"w": value}
        QHash<qint64, QSet<qint64>> groupsBefore; // Groups: each user's groups before and after
        QHash<qint64, QSet<qint64>> groupsAfter;
        qint64 expectedChanges = 0;
        int status = 0;
        qint64 revision = -1;
        qint64 changes = -1; // as answered: updated, or added + removed
        qint64 startedMs = 0;
        QString problem; // an answer that is neither 200 nor a gateway's 502
    };

    // What every client needs to know of the account before it starts.
    struct AccountState
    {
        QList<qint64> users;
        QHash<qint64, QSet<qint64>> groups; // each user's groups at the start
        qint64 groupA = 0;
        qint64 groupB = 0;
        qint64 revision = 0;
    };

    // One client: its own users, its own connection, writing until the deadline. On an
    // uncertain answer (502) it leaves those users alone, so that their state stays as that
    // request left it, and goes on with its spare ones; after a second it stops.
    static QList<Write> writeUntil(const QString &baseUrl, const Key &key, int client,
                                   const AccountState &account, const QElapsedTimer &clock,
                                   qint64 untilMs)
    {
        ApiClient api(baseUrl, key.id, key.key);
        QList<Write> log;
        QList<qint64> mine = account.users.mid(client * kUsersPerClient, kUsersPerClient);
        QHash<qint64, QSet<qint64>> groups;
        for (qint64 user : mine)
            groups.insert(user, account.groups.value(user));
        int spareSets = 1;
        int groupStep = 0;
        for (qint64 seq = 1; clock.elapsed() < untilMs; ++seq) {
            Write w;
            w.value = client * 10000 + seq;
            QJsonObject body;
            QString path = QStringLiteral("/api/ingress/user_meta");
            switch (seq % 3) {
            case 1: {
                w.kind = Write::Kind::Format2;
                w.method = "PUT";
                w.users = mine.mid(0, 3);
                QJsonArray fields;
                for (qint64 user : std::as_const(w.users)) {
                    fields.append(QJsonObject{{QStringLiteral("user_id"), user},
                                              {QStringLiteral("field"), QStringLiteral("balance")},
                                              {QStringLiteral("value"), w.value}});
                    fields.append(QJsonObject{
                        {QStringLiteral("user_id"), QString::number(user)},
                        {QStringLiteral("field"), QStringLiteral("preferences")},
                        {QStringLiteral("value"), QJsonObject{{QStringLiteral("w"), w.value}}}});
                }
                body = QJsonObject{{QStringLiteral("fields"), fields}};
                w.expectedChanges = 6;
                break;
            }
            case 2:
                w.kind = Write::Kind::Format3;
                w.method = "PUT";
                w.users = {mine.at(3)};
                body = QJsonObject{{QStringLiteral("user_id"), mine.at(3)},
                                   {QStringLiteral("field"), QStringLiteral("balance")},
                                   {QStringLiteral("value"), w.value}};
                w.expectedChanges = 1;
                break;
            default: {
                w.kind = Write::Kind::Groups;
                w.users = mine.mid(0, 2);
                path = QStringLiteral("/api/ingress/user_group_members");
                // PUT {A}, POST B, DELETE B, PUT {B}, again: from the first on, each changes.
                static const struct
                {
                    const char *method;
                    bool groupA;
                } steps[] = {{"PUT", true}, {"POST", false}, {"DELETE", false}, {"PUT", false}};
                const auto &step = steps[groupStep];
                groupStep = (groupStep + 1) % 4;
                w.method = step.method;
                const qint64 group = step.groupA ? account.groupA : account.groupB;
                for (qint64 user : std::as_const(w.users)) {
                    const QSet<qint64> before = groups.value(user);
                    QSet<qint64> after = before;
                    if (w.method == QByteArrayLiteral("PUT"))
                        after = {group};
                    else if (w.method == QByteArrayLiteral("POST"))
                        after.insert(group);
                    else
                        after.remove(group);
                    w.groupsBefore.insert(user, before);
                    w.groupsAfter.insert(user, after);
                    w.expectedChanges += (after - before).size() + (before - after).size();
                }
                body = QJsonObject{
                    {QStringLiteral("user_id"), QJsonArray{w.users.at(0), w.users.at(1)}},
                    {QStringLiteral("group_id"), group}};
                break;
            }
            }
            w.startedMs = clock.elapsed();
            const HttpReply reply = api.sendJson(w.method, path, body);
            w.status = reply.status;
            if (reply.status == 200) {
                w.revision = reply.json.value(QStringLiteral("revision")).toInteger(-1);
                w.changes = w.kind == Write::Kind::Groups
                                ? reply.json.value(QStringLiteral("added")).toInteger() +
                                      reply.json.value(QStringLiteral("removed")).toInteger()
                                : reply.json.value(QStringLiteral("updated")).toInteger(-1);
                if (w.kind == Write::Kind::Groups) {
                    for (qint64 user : std::as_const(w.users))
                        groups[user] = w.groupsAfter.value(user);
                }
                log << w;
                continue;
            }
            if (reply.status != 502)
                w.problem = reply.describe();
            log << w;
            if (!w.problem.isEmpty() || spareSets-- == 0)
                break;
            mine = mine.mid(4);
            groupStep = 0;
        }
        return log;
    }

    // `clients` threads writing through `baseUrl` for `durationMs`; `during` runs meanwhile on
    // this thread (after `duringAtMs`).
    static std::vector<QList<Write>> writeConcurrently(const QString &baseUrl, const Key &key,
                                                       int clients, const AccountState &account,
                                                       qint64 durationMs,
                                                       const std::function<void()> &during = {},
                                                       qint64 duringAtMs = 0,
                                                       qint64 *duringRanAtMs = nullptr)
    {
        std::vector<QList<Write>> logs(static_cast<size_t>(clients));
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QThread>> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back(QThread::create([&, c] {
                logs[size_t(c)] = writeUntil(baseUrl, key, c, account, clock, durationMs);
            }));
            threads.back()->start();
        }
        if (during) {
            QThread::msleep(quint64(duringAtMs));
            if (duringRanAtMs)
                *duringRanAtMs = clock.elapsed();
            during();
        }
        for (auto &thread : threads)
            thread->wait();
        return logs;
    }

    // `metadesk-server ARGS` as an administrator runs it; its standard output, or nothing.
    static QString serverCommand(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("METADESK_SERVER"), arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning("metadesk-server %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static std::optional<Key> addKey(const QString &backend)
    {
        const QString out = serverCommand({QStringLiteral("key"), QStringLiteral("add"), backend,
                                           QStringLiteral("--account"), QStringLiteral("1")});
        static const QRegularExpression id(QStringLiteral("^api_id: (\\S+)$"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression secret(QStringLiteral("^api_key: (\\S+)$"),
                                               QRegularExpression::MultilineOption);
        const QRegularExpressionMatch i = id.match(out);
        const QRegularExpressionMatch k = secret.match(out);
        if (!i.hasMatch() || !k.hasMatch())
            return std::nullopt;
        return Key{i.captured(1), k.captured(1)};
    }

    // A demo database (the same for the same seed) to serve: a file.
    QString serveBackend(const QString &name, int users)
    {
        const QString backend = m_dir.filePath(name + QStringLiteral(".db"));
        if (serverCommand({QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--users"), QString::number(users),
                           QStringLiteral("--seed"), QStringLiteral("7"), backend})
                .isEmpty())
            return {};
        return backend;
    }

    bool deploy(Deployment &d, const QString &name, int instances, int users)
    {
        d.backend = serveBackend(name, users);
        const std::optional<Key> key = d.backend.isEmpty() ? std::nullopt : addKey(d.backend);
        if (!key)
            return false;
        d.key = *key;
        QStringList addresses;
        for (int i = 0; i < instances; ++i) {
            d.instances.push_back(std::make_unique<ServerProcess>());
            if (!d.instances.back()->start(d.backend, {QStringLiteral("--quiet")})) {
                qWarning("%s", qPrintable(d.instances.back()->error()));
                return false;
            }
            addresses << QStringLiteral("127.0.0.1:%1").arg(d.instances.back()->port());
        }
        if (!d.proxy.start(addresses, ServeOptions::kDefaultMaxBody)) {
            qWarning("%s", qPrintable(d.proxy.error()));
            return false;
        }
        d.proxy.trustInThisProcess();
        return true;
    }

    static AccountState accountThrough(ApiClient &api)
    {
        AccountState account;
        const HttpReply users = api.get(QStringLiteral("/api/egress/users?limit=5000"));
        account.revision = users.json.value(QStringLiteral("revision")).toInteger(-1);
        for (const QJsonValue &u : users.json.value(QStringLiteral("users")).toArray()) {
            const qint64 id = u[QStringLiteral("id")].toInteger();
            account.users << id;
            QSet<qint64> groups;
            for (const QJsonValue &g : u[QStringLiteral("groups")].toArray())
                groups.insert(g.toInteger());
            account.groups.insert(id, groups);
        }
        const QJsonArray groups = api.get(QStringLiteral("/api/egress/user_groups"))
                                      .json[QStringLiteral("user_groups")]
                                      .toArray();
        if (groups.size() >= 2) {
            account.groupA = groups.at(0)[QStringLiteral("id")].toInteger();
            account.groupB = groups.at(1)[QStringLiteral("id")].toInteger();
        }
        return account;
    }

    // Everything that changed after `since`, read through egress: the value and revision of each
    // place, and each membership.
    struct Changes
    {
        QHash<QPair<qint64, QString>, QPair<QJsonValue, qint64>> meta;
        QHash<QPair<qint64, qint64>, QPair<bool, qint64>> memberships;
        bool complete = false;
    };
    static Changes changesThrough(ApiClient &api, qint64 since)
    {
        Changes changes;
        QString after;
        for (int page = 0; page < 100; ++page) {
            const HttpReply r = api.get(
                QStringLiteral("/api/egress/changes?since=%1&limit=5000%2").arg(since).arg(after));
            if (r.status != 200) {
                qWarning("%s", qPrintable(r.describe()));
                return changes;
            }
            for (const QJsonValue &m : r.json[QStringLiteral("meta")].toArray())
                changes.meta.insert(
                    {m[QStringLiteral("user_id")].toInteger(),
                     m[QStringLiteral("field")].toString()},
                    {m[QStringLiteral("value")], m[QStringLiteral("revision")].toInteger()});
            for (const QJsonValue &m : r.json[QStringLiteral("memberships")].toArray())
                changes.memberships.insert({m[QStringLiteral("user_id")].toInteger(),
                                            m[QStringLiteral("group_id")].toInteger()},
                                           {m[QStringLiteral("member")].toBool(),
                                            m[QStringLiteral("revision")].toInteger()});
            if (r.json[QStringLiteral("next")].isNull()) {
                changes.complete = true;
                return changes;
            }
            after = QStringLiteral("&after=%1").arg(r.json[QStringLiteral("next")].toInteger());
        }
        return changes;
    }

    // The meta places a write sets, each with the value it sets.
    static QList<QPair<QPair<qint64, QString>, QJsonValue>> placesOf(const Write &w)
    {
        QList<QPair<QPair<qint64, QString>, QJsonValue>> places;
        for (qint64 user : w.users) {
            places.append({{user, QStringLiteral("balance")}, QJsonValue(w.value)});
            if (w.kind == Write::Kind::Format2)
                places.append({{user, QStringLiteral("preferences")},
                               QJsonObject{{QStringLiteral("w"), w.value}}});
        }
        return places;
    }

    static bool sameValue(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isDouble() && b.isDouble())
            return a.toDouble() == b.toDouble();
        return a == b;
    }

    // What the clients' logs say the account must now hold, checked against what it holds
    // (false, with a warning saying what differs).
    struct Verdict
    {
        qint64 acknowledged = 0;
        qint64 changing = 0; // acknowledged writes that changed something
        qint64 uncertain = 0;
        qint64 uncertainLanded = 0;
        qint64 finalRevision = 0;
    };
    static bool verify(const std::vector<QList<Write>> &logs, const AccountState &start,
                       ApiClient &api, Verdict *verdict)
    {
        QSet<qint64> revisions;
        // Per place: (value, revision) of the last acknowledged write.
        QHash<QPair<qint64, QString>, QPair<QJsonValue, qint64>> expectedMeta;
        QHash<QPair<qint64, qint64>, QPair<bool, qint64>> expectedMemberships;
        QHash<qint64, QSet<qint64>> expectedGroups = start.groups;
        QList<const Write *> uncertain;
        for (const QList<Write> &log : logs) {
            for (const Write &w : log) {
                if (!w.problem.isEmpty()) {
                    qWarning("not 200 and not a gateway's 502: %s", qPrintable(w.problem));
                    return false;
                }
                if (w.status == 502) {
                    uncertain << &w;
                    continue;
                }
                ++verdict->acknowledged;
                if (w.changes != w.expectedChanges) {
                    qWarning("a write answered %lld changes, %lld expected", w.changes,
                             w.expectedChanges);
                    return false;
                }
                if (w.expectedChanges == 0)
                    continue; // answers the revision as it is
                ++verdict->changing;
                if (w.revision <= start.revision || revisions.contains(w.revision)) {
                    qWarning("revision %lld handed out twice or before the start (%lld)",
                             w.revision, start.revision);
                    return false;
                }
                revisions.insert(w.revision);
                if (w.kind != Write::Kind::Groups) {
                    for (const auto &[place, value] : placesOf(w))
                        expectedMeta.insert(place, {value, w.revision});
                    continue;
                }
                for (qint64 user : w.users) {
                    const QSet<qint64> before = w.groupsBefore.value(user);
                    const QSet<qint64> after = w.groupsAfter.value(user);
                    for (qint64 g : after - before)
                        expectedMemberships.insert({user, g}, {true, w.revision});
                    for (qint64 g : before - after)
                        expectedMemberships.insert({user, g}, {false, w.revision});
                    expectedGroups[user] = after;
                }
            }
        }
        verdict->uncertain = uncertain.size();

        const Changes changes = changesThrough(api, start.revision);
        if (!changes.complete)
            return false;
        const AccountState now = accountThrough(api);
        verdict->finalRevision = now.revision;

        // An uncertain request: every place as it set it, or every place as before it.
        for (const Write *w : std::as_const(uncertain)) {
            int landed = 0;
            int places = 0;
            if (w->kind == Write::Kind::Groups) {
                for (qint64 user : w->users) {
                    const QSet<qint64> before = w->groupsBefore.value(user);
                    const QSet<qint64> after = w->groupsAfter.value(user);
                    if (before == after)
                        continue; // the same either way
                    ++places;
                    if (now.groups.value(user) == after)
                        ++landed;
                    else if (now.groups.value(user) != before) {
                        qWarning("user %lld holds neither the groups before nor after a request",
                                 user);
                        return false;
                    }
                }
                if (landed == places) {
                    for (qint64 user : w->users) {
                        const QSet<qint64> before = w->groupsBefore.value(user);
                        const QSet<qint64> after = w->groupsAfter.value(user);
                        expectedGroups[user] = after;
                        // Its revision is unknown; checked below to be no other write's.
                        for (qint64 g : (after - before) + (before - after))
                            expectedMemberships.insert({user, g}, {after.contains(g), -1});
                    }
                }
            } else {
                for (const auto &[place, value] : placesOf(*w)) {
                    ++places;
                    if (sameValue(changes.meta.value(place).first, value))
                        ++landed;
                }
                if (landed == places) {
                    for (const auto &[place, value] : placesOf(*w))
                        expectedMeta.insert(place, {value, -1});
                }
            }
            if (landed != 0 && landed != places) {
                qWarning("a request cut off by the kill landed in part: %d of %d places", landed,
                         places);
                return false;
            }
            if (landed == places && w->expectedChanges > 0)
                ++verdict->uncertainLanded;
        }

        // Every place holds its last acknowledged write, with that write's revision; nothing
        // else changed.
        QSet<qint64> landedRevisions;
        for (auto it = changes.meta.cbegin(); it != changes.meta.cend(); ++it) {
            const auto expected = expectedMeta.find(it.key());
            if (expected == expectedMeta.cend()) {
                qWarning("user %lld field %s changed, and no client wrote it", it.key().first,
                         qPrintable(it.key().second));
                return false;
            }
            if (!sameValue(it.value().first, expected->first) ||
                (expected->second >= 0 && it.value().second != expected->second)) {
                qWarning("user %lld field %s holds %s at revision %lld, the last acknowledged "
                         "write set %s at %lld",
                         it.key().first, qPrintable(it.key().second),
                         QJsonDocument(QJsonArray{it.value().first}).toJson().constData(),
                         it.value().second,
                         QJsonDocument(QJsonArray{expected->first}).toJson().constData(),
                         expected->second);
                return false;
            }
            if (expected->second < 0)
                landedRevisions.insert(it.value().second);
        }
        if (changes.meta.size() != expectedMeta.size()) {
            qWarning("%lld places changed, %lld written", qint64(changes.meta.size()),
                     qint64(expectedMeta.size()));
            return false;
        }
        for (auto it = changes.memberships.cbegin(); it != changes.memberships.cend(); ++it) {
            const auto expected = expectedMemberships.find(it.key());
            if (expected == expectedMemberships.cend() || it.value().first != expected->first ||
                (expected->second >= 0 && it.value().second != expected->second)) {
                qWarning("membership of user %lld in group %lld is %d at revision %lld, not as "
                         "acknowledged",
                         it.key().first, it.key().second, int(it.value().first), it.value().second);
                return false;
            }
            if (expected->second < 0)
                landedRevisions.insert(it.value().second);
        }
        if (changes.memberships.size() != expectedMemberships.size()) {
            qWarning("%lld memberships changed, %lld written", qint64(changes.memberships.size()),
                     qint64(expectedMemberships.size()));
            return false;
        }
        for (auto it = expectedGroups.cbegin(); it != expectedGroups.cend(); ++it) {
            if (now.groups.value(it.key()) != it.value()) {
                qWarning("user %lld is not in the groups acknowledged", it.key());
                return false;
            }
        }
        // Each write counted once: as many revisions as writes that changed something (a
        // request sent twice would count twice), and the landed uncertain ones at revisions no
        // acknowledged write has.
        if (landedRevisions.intersects(revisions)) {
            qWarning("an uncertain request shares a revision with an acknowledged one");
            return false;
        }
        if (now.revision - start.revision != verdict->changing + verdict->uncertainLanded) {
            qWarning("the revision moved by %lld for %lld acknowledged and %lld landed uncertain "
                     "writes that changed something",
                     now.revision - start.revision, verdict->changing, verdict->uncertainLanded);
            return false;
        }
        return true;
    }

    // The offline round trip of test_offline_sync's main case, against `baseUrl`: A takes a copy,
    // B changes the account online, A edits the copy, compares, decides and sends. The result
    // as text: the plan, the outcome, everything that changed on the server (with revisions) and
    // the copy's values and memberships.
    QString offlineRoundTrip(const QString &baseUrl, const QString &backend, const QString &name)
    {
        const std::optional<Key> a = addKey(backend);
        const std::optional<Key> b = addKey(backend);
        if (!a || !b)
            return QStringLiteral("no keys");
        ApiClient online(baseUrl, b->id, b->key);
        const AccountState account = accountThrough(online);
        if (account.users.size() < 12)
            return QStringLiteral("too few users");
        const QList<qint64> u = account.users;

        auto remote = std::make_unique<RemoteStore>(RemoteConnection{QUrl(baseUrl), a->id, a->key});
        if (!waitFor<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                 remote->fetchAccounts(c, std::move(d));
             }).ok())
            return QStringLiteral("cannot read the account");
        OfflineOrigin origin;
        origin.baseUrl = remote->location();
        origin.apiId = a->id;
        origin.accountId = 1;
        origin.accountName = QStringLiteral("Northwind");
        const QString copyPath = m_dir.filePath(name + QStringLiteral(".metadesk"));
        {
            OfflineCopyJob job(remote.get(), origin, copyPath);
            QEventLoop loop;
            QString problem = QStringLiteral("not finished");
            connect(&job, &OfflineCopyJob::finished, &loop, [&](bool done, const QString &message) {
                problem = done ? QString() : message;
                loop.quit();
            });
            job.start();
            loop.exec();
            if (!problem.isEmpty())
                return QStringLiteral("copy: ") + problem;
        }

        // B, online: only B (u1), both differently (u2, u3), both the same (u4), a membership.
        const auto put = [&](qint64 user, int score) {
            return online
                .sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                          QJsonObject{{QStringLiteral("user_id"), user},
                                      {QStringLiteral("field"), QStringLiteral("score")},
                                      {QStringLiteral("value"), score}})
                .status;
        };
        const int statuses[] = {
            put(u.at(1), 21), put(u.at(2), 31), put(u.at(3), 41), put(u.at(4), 88),
            online
                .sendJson("PUT", QStringLiteral("/api/ingress/user_group_members"),
                          QJsonObject{{QStringLiteral("user_id"), u.at(7)},
                                      {QStringLiteral("group_id"), account.groupB}})
                .status};
        for (int status : statuses) {
            if (status != 200)
                return QStringLiteral("B's write answered %1").arg(status);
        }

        // A, offline: only A (u10), the conflicts, the equal one, a membership.
        StoreError error;
        auto sqlite = SqliteStore::open(copyPath, &error);
        if (!sqlite)
            return error.text();
        LocalStore file(std::move(sqlite));
        EditSet edits;
        edits.metaEdits = {{u.at(10), QStringLiteral("score"), 100},
                           {u.at(2), QStringLiteral("score"), 33},
                           {u.at(3), QStringLiteral("score"), 44},
                           {u.at(4), QStringLiteral("score"), 88}};
        edits.groupOperations = {
            {GroupOperation::Kind::Replace, {u.at(5)}, {GroupRef::byId(account.groupA)}}};
        const ApplyReport applied = waitForApply(file.apply(1, edits));
        if (!applied.complete())
            return QStringLiteral("apply: ") + applied.error.text;

        OfflineSyncJob job(&file, std::move(remote), 1);
        SendPlan plan = planOf(await(job, [&] { job.compare(); }));
        QString result = QStringLiteral("plan: send %1 conflict %2 equal %3 incoming %4\n")
                             .arg(plan.count(Decision::Send))
                             .arg(plan.count(Decision::Conflict))
                             .arg(plan.count(Decision::AlreadyEqual))
                             .arg(plan.count(Decision::Incoming));
        for (int row = 0; row < plan.rows().size(); ++row) {
            if (plan.rows().at(row).decision != Decision::Conflict)
                continue;
            plan.choose(row, plan.rows().at(row).place ==
                                     SyncPlace::cell(u.at(2), QStringLiteral("score"))
                                 ? SyncRow::Choice::KeepMine
                                 : SyncRow::Choice::TakeTheirs);
        }
        const SyncOutcome outcome = outcomeOf(await(job, [&] { job.send(plan); }));
        result += QStringLiteral("outcome: landed %1 not landed %2 held %3 file updated %4 "
                                 "moved %5 complete %6 %7\n")
                      .arg(outcome.landed)
                      .arg(outcome.notLanded)
                      .arg(outcome.held)
                      .arg(outcome.fileUpdated)
                      .arg(outcome.revisionMoved)
                      .arg(outcome.complete())
                      .arg(outcome.error.text + outcome.problems.join(QLatin1Char(';')));

        // The server, through the same door: every change since the start, with revisions.
        const HttpReply changes =
            online.get(QStringLiteral("/api/egress/changes?since=0&limit=5000"));
        QJsonObject serverSide = changes.json;
        serverSide.remove(QStringLiteral("next"));
        result += QStringLiteral("server: ") +
                  QString::fromUtf8(QJsonDocument(serverSide).toJson(QJsonDocument::Compact)) +
                  QLatin1Char('\n');
        // The copy's values and memberships.
        for (const char *sql :
             {"SELECT m.user_id, m.group_id FROM memberships m JOIN user_groups g ON g.id = "
              "m.group_id WHERE g.account_id = 1 ORDER BY 1, 2",
              "SELECT v.user_id, f.name, v.value FROM meta_values v JOIN meta_fields f ON f.id "
              "= v.field_id WHERE v.account_id = 1 ORDER BY 1, 2"}) {
            for (const QVariantList &row :
                 StoreSql::rows(file.sqlite(), QString::fromLatin1(sql))) {
                QStringList cells;
                for (const QVariant &cell : row)
                    cells << cell.toString();
                result += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return result;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldKeepEveryAcknowledgedWriteOfManyClientsThroughNginx()
    {
        Deployment d;
        QVERIFY(deploy(d, QStringLiteral("overlap"), 2, 32 * kUsersPerClient + 40));
        ApiClient api(d.proxy.baseUrl(), d.key.id, d.key.key);
        const AccountState account = accountThrough(api);
        QVERIFY2(account.users.size() >= 32 * kUsersPerClient && account.groupB != 0,
                 qPrintable(QString::number(account.users.size())));

        const std::vector<QList<Write>> logs =
            writeConcurrently(d.proxy.baseUrl(), d.key, 32, account, 20000);
        Verdict verdict;
        QVERIFY(verify(logs, account, api, &verdict));
        QCOMPARE(verdict.uncertain, 0); // no 5xx at all while both instances run
        qInfo("%lld acknowledged writes from 32 clients in 20 s; revision %lld -> %lld",
              verdict.acknowledged, account.revision, verdict.finalRevision);
        QVERIFY(verdict.acknowledged >= 32 * 3); // every client got through several times
        // Both instances answered: nginx spread the requests.
        QSet<QString> upstreams;
        for (const QString &line : d.proxy.accessLog())
            upstreams.insert(line.section(QLatin1Char('|'), 3, 3));
        QVERIFY2(upstreams.size() >= 2, qPrintable(QStringList(upstreams.values()).join(u',')));
        QVERIFY(d.proxy.stop());
    }

    void shouldRouteAroundAKilledInstanceAndBreakNoRequestInHalf()
    {
        Deployment d;
        QVERIFY(deploy(d, QStringLiteral("kill"), 2, 16 * kUsersPerClient + 40));
        ApiClient api(d.proxy.baseUrl(), d.key.id, d.key.key);
        const AccountState account = accountThrough(api);
        QVERIFY(account.users.size() >= 16 * kUsersPerClient && account.groupB != 0);

        ServerProcess &victim = *d.instances.back();
        const qint64 victimPid = victim.pid();
        qint64 killedAtMs = 0;
        // The instance is stopped for a moment first, so that requests are surely in flight
        // there when it dies (some mid-transaction, some answered but not yet sent).
        const std::vector<QList<Write>> logs = writeConcurrently(
            d.proxy.baseUrl(), d.key, 16, account, 8000,
            [victimPid] {
                ::kill(pid_t(victimPid), SIGSTOP);
                QThread::msleep(300);
                ::kill(pid_t(victimPid), SIGKILL);
            },
            2500, &killedAtMs);
        killedAtMs += 300;
        Verdict verdict;
        QVERIFY(verify(logs, account, api, &verdict));
        qInfo("%lld acknowledged, %lld cut off by the kill (%lld of them landed, whole)",
              verdict.acknowledged, verdict.uncertain, verdict.uncertainLanded);
        // The kill met requests in flight (else this test showed nothing about them) ...
        QVERIFY(verdict.uncertain >= 1);
        // ... and only those: a request sent a moment after the kill went to the live instance.
        qint64 afterKill = 0;
        for (const QList<Write> &log : logs) {
            for (const Write &w : log) {
                if (w.startedMs > killedAtMs + 500) {
                    QCOMPARE(w.status, 200);
                    ++afterKill;
                }
            }
        }
        QVERIFY2(afterKill >= 16, qPrintable(QString::number(afterKill)));
        // nginx passed a write on only when the dead instance had not received a byte of it;
        // every 502 is a request it had received.
        const QString dead = QStringLiteral("127.0.0.1:%1").arg(victim.port());
        int passedOn = 0;
        for (const QString &line : d.proxy.accessLog()) {
            const QStringList f = line.split(QLatin1Char('|'));
            QCOMPARE(f.size(), 6);
            if (f.at(3).contains(QLatin1Char(','))) // a read tried again (egress only)
                QVERIFY2(f.at(2).startsWith(QLatin1String("/api/egress/")), qPrintable(line));
            if (f.at(3).contains(QLatin1String(" : "))) {
                QVERIFY2(f.at(3).startsWith(dead) && f.at(5).startsWith(QLatin1String("0 : ")),
                         qPrintable(line));
                ++passedOn;
            }
            if (f.at(0) == QLatin1String("502"))
                QVERIFY2(f.at(3) == dead && f.at(5) != QLatin1String("0"), qPrintable(line));
        }
        qInfo("%d writes passed on after a refused connection", passedOn);
        QVERIFY(d.proxy.stop());
    }

    void shouldPassAWriteOnOnlyWhenNoInstanceReceivedIt()
    {
        // Three instances: one that takes a request and dies before answering (as one killed
        // after its commit looks to nginx), one not running (nothing listens: refused), one real.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        int silentlyTaken = 0;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&silentlyTaken, socket] {
                    if (socket->readAll().contains("PUT /api/ingress/user_meta"))
                        ++silentlyTaken;
                    socket->abort();
                    socket->deleteLater();
                });
            }
        });
        quint16 refused = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            refused = probe.serverPort();
        }
        const QString backend = serveBackend(QStringLiteral("pass-on"), 40);
        const std::optional<Key> key = addKey(backend);
        QVERIFY(key);
        ServerProcess real;
        QVERIFY2(real.start(backend, {QStringLiteral("--quiet")}), qPrintable(real.error()));
        NginxProxy proxy;
        QVERIFY2(proxy.start({QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()),
                              QStringLiteral("127.0.0.1:%1").arg(refused),
                              QStringLiteral("127.0.0.1:%1").arg(real.port())},
                             ServeOptions::kDefaultMaxBody),
                 qPrintable(proxy.error()));
        proxy.trustInThisProcess();
        ApiClient api(proxy.baseUrl(), key->id, key->key);
        // Reads go to the real instance directly: through nginx, one to the silent instance
        // would be tried again elsewhere and keep the silent one out of the writes' way.
        ApiClient direct(real.baseUrl(), key->id, key->key);
        const AccountState start = accountThrough(direct);
        QVERIFY(start.users.size() >= 12);

        // Each write sets its own user's balance, so that each one's fate shows on its own.
        QList<int> statuses;
        for (int i = 0; i < 12; ++i) {
            const HttpReply r =
                api.sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                             QJsonObject{{QStringLiteral("user_id"), start.users.at(i)},
                                         {QStringLiteral("field"), QStringLiteral("balance")},
                                         {QStringLiteral("value"), 7000 + i}});
            QVERIFY2(r.status == 200 || r.status == 502, qPrintable(r.describe()));
            if (r.status == 502) // JSON like every answer, and names the doubt
                QCOMPARE(r.error(), QStringLiteral("Bad Gateway"));
            statuses << r.status;
        }
        // The silent instance took some; each of those answered 502 and never reached the real
        // one. Every other write landed once, including those nginx could not connect for.
        QVERIFY(silentlyTaken >= 1);
        QCOMPARE(int(statuses.count(502)), silentlyTaken);
        const Changes changes = changesThrough(direct, start.revision);
        QVERIFY(changes.complete);
        for (int i = 0; i < 12; ++i) {
            const auto place = qMakePair(start.users.at(i), QStringLiteral("balance"));
            if (statuses.at(i) == 502)
                QVERIFY2(!changes.meta.contains(place), qPrintable(QString::number(i)));
            else
                QCOMPARE(changes.meta.value(place).first.toInt(), 7000 + i);
        }
        QCOMPARE(accountThrough(direct).revision - start.revision, qint64(statuses.count(200)));
        int passedOn = 0;
        for (const QString &line : proxy.accessLog())
            passedOn += line.contains(QStringLiteral("127.0.0.1:%1 : ").arg(refused)) ? 1 : 0;
        QVERIFY(passedOn >= 1); // nginx met the refusal and passed those on
        QVERIFY(proxy.stop());
    }

    void shouldGiveTheSameOfflineRoundTripThroughNginxAsAgainstOneServer()
    {
        // One instance serving its own file, plain HTTP: the reference.
        const QString single = serveBackend(QStringLiteral("single"), 60);
        QVERIFY(!single.isEmpty());
        ServerProcess server;
        QVERIFY2(server.start(single, {QStringLiteral("--quiet")}), qPrintable(server.error()));
        const QString expected =
            offlineRoundTrip(server.baseUrl(), single, QStringLiteral("copy-single"));

        Deployment d;
        QVERIFY(deploy(d, QStringLiteral("roundtrip"), 2, 60));
        const QString through =
            offlineRoundTrip(d.proxy.baseUrl(), d.backend, QStringLiteral("copy-nginx"));
        qInfo("%s", qPrintable(expected.section(QLatin1Char('\n'), 0, 1)));
        QVERIFY2(expected.contains(QLatin1String("complete 1")), qPrintable(expected));
        // The reference met what the round trip is about: two conflicts, one equal change.
        QVERIFY2(expected.contains(QLatin1String(" conflict 2 equal 1 ")), qPrintable(expected));
        QCOMPARE(through, expected);
    }
};

QTEST_GUILESS_MAIN(ScaleOutTest)
#include "test_scale_out.moc"
