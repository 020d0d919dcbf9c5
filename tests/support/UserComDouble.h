#pragma once

#include "DoubleFaults.h"
#include "FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

// User.com's mass update of custom attributes, as its document describes it, on loopback:
// POST (or PUT) /api/public/users/mass_update_custom_attributes/ with
// `Authorization: Token <64 characters>` and a JSON body {ids, attribute, value}; ids are
// integers, the attribute 1-255 characters, the value a boolean, integer, date, date & time or
// string. Its state: each known user's custom attributes. The document gives no error body;
// this double answers {"detail": "..."} for every refusal.
class UserComDouble : public QObject
{
    Q_OBJECT
public:
    explicit UserComDouble(const QString &token, const QList<qint64> &users,
                           QObject *parent = nullptr);
    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }

    DoubleFaults &faults() { return m_faults; }
    // Users and their attributes, as the double holds them now.
    const QHash<qint64, QJsonObject> &state() const { return m_users; }
    const QList<FakeRequest> &requests() const { return m_server.requests(); }
    int updates() const { return m_updates; } // mass updates that changed the state

private:
    FakeResponse handle(const FakeRequest &request);
    FakeResponse update(const FakeRequest &request);

    FakeHttpServer m_server;
    DoubleFaults m_faults;
    QString m_token;
    QHash<qint64, QJsonObject> m_users;
    int m_updates = 0;
};
