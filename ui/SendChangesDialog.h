#pragma once

#include "domain/MetaField.h"
#include "sync/SendPlan.h"

#include <QDialog>

class Prompter;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SendPlanModel;

// The plan of Send Changes before anything is sent: how many places go to the server, how many
// are already there, which server changes the file takes, and every conflict with the value taken,
// mine and the server's. The person keeps mine, takes theirs or types a value, per row or for all;
// an undecided conflict is held back (it stays in the file, nothing is sent for it).
class SendChangesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        ToSend,
        Conflicts,
        Incoming,
        AlreadyEqual
    };

    SendChangesDialog(const SendPlan &plan, const QList<MetaField> &schema, Prompter *prompter,
                      QWidget *parent = nullptr);

    const SendPlan &plan() const;
    // What the person must know before sending (the server changed places during a send, no
    // conflict detection, field definitions not taken); hidden when empty.
    void setNotice(const QString &text);
    QString notice() const;
    SendPlanModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void showOnly(Show which);
    // Choices for the selected rows (conflicts among them).
    void keepMine();
    void takeTheirs();
    // Asks for one value for the current conflict, checked against its field.
    void useValue();

private:
    void choose(SyncRow::Choice choice);
    QList<int> selectedRows() const;
    void updateSummary();

    SendPlanModel *m_model;
    QSortFilterProxyModel *m_decisionFilter;
    QSortFilterProxyModel *m_textFilter;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_notice;
    QComboBox *m_show;
    QLineEdit *m_search;
    QPushButton *m_send;
    QList<MetaField> m_schema;
    Prompter *m_prompter;
};
