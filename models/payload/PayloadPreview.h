#pragma once

#include "PayloadPlanner.h"

#include <QCoreApplication>

// The pending edits planned as each user_meta format in one encoding, to compare before an
// apply: requests after chunking, entries, body bytes, and which one is the plan Apply sends.
struct PayloadVariant
{
    PayloadFormat format = PayloadFormat::Users;
    PayloadPlan result;
    qint64 bodyBytes = 0;
    qint64 wireBytes = 0; // bodies plus the per-request overhead Auto counts
    int entries = 0;      // edits sent (held-back ones are not)
    bool chosen = false;  // the plan Apply sends
};

class PayloadPreview
{
    Q_DECLARE_TR_FUNCTIONS(PayloadPreview)
public:
    // Formats 1, 2 and 3 in `encoding` with `options` (the store's); the one equal to `applied`
    // (PayloadPlanner's plan with the same options) is that very plan, marked chosen.
    static QList<PayloadVariant> build(const QList<MetaEdit> &edits, PayloadEncoding encoding,
                                       const PlanOptions &options, const PayloadPlan &applied);
    // Each held-back edit as a line: whose cell, and why it is not sent.
    static QStringList heldBackLines(const QList<MetaEdit> &edits, const PayloadPlan &plan);
    // A shell command that sends `request` with curl. The key is never in it: the placeholder
    // <API_KEY> stands where it goes (and <API_ID> when the id is not given).
    static QString curlCommand(const CompiledRequest &request, const QString &baseUrl,
                               const QString &apiId = {});
    static QString encodingName(PayloadEncoding encoding);
};
