#include "SetCellsDialog.h"

#include "MetaValueEditors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

SetCellsDialog::SetCellsDialog(const QList<Column> &columns, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("setCellsDialog"));
    setWindowTitle(tr("Set Selected Cells"));
    auto *form = new QFormLayout;
    int cells = 0;
    for (const Column &column : columns) {
        QWidget *editor = MetaValueEditors::create(column.field, this);
        if (editor) {
            if (!MetaValueEditors::setValue(editor, column.shown, column.shownText)) {
                if (auto *line = qobject_cast<QLineEdit *>(editor))
                    line->setText(column.shownText); // a large integer's checked line edit
            }
        } else {
            auto *line = new QLineEdit(column.shownText, this);
            line->setObjectName(QStringLiteral("textEditor"));
            line->setPlaceholderText(tr("(empty clears the cells)"));
            line->setClearButtonEnabled(true);
            editor = line;
        }
        editor->setProperty("field", column.field.name);
        m_editors << editor;
        auto *label = new QLabel(
            tr("%1 (%Ln cell(s)):", nullptr, column.cells).arg(column.field.displayName()), this);
        label->setBuddy(editor);
        label->setToolTip(column.field.description);
        form->addRow(label, editor);
        cells += column.cells;
    }
    auto *intro =
        new QLabel(tr("The value for each chosen field, set in all %Ln chosen cell(s) as one step.",
                      nullptr, cells),
                   this);
    intro->setWordWrap(true);
    auto *page = new QWidget(this);
    page->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus();
    resize(480, qMin(200 + 40 * int(columns.size()), 600));
}

QJsonValue SetCellsDialog::value(int column) const
{
    const QWidget *editor = m_editors.at(column);
    if (const std::optional<QVariant> typed = MetaValueEditors::value(editor))
        return QJsonValue::fromVariant(*typed);
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return QJsonValue(QJsonValue::Undefined);
}
