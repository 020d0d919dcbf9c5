#include "ServerFixture.h"
#include "StoreFixture.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteApplyJob.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// RemoteStore against the real metadesk-server: what the shared behaviour suite does not cover
// (schema, group operations in order, chunking and progress, the server dying mid-push).
class RemoteStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A server process of our own: the kill test needs its pid (ServerProcess hides it).
    struct KillableServer
    {
        QProcess process;
        QUrl url;
        bool start(const QString &file)
        {
            process.start(qEnvironmentVariable("METADESK_SERVER"),
                          {QStringLiteral("serve"), file, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--quiet")});
            if (!process.waitForStarted(30000))
                return false;
            QByteArray out;
            static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
            while (process.waitForReadyRead(30000)) {
                out += process.readAllStandardOutput();
                const auto m = listening.match(QString::fromUtf8(out));
                if (m.hasMatch()) {
                    url = QUrl(m.captured(1));
                    return true;
                }
            }
            return false;
        }
        ~KillableServer()
        {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
            }
        }
    };

    static RemoteConnection connectionFor(const QString &file, const QUrl &url)
    {
        StoreError error;
        auto sqlite = SqliteStore::open(file, &error);
        QString problem;
        const auto key = ApiKeyRegistry(*sqlite).add(1, {}, {}, &problem);
        RemoteConnection c;
        c.baseUrl = url;
        c.apiId = key ? key->apiId : QString();
        c.apiKey = key ? key->key : QString();
        return c;
    }

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        return MetaEdit{user, field, value, -1};
    }

