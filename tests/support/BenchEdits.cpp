#include "BenchEdits.h"

#include <QDateTime>
#include <QJsonValue>

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

QList<MetaEdit> offlineCells(qint64 users)
{
    QList<MetaEdit> edits;
    edits.reserve(users * 5);
    for (qint64 u = 1; u <= users; ++u) {
        edits << MetaEdit{u, QStringLiteral("balance"), QJsonValue(u * 10.0 + 0.5), -1}
              << MetaEdit{u, QStringLiteral("phone"),
                          QJsonValue(QStringLiteral("+1999%1").arg(u, 7, 10, QLatin1Char('0'))), -1}
              << MetaEdit{u, QStringLiteral("support_email"),
                          QJsonValue(QStringLiteral("offline-%1@example.org").arg(u)), -1}
              << MetaEdit{u, QStringLiteral("birthday"),
                          QJsonValue(QDate(1950, 1, 1).addDays(u).toString(Qt::ISODate)), -1}
              << MetaEdit{u, QStringLiteral("last_login"),
                          QJsonValue(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC)
                                         .addSecs(u)
                                         .toString(Qt::ISODate)),
                          -1};
    }
    return edits;
}

} // namespace BenchEdits
