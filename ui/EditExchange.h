#pragma once

#include "domain/MetaField.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class PendingEdits;
class Prompter;
class QUndoStack;
class QWidget;
class Store;
class UsersTableModel;
struct MetaEdit;

// Import of edits from CSV/TSV (checked and previewed, then pending as one undo step) and export
// of the users table with its meta columns to CSV, for the window's File menu.
class EditExchange : public QObject
{
    Q_OBJECT
public:
    EditExchange(PendingEdits *pending, QUndoStack *undoStack, UsersTableModel *usersModel,
                 QWidget *window);

    void setStore(Store *store, qint64 accountId);
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setFields(const QList<MetaField> &fields);

    // Asks for a file, then imports it.
    void chooseAndImport();
    void importFile(const QString &path);
    void chooseAndExport();
    void exportFile(const QString &path);

Q_SIGNALS:
    // An import or export ended; `message` says what happened.
    void importFinished(bool madePending, const QString &message);
    void exportFinished(bool ok, const QString &message);

private:
    void makePending(const QList<MetaEdit> &edits, const QString &fileName);
    void fetchStored(const QList<qint64> &ids, int from, QHash<qint64, QJsonObject> stored,
                     const QList<MetaEdit> &edits, const QString &fileName);

    PendingEdits *m_pending;
    QUndoStack *m_undoStack;
    UsersTableModel *m_usersModel;
    QWidget *m_window;
    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    Prompter *m_prompter = nullptr;
    QList<MetaField> m_fields;
};
