#include "SendToTargetDialog.h"

#include "connectors/CrymboStructureCheck.h"
#include "connectors/TargetConnector.h"
#include "domain/MetaValueText.h"
#include "items/PendingEdits.h"
#include "store/Store.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}
} // namespace

SendToTargetDialog::SendToTargetDialog(ConnectionProfiles &profiles, Store *store, qint64 accountId,
                                       const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                                       QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_store(store)
    , m_accountId(accountId)
    , m_edits(edits)
    , m_schema(schema)
    , m_target(new QComboBox(this))
    , m_idSource(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_requests(table(this, {tr("Method"), tr("Address"), tr("Headers"), tr("Body")}))
    , m_rows(table(this, {tr("Place"), tr("Outcome"), tr("Reason")}))
    , m_progress(new QProgressBar(this))
    , m_copy(new QPushButton(tr("Copy as &curl"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("&Cancel Sending"), this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take T&heirs"), this))
{
    setObjectName(QStringLiteral("sendToTargetDialog"));
    setWindowTitle(tr("Send Changes To"));
    m_target->setObjectName(QStringLiteral("targetChoice"));
    m_idSource->setObjectName(QStringLiteral("remoteIdSource"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_limits->setObjectName(QStringLiteral("previewLimits"));
    m_limits->setWordWrap(true);
    m_requests->setObjectName(QStringLiteral("previewRequests"));
    m_rows->setObjectName(QStringLiteral("sendRows"));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_copy->setObjectName(QStringLiteral("copyCurl"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Send the selected conflicts (or all of them) again over what the "
                              "target holds now"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setToolTip(
        tr("Leave the target's value for the selected conflicts (or all of them)"));
    m_keepMine->setVisible(false);
    m_takeTheirs->setVisible(false);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);

    for (const ConnectionProfile &p : profiles.profiles()) {
        if (p.kind != TargetKind::Tld)
            m_target->addItem(p.name, p.name);
    }
    m_idSource->addItem(tr("The user id"), QString());
    for (const MetaField &f : schema)
        m_idSource->addItem(tr("The field “%1”").arg(f.displayName()), f.name);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Remote user id:"), m_idSource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_limits);
    layout->addWidget(new QLabel(tr("Requests:"), this));
    layout->addWidget(m_requests, 3);
    layout->addWidget(new QLabel(tr("Edits held back or sent:"), this));
    layout->addWidget(m_rows, 2);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(m_target, &QComboBox::currentIndexChanged, this, &SendToTargetDialog::chooseTarget);
    connect(m_idSource, &QComboBox::currentIndexChanged, this, &SendToTargetDialog::replan);
    connect(m_copy, &QPushButton::clicked, this, &SendToTargetDialog::copyCurl);
    connect(m_send, &QPushButton::clicked, this, &SendToTargetDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &SendToTargetDialog::cancel);
    connect(m_keepMine, &QPushButton::clicked, this, &SendToTargetDialog::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &SendToTargetDialog::takeTheirs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_target->count() == 0) {
        m_summary->setText(tr("There is no User.com, PubNub App Context or Crymbo profile yet: "
                              "add one in File › Connect to Server…."));
        m_send->setEnabled(false);
        m_copy->setEnabled(false);
        m_idSource->setEnabled(false);
    } else {
        chooseTarget();
    }
}

SendToTargetDialog::~SendToTargetDialog()
{
    if (m_job)
        m_job->cancel();
    if (m_check)
        m_check->cancel();
}

void SendToTargetDialog::openFor(Workspace &workspace, QWidget *parent)
{
    if (!workspace.profiles() || !workspace.store())
        return;
    const qint64 account = workspace.accountId();
    const QPointer<Workspace> ws(&workspace);
    const auto show = [ws, account, parent](const QList<MetaEdit> &edits) {
        if (!ws || !ws->store())
            return;
        auto *dialog = new SendToTargetDialog(*ws->profiles(), ws->store(), account, edits,
                                              ws->fields(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    const QList<MetaEdit> pending =
        workspace.pendingEdits() ? workspace.pendingEdits()->edits(account) : QList<MetaEdit>();
    if (!pending.isEmpty() || !workspace.isOfflineCopy()) {
        show(pending);
        return;
    }
    workspace.store()->fetchChangesToSend(
        account, parent, [show](const StoreReply<QList<SyncRow>> &reply) {
            show(reply.ok() ? TargetConnector::editsOf(reply.value) : QList<MetaEdit>());
        });
}

std::optional<ConnectionProfile> SendToTargetDialog::profile() const
{
    return m_profiles.profile(m_target->currentData().toString());
}

void SendToTargetDialog::chooseTarget()
{
    const std::optional<ConnectionProfile> p = profile();
    if (!p)
        return;
    m_secret.clear();
    m_secretLoaded = false;
    if (CrymboStructureCheck *old = m_check) {
        m_check = nullptr; // its answer is for the target chosen before
        old->cancel();
    }
    m_crymboRules.reset();
    m_checkProblem.clear();
    const int generation = ++m_generation;
    m_summary->setText(tr("Reading the profile's secret from the keychain…"));
    m_send->setEnabled(false);
    m_profiles.loadKey(*p, this, [this, generation](const KeyStorage &stored) {
        if (generation != m_generation)
            return;
        m_secret = stored.key;
        m_secretLoaded = true;
        replan();
    });
}

RemoteIdMap SendToTargetDialog::remoteIds() const
{
    const QString field = m_idSource->currentData().toString();
    if (field.isEmpty())
        return RemoteIdMap::byUserId();
    return RemoteIdMap::byField(field, m_fieldValues.value(field));
}

void SendToTargetDialog::replan()
{
    if (!m_secretLoaded)
        return;
    const QString field = m_idSource->currentData().toString();
    if (!field.isEmpty() && !m_fieldValues.contains(field) && m_store) {
        QList<qint64> users;
        QSet<qint64> seen;
        for (const MetaEdit &e : std::as_const(m_edits)) {
            if (!seen.contains(e.userId)) {
                seen.insert(e.userId);
                users.append(e.userId);
            }
        }
        const int generation = ++m_generation;
        m_summary->setText(tr("Reading the remote ids…"));
        m_store->fetchMetaValues(
            m_accountId, users, {field}, this,
            [this, generation, field](const StoreReply<QHash<qint64, QJsonObject>> &reply) {
                if (generation != m_generation)
                    return;
                if (!reply.ok()) {
                    m_summary->setText(
                        tr("The remote ids cannot be read: %1").arg(reply.errorText()));
                    return;
                }
                QHash<qint64, QJsonValue> values;
                for (auto it = reply.value.cbegin(); it != reply.value.cend(); ++it)
                    values.insert(it.key(), it.value().value(field));
                m_fieldValues.insert(field, values);
                replan();
            });
        return;
    }
    const std::optional<ConnectionProfile> p = profile();
    if (!p || checkTargetFirst(*p))
        return;
    m_plan = TargetConnector::preview(TargetSettings::fromProfile(*p), m_edits, m_schema,
                                      remoteIds(), !m_secret.isEmpty(), m_crymboRules);
    showPlan();
}

bool SendToTargetDialog::checkTargetFirst(const ConnectionProfile &profile)
{
    if (m_check)
        return true;
    if (profile.kind != TargetKind::Crymbo || m_secret.isEmpty() || m_crymboRules ||
        !m_checkProblem.isEmpty())
        return false;
    m_check =
        new CrymboStructureCheck(TargetSettings::fromProfile(profile), m_secret, m_options, this);
    m_summary->setText(tr("Logging in to Crymbo to read its key structure (nothing is written)…"));
    connect(m_check, &TargetSendJob::finished, this, [this, check = m_check] {
        check->deleteLater();
        if (check != m_check)
            return; // another target was chosen meanwhile
        m_check = nullptr;
        if (check->rules())
            m_crymboRules = check->rules();
        else
            m_checkProblem = check->report().error.text;
        replan();
    });
    m_check->start();
    return true;
}

void SendToTargetDialog::showPlan()
{
    const std::optional<ConnectionProfile> p = profile();
    const QUrl base = p ? p->baseUrl : QUrl();
    m_requests->setRowCount(int(m_plan.requests.size()));
    for (int i = 0; i < m_plan.requests.size(); ++i) {
        const TargetRequest &r = m_plan.requests.at(i);
        QStringList headers;
        for (const auto &[name, value] : r.headers)
            headers << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        QString body = QString::fromUtf8(r.body);
        if (!r.note.isEmpty())
            body += QStringLiteral("  — ") + r.note;
        setRow(m_requests, i,
               {QString::fromLatin1(r.method), r.url(base).toString(),
                headers.join(QStringLiteral("; ")), body});
        // Long bodies and notes are cut in the cell; the whole text is a hover away.
        m_requests->item(i, 3)->setToolTip(body);
    }
    m_requests->resizeColumnsToContents();
    m_rows->setRowCount(int(m_plan.heldBack.size()));
    for (int i = 0; i < m_plan.heldBack.size(); ++i) {
        const TargetHeldBack &h = m_plan.heldBack.at(i);
        setRow(m_rows, i, {h.location, tr("Held back"), h.reason});
    }
    m_rows->resizeColumnToContents(0);
    QString text = tr("%n request(s)", nullptr, int(m_plan.requests.size())) +
                   QStringLiteral(" · ") +
                   tr("%n edit(s) to send", nullptr, m_plan.sendableEdits()) +
                   QStringLiteral(" · ") + tr("%n held back", nullptr, int(m_plan.heldBack.size()));
    const bool missingSecret = p && m_secret.isEmpty() && TargetConnector::needsSecret(p->kind);
    if (missingSecret)
        text += QLatin1Char('\n') + tr("No secret is stored for this profile: enter it in "
                                       "File › Connect to Server….");
    if (!m_checkProblem.isEmpty())
        text += QLatin1Char('\n') +
                tr("Crymbo's key structure could not be read for this preview (%1); it is read "
                   "again after the login when sending, before anything is written.")
                    .arg(m_checkProblem);
    m_summary->setText(text);
    m_limits->setText(p ? TargetConnector::previewLimits(p->kind, m_crymboRules.has_value())
                        : QString());
    m_limits->setVisible(!m_limits->text().isEmpty());
    m_send->setEnabled(!missingSecret && m_plan.sendableEdits() > 0 && !m_job);
    m_copy->setEnabled(!m_plan.requests.isEmpty());
    Q_EMIT previewReady();
}

QString SendToTargetDialog::curlText() const
{
    const std::optional<ConnectionProfile> p = profile();
    QStringList lines;
    for (const TargetRequest &r : m_plan.requests)
        lines << r.curl(p ? p->baseUrl : QUrl());
    return lines.join(QLatin1Char('\n'));
}

void SendToTargetDialog::copyCurl()
{
    QApplication::clipboard()->setText(curlText());
}

void SendToTargetDialog::send()
{
    startJob(m_edits, {});
}

void SendToTargetDialog::startJob(const QList<MetaEdit> &edits, const QList<int> &rows)
{
    const std::optional<ConnectionProfile> p = profile();
    if (!p || m_job)
        return;
    m_job = TargetConnector::makeJob(TargetSettings::fromProfile(*p), m_secret, edits, m_schema,
                                     remoteIds(), m_options, this);
    if (!m_job)
        return;
    m_jobRows = rows;
    m_target->setEnabled(false);
    m_idSource->setEnabled(false);
    m_send->setEnabled(false);
    m_keepMine->setEnabled(false);
    m_takeTheirs->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Sending…"));
    connect(m_job, &TargetSendJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(m_job, &TargetSendJob::finished, this, [this] {
        const TargetSendReport answer = m_job->report();
        m_job->deleteLater();
        m_job = nullptr;
        if (m_jobRows.isEmpty()) {
            m_report = answer;
        } else {
            // A second round decides only its rows; the rest of the report stands.
            for (const TargetSendReport::Row &row : answer.rows) {
                if (row.editIndex < 0 || row.editIndex >= m_jobRows.size())
                    continue;
                const int at = m_jobRows.at(row.editIndex);
                const int original = m_report.rows.at(at).editIndex;
                m_report.rows[at] = row;
                m_report.rows[at].editIndex = original;
            }
            m_report.requests += answer.requests;
            m_report.cancelled = answer.cancelled;
            m_report.error = answer.error;
        }
        m_jobRows.clear();
        showReport();
    });
    m_job->start();
}

QList<int> SendToTargetDialog::conflictRowsToDecide() const
{
    QSet<int> chosen;
    for (const QModelIndex &index : m_rows->selectionModel()->selectedRows())
        chosen.insert(index.row());
    QList<int> selected;
    QList<int> all;
    for (int i = 0; i < m_report.rows.size(); ++i) {
        if (m_report.rows.at(i).outcome != TargetSendReport::Outcome::Conflict)
            continue;
        all << i;
        if (chosen.contains(i))
            selected << i;
    }
    return selected.isEmpty() ? all : selected;
}

void SendToTargetDialog::keepMine()
{
    const QList<int> rows = conflictRowsToDecide();
    QList<MetaEdit> edits;
    for (int row : rows)
        edits << m_report.rows.at(row).edit;
    if (!edits.isEmpty())
        startJob(edits, rows);
}

void SendToTargetDialog::takeTheirs()
{
    for (int row : conflictRowsToDecide()) {
        TargetSendReport::Row &r = m_report.rows[row];
        const QString held = !r.current || r.current->isUndefined()
                                 ? tr("no value")
                                 : MetaValueText::display(*r.current);
        r.outcome = TargetSendReport::Outcome::NotLanded;
        r.reason = tr("Conflict decided: the target keeps %1 (Take Theirs).").arg(held);
        r.current.reset();
    }
    showReport();
}

void SendToTargetDialog::reject()
{
    if (m_job) {
        cancel();
        return;
    }
    QDialog::reject();
}

void SendToTargetDialog::cancel()
{
    if (m_job) {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling after the request on the wire…"));
        m_job->cancel();
    }
}

void SendToTargetDialog::showReport()
{
    using O = TargetSendReport::Outcome;
    m_rows->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const TargetSendReport::Row &row = m_report.rows.at(i);
        QString outcome;
        switch (row.outcome) {
        case O::Landed:
            outcome = tr("Landed");
            break;
        case O::NotLanded:
            outcome = tr("Not landed");
            break;
        case O::Uncertain:
            outcome = tr("Uncertain");
            break;
        case O::Conflict:
            outcome = !row.current || row.current->isUndefined()
                          ? tr("Conflict (the target holds no value now)")
                          : tr("Conflict (the target holds %1 now)")
                                .arg(MetaValueText::display(*row.current));
            break;
        }
        setRow(m_rows, i, {row.location, outcome, row.reason});
    }
    m_rows->resizeColumnToContents(0);
    m_rows->resizeColumnToContents(1);
    QString text = tr("%1 landed · %2 not landed · %3 uncertain · %4 in conflict")
                       .arg(m_report.count(O::Landed))
                       .arg(m_report.count(O::NotLanded))
                       .arg(m_report.count(O::Uncertain))
                       .arg(m_report.count(O::Conflict));
    if (m_report.cancelled)
        text += QLatin1Char('\n') + tr("Cancelled.");
    if (m_report.error.isError())
        text += QLatin1Char('\n') + m_report.error.text;
    m_summary->setText(text);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_target->setEnabled(true);
    m_idSource->setEnabled(true);
    const bool conflicts = m_report.count(O::Conflict) > 0;
    m_keepMine->setVisible(conflicts);
    m_takeTheirs->setVisible(conflicts);
    m_keepMine->setEnabled(conflicts);
    m_takeTheirs->setEnabled(conflicts);
    Q_EMIT sendFinished();
}
