// Benchmark 3 of issue 3: parse the bodies of bench_payload_compile (1,000,000 edits) back into
// edits as the server does: RequestDocument::read + UserMetaPayload::parse of the tree, with the
// 100,000-entry limit lifted. Each body set is parsed in a child process of its own so that peak
// memory (VmHWM) does not mix. Baseline, in a child of its own right after: QJsonDocument::fromJson
// of the same JSON bodies alone (no edits read), the floor of the QJsonObject path before
// issue 14; "vs Qt" is its time over ours (above 1: faster than Qt's parser alone).
// Usage: bench_payload_parse [edits]            (parent: compiles, spawns the children)
//        bench_payload_parse --child <file> <content-type> <edits> tree|qt
#include "BenchEdits.h"
#include "payload/PayloadCompiler.h"
#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

int child(const QString &file, const QByteArray &contentType, int maxEntries, bool qtOnly)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QDataStream in(&f);
    QList<QByteArray> bodies;
    qint64 bytes = 0;
    while (!in.atEnd()) {
        QByteArray body;
        in >> body;
        bytes += body.size();
        bodies.append(body);
    }
    const qint64 baseline = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    qint64 edits = 0;
    for (const QByteArray &body : std::as_const(bodies)) {
        if (qtOnly) {
            QJsonParseError error{};
            const QJsonDocument d = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError)
                return 3;
            edits += d.object().size(); // checksum only: Qt reads no edits
            continue;
        }
        const DecodedRequest d = RequestDocument::read(contentType, body);
        const UserMetaRequest r = UserMetaPayload::parse(d.tree, maxEntries);
        if (!d.ok() || !r.ok())
            return 3;
        edits += r.edits.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << bytes << ' ' << seconds << ' ' << edits << ' ' << statusKiB("VmHWM:")
                        << ' ' << baseline << '\n';
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return child(args.value(2), args.value(3).toLatin1(), args.value(4).toInt(),
                     args.value(5) == QLatin1String("qt"));

    const int count = args.size() > 1 ? args.value(1).toInt() : 1000000;
    const QList<MetaEdit> edits = BenchEdits::mixed(count);
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "parse " << count << " edits (read + UserMetaPayload::parse, limit lifted), load "
        << loadAverage() << "\n";
    out << "format  encoding     body MB   seconds   MB/s    peak RSS MiB  (bodies held MiB)"
           "   Qt s   vs Qt\n";
    const char *encodingNames[] = {"json", "urlencoded", "multipart"};
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        for (const PayloadEncoding encoding :
             {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart}) {
            const CompileOptions options = BenchEdits::unlimited(count);
            QByteArray contentType;
            const QString file = dir.filePath(QStringLiteral("bodies"));
            {
                const CompileResult r =
                    PayloadCompiler::compileMetaEdits(edits, format, encoding, options);
                contentType = r.requests.value(0).contentType;
                QFile f(file);
                if (!f.open(QIODevice::WriteOnly))
                    return 1;
                QDataStream s(&f);
                for (const CompiledRequest &request : r.requests)
                    s << request.body;
            }
            const auto run = [&](const char *mode) {
                QProcess p;
                p.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child"), file, QString::fromLatin1(contentType),
                         QString::number(count), QString::fromLatin1(mode)});
                p.waitForFinished(-1);
                QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
                f.append(QByteArray::number(p.exitCode()));
                return f;
            };
            const QList<QByteArray> f = run("tree");
            const bool json = encoding == PayloadEncoding::Json;
            const QList<QByteArray> q = json ? run("qt") : QList<QByteArray>();
            const double mb = f.value(0).toDouble() / 1e6;
            const double seconds = f.value(1).toDouble();
            const double qtSeconds = q.value(1).toDouble();
            out << qSetFieldWidth(6) << int(format) << qSetFieldWidth(0) << "  "
                << QString::fromLatin1(encodingNames[int(encoding)]).leftJustified(11) << "  "
                << QString::number(mb, 'f', 1).rightJustified(7) << "  "
                << QString::number(seconds, 'f', 3).rightJustified(7) << "  "
                << QString::number(mb / seconds, 'f', 1).rightJustified(6) << "  "
                << QString::number(f.value(3).toDouble() / 1024, 'f', 0).rightJustified(12) << "  ("
                << QString::number(f.value(4).toDouble() / 1024, 'f', 0) << ")"
                << (json ? QStringLiteral("   %1  %2")
                               .arg(QString::number(qtSeconds, 'f', 3).rightJustified(6),
                                    QString::number(qtSeconds / seconds, 'f', 2).rightJustified(5))
                         : QStringLiteral("      -      -"))
                << (f.value(5) == "0" && f.value(2).toLongLong() == count
                        ? QString()
                        : QStringLiteral("  FAILED exit %1, %2 edits")
                              .arg(QString::fromLatin1(f.value(5)),
                                   QString::fromLatin1(f.value(2))))
                << (!json || q.value(5) == "0" ? QString() : QStringLiteral("  Qt FAILED"))
                << "  load " << loadAverage() << "\n";
            out.flush();
        }
    }
    return 0;
}
