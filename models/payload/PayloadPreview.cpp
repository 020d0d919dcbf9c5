#include "PayloadPreview.h"

namespace {
QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

QList<PayloadVariant> PayloadPreview::build(const QList<MetaEdit> &edits, PayloadEncoding encoding,
                                            const PlanOptions &options, const PayloadPlan &applied)
{
    EditSet set;
    set.metaEdits = edits;
    QList<PayloadVariant> variants;
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        PayloadVariant v;
        v.format = format;
        v.chosen = applied.ok() && applied.format == format && applied.encoding == encoding;
        if (v.chosen) {
            v.result = applied;
        } else {
            PlanOptions forced = options;
            forced.compile.format = format;
            forced.compile.encoding = encoding;
            v.result = PayloadPlanner::plan(set, forced);
        }
        if (v.result.ok()) {
            v.bodyBytes = v.result.totalBodyBytes();
            v.wireBytes = v.result.wireBytes(options.compile.requestOverheadBytes);
            v.entries = v.result.sentEdits();
        }
        variants.append(std::move(v));
    }
    return variants;
}

QStringList PayloadPreview::heldBackLines(const QList<MetaEdit> &edits, const PayloadPlan &plan)
{
    QStringList lines;
    for (const HeldBackEdit &held : plan.heldBack) {
        const MetaEdit &edit = edits.at(held.editIndex);
        lines << tr("User %1, %2: %3").arg(edit.userId).arg(edit.field, held.reason);
    }
    return lines;
}

QString PayloadPreview::encodingName(PayloadEncoding encoding)
{
    switch (encoding) {
    case PayloadEncoding::Json:
        return tr("JSON");
    case PayloadEncoding::UrlEncoded:
        return tr("URL-encoded form");
    case PayloadEncoding::Multipart:
        return tr("Multipart form");
    }
    return {};
}

QString PayloadPreview::curlCommand(const CompiledRequest &request, const QString &baseUrl,
                                    const QString &apiId)
{
    QString base = baseUrl.isEmpty() ? QStringLiteral("<BASE_URL>") : baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString id = apiId.isEmpty() ? QStringLiteral("<API_ID>") : apiId;
    // printf keeps the body byte for byte (multipart needs its CRLFs); curl reads it from stdin.
    return QStringLiteral("printf '%s' ") + shellQuoted(QString::fromUtf8(request.body)) +
           QStringLiteral(" | curl -X ") + QString::fromLatin1(request.method) + QLatin1Char(' ') +
           shellQuoted(base + request.path) + QStringLiteral(" -H ") +
           shellQuoted(QStringLiteral("tld-api-id: ") + id) + QStringLiteral(" -H ") +
           shellQuoted(QStringLiteral("tld-api-key: <API_KEY>")) + QStringLiteral(" -H ") +
           shellQuoted(QStringLiteral("Content-Type: ") +
                       QString::fromLatin1(request.contentType)) +
           QStringLiteral(" --data-binary @-");
}
