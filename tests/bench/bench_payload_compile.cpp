// Benchmark 2 of issue 3: compile 1,000,000 meta edits into each format x encoding.
// Usage: bench_payload_compile [edits]   (prints MB/s of body bytes produced)
#include "BenchEdits.h"
#include "payload/PayloadCompiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QList<MetaEdit> edits = BenchEdits::mixed(count);
    QTextStream out(stdout);
    out << "compile " << count << " edits (one request per format-1/2 body; limits lifted)\n";
    out << "format  encoding     requests  body MB    seconds   MB/s\n";
    const char *encodingNames[] = {"json", "urlencoded", "multipart"};
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        for (const PayloadEncoding encoding :
             {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart}) {
            const CompileOptions options = BenchEdits::unlimited(count);
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
