#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QByteArray kMaskBytes(Redactor::kMask);

// The name's bare form: "api_key[]" and "api_key[0]" are still api_key.
QString bareName(QStringView name)
{
    const qsizetype bracket = name.indexOf(QLatin1Char('['));
    return (bracket >= 0 ? name.left(bracket) : name).trimmed().toString();
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = Redactor::isSecretName(it.key())
                             ? QJsonValue(QString::fromLatin1(Redactor::kMask))
                             : redactJson(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it);
        return a;
    }
    return value;
}

// The alternation of every secret name, for patterns over raw text.
// The names of isSecretName, as a pattern for free text.
const QString kNames =
    QStringLiteral("(?:tld-api-key|api_key|apikey|authorization|auth|api_secret)");
} // namespace

bool Redactor::isSecretName(QStringView name)
{
    const QString bare = bareName(name);
    return bare.compare(QLatin1String("tld-api-key"), Qt::CaseInsensitive) == 0 ||
           bare.compare(QLatin1String("api_key"), Qt::CaseInsensitive) == 0 ||
           bare.compare(QLatin1String("apikey"), Qt::CaseInsensitive) == 0 ||
           // Other systems' credentials (connectors/): tokens in Authorization, PubNub's auth.
           bare.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0 ||
           bare.compare(QLatin1String("auth"), Qt::CaseInsensitive) == 0 ||
           bare.compare(QLatin1String("api_secret"), Qt::CaseInsensitive) == 0;
}

QByteArray Redactor::header(const QByteArray &name, const QByteArray &value)
{
    return isSecretName(QString::fromLatin1(name)) ? kMaskBytes : value;
}

QByteArray Redactor::query(const QByteArray &query)
{
    QList<QByteArray> pairs = query.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawName = eq >= 0 ? pair.left(eq) : pair;
        // Names may be percent-encoded ("api%5Fkey") or use '+' for spaces.
        const QString name = QUrl::fromPercentEncoding(QByteArray(rawName).replace('+', ' '));
        if (isSecretName(name))
            pair = rawName + '=' + kMaskBytes;
    }
    return pairs.join('&');
}

QString Redactor::url(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(QString::fromLatin1(kMask));
    if (copy.hasQuery())
        copy.setQuery(QString::fromLatin1(query(copy.query(QUrl::FullyEncoded).toLatin1())),
                      QUrl::StrictMode);
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray Redactor::body(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue redacted = redactJson(
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
            return redacted.isObject()
                       ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
        }
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
        return query(body);
    }
    // Multipart, broken JSON and anything else: the text patterns.
    return text(QString::fromUtf8(body)).toUtf8();
}

QString Redactor::text(const QString &input)
{
    static const QList<QPair<QRegularExpression, QString>> patterns = {
        // "tld-api-key: value" (a header line)
        {QRegularExpression(QStringLiteral("(\\b%1\\s*:\\s*)[^\\r\\n]*").arg(kNames),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
        // "api_key": "value" or "api_key":123 (JSON)
        {QRegularExpression(
             QStringLiteral("(\"%1\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]*)")
                 .arg(kNames),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\"***\"")},
        // api_key=value, api_key[]=value (query strings, form bodies)
        {QRegularExpression(QStringLiteral("(\\b%1(?:\\[[^\\]]*\\])?=)[^&\\s]*").arg(kNames),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
        // a multipart part named api_key: its value is the text after the blank line
        {QRegularExpression(
             QStringLiteral(
                 "(name=\"?%1(?:\\[[^\\]]*\\])?\"?[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*"
                 "\\r?\\n)[^\\r\\n]*")
                 .arg(kNames),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
    };
    QString out = input;
    for (const auto &[pattern, replacement] : patterns)
        out.replace(pattern, replacement);
    return out;
}

void Redactor::addSecret(const QString &secret)
{
    // Very short values would blank out ordinary text; real keys are long.
    if (secret.size() >= 8 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::scrub(const QString &input) const
{
    QString out = text(input);
    for (const QString &secret : m_secrets) {
        out.replace(secret, QString::fromLatin1(kMask));
        // The same key percent-encoded, as it would stand in a URL.
        out.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                    QString::fromLatin1(kMask));
    }
    return out;
}
