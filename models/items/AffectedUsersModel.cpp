#include "AffectedUsersModel.h"

#include "exchange/DelimitedText.h"

AffectedUsersModel::AffectedUsersModel(QList<MembershipPlanner::AffectedUser> users,
                                       QHash<qint64, QString> groupNames, QObject *parent)
    : QAbstractTableModel(parent)
    , m_users(std::move(users))
    , m_groupNames(std::move(groupNames))
{}

int AffectedUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AffectedUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AffectedUsersModel::names(const QList<qint64> &groups) const
{
    QStringList out;
    out.reserve(groups.size());
    for (qint64 id : groups)
        out << m_groupNames.value(id, QString::number(id));
    return out.join(QStringLiteral(", "));
}

QVariant AffectedUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const MembershipPlanner::AffectedUser &a = m_users.at(index.row());
    switch (index.column()) {
    case IdColumn:
        return a.user.id;
    case NameColumn:
        return a.user.fullName();
    case EmailColumn:
        return a.user.email;
    case GainsColumn:
        return names(a.gains);
    case LossesColumn:
        return names(a.losses);
    default:
        return {};
    }
}

QVariant AffectedUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("User");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case GainsColumn:
        return tr("Gains");
    case LossesColumn:
        return tr("Loses");
    default:
        return {};
    }
}

QString AffectedUsersModel::csv() const
{
    // Column names as the users export writes them, so the file reads the same way.
    QString out = DelimitedText::line({QStringLiteral("user_id"), QStringLiteral("first_name"),
                                       QStringLiteral("last_name"), QStringLiteral("email"),
                                       QStringLiteral("gains"), QStringLiteral("losses")}) +
                  QStringLiteral("\r\n");
    for (const MembershipPlanner::AffectedUser &a : m_users)
        out += DelimitedText::line({QString::number(a.user.id), a.user.firstName, a.user.lastName,
                                    a.user.email, names(a.gains), names(a.losses)}) +
               QStringLiteral("\r\n");
    return out;
}
