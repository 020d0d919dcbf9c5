#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <functional>

// Splits a multipart/form-data body (RFC 7578) into its named parts. Lines end in CRLF; a bare LF
// is tolerated. Parts without a name are skipped; a file part is read like any other value.
class MultipartReader
{
    Q_DECLARE_TR_FUNCTIONS(MultipartReader)
public:
    using PartHandler = std::function<bool(QByteArrayView name, QByteArrayView content)>;

    // Calls `handler` for every part in order; stops when it returns false. Returns an empty
    // string on success, else what is wrong and where (byte offset).
    static QString read(QByteArrayView body, QByteArrayView boundary, const PartHandler &handler);

    // The `name` parameter of a Content-Disposition header value; null when there is none.
    static QByteArray dispositionName(QByteArrayView headerValue);
};
