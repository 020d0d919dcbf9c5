#pragma once

#include "domain/MetaEdit.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// One cell of an import: where it came from, what it says, and whether it can become an edit.
struct ImportRow
{
    int line = 0; // 1-based line of the file (the header is line 1)
    qint64 userId = 0;
    QString field;
    QString text;     // as the file has it
    QJsonValue value; // typed and normalised; null clears
    QString problem;  // empty: good
    bool ok() const { return problem.isEmpty(); }
};

struct ImportResult
{
    enum class Layout
    {
        Long, // user_id, field, value
        Wide  // user_id, then one column per field
    };
    Layout layout = Layout::Long;
    QList<ImportRow> rows;     // every cell that asks for an edit, good and bad, in file order
    QString error;             // why nothing could be read at all (no header, no user_id column)
    QStringList recordColumns; // columns of the users' own record, read past (UserColumns)

    int goodCount() const;
    int badCount() const;
    QList<MetaEdit> goodEdits() const;
};

// Reads meta edits from CSV or TSV text in long form (a header `user_id,field,value`) or wide
// form (`user_id` and a column per field) and checks each against the users and fields that
// exist and ValueValidator. In long form an empty value clears the field; in wide form an empty
// cell leaves it alone (a sheet has many blanks nobody meant as "delete"), and the columns of a
// users export that are no meta fields (first_name, email, groups…) are read past.
class EditImport
{
    Q_DECLARE_TR_FUNCTIONS(EditImport)
public:
    static ImportResult read(const QString &text, const QList<MetaField> &fields,
                             const QSet<qint64> &knownUsers);
};
