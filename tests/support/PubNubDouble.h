#pragma once

#include "DoubleFaults.h"
#include "FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

// PubNub App Context's uuid metadata, as its document describes setting it, on loopback:
// GET and PATCH /v2/objects/<sub_key>/uuids/<uuid>[?include=custom][&auth=...]. A set replaces
// custom whole (scalar values only), ignores property names it does not know, honours If-Match
// (412 when the eTag is no longer the object's) and answers the object with a new eTag. Errors
// come as {status, error: {message, source, details: [{message, location, locationType}]}}.
class PubNubDouble : public QObject
{
    Q_OBJECT
public:
    struct Uuid
    {
        QJsonObject properties; // name, email, ... (never custom)
        QJsonObject custom;
        QString eTag;
        int version = 0;
    };

    PubNubDouble(const QString &subscribeKey, const QString &authToken, QObject *parent = nullptr);
    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }

    DoubleFaults &faults() { return m_faults; }
    void put(const QString &uuid, const QJsonObject &custom);
    // Custom keys this double silently drops on a set (stands in for names PubNub ignores).
    void ignoreCustomKey(const QString &key) { m_ignored.insert(key); }
    // After the next read of `uuid`, someone else sets custom[key] = value (a new eTag).
    void changeAfterNextRead(const QString &uuid, const QString &key, const QJsonValue &value);
    const QHash<QString, Uuid> &state() const { return m_uuids; }
    const QList<FakeRequest> &requests() const { return m_server.requests(); }

private:
    FakeResponse handle(const FakeRequest &request);
    FakeResponse serve(const FakeRequest &request);
    static FakeResponse error(int status, const QString &message, const QString &location = {},
                              const QString &locationType = {});
    QJsonObject object(const QString &id, bool withCustom) const;
    void bump(Uuid &uuid);

    FakeHttpServer m_server;
    DoubleFaults m_faults;
    QString m_subscribeKey;
    QString m_authToken;
    QHash<QString, Uuid> m_uuids;
    QSet<QString> m_ignored;
    struct PendingChange
    {
        QString uuid;
        QString key;
        QJsonValue value;
    };
    QList<PendingChange> m_afterRead;
};
