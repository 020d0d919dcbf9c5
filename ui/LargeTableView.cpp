#include "LargeTableView.h"

#include <QHeaderView>
#include <QItemSelectionModel>

LargeTableView::LargeTableView(QWidget *parent)
    : QTableView(parent)
{
    horizontalHeader()->setHighlightSections(false);
}

void LargeTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    // The header gets a selection of its own that stays empty (QTableView gave it the view's).
    QItemSelectionModel *old = m_headerSelection;
    m_headerSelection = new QItemSelectionModel(model(), this);
    horizontalHeader()->setSelectionModel(m_headerSelection);
    delete old;
}
