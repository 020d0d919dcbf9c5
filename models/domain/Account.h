#pragma once

#include <QString>

struct Account
{
    qint64 id = 0;
    QString name;
    qint64 users = -1; // how many users it has, when the answer said (-1: not counted)
};
