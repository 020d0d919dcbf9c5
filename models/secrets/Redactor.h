#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Takes API keys out of anything that may be logged: headers, URLs and query strings, bodies
// (JSON, urlencoded, multipart) and free text. The names are those of docs/API.md 2 and of the
// other systems MetaDesk sends to (`Authorization`, `auth`, `api_secret`):
// `tld-api-key`, `api_key`, `apikey`, compared case-insensitively. Known key values (set by
// the caller) are also replaced wherever they appear, in case a key travels under another name.
class Redactor
{
public:
    static constexpr const char *kMask = "***";

    // Whether `name` (a header, parameter or JSON key) carries a key.
    static bool isSecretName(QStringView name);

    static QByteArray header(const QByteArray &name, const QByteArray &value);
    static QString url(const QUrl &url);
    static QByteArray query(const QByteArray &query);
    static QByteArray body(const QByteArray &body, const QByteArray &contentType);
    // Text of unknown form (error strings, "Name: value" lines): every pattern above.
    static QString text(const QString &text);

    // Also replace these exact values (the keys in use).
    void addSecret(const QString &secret);
    QString scrub(const QString &text) const;

private:
    QStringList m_secrets;
};