private Q_SLOTS:
    void shouldSayAuthenticationWhenTheServerRefusesTheKey()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(20), qPrintable(server.error()));
        const auto key = server.addKey(1);
        QVERIFY(key);
        const RemoteConnection wrong{QUrl(server.server().baseUrl()), key->apiId,
                                     QStringLiteral("not-the-key")};
        RemoteStore store(wrong);
        const StoreReply<QList<Account>> reply =
            waitFor<QList<Account>>([&](QObject *context, Store::Callback<QList<Account>> done) {
                store.fetchAccounts(context, std::move(done));
            });
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error.kind, ClientError::Kind::Authentication);
        // The server's own answer comes along, with where the problem is.
        QCOMPARE(reply.error.apiError.status, 401);
        QCOMPARE(reply.error.apiError.title, QStringLiteral("Invalid API Credentials"));
        QCOMPARE(reply.error.apiError.details.value(0).location, QStringLiteral("api_key"));
        QVERIFY(!reply.errorText().isEmpty());
        QVERIFY(!reply.errorText().contains(QLatin1String("not-the-key")));

        // An apply stops as a whole for the same reason.
        EditSet edits;
        edits.groupOperations.append({GroupOperation::Kind::Add, {1}, {GroupRef::byId(1)}});
        const ApplyReport report = waitForApply(store.apply(1, edits));
        QVERIFY(!report.complete());
        QCOMPARE(report.error.kind, ClientError::Kind::Authentication);
    }

    void shouldCreateUseAndDeleteAFieldThroughTheServer()
    {
        auto f = makeRemoteStoreFixture(m_dir.path(), 50, 3);
        QVERIFY(f);
        Store *store = f->store();
        MetaField note;
        note.name = QStringLiteral("remote.note");
        note.type = MetaType::String;
        note.label = QStringLiteral("Note");
        auto outcome = waitFor<SchemaOutcome>([&](QObject *c, auto done) {
            store->putFields(1, {{note.name, note, QStringLiteral("fields.remote.note")}}, {}, c,
                             done);
        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
        QVERIFY(outcome.value.ok());
        QCOMPARE(outcome.value.created, 1);
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { store->fetchFields(1, c, done); });
        QVERIFY(std::any_of(fields.value.begin(), fields.value.end(),
                            [&](const MetaField &m) { return m == note; }));

        // A field name with a dot: the error location users.<id>.remote.note still finds the edit.
        EditSet bad;
        bad.metaEdits = {edit(1, note.name, QStringLiteral("fine")),
                         edit(2, note.name, QJsonArray{1})};
        const ApplyReport refused = waitForApply(store->apply(1, bad));
        QCOMPARE(refused.notLanded.size(), 2);
        QVERIFY2(!refused.notLanded.at(1).reason.contains(QLatin1String("other edits")),
                 qPrintable(refused.notLanded.at(1).reason));
        QVERIFY2(refused.notLanded.at(0).reason.contains(QLatin1String("other edits")),
                 qPrintable(refused.notLanded.at(0).reason));

        EditSet good;
        good.metaEdits = {edit(1, note.name, QStringLiteral("hello"))};
        QVERIFY(waitForApply(store->apply(1, good)).complete());

        outcome = waitFor<SchemaOutcome>([&](QObject *c, auto done) {
            store->putFields(1, {{note.name, std::nullopt, QStringLiteral("fields.remote.note")}},
                             {}, c, done);
        });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value.error.rule, QString::fromLatin1(ErrorTitles::FieldInUse));
        outcome = waitFor<SchemaOutcome>([&](QObject *c, auto done) {
            store->putFields(1, {{note.name, std::nullopt, QStringLiteral("fields.remote.note")}},
                             SchemaWriteOptions{true, false}, c, done);
        });
        QVERIFY(outcome.ok());
        QVERIFY2(outcome.value.ok(), qPrintable(outcome.value.error.rule));
        QCOMPARE(outcome.value.deleted, 1);
    }

    void shouldApplyGroupOperationsInOrderAndNameRefusedUsers()
    {
        auto f = makeRemoteStoreFixture(m_dir.path(), 60, 4);
        QVERIFY(f);
        StoreError error;
        const qint64 group = SqliteStore::open(f->filePath(), &error)->groups(1).at(1).id;
        EditSet edits;
        edits.groupOperations = {{GroupOperation::Kind::Add, {5, 6}, {GroupRef::byId(group)}},
                                 {GroupOperation::Kind::Remove, {5}, {GroupRef::byId(group)}},
                                 {GroupOperation::Kind::Add, {7, 99999}, {GroupRef::byId(group)}}};
        const ApplyReport report = waitForApply(f->store()->apply(1, edits));
        QCOMPARE(report.groupResults.size(), 3);
        QVERIFY2(report.groupResults.at(0).landed, qPrintable(report.groupResults.at(0).message));
        QVERIFY2(report.groupResults.at(1).landed, qPrintable(report.groupResults.at(1).message));
        QVERIFY(!report.groupResults.at(2).landed);
        QVERIFY2(report.groupResults.at(2).message.contains(QLatin1String("user 99999")),
                 qPrintable(report.groupResults.at(2).message));
        auto t = SqliteStore::open(f->filePath(), &error);
        QVERIFY(!t->users(1, {}, 4, 1).first().groups.contains(group));
        QVERIFY(t->users(1, {}, 5, 1).first().groups.contains(group));
        QVERIFY(!t->users(1, {}, 6, 1).first().groups.contains(group));
    }

    void shouldApplyInChunksWithProgress()
    {
        auto f = makeRemoteStoreFixture(m_dir.path(), 400, 5);
        QVERIFY(f);
        EditSet edits;
        for (int u = 1; u <= 400; ++u) {
            edits.metaEdits.append(edit(u, QStringLiteral("score"), u % 101));
            edits.metaEdits.append(edit(u, QStringLiteral("balance"), u * 1.5));
        }
        // The later edit of a cell wins; the earlier one shares its fate.
        edits.metaEdits.append(edit(1, QStringLiteral("score"), 77));
        auto *job = f->store()->apply(1, edits);
        QSignalSpy progress(job, &ApplyJob::progress);
        const ApplyReport report = waitForApply(job);
        QVERIFY2(report.complete(), qPrintable(report.error.text));
        QCOMPARE(report.landed.size(), edits.metaEdits.size());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        StoreError error;
        auto t = SqliteStore::open(f->filePath(), &error);
        const auto values = t->metaValues(1, {1, 2, 400}, {}, 0, 3);
        QCOMPARE(values.value(1).value(QStringLiteral("score")).toInteger(), 77);
        QCOMPARE(values.value(400).value(QStringLiteral("balance")).toDouble(), 600.0);
    }

    void shouldRefuseAWrongKey()
    {
        auto f = makeRemoteStoreFixture(m_dir.path(), 20, 6);
        QVERIFY(f);
        auto *remote = qobject_cast<RemoteStore *>(f->store());
        QVERIFY(remote);
        RemoteConnection c = remote->connection();
        c.apiKey = QStringLiteral("not-the-key-0000000000000000");
        RemoteStore wrong(c);
        const auto accounts = waitFor<QList<Account>>(
            [&](QObject *ctx, auto done) { wrong.fetchAccounts(ctx, done); });
        QVERIFY(!accounts.ok());
        QVERIFY2(accounts.errorText().contains(QLatin1String("Invalid API Credentials")),
                 qPrintable(accounts.errorText()));
    }

    // The server is killed in the middle of a 50,000-edit push: a clear error, no crash, and
    // the split checked against the file: every edit reported landed is there, every edit
    // reported not landed left its cell as it was (unless its outcome is reported unknown).
    void shouldReportExactSplitWhenServerIsKilledMidPush()
    {
        const QString file = m_dir.filePath(QStringLiteral("killed.db"));
        QVERIFY(TestFiles::createDemo(file, 10000, 11));
        KillableServer server;
        QVERIFY(server.start(file));
        RemoteOptions options;
        options.maxEntriesPerRequest = 1000;
        options.backoffBaseMs = 20;
        options.backoffCapMs = 100;
        options.maxAttempts = 3;
        RemoteStore store(connectionFor(file, server.url), options);

        const QStringList fields{QStringLiteral("balance"), QStringLiteral("phone"),
                                 QStringLiteral("support_email"), QStringLiteral("birthday"),
                                 QStringLiteral("last_login")};
        QList<qint64> ids;
        EditSet edits;
        for (int u = 1; u <= 10000; ++u) {
            ids.append(u);
            edits.metaEdits.append(edit(u, fields[0], 200000.25 + u));
            edits.metaEdits.append(
                edit(u, fields[1], QStringLiteral("+1999%1").arg(u, 7, 10, QLatin1Char('0'))));
            edits.metaEdits.append(
                edit(u, fields[2], QStringLiteral("killed-%1@example.org").arg(u)));
            edits.metaEdits.append(
                edit(u, fields[3], QDate(1950, 1, 1).addDays(u).toString(Qt::ISODate)));
            edits.metaEdits.append(
                edit(u, fields[4],
                     QStringLiteral("2031-02-03T04:05:%1Z").arg(u % 60, 2, 10, QLatin1Char('0'))));
        }
        QCOMPARE(edits.metaEdits.size(), 50000);
        StoreError error;
        const auto before = SqliteStore::open(file, &error)->metaValues(1, ids, fields, 0, 10000);

        auto *job = qobject_cast<RemoteApplyJob *>(store.apply(1, edits));
        QVERIFY(job);
        bool killed = false;
        connect(job, &ApplyJob::progress, job, [&](qint64 done, qint64) {
            if (!killed && done >= 10000) {
                killed = true;
                server.process.kill(); // SIGKILL: no goodbye
            }
        });
        QSignalSpy finished(job, &ApplyJob::finished);
        QVERIFY(finished.wait(300000));
        QVERIFY(killed);
        const ApplyReport report = job->report();
        const QList<MetaEdit> uncertain = job->uncertainEdits();
        delete job;

        QVERIFY(report.error.isError());
        qInfo("after the kill: %lld landed, %lld not landed (%lld of unknown outcome); error: %s",
              qint64(report.landed.size()), qint64(report.notLanded.size()),
              qint64(uncertain.size()), qPrintable(report.error.text));
        QCOMPARE(report.landed.size() + report.notLanded.size(), 50000);
        QVERIFY(report.landed.size() >= 10000);
        QVERIFY(report.notLanded.size() > 0);

        const auto after = SqliteStore::open(file, &error)->metaValues(1, ids, fields, 0, 10000);
        for (const MetaEdit &e : report.landed)
            QCOMPARE(after.value(e.userId).value(e.field), e.value);
        QSet<QPair<qint64, QString>> unknown;
        for (const MetaEdit &e : uncertain)
            unknown.insert({e.userId, e.field});
        for (const auto &failure : report.notLanded) {
            QVERIFY(!failure.reason.isEmpty());
            if (unknown.contains({failure.edit.userId, failure.edit.field}))
                continue;
            QCOMPARE(after.value(failure.edit.userId).value(failure.edit.field),
                     before.value(failure.edit.userId).value(failure.edit.field));
        }
    }
};

QTEST_GUILESS_MAIN(RemoteStoreTest)
#include "test_remote_store.moc"
