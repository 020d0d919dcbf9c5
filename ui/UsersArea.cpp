#include "UsersArea.h"

#include "Icons.h"
#include "LargeTableView.h"
#include "MetaValueDelegate.h"
#include "items/GroupsTableModel.h"
#include "items/StateColours.h"
#include "items/UsersTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

UsersArea::UsersArea(UsersTableModel *model, GroupsTableModel *groups, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_groups(groups)
    , m_view(new LargeTableView(this))
    , m_search(new QLineEdit(this))
    , m_groupFilter(new QComboBox(this))
    , m_metaField(new QComboBox(this))
    , m_metaMatch(new QComboBox(this))
    , m_metaValue(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("usersArea"));
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search id, name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::action("find"), QLineEdit::LeadingPosition);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_metaField->setObjectName(QStringLiteral("metaFilterField"));
    m_metaMatch->setObjectName(QStringLiteral("metaFilterMatch"));
    m_metaMatch->addItem(tr("equals"), int(MetaFilter::Match::Equals));
    m_metaMatch->addItem(tr("contains"), int(MetaFilter::Match::Contains));
    m_metaMatch->addItem(tr("is empty / missing"), int(MetaFilter::Match::IsMissing));
    m_metaValue->setObjectName(QStringLiteral("metaFilterValue"));
    m_metaValue->setPlaceholderText(tr("value"));
    m_metaValue->setClearButtonEnabled(true);
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    m_problem->setStyleSheet(
        QStringLiteral("color: %1;").arg(StateColours::text(StateColours::Tone::Problem).name()));
    m_problem->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Group:"), this));
    filters->addWidget(m_groupFilter, 1);
    filters->addWidget(new QLabel(tr("Field:"), this));
    filters->addWidget(m_metaField, 1);
    filters->addWidget(m_metaMatch);
    filters->addWidget(m_metaValue, 1);

    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MetaValueDelegate(
        [this](const QString &name) -> const MetaField * {
            for (const MetaField &f : m_model->metaColumns()) {
                if (f.name == name)
                    return &f;
            }
            return nullptr;
        },
        m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersArea::selectionChanged);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(UsersTableModel::IdColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never has to measure a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    for (const auto &[column, width] : {std::pair{UsersTableModel::IdColumn, 80},
                                        {UsersTableModel::FirstNameColumn, 120},
                                        {UsersTableModel::LastNameColumn, 130},
                                        {UsersTableModel::EmailColumn, 260},
                                        {UsersTableModel::GroupsColumn, 220}})
        m_view->setColumnWidth(column, width);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    m_problem->hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, &UsersArea::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, &UsersArea::scheduleQuery);
    connect(m_metaValue, &QLineEdit::textChanged, this, &UsersArea::scheduleQuery);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &UsersArea::applyQuery);
    connect(m_metaField, &QComboBox::currentIndexChanged, this, &UsersArea::applyQuery);
    connect(m_metaMatch, &QComboBox::currentIndexChanged, this, [this] {
        m_metaValue->setEnabled(m_metaMatch->currentData().toInt() !=
                                int(MetaFilter::Match::IsMissing));
        applyQuery();
    });
    connect(m_groups, &QAbstractItemModel::modelReset, this, &UsersArea::rebuildGroupFilter);
    connect(m_groups, &QAbstractItemModel::dataChanged, this, &UsersArea::rebuildGroupFilter);
    connect(m_model, &UsersTableModel::loadFailed, this, [this](const QString &error) {
        m_problem->setText(error);
        m_problem->show();
    });
    connect(m_model, &UsersTableModel::loaded, this, [this] {
        if (m_model->lastError().isEmpty())
            m_problem->hide();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reload forgets the sort only if the model's query did.
        const UserQuery &q = m_model->query();
        if (q.isIdOrder())
            m_view->horizontalHeader()->setSortIndicator(UsersTableModel::IdColumn,
                                                         Qt::AscendingOrder);
    });
    rebuildGroupFilter();
    setFields({});
}

void UsersArea::setFields(const QList<MetaField> &fields)
{
    m_fields = fields;
    const QSignalBlocker blocker(m_metaField);
    const QString current = m_metaField->currentData().toString();
    m_metaField->clear();
    m_metaField->addItem(tr("(any field)"), QString());
    for (const MetaField &f : fields)
        m_metaField->addItem(f.displayName(), f.name);
    const int found = m_metaField->findData(current);
    m_metaField->setCurrentIndex(found < 0 ? 0 : found);
}

void UsersArea::rebuildGroupFilter()
{
    const QSignalBlocker blocker(m_groupFilter);
    const qint64 current = m_groupFilter->currentData().toLongLong();
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("(any group)"), qint64(0));
    for (const UserGroup &g : m_groups->groups())
        m_groupFilter->addItem(tr("%1 (%2)").arg(g.name).arg(g.members), g.id);
    const int found = m_groupFilter->findData(current);
    m_groupFilter->setCurrentIndex(found < 0 ? 0 : found);
}

void UsersArea::scheduleQuery()
{
    m_delay.start();
}

void UsersArea::applyQuery()
{
    m_delay.stop();
    UserQuery query = m_model->query();
    query.search = m_search->text();
    query.groupId = m_groupFilter->currentData().toLongLong();
    query.meta.field = m_metaField->currentData().toString();
    query.meta.match = MetaFilter::Match(m_metaMatch->currentData().toInt());
    query.meta.text = m_metaValue->text();
    // "equals" with nothing typed yet filters nothing.
    if (query.meta.match != MetaFilter::Match::IsMissing && query.meta.text.isEmpty())
        query.meta.field.clear();
    if (query == m_model->query())
        return;
    m_problem->hide();
    m_model->setQuery(query);
}

void UsersArea::clearFilters()
{
    m_search->clear();
    m_groupFilter->setCurrentIndex(0);
    m_metaField->setCurrentIndex(0);
    m_metaValue->clear();
    applyQuery();
}

int UsersArea::selectedRowCount() const
{
    // From the selection's ranges: Select All on a million rows is one range, and listing its
    // rows (selectedRows()) would freeze the window.
    qint64 rows = 0;
    const int lastColumn = m_model->columnCount() - 1;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        if (range.left() == 0 && range.right() == lastColumn)
            rows += range.height();
    }
    return int(qMin<qint64>(rows, m_model->rowCount()));
}

bool UsersArea::allSelected() const
{
    const int rows = m_model->rowCount();
    return rows > 0 && m_model->isLoaded() && selectedRowCount() == rows;
}

QList<User> UsersArea::selectedUsers(int *missing) const
{
    QList<User> users;
    int notLoaded = 0;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        // Asking data() requests the pages still missing; the caller tries again later.
        const qint64 id = row.data(UsersTableModel::UserIdRole).toLongLong();
        if (id == 0) {
            ++notLoaded;
            continue;
        }
        // The whole record: the group preview lists each user by name and email.
        User u = m_model->recordAt(row.row());
        if (u.id != id) {
            u = User{};
            u.id = id;
            u.groups = m_model->groupsAt(row.row());
        }
        users << u;
    }
    if (missing)
        *missing = notLoaded;
    return users;
}
