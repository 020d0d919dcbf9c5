#include "OfflineBanner.h"

#include <QColor>

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Changes to Send…"), this))
    , m_send(new QPushButton(tr("Send Changes…"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xE8, 0xF0, 0xFE)); // informational, not a warning
    setPalette(p);
    m_text->setObjectName(QStringLiteral("offlineBannerText"));
    m_text->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("offlineShowChanges"));
    m_send->setObjectName(QStringLiteral("offlineSendChanges"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_send);
    connect(m_show, &QPushButton::clicked, this, &OfflineBanner::showChangesRequested);
    connect(m_send, &QPushButton::clicked, this, &OfflineBanner::sendChangesRequested);
    hide();
}

void OfflineBanner::setOrigin(const OfflineOrigin &origin)
{
    m_origin = origin;
    setVisible(origin.isValid());
    updateText();
}

void OfflineBanner::setUnsentChanges(qint64 changes)
{
    m_unsent = changes;
    updateText();
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

void OfflineBanner::updateText()
{
    if (!m_origin.isValid()) {
        m_text->clear();
        return;
    }
    m_text->setText(
        tr("%1: %n change(s) not yet sent", nullptr, int(m_unsent)).arg(m_origin.describe()));
    m_show->setEnabled(m_unsent > 0);
}
