#pragma once

#include "PayloadTree.h"
#include "domain/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A request decoded into one parameter document, or why it could not be.
struct DecodedRequest
{
    PayloadTree tree;     // every decode
    QJsonObject document; // decode() and the decode* functions, not read()
    ApiError error;
    // A JSON body's keys of its top-level "users" object as written, repetitions included
    // (JsonKeyOrder): QJsonObject sorts and merges them, and format 1 refuses two keys that
    // name one user at the later key.
    QStringList usersKeyOrder;

    bool ok() const { return !error.isError(); }
};

// API credentials sent as parameters (docs/API.md section 2); the server also checks headers.
struct ParameterCredentials
{
    QString apiId;  // null when not sent
    QString apiKey; // null when not sent
};

// Decodes a request body of any accepted encoding (docs/API.md section 3) plus its query string
// into one parameter document. JSON arrives as it is; form encodings (urlencoded, multipart) are
// PHP-style bracket keys and become nested objects and arrays whose leaves are strings.
class RequestDocument
{
    Q_DECLARE_TR_FUNCTIONS(RequestDocument)
public:
    static constexpr int kMaxDepth = 64; // deeper JSON or bracket keys are refused
    // The largest body read (413 beyond): the tree's 32-bit offsets must hold all the text a
    // body can become, and a form's "[]" can become a key of nineteen digits (`a[]&`, 4.75
    // times its bytes, after an `a[999999999999999999]`). The server refuses a larger --max-body.
    static constexpr qint64 kMaxBodyBytes = qint64(512) * 1024 * 1024;

    // `contentType` is the header value (parameters included); `query` is the query string with
    // or without its leading '?'. Query parameters are merged in; a body parameter of the same
    // top-level name wins. Fills `tree` only: what UserMetaPayload reads, without a QJsonObject.
    static DecodedRequest read(const QByteArray &contentType, const QByteArray &body,
                               const QByteArray &query = QByteArray());
    // The same, with `document` and `usersKeyOrder` made from the tree.
    static DecodedRequest decode(const QByteArray &contentType, const QByteArray &body,
                                 const QByteArray &query = QByteArray());

    static DecodedRequest decodeJson(const QByteArray &body);
    // application/x-www-form-urlencoded bodies and query strings.
    static DecodedRequest decodeForm(const QByteArray &text);
    static DecodedRequest decodeMultipart(const QByteArray &body, const QByteArray &boundary);

    // api_id + api_key, else api + apikey; numbers are taken as their text.
    static ParameterCredentials credentials(const QJsonObject &document);
    static bool isCredentialKey(const QString &key);
    // The credential parameters of `tree` alone, as a small document for credentials().
    static QJsonObject credentialParameters(const PayloadTree &tree);

private:
    static DecodedRequest readBody(const QByteArray &contentType, const QByteArray &body);
    static DecodedRequest readJson(const QByteArray &body);
    static DecodedRequest readJsonWithQt(const QByteArray &body);
    static DecodedRequest readForm(const QByteArray &text);
    static DecodedRequest readFormWithBuilder(const QByteArray &text);
    static DecodedRequest readMultipart(const QByteArray &body, const QByteArray &boundary);
    static DecodedRequest withDocument(DecodedRequest r);
};
