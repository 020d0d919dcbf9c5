#include "TargetKindFields.h"

#include "connectors/CrymboCredentials.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

TargetKindFields::TargetKindFields(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_userName(new QLineEdit(this))
    , m_apiSecret(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_chunk(new QSpinBox(this))
    , m_form(new QFormLayout(this))
{
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(tr("TLD-style server"), int(TargetKind::Tld));
    m_kind->addItem(tr("User.com"), int(TargetKind::UserCom));
    m_kind->addItem(tr("PubNub App Context"), int(TargetKind::PubNub));
    m_kind->addItem(tr("Crymbo"), int(TargetKind::Crymbo));
    m_userName->setObjectName(QStringLiteral("profileUserName"));
    m_apiSecret->setObjectName(QStringLiteral("profileApiSecret"));
    m_apiSecret->setEchoMode(QLineEdit::Password);
    m_apiSecret->setPlaceholderText(tr("stored in the keychain; leave empty to keep it"));
    m_method->setObjectName(QStringLiteral("profileMethod"));
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("PUT")});
    m_method->setToolTip(tr("User.com's examples send the mass update with POST; its title "
                            "says PUT."));
    m_chunk->setObjectName(QStringLiteral("profileChunk"));
    m_chunk->setRange(1, 10000);
    m_chunk->setValue(100);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Username:"), m_userName);
    m_form->addRow(tr("API &secret:"), m_apiSecret);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("&Users per request:"), m_chunk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT kindChanged();
    });
    updateRows();
}

TargetKind TargetKindFields::kind() const
{
    return TargetKind(m_kind->currentData().toInt());
}

void TargetKindFields::updateRows()
{
    const TargetKind k = kind();
    m_form->setRowVisible(m_userName, k == TargetKind::Crymbo);
    m_form->setRowVisible(m_apiSecret, k == TargetKind::Crymbo);
    m_form->setRowVisible(m_method, k == TargetKind::UserCom);
    m_form->setRowVisible(m_chunk, k == TargetKind::UserCom);
}

void TargetKindFields::showProfile(const ConnectionProfile &profile)
{
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_userName->setText(profile.userName);
    m_apiSecret->clear();
    m_method->setCurrentText(QString::fromLatin1(profile.httpMethod));
    m_chunk->setValue(profile.chunkSize);
}

void TargetKindFields::clear()
{
    showProfile(ConnectionProfile());
}

void TargetKindFields::fillIn(ConnectionProfile &profile) const
{
    profile.kind = kind();
    if (profile.kind == TargetKind::UserCom || profile.kind == TargetKind::Crymbo)
        profile.apiId.clear(); // neither has an id besides its secret
    profile.userName =
        profile.kind == TargetKind::Crymbo ? m_userName->text().trimmed() : QString();
    profile.httpMethod = m_method->currentText().toLatin1();
    profile.chunkSize = m_chunk->value();
}

QString TargetKindFields::problem(const ConnectionProfile &profile) const
{
    switch (profile.kind) {
    case TargetKind::Tld:
        return profile.apiId.isEmpty() ? tr("Enter the API ID.") : QString();
    case TargetKind::PubNub:
        return profile.apiId.isEmpty() ? tr("Enter the subscribe key.") : QString();
    case TargetKind::Crymbo:
        if (profile.userName.isEmpty())
            return tr("Enter the username Crymbo's login takes.");
        return QString();
    case TargetKind::UserCom:
        break;
    }
    return QString();
}

QString TargetKindFields::secret(const QString &typedKey) const
{
    if (kind() != TargetKind::Crymbo)
        return typedKey;
    if (typedKey.isEmpty() && m_apiSecret->text().isEmpty())
        return QString();
    return CrymboCredentials{typedKey, m_apiSecret->text()}.toSecret();
}

QString TargetKindFields::secretProblem(const QString &typedKey) const
{
    if (kind() == TargetKind::Crymbo && typedKey.isEmpty() != m_apiSecret->text().isEmpty())
        return tr("Enter both the API key and the API secret, or neither to keep them.");
    return QString();
}

QString TargetKindFields::idLabel() const
{
    switch (kind()) {
    case TargetKind::Tld:
        return tr("API &ID:");
    case TargetKind::PubNub:
        return tr("&Subscribe key:");
    case TargetKind::UserCom:
    case TargetKind::Crymbo:
        break;
    }
    return QString();
}

QString TargetKindFields::keyLabel() const
{
    switch (kind()) {
    case TargetKind::Tld:
    case TargetKind::Crymbo:
        return tr("API &key:");
    case TargetKind::UserCom:
        return tr("API &token:");
    case TargetKind::PubNub:
        return tr("Access Manager &token:");
    }
    return QString();
}
