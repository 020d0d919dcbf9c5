#include "TargetRequest.h"

namespace {
// Quoted for a POSIX shell: single quotes, with a quote written as '\''.
QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

QUrl TargetRequest::url(const QUrl &baseUrl) const
{
    QUrl url = baseUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (q >= 0 ? path.left(q) : path), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    return url;
}

QString TargetRequest::curl(const QUrl &baseUrl) const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(method)};
    for (const auto &[name, value] : headers)
        parts << QStringLiteral("-H")
              << shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") +
                            QString::fromUtf8(value));
    if (!body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(body));
    // The placeholder stays readable in the address, as it is in headers and bodies.
    QString address = url(baseUrl).toString(QUrl::FullyEncoded);
    address.replace(QStringLiteral("%3Csecret%3E"), QLatin1String(kSecretPlaceholder));
    parts << shellQuote(address);
    return parts.join(QLatin1Char(' '));
}

QByteArray TargetRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}
