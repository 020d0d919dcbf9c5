#pragma once

#include <QTableView>

class QItemSelectionModel;

// A table view for models with up to millions of rows. Its column header does not watch the
// selection: Qt's header asks whether each column is wholly selected (flags() of every row, for
// every column) on the first paint after every selection change, 150–200 ms after Select All on a
// million users. The column header highlights nothing anyway; rows still show their selection.
class LargeTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LargeTableView(QWidget *parent = nullptr);

    void setSelectionModel(QItemSelectionModel *selectionModel) override;

private:
    QItemSelectionModel *m_headerSelection = nullptr;
};
