#pragma once

#include <QString>

struct UserGroup
{
    qint64 id = 0;
    QString name;
    qint64 members = 0;
};
