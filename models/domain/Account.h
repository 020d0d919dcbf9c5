#pragma once

#include <QString>

struct Account
{
    qint64 id = 0;
    QString name;
};
