#pragma once

#include "domain/MetaType.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Where DemoDataGenerator puts its rows: a file (SqliteDemoSink, prepared inserts) or PostgreSQL
// (PostgresDemoWriter, COPY). The generator decides every row, so one seed gives the same data
// in both. Each call returns false on an error, which errorText() then names.
class DemoDataSink
{
public:
    struct UserRow
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString middleName;
        QString alias;
        QString email;
        QString status;
    };

    virtual ~DemoDataSink() = default;

    virtual bool begin() = 0;
    virtual bool addAccount(qint64 id, const QString &name) = 0;
    // The new group's or field's id; 0 on an error.
    virtual qint64 addGroup(qint64 accountId, const QString &name) = 0;
    virtual qint64 addField(qint64 accountId, const QString &name, const QByteArray &definition,
                            qint64 position) = 0;
    virtual bool addUser(const UserRow &user) = 0;
    virtual bool addAccess(qint64 accountId, qint64 userId) = 0;
    // Called once per (user, group): the generator leaves out a group picked twice.
    virtual bool addMembership(qint64 userId, qint64 groupId) = 0;
    virtual bool addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                          const QJsonValue &value) = 0;
    // Makes everything permanent (indexes rebuilt, transaction committed).
    virtual bool finish() = 0;
    virtual QString errorText() const = 0;

protected:
    DemoDataSink() = default;
    DemoDataSink(const DemoDataSink &) = delete;
    DemoDataSink &operator=(const DemoDataSink &) = delete;
};
