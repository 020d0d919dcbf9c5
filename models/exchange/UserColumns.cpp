#include "UserColumns.h"

QStringList UserColumns::recordColumns()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("status"), QStringLiteral("groups")};
}

QStringList UserColumns::cells(const User &user, const QHash<qint64, QString> &groupNames)
{
    QStringList groups;
    for (qint64 g : user.groups)
        groups << groupNames.value(g, QString::number(g));
    return {
        QString::number(user.id),         user.firstName, user.lastName, user.email, user.status,
        groups.join(QStringLiteral(", "))};
}

bool UserColumns::isIdColumn(const QString &header)
{
    const QString h = header.trimmed().toLower();
    return h == idColumn() || h == QLatin1String("id") || h == QLatin1String("userid");
}

bool UserColumns::isRecordColumn(const QString &header)
{
    return recordColumns().contains(header.trimmed().toLower());
}

bool UserColumns::startsAnExport(const QStringList &header)
{
    const QStringList expected = UserColumns::header();
    if (header.size() < expected.size())
        return false;
    for (int c = 0; c < expected.size(); ++c) {
        if (header.at(c).trimmed().toLower() != expected.at(c))
            return false;
    }
    return true;
}
