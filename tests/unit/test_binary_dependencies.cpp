#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// The libraries show the architecture in what the binaries load: the GUI carries no HTTP
// server, and the server carries no GUI, widgets or keychain (models/CMakeLists.txt).
class BinaryDependenciesTest : public QObject
{
    Q_OBJECT

private:
    // The NEEDED entries of an executable's dynamic section, as readelf prints them.
    static QStringList needed(const char *variable)
    {
        const QString path = qEnvironmentVariable(variable);
        if (path.isEmpty())
            return {QStringLiteral("<%1 is not set>").arg(QLatin1String(variable))};
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), path});
        if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
            return {QStringLiteral("<readelf failed: %1>")
                        .arg(QString::fromLocal8Bit(readelf.readAllStandardError()))};
        QStringList libraries;
        static const QRegularExpression entry(QStringLiteral(R"(\(NEEDED\).*\[(.+)\])"));
        const QStringList lines =
            QString::fromLocal8Bit(readelf.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = entry.match(line);
            if (m.hasMatch())
                libraries << m.captured(1);
        }
        return libraries;
    }

    static QStringList matching(const QStringList &libraries, const QStringList &prefixes)
    {
        QStringList found;
        for (const QString &library : libraries) {
            for (const QString &prefix : prefixes) {
                if (library.startsWith(prefix, Qt::CaseInsensitive))
                    found << library;
            }
        }
        return found;
    }

private Q_SLOTS:
    void shouldBuildTheServerWithoutGuiWidgetsOrKeychain()
    {
        const QStringList libraries = needed("METADESK_SERVER");
        QVERIFY2(libraries.contains(QStringLiteral("libmicrohttpd.so.12")),
                 qPrintable(libraries.join(QLatin1Char(' '))));
        // The PostgreSQL backend (docs/SERVER.md, "Storage backends").
        QVERIFY2(libraries.contains(QStringLiteral("libpq.so.5")),
                 qPrintable(libraries.join(QLatin1Char(' '))));
        const QStringList unwanted =
            matching(libraries, {QStringLiteral("libQt6HttpServer"), QStringLiteral("libQt6Gui"),
                                 QStringLiteral("libQt6Widgets"), QStringLiteral("libqt6keychain"),
                                 QStringLiteral("libQt6DBus")});
        QVERIFY2(unwanted.isEmpty(), qPrintable(unwanted.join(QLatin1Char(' '))));
    }

    void shouldBuildTheGuiWithoutTheHttpServer()
    {
        const QStringList libraries = needed("METADESK_GUI");
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Widgets.so.6")),
                 qPrintable(libraries.join(QLatin1Char(' '))));
        const QStringList unwanted =
            matching(libraries, {QStringLiteral("libQt6HttpServer"),
                                 QStringLiteral("libmicrohttpd"), QStringLiteral("libpq")});
        QVERIFY2(unwanted.isEmpty(), qPrintable(unwanted.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(BinaryDependenciesTest)
#include "test_binary_dependencies.moc"
