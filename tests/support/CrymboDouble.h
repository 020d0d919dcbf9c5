#pragma once

#include "DoubleFaults.h"
#include "FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

// Crymbo's usersMeta, as its document describes it, on loopback. Its document names the
// operations but no paths; this double serves the ones MetaDesk uses (docs/API.md, "Crymbo"):
// POST /auth/login {api_key, api_secret, username} -> token; with `Authorization: Bearer`:
// GET /usersMeta (all stored objects), GET /usersMeta/structure (allowed keys), POST /usersMeta
// (create), GET and PUT /usersMeta/<id>, GET /usersMeta/user/<user_id>/key/<key>. Every answer
// is {api_message, api_data}. Values are checked against the structure (DATA_TYPE, ARRAY_TYPE,
// VALIDATION url).
class CrymboDouble : public QObject
{
    Q_OBJECT
public:
    struct Meta
    {
        QString id;
        QString userId;
        QString key;
        QJsonValue value;
    };

    CrymboDouble(const QString &apiKey, const QString &apiSecret, const QString &username,
                 const QJsonObject &structure, QObject *parent = nullptr);
    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }

    DoubleFaults &faults() { return m_faults; }
    QString put(const QString &userId, const QString &key, const QJsonValue &value);
    // Every token given so far stops working (as after ~30 minutes).
    void expireTokens() { m_tokens.clear(); }
    int logins() const { return m_logins; }
    // (user_id, key) -> value, as the double holds them now.
    QHash<QPair<QString, QString>, QJsonValue> state() const;
    const QList<FakeRequest> &requests() const { return m_server.requests(); }

private:
    FakeResponse handle(const FakeRequest &request);
    FakeResponse serve(const FakeRequest &request);
    static FakeResponse answer(int status, const QString &message, const QJsonValue &data);
    QJsonObject toJson(const Meta &meta) const;
    QString valueProblem(const QString &key, const QJsonValue &value) const;
    FakeResponse write(const FakeRequest &request, Meta *existing);

    FakeHttpServer m_server;
    DoubleFaults m_faults;
    QString m_apiKey, m_apiSecret, m_username;
    QJsonObject m_structure;
    QSet<QString> m_tokens;
    QList<Meta> m_metas;
    int m_logins = 0;
    int m_nextId = 1;
};
