#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP request to another system, exactly as it goes on the wire except for the secret,
// which stands as kSecretPlaceholder in a preview and is put in only by the send job.
struct TargetRequest
{
    static constexpr const char *kSecretPlaceholder = "<secret>";

    QByteArray method;
    QString path; // relative to the base URL, with its query string
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<int> editIndexes; // the edits (indexes into the sent list) this request carries
    // A line for people when the body depends on an earlier answer (PubNub's merge): empty
    // when the request is exactly as shown.
    QString note;

    QUrl url(const QUrl &baseUrl) const;
    // A curl command line that sends this request (the secret as its placeholder).
    QString curl(const QUrl &baseUrl) const;
    QByteArray header(const QByteArray &name) const;
};
