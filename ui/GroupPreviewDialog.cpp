#include "GroupPreviewDialog.h"

#include "Icons.h"
#include "LargeTableView.h"
#include "Prompter.h"
#include "items/AffectedUsersModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

GroupPreviewDialog::GroupPreviewDialog(const QString &what,
                                       const MembershipPlanner::Preview &preview,
                                       const QHash<qint64, QString> &groupNames, bool toServer,
                                       Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_summary(what + QStringLiteral("\n") + preview.text() + QLatin1Char('.'))
    , m_prompter(prompter)
    , m_groups(new QTableWidget(int(preview.groups.size()), 3, this))
    , m_users(new LargeTableView(this))
    , m_model(new AffectedUsersModel(preview.affected, groupNames, this))
{
    setObjectName(QStringLiteral("groupPreview"));
    setWindowTitle(tr("Group Membership Preview"));
    resize(760, 560);
    auto *summary = new QLabel(m_summary, this);
    summary->setObjectName(QStringLiteral("groupPreviewSummary"));
    summary->setWordWrap(true);

    m_groups->setObjectName(QStringLiteral("groupPreviewGroups"));
    m_groups->setHorizontalHeaderLabels(
        {tr("Group"), tr("Users gaining it"), tr("Users losing it")});
    m_groups->verticalHeader()->setVisible(false);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (int r = 0; r < preview.groups.size(); ++r) {
        const MembershipPlanner::GroupChange &g = preview.groups.at(r);
        m_groups->setItem(
            r, 0, new QTableWidgetItem(groupNames.value(g.groupId, QString::number(g.groupId))));
        for (const auto &[column, count] : {std::pair{1, g.gaining}, {2, g.losing}}) {
            auto *item = new QTableWidgetItem(locale.toString(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_groups->setItem(r, column, item);
        }
    }
    m_groups->setMaximumHeight(m_groups->horizontalHeader()->sizeHint().height() +
                               m_groups->verticalHeader()->defaultSectionSize() *
                                   int(qMin<qsizetype>(preview.groups.size(), 6)) +
                               2 * m_groups->frameWidth() + 2);

    m_users->setObjectName(QStringLiteral("groupPreviewUsers"));
    m_users->setModel(m_model);
    m_users->verticalHeader()->setVisible(false);
    m_users->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_users->verticalHeader()->setDefaultSectionSize(m_users->fontMetrics().height() + 8);
    m_users->setWordWrap(false);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setColumnWidth(AffectedUsersModel::NameColumn, 180);
    m_users->setColumnWidth(AffectedUsersModel::EmailColumn, 200);
    auto *usersLabel =
        new QLabel(tr("&Users it changes (%Ln):", nullptr, int(m_model->rowCount())), this);
    usersLabel->setBuddy(m_users);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export List…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportAffectedButton"));
    exportButton->setIcon(Icons::action("export"));
    exportButton->setEnabled(m_model->rowCount() > 0);
    connect(exportButton, &QPushButton::clicked, this, &GroupPreviewDialog::chooseAndExport);
    QPushButton *apply =
        buttons->addButton(toServer ? tr("&Send") : tr("&Write"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("groupPreviewApply"));
    apply->setIcon(Icons::action("document-save"));
    apply->setEnabled(m_model->rowCount() > 0);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_groups);
    layout->addWidget(usersLabel);
    layout->addWidget(m_users, 1);
    layout->addWidget(buttons);
}

bool GroupPreviewDialog::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_model->csv().toUtf8());
    return file.commit();
}

void GroupPreviewDialog::chooseAndExport()
{
    if (!m_prompter)
        return;
    const QString path = m_prompter->saveFileName(this, tr("Export Affected Users"), QString(),
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        m_prompter->warn(this, tr("Export Affected Users"), tr("Cannot write %1.").arg(path));
}
