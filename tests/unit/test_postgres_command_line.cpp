#include "PostgresCluster.h"
#include "TestFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// metadesk-server's commands on PostgreSQL, as an administrator runs them: init (empty and demo),
// key add/list, copy between a file and PostgreSQL both ways, and passwords: only from
// PGPASSWORD or the password file, never echoed, never accepted in the address.
class PostgresCommandLineTest : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    QTemporaryDir m_dir;

    static TestFiles::ProcessResult server(const QStringList &arguments,
                                           const QStringList &environment = {})
    {
        // No password from the tester's own environment may leak into these runs.
        QStringList env = environment;
        for (const char *name : {"PGPASSWORD", "PGPASSFILE"}) {
            const QString variable = QLatin1String(name);
            bool set = false;
            for (const QString &entry : std::as_const(env))
                set = set || entry.startsWith(variable + QLatin1Char('='));
            if (!set)
                env << variable;
        }
        return TestFiles::run("METADESK_SERVER", arguments, env);
    }

    QString database(const QString &name)
    {
        const QString uri = m_cluster.createDatabase(name);
        if (uri.isEmpty())
            qWarning("%s", qPrintable(m_cluster.error()));
        return uri;
    }

    // The checksum lines `copy` prints: "table<TAB>rows<TAB>sha256".
    static QStringList checks(const QString &out)
    {
        QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.count(QLatin1Char('\t')) != 2; });
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    }

    void shouldInitAnEmptyDatabaseAndManageKeys()
    {
        const QString uri = database(QStringLiteral("cli_empty"));
        QVERIFY(!uri.isEmpty());
        const auto init = server({QStringLiteral("init"), uri});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QLatin1String("with account 1 \"Default\"")),
                 qPrintable(init.out));
        // Again: the schema is there, so init refuses and says so.
        const auto again = server({QStringLiteral("init"), uri});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds a MetaDesk schema")),
                 qPrintable(again.err));
        const auto add = server({QStringLiteral("key"), QStringLiteral("add"), uri,
                                 QStringLiteral("--account"), QStringLiteral("Default")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY(add.out.contains(QLatin1String("api_key: ")));
        const QString apiId =
            add.out.section(QLatin1String("api_id: "), 1).section(QLatin1Char('\n'), 0, 0);
        const auto list = server({QStringLiteral("key"), QStringLiteral("list"), uri});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(apiId + QLatin1String("\t1\tactive")));
        const auto revoke = server({QStringLiteral("key"), QStringLiteral("revoke"), uri, apiId});
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
        QVERIFY(server({QStringLiteral("key"), QStringLiteral("list"), uri})
                    .out.contains(apiId + QLatin1String("\t1\trevoked")));
    }

    void shouldFillTheSameDemoDataAsAFileAndCopyBothWays()
    {
        const QString uri = database(QStringLiteral("cli_demo"));
        QVERIFY(!uri.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--users"),
                               QStringLiteral("400"), QStringLiteral("--seed"),
                               QStringLiteral("5")};
        const auto onFile = server(QStringList{QStringLiteral("init"), file} + demo);
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        const auto onPostgres = server(QStringList{QStringLiteral("init"), uri} + demo);
        QVERIFY2(onPostgres.exitCode == 0, qPrintable(onPostgres.err));

        // PostgreSQL -> a new file: the same rows as the file made directly, the same checks.
        const QString back = m_dir.filePath(QStringLiteral("back.db"));
        const auto toFile = server({QStringLiteral("copy"), uri, back});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QCOMPARE(TestFiles::dump(back), TestFiles::dump(file));
        QCOMPARE(checks(toFile.out).size(), 11);
        QVERIFY(toFile.out.contains(QLatin1String("users\t400\t")));

        // The file -> a new PostgreSQL database: equal checksums, equal rows.
        const QString copy = database(QStringLiteral("cli_copy"));
        const auto toPostgres = server({QStringLiteral("copy"), file, copy});
        QVERIFY2(toPostgres.exitCode == 0, qPrintable(toPostgres.err));
        QCOMPARE(checks(toPostgres.out), checks(toFile.out));
        QCOMPARE(TestFiles::dump(copy), TestFiles::dump(uri));

        // A target that holds data is refused and left as it was; --force replaces it.
        const QString before = TestFiles::dump(copy);
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QCOMPARE(server({QStringLiteral("init"), QStringLiteral("--demo"),
                         QStringLiteral("--users"), QStringLiteral("30"), other})
                     .exitCode,
                 0);
        const auto refused = server({QStringLiteral("copy"), other, copy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("already holds data")) &&
                     refused.err.contains(QLatin1String("--force")),
                 qPrintable(refused.err));
        QCOMPARE(TestFiles::dump(copy), before);
        const auto forced =
            server({QStringLiteral("copy"), other, copy, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        const QString otherBack = m_dir.filePath(QStringLiteral("other-back.db"));
        QCOMPARE(server({QStringLiteral("copy"), copy, otherBack}).exitCode, 0);
        QCOMPARE(TestFiles::dump(otherBack), TestFiles::dump(other));
        // And a file target that holds data is refused too, unchanged.
        const QByteArray fileBefore = TestFiles::fingerprint(back);
        QCOMPARE(server({QStringLiteral("copy"), other, back}).exitCode, 1);
        QCOMPARE(TestFiles::fingerprint(back), fileBefore);
    }

    void shouldTakeThePasswordOnlyFromTheEnvironmentAndNeverShowIt()
    {
        const QString name = QStringLiteral("cli_guarded");
        QVERIFY(!database(name).isEmpty());
        const QString guarded = m_cluster.uri(name, QStringLiteral("guarded"));
        const QString secret = QLatin1String(PostgresCluster::kGuardedPassword);

        // A wrong password: refused, and neither password shows anywhere.
        const QString wrong = QStringLiteral("Wrong-Secret-4711");
        const auto refused =
            server({QStringLiteral("init"), guarded}, {QStringLiteral("PGPASSWORD=") + wrong});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("password authentication failed")),
                 qPrintable(refused.err));
        QVERIFY(!QString(refused.out + refused.err).contains(wrong));
        QVERIFY(!QString(refused.out + refused.err).contains(secret));

        // A password in the address is refused before connecting, and not repeated.
        QString inAddress = guarded;
        inAddress.replace(QLatin1String("guarded@"),
                          QLatin1String("guarded:") + secret + QLatin1Char('@'));
        const auto inLine = server({QStringLiteral("init"), inAddress});
        QCOMPARE(inLine.exitCode, 1);
        QVERIFY2(inLine.err.contains(QLatin1String("PGPASSWORD")), qPrintable(inLine.err));
        QVERIFY(!QString(inLine.out + inLine.err).contains(secret));

        // The right one from PGPASSWORD, then from a password file.
        const auto init =
            server({QStringLiteral("init"), guarded}, {QStringLiteral("PGPASSWORD=") + secret});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(!QString(init.out + init.err).contains(secret));
        const QString passFile = m_dir.filePath(QStringLiteral("pgpass"));
        {
            QFile file(passFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("127.0.0.1:%1:%2:guarded:%3\n")
                           .arg(m_cluster.port())
                           .arg(name, secret)
                           .toUtf8());
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        const auto list = server({QStringLiteral("key"), QStringLiteral("list"), guarded},
                                 {QStringLiteral("PGPASSFILE=") + passFile});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.trimmed(), QStringLiteral("no API keys"));
    }
};

QTEST_GUILESS_MAIN(PostgresCommandLineTest)
#include "test_postgres_command_line.moc"
