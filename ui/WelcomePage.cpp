#include "WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(const QList<QAction *> &starts, RecentSource recent, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(recent))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("No database open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *hint = new QLabel(tr("Open a MetaDesk database file, create a new one, try the demo "
                               "database, or connect to a server."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    for (QAction *action : starts) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(24, 24));
        button->setAutoRaise(false);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(QStringLiteral("welcome_") + action->objectName());
        buttons->addWidget(button);
    }
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    auto *recentLabel = new QLabel(tr("&Recent:"), this);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openItem);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);
    auto *centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 2);
    centred->addStretch(1);
}

void WelcomePage::refresh()
{
    m_entries = m_source ? m_source() : QList<Recent>();
    m_recent->clear();
    for (const Recent &entry : std::as_const(m_entries))
        m_recent->addItem(entry.text);
    if (m_entries.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing opened yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void WelcomePage::openItem(QListWidgetItem *item)
{
    const int row = m_recent->row(item);
    if (row >= 0 && row < m_entries.size() && m_entries.at(row).open)
        m_entries.at(row).open();
}
