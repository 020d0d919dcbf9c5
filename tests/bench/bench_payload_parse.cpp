// Benchmark 3 of issue 3: parse the bodies of bench_payload_compile (1,000,000 edits) back into
// edits as the server does: RequestDocument::read + UserMetaPayload::read of the tree (edits that
// refer to the tree, as IngressHandler hands them to the store), with the
// 100,000-entry limit lifted. Each body set is parsed in a child process of its own so that peak
// memory (VmHWM) does not mix. Each row gives wall time and the child's CPU time (user + system;
// on a shared machine the wall time mostly says how much of a core the child got), for a first
// pass over the bodies in the fresh child and a second one after it; each body is parsed right
// after it is copied into a buffer of its own, as the server's receive leaves it. Baseline, in a
// child of its own right after: QJsonDocument::fromJson of the same JSON bodies alone (no edits
// read), the floor of the QJsonObject path before issue 14, and for urlencoded bodies Qt's own
// decoding of every name and value (QByteArray::fromPercentEncoding, nothing built); "vs Qt" is
// its CPU time over ours (above 1: faster than Qt alone). Qt reads no multipart/form-data.
// Usage: bench_payload_parse [edits]            (parent: compiles, spawns the children)
//        bench_payload_parse [edits] --server-limits  (bodies as a client sends them)
//        bench_payload_parse [edits] --save DIR (writes each row's bodies and Content-Type)
//        bench_payload_parse [edits] --malloc-defaults (children without the server's
//                                                        allocator settings, RequestMemory)
//        bench_payload_parse [edits] --stored-bodies (bodies parsed where they were loaded,
//                                                      not just copied as a receive does)
//        bench_payload_parse --child <file> <content-type> <edits> tree|qt [--malloc-defaults]
//                            [--stored-bodies]
#include "BenchEdits.h"
#include "domain/ApiContract.h"
#include "payload/PayloadCompiler.h"
#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"
#include "server/RequestMemory.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

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

// This process's CPU time (user + system): on a shared machine the wall time mostly says how
// much of a core the process got, the CPU time what the parse cost.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// One request body parsed as the server parses it; false when it is refused.
bool parse(const QByteArray &body, const QByteArray &contentType, int maxEntries, bool qtOnly,
           qint64 *edits)
{
    if (qtOnly && contentType.startsWith("application/x-www-form-urlencoded")) {
        // Qt has no form reader: its floor is Qt's own decoding of every name and value
        // (split at '&' and '=', '+' as a space, percent-escapes), nothing built from them.
        for (qsizetype start = 0; start <= body.size();) {
            qsizetype end = body.indexOf('&', start);
            if (end < 0)
                end = body.size();
            const QByteArrayView pair(body.constData() + start, end - start);
            const qsizetype equals = pair.indexOf('=');
            const QByteArrayView name = equals < 0 ? pair : pair.first(equals);
            const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
            *edits += QByteArray::fromPercentEncoding(name.toByteArray().replace('+', ' ')).size() +
                      QByteArray::fromPercentEncoding(value.toByteArray().replace('+', ' ')).size();
            start = end + 1;
        }
        return true;
    }
    if (qtOnly) {
        QJsonParseError error{};
        const QJsonDocument d = QJsonDocument::fromJson(body, &error);
        *edits += d.object().size(); // checksum only: Qt reads no edits
        return error.error == QJsonParseError::NoError;
    }
    const DecodedRequest d = RequestDocument::read(contentType, body);
    const UserMetaTreeRequest r = UserMetaPayload::read(d.tree, maxEntries);
    *edits += r.edits.size();
    return d.ok() && r.ok();
}

// Small bodies are received and parsed this many bytes at a time: few enough clock readings for
// a million requests, and the copies still in the core's cache when their parse reads them.
constexpr qsizetype kReceivedBatchBytes = 64 * 1024;

