#pragma once

#include "domain/MetaField.h"
#include "store/Store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <functional>

// The meta-field schema as a table: name, type, label, group and how many users of the account
// hold a value. Changes go to the Store (the file, or the server's schema endpoint) and the
// table reloads when they were taken.
class SchemaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        LabelColumn,
        GroupColumn,
        ValuesColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // for sorting: the count as a number
        FieldNameRole
    };

    explicit SchemaTableModel(QObject *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
    void reload();
    // Reads the schema again after a change elsewhere: unchanged definitions only get new
    // counts (rows, selection and scroll position stay); changed ones reload the table.
    void refresh();
    const QList<MetaField> &fields() const { return m_fields; }
    const MetaField *field(const QString &name) const;
    int rowOf(const QString &name) const;
    // Users of the account holding a value (-1 while not counted yet).
    qint64 valueCount(const QString &name) const;
    bool isLoaded() const { return m_loaded; }

    // Sends the changes; `done` gets the outcome (a refusal is an outcome with an error) or the
    // error that kept it from being asked. The table reloads after a change was taken.
    void submit(const QList<SchemaChange> &changes, SchemaWriteOptions options,
                const std::function<void(const StoreReply<SchemaOutcome> &)> &done);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &error);
    // Definitions were created, changed or deleted (other views re-read the fields).
    void schemaChanged();

private:
    // Asks the store for the account's fields; `arrived` runs unless a newer request started.
    void fetchFields(quint64 generation,
                     const std::function<void(const QList<MetaField> &, quint64)> &arrived);
    void countValues(quint64 generation);
    void replaceFields(const QList<MetaField> &fields, quint64 generation);

    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    QList<MetaField> m_fields;
    QHash<QString, qint64> m_counts;
    bool m_counted = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};
