#include "TestFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The real executables, started as a person would start them: exit codes and messages.
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static TestFiles::ProcessResult server(const QStringList &arguments)
    {
        return TestFiles::run("METADESK_SERVER", arguments);
    }

private Q_SLOTS:
    void shouldExplainEveryCommandInHelp()
    {
        const auto r = server({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"init FILE", "--demo", "--users N", "--seed S", "--force",
              "key add FILE --account ACCOUNT", "--endpoint PATTERN", "--ip ADDR", "key list FILE",
              "key revoke FILE API_ID", "Exit codes"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        const auto initHelp = server({QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(initHelp.exitCode, 0);
        QVERIFY(initHelp.out.startsWith(QLatin1String("Usage: metadesk-server init FILE")));
        QVERIFY(initHelp.out.contains(QLatin1String("--users <N>")));
    }

    void shouldRefuseAWrongCommandLineWithExitCodeTwo()
    {
        const QList<QStringList> wrong{
            {},
            {QStringLiteral("frobnicate")},
            {QStringLiteral("init")},
            {QStringLiteral("init"), QStringLiteral("a.db"), QStringLiteral("--users"),
             QStringLiteral("many"), QStringLiteral("--demo")},
            {QStringLiteral("init"), QStringLiteral("a.db"), QStringLiteral("--users"),
             QStringLiteral("10")},
            {QStringLiteral("init"), QStringLiteral("a.db"), QStringLiteral("--bogus")},
            {QStringLiteral("key")},
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("a.db")},
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("a.db"),
             QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--ip"),
             QStringLiteral("999.1.1.1")},
            {QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("a.db")},
            {QStringLiteral("serve"), QStringLiteral("a.db"), QStringLiteral("--max-body"),
             QStringLiteral("0")},
            {QStringLiteral("serve"), QStringLiteral("a.db"), QStringLiteral("--max-body"),
             QStringLiteral("536870913")},
        };
        for (const QStringList &args : wrong) {
            const auto r = server(args);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(QLatin1String("metadesk-server: ")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("Usage:")), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(QStringLiteral("a.db")));
        // A body over 512 MiB could not be read (RequestDocument::kMaxBodyBytes): said at start.
        const auto tooBig = server({QStringLiteral("serve"), QStringLiteral("a.db"),
                                    QStringLiteral("--max-body"), QStringLiteral("536870913")});
        QVERIFY2(tooBig.err.contains(QLatin1String("--max-body can be at most 536870912 bytes")),
                 qPrintable(tooBig.err));
    }

    void shouldInitEmptyAndDemoFilesAndRefuseToOverwrite()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        auto r = server({QStringLiteral("init"), empty});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("account 1")));
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        r = server({QStringLiteral("init"), demo, QStringLiteral("--demo"),
                    QStringLiteral("--users"), QStringLiteral("120"), QStringLiteral("--seed"),
                    QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("120 users")));
        const QByteArray before = TestFiles::fingerprint(demo);

        r = server({QStringLiteral("init"), demo, QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(demo) && r.err.contains(QLatin1String("already exists")) &&
                     r.err.contains(QLatin1String("--force")),
                 qPrintable(r.err));
        QCOMPARE(TestFiles::fingerprint(demo), before);

        r = server({QStringLiteral("init"), demo, QStringLiteral("--demo"),
                    QStringLiteral("--users"), QStringLiteral("30"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(TestFiles::dump(demo).contains(QLatin1String("\n30|")));
        QVERIFY(!TestFiles::dump(demo).contains(QLatin1String("\n31|")));
    }

    void shouldAddListAndRevokeKeys()
    {
        const QString file = m_dir.filePath(QStringLiteral("keys.db"));
        QCOMPARE(server({QStringLiteral("init"), file, QStringLiteral("--demo"),
                         QStringLiteral("--users"), QStringLiteral("10")})
                     .exitCode,
                 0);
        auto r = server({QStringLiteral("key"), QStringLiteral("add"), file,
                         QStringLiteral("--account"), QStringLiteral("Contoso Partners"),
                         QStringLiteral("--endpoint"), QStringLiteral("/api/ingress/user_meta*"),
                         QStringLiteral("--endpoint"), QStringLiteral("/api/egress/*"),
                         QStringLiteral("--ip"), QStringLiteral("127.0.0.1")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QRegularExpression idLine(QStringLiteral("^api_id: ([0-9a-f]{16})$"));
        const QRegularExpression keyLine(QStringLiteral("^api_key: ([A-Za-z0-9_-]{40,})$"));
        const auto id = idLine.match(lines.at(0));
        const auto key = keyLine.match(lines.at(1));
        QVERIFY2(id.hasMatch() && key.hasMatch(), qPrintable(r.out));

        r = server({QStringLiteral("key"), QStringLiteral("list"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(id.captured(1)));
        QVERIFY(!r.out.contains(key.captured(1)));
        QVERIFY(r.out.contains(QLatin1String("/api/ingress/user_meta*,/api/egress/*")));
        QVERIFY(r.out.contains(QLatin1String("127.0.0.1")));
        QVERIFY(r.out.contains(QLatin1String("\t2\tactive")));

        r = server({QStringLiteral("key"), QStringLiteral("revoke"), file, id.captured(1)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(server({QStringLiteral("key"), QStringLiteral("list"), file})
                    .out.contains(QLatin1String("revoked")));
        r = server({QStringLiteral("key"), QStringLiteral("revoke"), file, id.captured(1)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(id.captured(1)));

        r = server({QStringLiteral("key"), QStringLiteral("add"), file, QStringLiteral("--account"),
                    QStringLiteral("Nobody Inc")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no account 'Nobody Inc'")));
    }

    void shouldNameTheFileAndProblemForABadFile()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, not even close, but long enough to have a header "
                "of one hundred bytes......");
        f.close();
        const auto r = server({QStringLiteral("key"), QStringLiteral("list"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad) && r.err.contains(QLatin1String("not a MetaDesk database")),
                 qPrintable(r.err));
    }

    void shouldGiveGuiHelpWithoutADisplay()
    {
        const auto r = TestFiles::run("METADESK_GUI", {QStringLiteral("--help")},
                                      {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                       QStringLiteral("WAYLAND_DISPLAY")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("FILE")) &&
                     r.out.contains(QLatin1String("--version")),
                 qPrintable(r.out + r.err));
    }

    void shouldExplainMissingDisplayInsteadOfCrashing()
    {
        const auto r = TestFiles::run("METADESK_GUI", {},
                                      {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                       QStringLiteral("WAYLAND_DISPLAY")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no display")) &&
                     r.err.contains(QLatin1String("xvfb-run")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("qt.qpa.plugin")));
    }

    void shouldRefuseABadFileInTheGui()
    {
        const QString bad = m_dir.filePath(QStringLiteral("gui-bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
        f.close();
        const auto r =
            TestFiles::run("METADESK_GUI", {bad}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad) && r.err.contains(QLatin1String("not a MetaDesk database")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "test_command_line.moc"
