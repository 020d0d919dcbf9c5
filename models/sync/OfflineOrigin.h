#pragma once

#include <QDateTime>
#include <QString>

// Where an offline copy came from: the server, the key's API id and the account, and the
// server's revision when it was taken (or last brought up to date). Never the key itself.
struct OfflineOrigin
{
    QString baseUrl;
    QString apiId;
    qint64 accountId = 0;
    QString accountName;
    qint64 takenRevision = 0;
    QDateTime takenAt; // UTC

    bool isValid() const { return !baseUrl.isEmpty() && accountId > 0; }
    // Whether a server connection is the one this copy belongs to (same server and account).
    bool matches(const QString &otherBaseUrl, qint64 otherAccountId) const;
    // "Offline copy of Northwind Traders on https://crm.example.com, taken 1 Dec 2026 10:00"
    QString describe() const;

    friend bool operator==(const OfflineOrigin &a, const OfflineOrigin &b)
    {
        return a.baseUrl == b.baseUrl && a.apiId == b.apiId && a.accountId == b.accountId &&
               a.accountName == b.accountName && a.takenRevision == b.takenRevision &&
               a.takenAt == b.takenAt;
    }
};
