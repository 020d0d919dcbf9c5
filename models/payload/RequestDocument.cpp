#include "RequestDocument.h"

#include "FormPairs.h"
#include "JsonKeyOrder.h"
#include "JsonTreeReader.h"
#include "MultipartReader.h"
#include "PhpFormBuilder.h"
#include "TextCodec.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>

namespace {

DecodedRequest failure(int status, const char *title, const QString &message,
                       const QString &location = QString())
{
    DecodedRequest r;
    r.error.status = status;
    r.error.title = QString::fromLatin1(title);
    r.error.details.append({location, message});
    return r;
}

struct MediaType
{
    QByteArrayView type; // as sent, white space trimmed
    QByteArray boundary;
    QByteArray charset; // lower case

    // Sizes first, then the bytes as clients write them (lower case), and only then without
    // case: Qt's case-insensitive compare costs a small request more than its whole parse.
    bool is(QByteArrayView name) const
    {
        return type.size() == name.size() &&
               (std::memcmp(type.data(), name.data(), size_t(name.size())) == 0 ||
                type.compare(name, Qt::CaseInsensitive) == 0);
    }
};

QByteArrayView trimmedView(QByteArrayView v)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    while (!v.isEmpty() && space(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && space(v.back()))
        v.chop(1);
    return v;
}

QByteArray unquoted(QByteArrayView raw)
{
    const QByteArrayView v = trimmedView(raw);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"')) {
        QByteArray out;
        for (qsizetype i = 1; i + 1 < v.size(); ++i) {
            if (v[i] == '\\' && i + 2 < v.size())
                ++i;
            out.append(v[i]);
        }
        return out;
    }
    return v.toByteArray();
}

// Views into `header`, which must outlive the result; one request's header costs no allocation
// unless it has parameters.
MediaType parseMediaType(QByteArrayView header)
{
    MediaType m;
    qsizetype end = header.indexOf(';');
    m.type = trimmedView(header.first(end < 0 ? header.size() : end));
    while (end >= 0) {
        const qsizetype start = end + 1;
        end = header.indexOf(';', start);
        const QByteArrayView part = header.sliced(start, (end < 0 ? header.size() : end) - start);
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArrayView name = trimmedView(part.first(eq));
        if (qstrnicmp(name.data(), name.size(), "boundary") == 0)
            m.boundary = unquoted(part.sliced(eq + 1));
        else if (qstrnicmp(name.data(), name.size(), "charset") == 0)
            m.charset = unquoted(part.sliced(eq + 1)).toLower();
    }
    return m;
}

// 1-based line and column of a byte offset, for messages a person can act on.
QString position(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return RequestDocument::tr("line %1, column %2 (byte %3)")
        .arg(line)
        .arg(offset - lineStart + 1)
        .arg(offset);
}

