#include "ApiRequest.h"

#include <QUrl>

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void ApiRequest::setTarget(const QByteArray &target)
{
    const QUrl url = QUrl::fromEncoded(target);
    path = url.path();
    // Fully encoded keeps %26 and %3D apart from the separators they would otherwise become.
    query = url.query(QUrl::FullyEncoded).toUtf8();
}
