#pragma once

#include <QJsonArray>
#include <QWidget>

class QListWidget;

// Edits an array value item by item: add, remove, edit in place.
class ArrayValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ArrayValueEditor(QWidget *parent = nullptr);
    void setItems(const QJsonArray &items);
    QJsonArray items() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};
