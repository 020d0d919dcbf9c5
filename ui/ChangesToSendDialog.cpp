#include "ChangesToSendDialog.h"

#include "LargeTableView.h"
#include "items/SendPlanModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

ChangesToSendDialog::ChangesToSendDialog(const QString &heading, const QList<SyncRow> &changes,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(new SendPlanModel(this))
    , m_kindFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_view(new LargeTableView(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Changes to Send"));
    // Nothing is known of the server here: each change is compared with what was taken.
    m_model->setPlan(SendPlan(changes));
    m_kindFilter->setSourceModel(m_model);
    m_kindFilter->setFilterRole(SendPlanModel::KindRole);
    m_textFilter->setSourceModel(m_kindFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_textFilter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->hideColumn(SendPlanModel::TheirsColumn);
    m_view->hideColumn(SendPlanModel::OutcomeColumn);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    m_kind->setObjectName(QStringLiteral("changesKind"));
    m_kind->addItem(tr("Values and memberships"), -1);
    m_kind->addItem(tr("Values"), int(SyncPlace::Kind::Cell));
    m_kind->addItem(tr("Memberships"), int(SyncPlace::Kind::Membership));
    m_search->setObjectName(QStringLiteral("changesSearch"));
    m_search->setPlaceholderText(tr("Filter by user, field, group or value"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("changesCount"));

    auto *revert = new QPushButton(tr("&Revert Selected"), this);
    revert->setObjectName(QStringLiteral("revertChanges"));
    revert->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *head = new QLabel(heading, this);
    head->setObjectName(QStringLiteral("changesHeading"));
    head->setWordWrap(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(revert);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(820, 520);

    const auto updateCount = [this] {
        m_count->setText(tr("%1 of %Ln change(s) shown", nullptr, m_model->rowCount())
                             .arg(m_textFilter->rowCount()));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { showKind(m_kind->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, this, &ChangesToSendDialog::filter);
    connect(m_textFilter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_textFilter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_textFilter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_textFilter, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, revert] { revert->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(revert, &QPushButton::clicked, this, &ChangesToSendDialog::revertSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

void ChangesToSendDialog::showKind(int kind)
{
    m_kindFilter->setFilterRegularExpression(kind < 0 ? QString()
                                                      : QStringLiteral("^%1$").arg(kind));
    const int index = m_kind->findData(kind);
    if (index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index);
}

void ChangesToSendDialog::filter(const QString &text)
{
    m_textFilter->setFilterFixedString(text);
    if (m_search->text() != text)
        m_search->setText(text);
}

void ChangesToSendDialog::revertSelected()
{
    QList<SyncRow> places;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_kindFilter->mapToSource(m_textFilter->mapToSource(index));
        places << m_model->plan().rows().at(source.row());
    }
    if (!places.isEmpty())
        Q_EMIT revertRequested(places);
}
