#include "ConnectionsDialog.h"

#include "TargetKindFields.h"
#include "items/StateColours.h"
#include "store/RemoteStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionsDialog::ConnectionsDialog(ConnectionProfiles &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_apiId(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_kindFields(new TargetKindFields(this))
    , m_warning(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Server Connections"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_apiId->setObjectName(QStringLiteral("profileApiId"));
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("stored in the keychain; leave empty to keep it"));
    m_warning->setObjectName(QStringLiteral("insecureWarning"));
    m_warning->setStyleSheet(
        QStringLiteral("color: %1;").arg(StateColours::text(StateColours::Tone::Warning).name()));
    m_warning->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_kindFields);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("API &ID:"), m_apiId);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_warning);
    m_form = form;

    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newProfile"));
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deleteProfile"));
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(newButton);
    profileButtons->addWidget(saveButton);
    profileButtons->addWidget(deleteButton);
    profileButtons->addStretch();
    profileButtons->addWidget(m_test);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(profileButtons);
    right->addWidget(m_result);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectProfile"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionsDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionsDialog::newProfile);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectionsDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(connectButton, &QPushButton::clicked, this, &ConnectionsDialog::connectChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionsDialog::updateWarnings);
    connect(m_kindFields, &TargetKindFields::kindChanged, this,
            &ConnectionsDialog::updateKindLabels);
    refreshList();
    updateWarnings();
    updateKindLabels();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::refreshList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles.profiles())
        m_list->addItem(p.name);
    const auto found = m_list->findItems(current, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ConnectionsDialog::selectProfile(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ConnectionsDialog::showProfile(const QString &name)
{
    const std::optional<ConnectionProfile> p = m_profiles.profile(name);
    if (!p)
        return;
    m_name->setText(p->name);
    m_url->setText(p->baseUrl.toString());
    m_apiId->setText(p->apiId);
    m_apiKey->clear();
    m_kindFields->showProfile(*p);
    m_result->clear();
}

void ConnectionsDialog::newProfile()
{
    m_list->setCurrentItem(nullptr);
    for (QLineEdit *e : {m_name, m_url, m_apiId, m_apiKey})
        e->clear();
    m_kindFields->clear();
    m_result->clear();
    m_name->setFocus();
}

ConnectionProfile ConnectionsDialog::profileFromForm() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.apiId = m_apiId->text().trimmed();
    m_kindFields->fillIn(p);
    return p;
}

void ConnectionsDialog::updateKindLabels()
{
    QFormLayout *form = m_form;
    const QString idLabel = m_kindFields->idLabel();
    form->setRowVisible(m_apiId, !idLabel.isEmpty());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_apiId));
        label && !idLabel.isEmpty())
        label->setText(idLabel);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_apiKey)))
        label->setText(m_kindFields->keyLabel());
    // Only a TLD-style server is connected to; the other kinds are targets of Send Changes To….
    m_test->setEnabled(m_kindFields->kind() == TargetKind::Tld);
}

void ConnectionsDialog::updateWarnings()
{
    const QUrl url(m_url->text().trimmed());
    const QString problem =
        m_url->text().trimmed().isEmpty() ? QString() : RemoteStore::urlProblem(url);
    const QString text = problem.isEmpty() ? RemoteStore::insecureUrlWarning(url) : problem;
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void ConnectionsDialog::saveProfile()
{
    const ConnectionProfile p = profileFromForm();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the profile a name.");
    else if (!RemoteStore::urlProblem(p.baseUrl).isEmpty())
        problem = RemoteStore::urlProblem(p.baseUrl);
    else if (const QString missing = m_kindFields->problem(p); !missing.isEmpty())
        problem = missing;
    else if (const QString secret = m_kindFields->secretProblem(m_apiKey->text());
             !secret.isEmpty())
        problem = secret;
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    // Taken before the list shows the saved profile, which clears the field.
    const QString key = m_kindFields->secret(m_apiKey->text());
    m_apiKey->clear();
    m_profiles.save(p);
    refreshList();
    selectProfile(p.name);
    if (key.isEmpty()) {
        m_result->setText(tr("Saved."));
        Q_EMIT saved(p.name, QString());
        return;
    }
    m_profiles.storeKey(p, key, this, [this, name = p.name](const KeyStorage &stored) {
        const QString message = stored.where == KeyStorage::Where::Keychain
                                    ? tr("Saved; the key is in the system keychain.")
                                    : stored.message;
        m_result->setText(message);
        Q_EMIT saved(name, message);
    });
}

void ConnectionsDialog::deleteProfile()
{
    const QString name = m_name->text().trimmed();
    if (!m_profiles.profile(name))
        return;
    m_profiles.remove(name, this, [this](const KeyStorage &result) {
        m_result->setText(result.message.isEmpty() ? tr("Deleted.") : result.message);
        refreshList();
    });
    newProfile();
    refreshList();
}

void ConnectionsDialog::testConnection()
{
    const ConnectionProfile p = profileFromForm();
    if (const QString problem = RemoteStore::urlProblem(p.baseUrl); !problem.isEmpty()) {
        m_result->setText(problem);
        Q_EMIT testFinished(false, problem);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    auto run = [this, p](const QString &key) {
        if (key.isEmpty()) {
            m_test->setEnabled(true);
            const QString message = tr("Enter the API key (none is stored for this profile).");
            m_result->setText(message);
            Q_EMIT testFinished(false, message);
            return;
        }
        m_probe = std::make_unique<RemoteStore>(RemoteConnection{p.baseUrl, p.apiId, key});
        // The account is the key's, as the server names it: never what someone typed.
        m_probe->fetchAccounts(this, [this, p](const StoreReply<QList<Account>> &reply) {
            m_test->setEnabled(true);
            QString message;
            if (!reply.ok() || reply.value.isEmpty()) {
                message =
                    tr("The server refused or could not be reached: %1").arg(reply.errorText());
            } else {
                const Account &a = reply.value.first();
                message = a.users < 0 ? tr("Connected to %1: account “%2” (id %3).")
                                            .arg(p.baseUrl.host(), a.name)
                                            .arg(a.id)
                                      : tr("Connected to %1: account “%2” (id %3), %4.")
                                            .arg(p.baseUrl.host(), a.name)
                                            .arg(a.id)
                                            .arg(tr("%Ln user(s)", nullptr, int(a.users)));
            }
            m_result->setText(message);
            Q_EMIT testFinished(reply.ok(), message);
        });
    };
    if (!m_apiKey->text().isEmpty()) {
        run(m_apiKey->text());
        return;
    }
    m_profiles.loadKey(p, this, [run](const KeyStorage &stored) { run(stored.key); });
}

QString ConnectionsDialog::testResult() const
{
    return m_result->text();
}

void ConnectionsDialog::connectChosen()
{
    const ConnectionProfile p = profileFromForm();
    if (!m_profiles.profile(p.name)) {
        m_result->setText(tr("Save the profile first."));
        return;
    }
    if (p.kind != TargetKind::Tld) {
        m_result->setText(tr("Only a TLD-style server is connected to; send edits to this "
                             "profile with File › Send Changes To…."));
        return;
    }
    m_chosen = p.name;
    accept();
}
