#pragma once

#include "sync/SendPlan.h"

#include <QAbstractTableModel>

// The rows of a SendPlan for the Send Changes dialog: per place the value taken, the file's and
// the server's, and what happens to it. A conflict's choice is made here (setChoice), so the
// counts the dialog shows are the plan's own.
class SendPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserColumn,
        PlaceColumn,
        TakenColumn,
        MineColumn,
        TheirsColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        DecisionRole = Qt::UserRole + 1, // ThreeWayMerge::Decision as int
        HeldRole,                        // an undecided conflict
        KindRole                         // SyncPlace::Kind as int
    };

    explicit SendPlanModel(QObject *parent = nullptr);

    void setPlan(const SendPlan &plan);
    const SendPlan &plan() const { return m_plan; }
    void setChoice(int row, SyncRow::Choice choice, const ThreeWayMerge::Value &value = {});
    void setChoiceForAllConflicts(SyncRow::Choice choice);
    // "12 to send, 3 already on the server, 2 server changes, 1 conflict (1 undecided)"
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A choice changed what will be sent.
    void choicesChanged();

private:
    QString valueText(const SyncRow &row, const ThreeWayMerge::Value &value) const;
    QString outcomeText(const SyncRow &row) const;

    SendPlan m_plan;
};
