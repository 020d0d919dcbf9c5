#include "AccessLog.h"

#include "payload/TextCodec.h"

#include <QTextStream>

namespace {
bool isSecretName(const QByteArray &encodedName)
{
    QByteArray name = TextCodec::formDecode(encodedName).toLower();
    const qsizetype bracket = name.indexOf('[');
    if (bracket >= 0)
        name.truncate(bracket);
    name = name.trimmed();
    return name == "api_key" || name == "apikey" || name == "tld-api-key";
}
} // namespace

AccessLog::AccessLog(QTextStream *out)
    : m_out(out)
{}

QByteArray AccessLog::redactedQuery(const QByteArray &query)
{
    QList<QByteArray> pairs = query.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (isSecretName(eq < 0 ? pair : pair.left(eq)))
            pair = (eq < 0 ? pair : pair.left(eq)) + "=REDACTED";
    }
    return pairs.join('&');
}

QString AccessLog::line(const Entry &entry)
{
    QString target = entry.path;
    if (!entry.query.isEmpty())
        target += QLatin1Char('?') + QString::fromUtf8(redactedQuery(entry.query));
    // Control characters in a path would let a client forge log lines.
    for (QChar &c : target) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    }
    return entry.time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + entry.peer +
           QLatin1Char(' ') + QString::fromLatin1(entry.method) + QLatin1Char(' ') + target +
           QLatin1Char(' ') + QString::number(entry.status) + QLatin1Char(' ') +
           QString::number(entry.milliseconds, 'f', 1) + QStringLiteral("ms entries=") +
           QString::number(entry.entries);
}

void AccessLog::write(const Entry &entry)
{
    if (!m_out)
        return;
    *m_out << line(entry) << '\n';
    m_out->flush();
}
