#include "SendPlanModel.h"

#include "StateColours.h"
#include "domain/MetaValueText.h"

#include <QBrush>
#include <QColor>

using Decision = ThreeWayMerge::Decision;
using Choice = SyncRow::Choice;

SendPlanModel::SendPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SendPlanModel::setPlan(const SendPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    Q_EMIT choicesChanged();
}

void SendPlanModel::setChoice(int row, Choice choice, const ThreeWayMerge::Value &value)
{
    if (row < 0 || row >= rowCount() || !m_plan.rows().at(row).isConflict())
        return;
    m_plan.choose(row, choice, value);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT choicesChanged();
}

void SendPlanModel::setChoiceForAllConflicts(Choice choice)
{
    if (m_plan.isEmpty())
        return;
    m_plan.chooseForAllConflicts(choice);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT choicesChanged();
}

QString SendPlanModel::summary() const
{
    QStringList parts;
    parts << tr("%Ln to send", nullptr, int(m_plan.toSend()));
    if (const qint64 equal = m_plan.count(Decision::AlreadyEqual))
        parts << tr("%Ln already on the server", nullptr, int(equal));
    if (const qint64 incoming = m_plan.count(Decision::Incoming))
        parts << tr("%Ln server change(s) to take", nullptr, int(incoming));
    if (const qint64 conflicts = m_plan.count(Decision::Conflict)) {
        parts << tr("%Ln conflict(s)", nullptr, int(conflicts)) +
                     (m_plan.undecided() > 0
                          ? tr(" (%Ln undecided)", nullptr, int(m_plan.undecided()))
                          : QString());
    }
    return parts.join(QStringLiteral(", "));
}

int SendPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows().size());
}

int SendPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SendPlanModel::valueText(const SyncRow &row, const ThreeWayMerge::Value &value) const
{
    if (row.place.kind == SyncPlace::Kind::Membership)
        return value ? tr("member") : tr("not a member");
    return value ? MetaValueText::display(*value) : tr("(no value)");
}

QString SendPlanModel::outcomeText(const SyncRow &row) const
{
    switch (row.decision) {
    case Decision::Send:
        return tr("Send");
    case Decision::AlreadyEqual:
        return tr("Already on the server");
    case Decision::Incoming:
        return tr("Server change: the file takes it");
    case Decision::Unchanged:
        return QString();
    case Decision::Conflict:
        break;
    }
    switch (row.choice) {
    case Choice::KeepMine:
        return tr("Conflict: keep mine");
    case Choice::TakeTheirs:
        return tr("Conflict: take theirs");
    case Choice::UseValue:
        return tr("Conflict: use %1").arg(valueText(row, row.chosen));
    case Choice::Undecided:
        break;
    }
    return tr("Conflict: undecided");
}

QVariant SendPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SyncRow &row = m_plan.rows().at(index.row());
    switch (role) {
    case DecisionRole:
        return int(row.decision);
    case HeldRole:
        return row.isHeld();
    case KindRole:
        return int(row.place.kind);
    case Qt::BackgroundRole:
        if (row.isHeld())
            // A conflict still waits for the person.
            return QBrush(StateColours::background(StateColours::Tone::Warning));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PlaceColumn)
            return row.place.location();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UserColumn:
        return row.userName.isEmpty() ? tr("User %1").arg(row.place.userId)
                                      : tr("%1 (%2)").arg(row.userName).arg(row.place.userId);
    case PlaceColumn:
        if (row.place.kind == SyncPlace::Kind::Cell)
            return row.place.field;
        return tr("Group %1")
            .arg(row.groupName.isEmpty() ? QString::number(row.place.groupId) : row.groupName);
    case TakenColumn:
        return valueText(row, row.taken);
    case MineColumn:
        return valueText(row, row.mine);
    case TheirsColumn:
        return valueText(row, row.theirs);
    case OutcomeColumn:
        return outcomeText(row);
    default:
        return {};
    }
}

QVariant SendPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case PlaceColumn:
        return tr("Field or group");
    case TakenColumn:
        return tr("When taken");
    case MineColumn:
        return tr("Mine (this file)");
    case TheirsColumn:
        return tr("Server now");
    case OutcomeColumn:
        return tr("What happens");
    default:
        return {};
    }
}
