#pragma once

#include "PayloadCompiler.h"

#include <QCoreApplication>

// The pending edits compiled as each user_meta format in one encoding, to compare before an
// apply: requests after chunking, entries, body bytes, and which one Auto would send (the
// smallest on the wire, as PayloadCompiler::compile picks it).
struct PayloadVariant
{
    PayloadFormat format = PayloadFormat::Users;
    CompileResult result;
    qint64 bodyBytes = 0;
    qint64 wireBytes = 0; // bodies plus the per-request overhead Auto counts
    int entries = 0;
    bool chosen = false; // what Auto sends
};

class PayloadPreview
{
    Q_DECLARE_TR_FUNCTIONS(PayloadPreview)
public:
    static QList<PayloadVariant> build(const QList<MetaEdit> &edits, PayloadEncoding encoding,
                                       const CompileOptions &options);
    // A shell command that sends `request` with curl. The key is never in it: the placeholder
    // <API_KEY> stands where it goes (and <API_ID> when the id is not given).
    static QString curlCommand(const CompiledRequest &request, const QString &baseUrl,
                               const QString &apiId = {});
    static QString encodingName(PayloadEncoding encoding);
};
