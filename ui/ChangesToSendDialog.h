#pragma once

#include "sync/SyncRow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SendPlanModel;

// View › Changes to Send: every cell and membership of an offline copy that differs from what was
// taken (value taken → value now), filterable by text and kind. Revert asks for the selected
// places to get their taken value back; the window writes that to the file.
class ChangesToSendDialog : public QDialog
{
    Q_OBJECT
public:
    ChangesToSendDialog(const QString &heading, const QList<SyncRow> &changes,
                        QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SendPlanModel *model() const { return m_model; }
    // Shows cells, memberships or both; and the places matching `text`.
    void showKind(int kind); // -1: both, else SyncPlace::Kind
    void filter(const QString &text);
    void revertSelected();

Q_SIGNALS:
    void revertRequested(const QList<SyncRow> &places);

private:
    SendPlanModel *m_model;
    QSortFilterProxyModel *m_kindFilter;
    QSortFilterProxyModel *m_textFilter;
    QTableView *m_view;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QLabel *m_count;
};
