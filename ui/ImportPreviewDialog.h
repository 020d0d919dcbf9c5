#pragma once

#include "exchange/EditImport.h"

#include <QDialog>

class QTableWidget;

// What an import would do before it does it: how many cells become pending edits and every bad
// row with its reason. Accepting makes the good ones pending (one undo step).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const ImportResult &result, const QString &fileName,
                        QWidget *parent = nullptr);
    QTableWidget *problems() const { return m_problems; }

private:
    QTableWidget *m_problems;
};
