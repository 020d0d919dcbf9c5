#pragma once

#include "PendingEdits.h"
#include "domain/MetaField.h"
#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

class Store;
class QUndoStack;

// The bulk-edit grid: one row per chosen user, one column per chosen field, the stored value
// with the pending edit over it. Every change goes into the shared PendingEdits (so the users
// table shows the same state) as one PendingEditCommand per action: typing a cell, setting many,
// filling down, clearing, pasting. Values are checked (ValueValidator) as they are entered, so
// bad cells are marked before anything is sent. After an apply, written cells are marked.
class BulkEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The same role numbers as UsersTableModel, so MetaValueDelegate serves both.
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        UserIdRole,
        EditStateRole,
        FieldNameRole,
        ProblemRole, // why the cell is refused (empty if it is not)
    };
    enum class CellState
    {
        Stored,
        Pending,
        Refused, // pending, with a problem (the validator's or the server's)
        Written  // the last apply wrote it
    };
    // One cell to change; a null value clears the field, a string is read by the field's type.
    struct CellValue
    {
        int row = 0;
        int column = 0;
        QJsonValue value;
    };
    // What one bulk action did, counted as a person reads it.
    struct Outcome
    {
        int cells = 0;     // cells the action reached inside the grid
        int changed = 0;   // of them, cells whose pending state changed
        int unchanged = 0; // of them, cells that already showed the value
        int invalid = 0;   // of them, cells whose value the field refuses (marked red)
        int clipped = 0;   // values that fell outside the grid and were left out (paste)
    };
    static constexpr int kValueBatch = 5000;

    explicit BulkEditModel(QObject *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    void setPendingEdits(PendingEdits *pending, QUndoStack *undoStack);
    // Shows these users and fields and reads their stored values.
    void setContents(const QList<User> &users, const QList<MetaField> &fields);
    const QList<User> &users() const { return m_users; }
    const QList<MetaField> &fields() const { return m_fields; }
    // Re-reads the stored values (after a write).
    void reloadValues();
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_error; }
    const MetaField *fieldOf(const QString &name) const;

    QJsonValue storedValue(int row, int column) const;
    QJsonValue shownValue(int row, int column) const;
    CellState cellState(int row, int column) const;

    // The bulk actions; each is one undo step named `undoText`. They answer how many cells
    // changed (cells already holding the value are left alone); `outcome` counts the rest.
    int setCells(const QList<CellValue> &cells, const QString &undoText,
                 Outcome *outcome = nullptr);
    int setText(const QModelIndexList &cells, const QString &text);
    int clearCells(const QModelIndexList &cells);
    // Per column, the topmost selected cell's value goes to the other selected cells below it.
    int fillDown(const QModelIndexList &cells);
    // A block of TSV or CSV text (as a spreadsheet copies it), its first cell at `from`; what
    // falls outside the grid is left out and counted.
    Outcome paste(const QString &text, const QModelIndex &from);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The stored values of every row arrived.
    void loaded();
    void loadFailed(const QString &error);

private:
    void fetchValues(int from, quint64 generation);
    void pendingEntryChanged(const PendingEdits::Key &key);
    void allChanged();
    void reportTaken(qint64 accountId, const ApplyReport &report);
    const PendingEdits::Entry *pendingAt(int row, int column) const;

    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    QPointer<PendingEdits> m_pending;
    QPointer<QUndoStack> m_undoStack;
    QList<User> m_users;
    QList<MetaField> m_fields;
    QHash<qint64, int> m_rowOfUser;
    QHash<QString, int> m_columnOfField;
    QHash<qint64, QJsonObject> m_values; // user id -> field -> stored value
    QSet<std::pair<qint64, QString>> m_written;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QString m_error;
};
