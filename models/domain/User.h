#pragma once

#include <QList>
#include <QString>

// A user's basic record (not its meta values, which are per account).
struct User
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString middleName;
    QString alias;
    QString email;
    QString status;
    QList<qint64> groups; // ids of the user's groups in the account being looked at

    QString fullName() const;
};
