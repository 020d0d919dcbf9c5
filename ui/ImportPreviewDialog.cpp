#include "ImportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const ImportResult &result, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_problems(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import Edits — %1").arg(fileName));
    resize(820, 520);
    const int good = result.goodCount();
    const int bad = result.badCount();
    // A problem is a cell's; the lines count where they are in the file.
    QSet<int> lines;
    for (const ImportRow &r : result.rows) {
        if (!r.ok())
            lines.insert(r.line);
    }
    const int badLines = int(lines.size());
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setText(
        (result.layout == ImportResult::Layout::Long ? tr("Long form (user_id, field, value).")
                                                     : tr("Wide form (a column per field).")) +
        QLatin1Char(' ') + tr("%Ln cell(s) will become pending edits.", nullptr, good) +
        (result.recordColumns.isEmpty()
             ? QString()
             : QLatin1Char(' ') + tr("The users' own columns (%1) are not meta fields and are "
                                     "left alone.")
                                      .arg(result.recordColumns.join(QStringLiteral(", ")))) +
        (bad > 0 ? QLatin1Char(' ') +
                       tr("%Ln cell(s) on %1 have problems and will be left out:", nullptr, bad)
                           .arg(tr("%Ln line(s)", nullptr, badLines))
                 : QString()));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels(
        {tr("Line"), tr("User"), tr("Field"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setRowCount(bad);
    int row = 0;
    for (const ImportRow &r : result.rows) {
        if (r.ok())
            continue;
        const QStringList cells{QString::number(r.line),
                                r.userId > 0 ? QString::number(r.userId) : QString(), r.field,
                                r.text, r.problem};
        for (int c = 0; c < cells.size(); ++c)
            m_problems->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_problems->setVisible(bad > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(tr("Make %Ln Cell(s) Pending", nullptr, good),
                                             QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("importAcceptButton"));
    accept->setEnabled(good > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
}
