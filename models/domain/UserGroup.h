#pragma once

#include <QByteArray>
#include <QString>

struct UserGroup
{
    qint64 id = 0;
    QString name;
    qint64 members = 0;

    // The order groups are listed in, by name ignoring ASCII case, then id: what a file's
    // `ORDER BY name COLLATE NOCASE, id` gives, so a server's groups list the same way.
    static bool listedBefore(const UserGroup &a, const UserGroup &b)
    {
        const QByteArray x = a.name.toUtf8().toLower(); // toLower() folds ASCII only, as NOCASE
        const QByteArray y = b.name.toUtf8().toLower();
        return x != y ? x < y : a.id < b.id;
    }
};
