// libFuzzer target for everything that reads bytes a client sent before any rule runs: the
// request-head framing, the request target, the three body encodings and the payload parsers of
// formats 1/2/3, group membership and field definitions. Build with -DMETADESK_FUZZ=ON (clang);
// run with scripts/fuzz.sh (docs/SERVER.md).
//
// Input: the first byte chooses the decoder, the rest is its input.

#include "payload/GroupMembersPayload.h"
#include "payload/MetaFieldDefinitionParser.h"
#include "payload/RequestDocument.h"
#include "payload/TextCodec.h"
#include "payload/UserMetaPayload.h"
#include "server/ApiRequest.h"
#include "server/RequestFraming.h"

#include "UserMetaRequestComparison.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void parsePayloads(const DecodedRequest &decoded)
{
    if (!decoded.ok())
        return;
    // The server reads edits from the tree; the QJsonObject entry point must agree with it.
    const UserMetaRequest fromTree = UserMetaPayload::parse(decoded.tree);
    const UserMetaRequest fromDocument = UserMetaPayload::parse(
        decoded.document, UserMetaPayload::kMaxEntries, decoded.usersKeyOrder);
    if (!UserMetaRequestComparison::sameRequest(fromTree, fromDocument))
        abort();
    for (GroupOperation::Kind kind : {GroupOperation::Kind::Add, GroupOperation::Kind::Remove,
                                      GroupOperation::Kind::Replace, GroupOperation::Kind::Drop})
        GroupMembersPayload::parse(decoded.document, kind);
    // PUT /api/ingress/user_meta/fields: {"fields": {"<name>": <definition>}}.
    const QJsonObject fields = decoded.document.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        MetaFieldDefinitionParser::fieldNameProblem(it.key());
        MetaFieldDefinitionParser::parse(it.key(), it.value(), QStringLiteral("fields"));
    }
}

// "Name: value" lines, as the HTTP layer hands them over.
QList<QPair<QByteArray, QByteArray>> headerLines(const QByteArray &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0: {
        const DecodedRequest decoded = RequestDocument::decode("application/json", input);
        parsePayloads(decoded);
        TextCodec::loneSurrogateEscapeAt(input);
        // JsonTreeReader never accepts what QJsonDocument refuses, and reads the same document
        // (an empty body is no body: no parameters).
        if (decoded.ok() && !input.isEmpty()) {
            const QByteArray body = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
            QJsonParseError error{};
            const QJsonDocument reference = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || reference.object() != decoded.document)
                abort();
        }
        break;
    }
    case 1:
        parsePayloads(RequestDocument::decode("application/x-www-form-urlencoded", input));
        break;
    case 2:
        parsePayloads(RequestDocument::decode("multipart/form-data; boundary=XyZ", input));
        break;
    case 3: {
        // A query string and a body of any content type: the first line is the header value.
        const qsizetype newline = input.indexOf('\n');
        const QByteArray contentType = newline < 0 ? input : input.left(newline);
        const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
        parsePayloads(RequestDocument::decode(contentType, body, body.left(256)));
        break;
    }
    case 4:
        RequestFraming::check(headerLines(input), 100);
        break;
    default: {
        ApiRequest request;
        request.setTarget(input);
        parsePayloads(RequestDocument::decodeForm(request.query));
        break;
    }
    }
    return 0;
}
