#include "BenchEdits.h"

#include <limits>

namespace BenchEdits {

QList<MetaEdit> mixed(int count)
{
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

CompileOptions unlimited(int count)
{
    CompileOptions options;
    options.maxEntries = count;
    options.maxBodyBytes = std::numeric_limits<qint64>::max();
    options.boundary = "MetaDeskBenchBoundary0123456789";
    return options;
}

} // namespace BenchEdits
