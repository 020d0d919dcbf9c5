// Benchmark 2 of issue 3: compile 1,000,000 meta edits into each format x encoding.
// Usage: bench_payload_compile [edits]   (prints MB/s of body bytes produced)
#include "payload/PayloadCompiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {
QList<MetaEdit> benchEdits(int count)
{
    // A bulk edit as the GUI makes it: a few fields over many users, mixed value types.
    static const QString fields[] = {QStringLiteral("color"), QStringLiteral("score"),
                                     QStringLiteral("tier"), QStringLiteral("note"),
                                     QStringLiteral("active")};
    QList<MetaEdit> edits;
    edits.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int f = i % 5;
        QJsonValue value;
        switch (f) {
        case 0:
            value = QStringLiteral("red");
            break;
        case 1:
            value = qint64(i) * 7;
            break;
        case 2:
            value = QStringLiteral("gold");
            break;
        case 3:
            value = QStringLiteral("Grüße & \"notes\" #%1").arg(i);
            break;
        default:
            value = (i % 2) == 0;
        }
        edits.append(MetaEdit{1 + i / 5, fields[f], value, -1});
    }
    return edits;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QList<MetaEdit> edits = benchEdits(count);
    QTextStream out(stdout);
    out << "compile " << count << " edits (one request per format-1/2 body; limits lifted)\n";
    out << "format  encoding     requests  body MB    seconds   MB/s\n";
    const char *encodingNames[] = {"json", "urlencoded", "multipart"};
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        for (const PayloadEncoding encoding :
             {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart}) {
            CompileOptions options;
            options.maxEntries = count;
            options.maxBodyBytes = std::numeric_limits<qint64>::max();
            options.boundary = "MetaDeskBenchBoundary0123456789";
            QElapsedTimer timer;
            timer.start();
            const CompileResult r =
                PayloadCompiler::compileMetaEdits(edits, format, encoding, options);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            const double mb = double(r.totalBodyBytes()) / 1e6;
            out << qSetFieldWidth(6) << int(format) << qSetFieldWidth(0) << "  "
                << QString::fromLatin1(encodingNames[int(encoding)]).leftJustified(11) << "  "
                << qSetFieldWidth(8) << r.requests.size() << qSetFieldWidth(0) << "  "
                << QString::number(mb, 'f', 1).rightJustified(7) << "  "
                << QString::number(seconds, 'f', 3).rightJustified(8) << "  "
                << QString::number(mb / seconds, 'f', 1).rightJustified(6)
                << (r.ok() ? "" : "  ERROR ") << r.error << "\n";
            out.flush();
        }
    }
    return 0;
}
