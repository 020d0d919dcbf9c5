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
                                            const CompileOptions &options)
{
    QList<PayloadVariant> variants;
    int best = -1;
    for (const PayloadFormat format :
         {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
        PayloadVariant v;
        v.format = format;
        v.result = PayloadCompiler::compileMetaEdits(edits, format, encoding, options);
        if (v.result.ok()) {
            v.bodyBytes = v.result.totalBodyBytes();
            v.wireBytes =
                v.bodyBytes + qint64(v.result.requests.size()) * options.requestOverheadBytes;
            for (const CompiledRequest &r : v.result.requests)
                v.entries += r.entries;
            if (best < 0 || v.wireBytes < variants.at(best).wireBytes)
                best = int(variants.size());
        }
        variants.append(std::move(v));
    }
    if (best >= 0)
        variants[best].chosen = true;
    return variants;
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
