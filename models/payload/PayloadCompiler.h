#pragma once

#include "domain/ApiContract.h"
#include "domain/EditSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

enum class PayloadEncoding
{
    Json,
    UrlEncoded, // application/x-www-form-urlencoded, PHP brackets
    Multipart   // multipart/form-data, PHP brackets in part names
};

// The user_meta formats of docs/API.md 5.1.
enum class PayloadFormat
{
    Auto = 0,
    Users = 1,  // {"users": {"<id>": {"<field>": value}}}
    Fields = 2, // {"fields": [{"user_id", "field", "value"}]}
    Single = 3  // {"user_id", "field", "value"}: one request per edit
};

// One HTTP request to send.
struct CompiledRequest
{
    QByteArray method;
    QString path;
    QByteArray contentType; // carries the boundary for multipart
    QByteArray body;
    PayloadEncoding encoding = PayloadEncoding::Json;
    int format = 0;               // 1, 2 or 3 for user_meta; 0 for group members
    int entries = 0;              // meta entries, or users of a group operation
    QList<int> editIndexes;       // the EditSet::metaEdits this request carries
    int groupOperationIndex = -1; // the EditSet::groupOperations it carries, else -1
};

struct CompileOptions
{
    PayloadFormat format = PayloadFormat::Auto;
    std::optional<PayloadEncoding> encoding;                 // none: the smallest (PayloadPlanner)
    int maxEntries = ApiContract::kMaxEntriesPerRequest;     // per request
    qint64 maxBodyBytes = ApiContract::kDefaultMaxBodyBytes; // per request
    // When > 0 and the meta edits would take more requests than this at maxEntries, each request
    // carries more (up to the API's limit per request) so that they take about this many: a
    // server applies each request in a transaction of its own, and a few large transactions cost
    // it far less than many small ones (docs/PERFORMANCE.md, issue 15).
    int targetRequests = 0;
    // What one more request costs on the wire beyond its body (request line, headers); Auto
    // adds it per request, or it would always pick one tiny format-3 request per edit.
    qint64 requestOverheadBytes = 256;
    QByteArray boundary; // multipart boundary; empty: a random one
};

struct CompileResult
{
    QList<CompiledRequest> requests;
    QString error; // why the edits cannot be sent (translated); empty on success

    bool ok() const { return error.isEmpty(); }
    qint64 totalBodyBytes() const;
};

// Writes the bodies of ingress requests (docs/API.md sections 5 and 6) in a given format and
// encoding. Which edits, format and encoding is PayloadPlanner's decision: it hands over edits of
// distinct cells with valid user ids and field names. A value that clears is sent as JSON null or
// an empty form value. Chunks never exceed maxEntries or maxBodyBytes; an edit that cannot fit in
// a request alone is an error.
class PayloadCompiler
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCompiler)
public:
    static CompileResult compileMetaEdits(const QList<MetaEdit> &edits, PayloadFormat format,
                                          PayloadEncoding encoding, const CompileOptions &options);
    static CompileResult compileGroupOperation(const GroupOperation &operation,
                                               PayloadEncoding encoding,
                                               const CompileOptions &options);

    static QByteArray contentType(PayloadEncoding encoding, const QByteArray &boundary);
    static QByteArray randomBoundary();
};
