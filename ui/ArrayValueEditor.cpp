#include "ArrayValueEditor.h"

#include "domain/MetaValueText.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

ArrayValueEditor::ArrayValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setAutoFillBackground(true);
    m_list->setObjectName(QStringLiteral("arrayItems"));
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addItem"));
    add->setText(tr("+"));
    add->setToolTip(tr("Add an item"));
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeItem"));
    remove->setText(tr("−"));
    remove->setToolTip(tr("Remove the selected item"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setMinimumHeight(110);
    connect(add, &QToolButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QString(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(remove, &QToolButton::clicked, this, [this] { delete m_list->currentItem(); });
}

void ArrayValueEditor::setItems(const QJsonArray &items)
{
    m_list->clear();
    for (const auto &v : items) {
        auto *item = new QListWidgetItem(MetaValueText::display(v), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QJsonArray ArrayValueEditor::items() const
{
    QJsonArray array;
    for (int i = 0; i < m_list->count(); ++i)
        array.append(m_list->item(i)->text());
    return array;
}
