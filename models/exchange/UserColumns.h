#pragma once

#include "domain/User.h"

#include <QHash>
#include <QStringList>

// The columns MetaDesk writes for a user's own record in a users export (user_id, first_name,
// last_name, email, status, groups), before the meta fields: the exporter writes them and the
// edit import knows them by these names, so importing an export reads its meta fields only.
class UserColumns
{
public:
    static QString idColumn() { return QStringLiteral("user_id"); }
    // The record's columns after user_id, in the order they are written.
    static QStringList recordColumns();
    // The header an export starts with.
    static QStringList header() { return QStringList{idColumn()} + recordColumns(); }
    // A user's cells under header(); `groupNames` names the groups by id.
    static QStringList cells(const User &user, const QHash<qint64, QString> &groupNames);
    // Whether a header cell names the id column (also as "id" or "userid", as sheets do).
    static bool isIdColumn(const QString &header);
    // Whether a header is a users export's: header() first, whatever follows.
    static bool startsAnExport(const QStringList &header);
    // Whether a header cell names one of recordColumns().
    static bool isRecordColumn(const QString &header);
};
