#include "RequestFraming.h"

#include "HttpErrorTitles.h"

#include <algorithm>

namespace {
bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

RequestFraming::Verdict RequestFraming::check(const QList<QPair<QByteArray, QByteArray>> &headers,
                                              int maxHeaderLines)
{
    Verdict v;
    if (headers.size() > maxHeaderLines) {
        v.refusal = ApiResponse::error(431, HttpErrorTitles::HeadersTooLarge,
                                       tr("the request has %1 header lines; at most %2 are read")
                                           .arg(headers.size())
                                           .arg(maxHeaderLines));
        return v;
    }
    QList<QByteArray> lengths;
    QList<QByteArray> encodings;
    for (const auto &[name, value] : headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // "5, 5" is one length said twice (RFC 9112 6.3 item 5).
            for (const QByteArray &part : value.split(','))
                lengths.append(part.trimmed());
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(','))
                encodings.append(part.trimmed().toLower());
        }
    }
    const auto refuse = [&](const QString &location, const QString &message) {
        v.refusal = ApiResponse::error(400, ErrorTitles::BadRequest, message, location);
        return v;
    };
    if (!encodings.isEmpty()) {
        if (!lengths.isEmpty())
            return refuse(QStringLiteral("Transfer-Encoding"),
                          tr("a request may not have both Content-Length and Transfer-Encoding"));
        if (encodings != QList<QByteArray>{QByteArrayLiteral("chunked")})
            return refuse(QStringLiteral("Transfer-Encoding"),
                          tr("the only transfer coding accepted is 'chunked', not '%1'")
                              .arg(QString::fromLatin1(encodings.join(", "))));
        v.bodyBytes = kChunked;
        return v;
    }
    if (lengths.isEmpty())
        return v;
    for (const QByteArray &length : lengths) {
        if (!isDigits(length) || length.size() > 18 || length != lengths.first())
            return refuse(QStringLiteral("Content-Length"),
                          tr("Content-Length must be one whole number of bytes, not '%1'")
                              .arg(QString::fromLatin1(lengths.join(", "))));
    }
    v.bodyBytes = lengths.first().toLongLong();
    return v;
}
