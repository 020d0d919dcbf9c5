#pragma once

#include "domain/MetaField.h"

#include <QDialog>
#include <QJsonValue>
#include <QList>

class QLabel;

// Set Selected Cells To…: one value per chosen field, each in the editor that fits the field
// (MetaValueEditors: a spin box for numbers, a date editor for dates, the options in a combo…),
// started at what the first chosen cell of that field shows.
class SetCellsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Column
    {
        MetaField field;
        QJsonValue shown; // what the first chosen cell of the field shows
        QString shownText;
        int cells = 0; // chosen cells of the field
    };
    SetCellsDialog(const QList<Column> &columns, QWidget *parent = nullptr);

    int columnCount() const { return int(m_editors.size()); }
    // The editor of the field at `column` (objectNames as the grid's: integerEditor, dateEditor…;
    // textEditor for plain text).
    QWidget *editor(int column) const { return m_editors.at(column); }
    // What the person set for `column`, as the grid takes it (text is read by the field's type).
    QJsonValue value(int column) const;

private:
    QList<QWidget *> m_editors;
};