int child(const QString &file, const QByteArray &contentType, int maxEntries, bool qtOnly,
          bool storedBodies)
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
    // Twice over the same bodies: the first pass in a fresh process (every page the parse
    // writes is new to it), the second with the heap the first one left, as a server that has
    // parsed requests before has it.
    // A server parses a body its receive has just written (ApiServer appends each piece as it
    // arrives), so each batch of bodies (64 KiB of small ones, or one bigger body) is first
    // copied, untimed, into buffers of its own. Bodies read where they were loaded long before
    // (--stored-bodies) cost this machine up to 1.5x on the first pass without a page fault
    // (docs/PERFORMANCE.md), which a server does not pay.
    QTextStream result(stdout);
    for (int pass = 0; pass < 2; ++pass) {
        double cpu = 0;
        qint64 nanoseconds = 0;
        qint64 edits = 0;
        QList<QByteArray> received;
        for (qsizetype next = 0; next < bodies.size();) {
            received.clear();
            qsizetype batchBytes = 0;
            while (next < bodies.size() &&
                   (received.isEmpty() || batchBytes < kReceivedBatchBytes)) {
                const QByteArray &body = bodies.at(next++);
                received.append(storedBodies ? body : QByteArray(body.constData(), body.size()));
                batchBytes += body.size();
            }
            const double cpuStart = cpuSeconds();
            QElapsedTimer timer;
            timer.start();
            for (const QByteArray &body : std::as_const(received)) {
                if (!parse(body, contentType, maxEntries, qtOnly, &edits))
                    return 3;
            }
            nanoseconds += timer.nsecsElapsed();
            cpu += cpuSeconds() - cpuStart;
        }
        if (pass == 0)
            result << bytes << ' ' << edits << ' ';
        result << double(nanoseconds) / 1e9 << ' ' << cpu << ' ';
    }
    result << statusKiB("VmHWM:") << ' ' << baseline << '\n';
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child")) {
        // With the server's allocator settings, as the server parses; --malloc-defaults
        // without (glibc's own, which map big blocks anew for every body).
        if (!args.contains(QStringLiteral("--malloc-defaults")))
            RequestMemory::configure();
        return child(args.value(2), args.value(3).toLatin1(), args.value(4).toInt(),
                     args.value(5) == QLatin1String("qt"),
                     args.contains(QStringLiteral("--stored-bodies")));
    }

    // --save DIR: write each row's bodies to DIR/<format>-<encoding> and its Content-Type to
    // DIR/<format>-<encoding>.type, then stop (to run or profile one child by hand).
    const qsizetype saveAt = args.indexOf(QStringLiteral("--save"));
    const QString saveDir = saveAt > 0 ? args.value(saveAt + 1) : QString();
    const int count =
        args.size() > 1 && args.value(1).at(0).isDigit() ? args.value(1).toInt() : 1000000;
    // --server-limits: bodies as a client sends them to a server with the default limits
    // (100,000 entries, 16 MiB a request), parsed with the server's entry limit.
    const bool serverLimits = args.contains(QStringLiteral("--server-limits"));
    const QList<MetaEdit> edits = BenchEdits::mixed(count);
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "parse " << count << " edits (read + UserMetaPayload::read, "
        << (serverLimits ? "bodies of at most 100,000 entries and 16 MiB" : "limit lifted")
        << "), load " << loadAverage() << "\n";
    out << "                             first pass (fresh process)         second pass\n";
    out << "format  encoding     body MB   wall s   MB/s    CPU s  MB/CPU-s    MB/s  MB/CPU-s"
           "  peak RSS MiB  (bodies held MiB)  Qt CPU s  vs Qt\n";
    const char *encodingNames[] = {"json", "urlencoded", "multipart"};
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        for (const PayloadEncoding encoding :
             {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart}) {
            CompileOptions options = BenchEdits::unlimited(count);
            if (serverLimits) {
                options.maxEntries = ApiContract::kMaxEntriesPerRequest;
                options.maxBodyBytes = ApiContract::kDefaultMaxBodyBytes;
            }
            QByteArray contentType;
            const QString name = QStringLiteral("%1-%2")
                                     .arg(int(format))
                                     .arg(QLatin1String(encodingNames[int(encoding)]));
            const QString file = saveDir.isEmpty() ? dir.filePath(QStringLiteral("bodies"))
                                                   : saveDir + QLatin1Char('/') + name;
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
            if (!saveDir.isEmpty()) {
                QFile t(file + QStringLiteral(".type"));
                if (!t.open(QIODevice::WriteOnly))
                    return 1;
                t.write(contentType);
                continue;
            }
            const auto run = [&](const char *mode) {
                QProcess p;
                QStringList childArgs{
                    QStringLiteral("--child"), file, QString::fromLatin1(contentType),
                    QString::number(options.maxEntries), QString::fromLatin1(mode)};
                for (const QString &option :
                     {QStringLiteral("--malloc-defaults"), QStringLiteral("--stored-bodies")}) {
                    if (args.contains(option))
                        childArgs << option;
                }
                p.start(QCoreApplication::applicationFilePath(), childArgs);
                p.waitForFinished(-1);
                QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
                f.append(QByteArray::number(p.exitCode()));
                return f;
            };
            // bytes, edits, wall s and CPU s of each pass, VmHWM KiB, bodies' VmRSS KiB, exit
            const QList<QByteArray> f = run("tree");
            // Qt reads no multipart/form-data: those rows have no baseline.
            const bool hasBaseline = encoding != PayloadEncoding::Multipart;
            const QList<QByteArray> q = hasBaseline ? run("qt") : QList<QByteArray>();
            const double mb = f.value(0).toDouble() / 1e6;
            const double seconds = f.value(2).toDouble();
            const double cpu = f.value(3).toDouble();
            const double qtCpu = q.value(3).toDouble();
            const auto number = [](double v, int decimals, int width) {
                return QString::number(v, 'f', decimals).rightJustified(width);
            };
            out << qSetFieldWidth(6) << int(format) << qSetFieldWidth(0) << "  "
                << QString::fromLatin1(encodingNames[int(encoding)]).leftJustified(11) << "  "
                << number(mb, 1, 7) << "  " << number(seconds, 3, 7) << "  "
                << number(mb / seconds, 1, 6) << "  " << number(cpu, 3, 7) << "  "
                << number(mb / cpu, 1, 8) << "  " << number(mb / f.value(4).toDouble(), 1, 6)
                << "  " << number(mb / f.value(5).toDouble(), 1, 8) << "  "
                << number(f.value(6).toDouble() / 1024, 0, 12) << "  ("
                << QString::number(f.value(7).toDouble() / 1024, 'f', 0) << ")"
                << (hasBaseline ? QStringLiteral("   %1  %2")
                                      .arg(number(qtCpu, 3, 6), number(qtCpu / cpu, 2, 5))
                                : QStringLiteral("        -      -"))
                << (f.value(8) == "0" && f.value(1).toLongLong() == count
                        ? QString()
                        : QStringLiteral("  FAILED exit %1, %2 edits")
                              .arg(QString::fromLatin1(f.value(8)),
                                   QString::fromLatin1(f.value(1))))
                << (!hasBaseline || q.value(8) == "0" ? QString() : QStringLiteral("  Qt FAILED"))
                << "  load " << loadAverage() << "\n";
            out.flush();
        }
    }
    return 0;
}