// The nesting depth check runs before QJsonDocument sees the body: Qt's own limit is 1024
// levels of recursion, ours is the contract's sane 64, reported with its position.
qsizetype tooDeepAt(const QByteArray &body, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    const char *p = body.constData();
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

QString jsonProblem(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return RequestDocument::tr("an object is not closed (is the body truncated?)");
    case QJsonParseError::MissingNameSeparator:
        return RequestDocument::tr("':' expected after an object key");
    case QJsonParseError::UnterminatedArray:
        return RequestDocument::tr("an array is not closed (is the body truncated?)");
    case QJsonParseError::MissingValueSeparator:
        return RequestDocument::tr("',' expected between values");
    case QJsonParseError::IllegalValue:
        return RequestDocument::tr("not a JSON value");
    case QJsonParseError::TerminationByNumber:
        return RequestDocument::tr("the body ends inside a number (is it truncated?)");
    case QJsonParseError::IllegalNumber:
        return RequestDocument::tr("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return RequestDocument::tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return RequestDocument::tr("invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString:
        return RequestDocument::tr("a string is not closed (is the body truncated?)");
    case QJsonParseError::MissingObject:
        return RequestDocument::tr("an object was expected");
    case QJsonParseError::DeepNesting:
        return RequestDocument::tr("the document is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return RequestDocument::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return RequestDocument::tr("unexpected text after the end of the document");
    case QJsonParseError::NoError:
        break;
    }
    return RequestDocument::tr("not valid JSON");
}

QString describeJsonKind(const QJsonDocument &document)
{
    if (document.isArray())
        return RequestDocument::tr("an array");
    return RequestDocument::tr("a single value");
}

} // namespace

// One named result returned on every path: made in place, not moved out (a DecodedRequest moved
// costs a small request a tenth of its parse).
DecodedRequest RequestDocument::readJson(const QByteArray &raw)
{
    // A UTF-8 byte order mark is allowed and means nothing.
    const qsizetype from = TextCodec::startsWithByteOrderMark(raw) ? 3 : 0;
    DecodedRequest r;
    if (!JsonTreeReader::read(raw, from, kMaxDepth, r.tree))
        r = readJsonWithQt(raw.mid(from));
    return r;
}

DecodedRequest RequestDocument::readJsonWithQt(const QByteArray &body)
{
    // Not strict JSON: QJsonDocument says what is wrong and where, or reads what it is more
    // lenient about (JsonTreeReader.h), as the server always has.
    qsizetype bad = 0;
    if (!TextCodec::isValidUtf8(body, &bad))
        return failure(400, ErrorTitles::BadRequest,
                       tr("the JSON body is not valid UTF-8 at %1").arg(position(body, bad)));
    const qsizetype deep = tooDeepAt(body, kMaxDepth);
    if (deep >= 0)
        return failure(400, ErrorTitles::BadRequest,
                       tr("the JSON body nests deeper than %1 levels at %2")
                           .arg(kMaxDepth)
                           .arg(position(body, deep)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(400, ErrorTitles::BadRequest,
                       tr("invalid JSON at %1: %2")
                           .arg(position(body, error.offset), jsonProblem(error.error)));
    // Qt keeps an escaped lone surrogate as an unpaired UTF-16 unit, which no UTF-8 file can hold.
    const qsizetype lone = TextCodec::loneSurrogateEscapeAt(body);
    if (lone >= 0)
        return failure(400, ErrorTitles::BadRequest,
                       tr("the JSON body is not valid text at %1: %2 is half of a UTF-16 "
                          "surrogate pair")
                           .arg(position(body, lone), QString::fromLatin1(body.mid(lone, 6))));
    if (!document.isObject())
        return failure(
            400, ErrorTitles::IncorrectFormat,
            tr("the JSON body must be an object, not %1").arg(describeJsonKind(document)));
    DecodedRequest r;
    const QJsonObject object = document.object();
    r.tree = PayloadTree::fromJsonObject(
        object, object.value(QLatin1String("users")).isObject()
                    ? JsonKeyOrder::memberKeys(body, QStringLiteral("users"))
                    : QStringList());
    return r;
}

DecodedRequest RequestDocument::readForm(const QByteArray &text)
{
    DecodedRequest r; // as readJson's
    if (!PhpFormBuilder::writeFlatForm(text, r.tree))
        r = readFormWithBuilder(text);
    return r;
}

DecodedRequest RequestDocument::readFormWithBuilder(const QByteArray &text)
{
    PhpFormBuilder builder(kMaxDepth);
    builder.reserve(TextCodec::countByte(text, '&') + 1, text.size());
    FormPairs pairs(text);
    const auto where = [&] { return tr("parameter %1").arg(pairs.index()); };
    QByteArrayView key;
    QByteArrayView value;
    while (pairs.next(&key, &value)) {
        if (!pairs.nameIsAscii() && !TextCodec::isValidUtf8(key))
            return failure(400, ErrorTitles::BadRequest,
                           tr("the name of %1 is not valid UTF-8").arg(where()));
        if (!pairs.valueIsAscii() && !TextCodec::isValidUtf8(value))
            return failure(400, ErrorTitles::BadRequest,
                           tr("the value of '%1' (%2) is not valid UTF-8")
                               .arg(QString::fromUtf8(key), where()),
                           QString::fromUtf8(key));
        if (!builder.add(key, value))
            return failure(400, ErrorTitles::BadRequest,
                           tr("'%1' (%2) nests deeper than %3 levels")
                               .arg(QString::fromUtf8(key).left(80), where())
                               .arg(kMaxDepth));
    }
    DecodedRequest r;
    builder.writeTree(r.tree);
    return r;
}

DecodedRequest RequestDocument::readMultipart(const QByteArray &body, const QByteArray &boundary)
{
    PhpFormBuilder builder(kMaxDepth);
    builder.reserve(body.count(boundary), body.size());
    DecodedRequest partError;
    int partIndex = -1;
    const auto where = [&] { return tr("part %1").arg(partIndex); };
    const QString problem =
        MultipartReader::read(body, boundary, [&](QByteArrayView name, QByteArrayView content) {
            ++partIndex;
            if (!TextCodec::isValidUtf8(name)) {
                partError = failure(400, ErrorTitles::BadRequest,
                                    tr("the name of %1 is not valid UTF-8").arg(where()));
                return false;
            }
            const auto key = [&] { return QString::fromUtf8(name); };
            if (!TextCodec::isValidUtf8(content)) {
                partError = failure(
                    400, ErrorTitles::BadRequest,
                    tr("the value of '%1' (%2) is not valid UTF-8").arg(key(), where()), key());
                return false;
            }
            if (!builder.add(name, content)) {
                partError = failure(400, ErrorTitles::BadRequest,
                                    tr("'%1' (%2) nests deeper than %3 levels")
                                        .arg(key().left(80), where())
                                        .arg(kMaxDepth));
                return false;
            }
            return true;
        });
    if (!problem.isEmpty())
        return failure(400, ErrorTitles::BadRequest, problem);
    if (!partError.ok())
        return partError;
    DecodedRequest r;
    builder.writeTree(r.tree);
    return r;
}

DecodedRequest RequestDocument::readBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return failure(413, ErrorTitles::PayloadTooLarge,
                       tr("the body has %1 bytes; at most %2 can be read")
                           .arg(body.size())
                           .arg(kMaxBodyBytes));
    const MediaType media = parseMediaType(contentType);
    if (!media.charset.isEmpty() && media.charset != "utf-8" && media.charset != "utf8")
        return failure(415, ErrorTitles::UnsupportedMediaType,
                       tr("the charset '%1' is not supported; send UTF-8")
                           .arg(QString::fromLatin1(media.charset)));
    if (media.is("application/json"))
        return readJson(body);
    if (media.is("application/x-www-form-urlencoded"))
        return readForm(body);
    if (media.is("multipart/form-data"))
        return readMultipart(body, media.boundary);
    return failure(415, ErrorTitles::UnsupportedMediaType,
                   tr("the body's Content-Type '%1' is not accepted; use application/json, "
                      "application/x-www-form-urlencoded or multipart/form-data")
                       .arg(QString::fromLatin1(contentType)));
}

DecodedRequest RequestDocument::read(const QByteArray &contentType, const QByteArray &body,
                                     const QByteArray &query)
{
    // Made in place, as in readJson.
    DecodedRequest fromBody = body.isEmpty() ? DecodedRequest() : readBody(contentType, body);
    if (!fromBody.ok() || query.isEmpty() || query == "?")
        return fromBody;
    DecodedRequest merged = readForm(query);
    if (!merged.ok()) {
        for (ErrorDetail &d : merged.error.details)
            d.message = tr("in the query string: %1").arg(d.message);
        return merged;
    }
    fromBody.tree.prependMembers(merged.tree); // the body's parameters win
    return fromBody;
}

DecodedRequest RequestDocument::decode(const QByteArray &contentType, const QByteArray &body,
                                       const QByteArray &query)
{
    return withDocument(read(contentType, body, query));
}

DecodedRequest RequestDocument::decodeJson(const QByteArray &body)
{
    return withDocument(readJson(body));
}

DecodedRequest RequestDocument::decodeForm(const QByteArray &text)
{
    return withDocument(readForm(text));
}

DecodedRequest RequestDocument::decodeMultipart(const QByteArray &body, const QByteArray &boundary)
{
    return withDocument(readMultipart(body, boundary));
}

DecodedRequest RequestDocument::withDocument(DecodedRequest r)
{
    if (r.ok()) {
        r.document = r.tree.toJsonObject();
        r.usersKeyOrder = r.tree.writtenKeys("users");
    }
    return r;
}

bool RequestDocument::isCredentialKey(const QString &key)
{
    return key == QLatin1String("api_id") || key == QLatin1String("api_key") ||
           key == QLatin1String("api") || key == QLatin1String("apikey");
}

QJsonObject RequestDocument::credentialParameters(const PayloadTree &tree)
{
    QJsonObject parameters;
    for (const char *name : {"api_id", "api_key", "api", "apikey"}) {
        const int node = tree.member(PayloadTree::kRoot, QByteArrayView(name));
        if (node >= 0)
            parameters.insert(QLatin1String(name), tree.toJsonValue(node));
    }
    return parameters;
}

ParameterCredentials RequestDocument::credentials(const QJsonObject &document)
{
    const auto text = [&](const char *key) -> QString {
        const QJsonValue v = document.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
        return QString();
    };
    ParameterCredentials c;
    c.apiId = text("api_id");
    if (c.apiId.isNull())
        c.apiId = text("api");
    c.apiKey = text("api_key");
    if (c.apiKey.isNull())
        c.apiKey = text("apikey");
    return c;
}
