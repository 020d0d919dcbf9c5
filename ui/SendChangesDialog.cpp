#include "SendChangesDialog.h"

#include "LargeTableView.h"
#include "Prompter.h"
#include "domain/MetaValueText.h"
#include "items/SendPlanModel.h"
#include "payload/ValueValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using Decision = ThreeWayMerge::Decision;

SendChangesDialog::SendChangesDialog(const SendPlan &plan, const QList<MetaField> &schema,
                                     Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_model(new SendPlanModel(this))
    , m_decisionFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_view(new LargeTableView(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_schema(schema)
    , m_prompter(prompter)
{
    setWindowTitle(tr("Send Changes"));
    m_model->setPlan(plan);
    m_decisionFilter->setSourceModel(m_model);
    m_decisionFilter->setFilterRole(SendPlanModel::DecisionRole);
    m_textFilter->setSourceModel(m_decisionFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_textFilter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setObjectName(QStringLiteral("sendPlanView"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    m_summary->setObjectName(QStringLiteral("sendPlanSummary"));
    m_summary->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("sendPlanNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->hide();
    m_show->setObjectName(QStringLiteral("sendPlanShow"));
    m_show->addItem(tr("Everything"), int(Show::All));
    m_show->addItem(tr("To send"), int(Show::ToSend));
    m_show->addItem(tr("Conflicts"), int(Show::Conflicts));
    m_show->addItem(tr("Server changes"), int(Show::Incoming));
    m_show->addItem(tr("Already on the server"), int(Show::AlreadyEqual));
    m_search->setObjectName(QStringLiteral("sendPlanSearch"));
    m_search->setPlaceholderText(tr("Filter by user, field or value"));
    m_search->setClearButtonEnabled(true);

    auto *mine = new QPushButton(tr("Keep &Mine"), this);
    mine->setObjectName(QStringLiteral("keepMine"));
    auto *theirs = new QPushButton(tr("Take &Theirs"), this);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    auto *value = new QPushButton(tr("Use &Value…"), this);
    value->setObjectName(QStringLiteral("useValue"));
    auto *allMine = new QPushButton(tr("Keep Mine for All"), this);
    allMine->setObjectName(QStringLiteral("keepMineForAll"));
    auto *allTheirs = new QPushButton(tr("Take Theirs for All"), this);
    allTheirs->setObjectName(QStringLiteral("takeTheirsForAll"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(mine);
    choices->addWidget(theirs);
    choices->addWidget(value);
    choices->addStretch();
    choices->addWidget(allMine);
    choices->addWidget(allTheirs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(choices);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { showOnly(Show(m_show->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_textFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(mine, &QPushButton::clicked, this, &SendChangesDialog::keepMine);
    connect(theirs, &QPushButton::clicked, this, &SendChangesDialog::takeTheirs);
    connect(value, &QPushButton::clicked, this, &SendChangesDialog::useValue);
    connect(allMine, &QPushButton::clicked, this,
            [this] { m_model->setChoiceForAllConflicts(SyncRow::Choice::KeepMine); });
    connect(allTheirs, &QPushButton::clicked, this,
            [this] { m_model->setChoiceForAllConflicts(SyncRow::Choice::TakeTheirs); });
    connect(m_model, &SendPlanModel::choicesChanged, this, &SendChangesDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool hasConflicts = plan.count(Decision::Conflict) > 0;
    for (QPushButton *b : {mine, theirs, value, allMine, allTheirs})
        b->setEnabled(hasConflicts);
    // Conflicts first: they are what the person must look at.
    showOnly(hasConflicts ? Show::Conflicts : Show::All);
    updateSummary();
}

const SendPlan &SendChangesDialog::plan() const
{
    return m_model->plan();
}

void SendChangesDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString SendChangesDialog::notice() const
{
    return m_notice->text();
}

void SendChangesDialog::showOnly(Show which)
{
    QString pattern;
    switch (which) {
    case Show::All:
        break;
    case Show::ToSend:
        pattern = QString::number(int(Decision::Send));
        break;
    case Show::Conflicts:
        pattern = QString::number(int(Decision::Conflict));
        break;
    case Show::Incoming:
        pattern = QString::number(int(Decision::Incoming));
        break;
    case Show::AlreadyEqual:
        pattern = QString::number(int(Decision::AlreadyEqual));
        break;
    }
    m_decisionFilter->setFilterRegularExpression(
        pattern.isEmpty() ? QString() : QStringLiteral("^%1$").arg(pattern));
    const int index = m_show->findData(int(which));
    if (index != m_show->currentIndex())
        m_show->setCurrentIndex(index);
}

QList<int> SendChangesDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_decisionFilter->mapToSource(m_textFilter->mapToSource(index));
        rows << source.row();
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()) {
        rows << m_decisionFilter->mapToSource(m_textFilter->mapToSource(m_view->currentIndex()))
                    .row();
    }
    return rows;
}

void SendChangesDialog::choose(SyncRow::Choice choice)
{
    for (int row : selectedRows())
        m_model->setChoice(row, choice);
}

void SendChangesDialog::keepMine()
{
    choose(SyncRow::Choice::KeepMine);
}

void SendChangesDialog::takeTheirs()
{
    choose(SyncRow::Choice::TakeTheirs);
}

void SendChangesDialog::useValue()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_prompter)
        return;
    const SyncRow &row = m_model->plan().rows().at(rows.first());
    if (!row.isConflict())
        return;
    if (row.place.kind == SyncPlace::Kind::Membership) {
        m_prompter->inform(this, windowTitle(),
                           tr("A membership is kept or taken: use Keep Mine or Take Theirs."));
        return;
    }
    const auto field = std::find_if(m_schema.cbegin(), m_schema.cend(), [&row](const MetaField &f) {
        return f.name == row.place.field;
    });
    bool ok = false;
    const QString initial = row.mine ? MetaValueText::display(*row.mine) : QString();
    const QString text = m_prompter->askText(this, tr("Use Value"),
                                             tr("The value of '%1' for user %2 (empty clears it):")
                                                 .arg(row.place.field)
                                                 .arg(row.place.userId),
                                             initial, &ok);
    if (!ok)
        return;
    ThreeWayMerge::Value value;
    if (!text.isEmpty()) {
        if (field == m_schema.cend()) {
            m_prompter->warn(
                this, tr("Use Value"),
                tr("The field '%1' is not in the account's schema any more.").arg(row.place.field));
            return;
        }
        const ValueCheck check = ValueValidator::check(*field, text);
        if (!check.ok) {
            m_prompter->warn(this, tr("Use Value"),
                             tr("Not valid for '%1': %2").arg(row.place.field, check.message));
            return;
        }
        value = check.value;
    }
    m_model->setChoice(rows.first(), SyncRow::Choice::UseValue, value);
}

void SendChangesDialog::updateSummary()
{
    const SendPlan &plan = m_model->plan();
    QString text = m_model->summary() + QLatin1Char('.');
    if (plan.undecided() > 0) {
        text += QLatin1Char(' ') +
                tr("Undecided conflicts are held back: they stay in the file, and nothing is sent "
                   "for them.");
    }
    m_summary->setText(text);
    m_send->setText(plan.toSend() > 0 ? tr("Send %n change(s)", nullptr, int(plan.toSend()))
                    : plan.fileUpdates().isEmpty() ? tr("Nothing to Send")
                                                   : tr("Take Server Changes"));
    m_send->setEnabled(plan.toSend() > 0 || !plan.fileUpdates().isEmpty());
}
