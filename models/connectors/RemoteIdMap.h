#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <optional>

// Which remote user a local user is: the local id itself, or the value of a chosen meta field
// (a PubNub uuid or a Crymbo user_id is a string MetaDesk does not make up).
class RemoteIdMap
{
    Q_DECLARE_TR_FUNCTIONS(RemoteIdMap)
public:
    // The local id is the remote id.
    static RemoteIdMap byUserId();
    // The field `fieldName` holds the remote id; `values` are the users' values of it.
    static RemoteIdMap byField(const QString &fieldName, const QHash<qint64, QJsonValue> &values);

    bool usesField() const { return !m_field.isEmpty(); }
    QString field() const { return m_field; }
    // The remote id of `userId`, or none when the user has none (the field is empty).
    std::optional<QString> remoteId(qint64 userId) const;
    // Why `userId` has no remote id, for the held-back list.
    QString missingReason() const;

private:
    QString m_field;
    QHash<qint64, QString> m_ids;
};
