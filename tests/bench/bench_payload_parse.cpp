// Benchmark 3 of issue 3: parse the bodies of bench_payload_compile (1,000,000 edits) back into
// edits: RequestDocument::decode + UserMetaPayload::parse, with the 100,000-entry limit lifted.
// Each body is parsed in a child process of its own so that peak memory (VmHWM) does not mix.
// Usage: bench_payload_parse [edits]            (parent: compiles, spawns one child per body)
//        bench_payload_parse --child <file> <content-type> <edits>
#include "BenchEdits.h"
#include "payload/PayloadCompiler.h"
#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
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

int child(const QString &file, const QByteArray &contentType, int maxEntries)
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
        const DecodedRequest d = RequestDocument::decode(contentType, body);
        const UserMetaRequest r = UserMetaPayload::parse(d.document, maxEntries);
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
        return child(args.value(2), args.value(3).toLatin1(), args.value(4).toInt());

    const int count = args.size() > 1 ? args.value(1).toInt() : 1000000;
    const QList<MetaEdit> edits = BenchEdits::mixed(count);
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "parse " << count << " edits (decode + UserMetaPayload::parse, limit lifted)\n";
    out << "format  encoding     body MB   seconds   MB/s    peak RSS MiB  (bodies held MiB)\n";
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
            QProcess p;
            p.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), file, QString::fromLatin1(contentType),
                     QString::number(count)});
            p.waitForFinished(-1);
            const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
            const double mb = f.value(0).toDouble() / 1e6;
            const double seconds = f.value(1).toDouble();
            out << qSetFieldWidth(6) << int(format) << qSetFieldWidth(0) << "  "
                << QString::fromLatin1(encodingNames[int(encoding)]).leftJustified(11) << "  "
                << QString::number(mb, 'f', 1).rightJustified(7) << "  "
                << QString::number(seconds, 'f', 3).rightJustified(7) << "  "
                << QString::number(mb / seconds, 'f', 1).rightJustified(6) << "  "
                << QString::number(f.value(3).toDouble() / 1024, 'f', 0).rightJustified(12) << "  ("
                << QString::number(f.value(4).toDouble() / 1024, 'f', 0) << ")"
                << (p.exitCode() == 0 && f.value(2).toLongLong() == count
                        ? QString()
                        : QStringLiteral("  FAILED exit %1, %2 edits")
                              .arg(p.exitCode())
                              .arg(QString::fromLatin1(f.value(2))))
                << "\n";
            out.flush();
        }
    }
    return 0;
}
