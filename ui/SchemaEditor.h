#pragma once

#include "store/Store.h"

#include <QWidget>

class FieldDefinitionForm;
class Prompter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class SchemaTableModel;

// The Schema area: the current account's meta fields (each account has its own schema) with how
// many of its users hold a value, and a
// form to create, change or delete one. A definition is checked before it can be saved; what the
// store refuses (a type change existing values do not fit, a field still in use) is shown with
// every detail it named.
class SchemaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaEditor(QWidget *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
    // The current account's name, for the heading and for every question about its values.
    void setAccountName(const QString &name);
    QString heading() const;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    SchemaTableModel *model() const { return m_model; }
    FieldDefinitionForm *form() const { return m_form; }
    // Shows a field in the form (by name), or an empty form for a new one.
    void selectField(const QString &name);
    void newField();
    // Saves the form (create or change). False when the definition is wrong or was refused.
    void save();
    // Deletes the selected field, asking first (with the exact count) when users hold values.
    void deleteField();
    QString problems() const;
    // An offline copy's schema is the server's: shown, not edited. `why` says so above the
    // table; empty makes it editable again.
    void setReadOnly(const QString &why);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

Q_SIGNALS:
    // The store took a change (the outcome is in the status text).
    void saved();
    void refused();

private:
    void currentChanged();
    void showOutcome(const SchemaOutcome &outcome);
    void showProblems(const QString &title, const QStringList &lines);
    void submitChange(const SchemaChange &change);
    void submitDelete(const SchemaChange &change, bool force);
    void showRefusal(const StoreReply<SchemaOutcome> &reply, const QString &summary);
    QString accountTitle() const;

    SchemaTableModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    FieldDefinitionForm *m_form;
    QPlainTextEdit *m_problems;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_delete;
    Prompter *m_prompter = nullptr;
    bool m_busy = false;
    // The field to show again after the table reloads: the one just saved, or the current one.
    QString m_keepSelected;
    bool m_restoringSelection = false;
    bool m_showSavedField = false;
    QString m_accountName;
    QString m_messageField; // the field the status and problems are about
    QWidget *m_editPane;
    QLabel *m_readOnlyNote;
    QString m_readOnlyReason;
};
