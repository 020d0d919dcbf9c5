#include "OfflineSyncFlow.h"

#include "Prompter.h"
#include "SendChangesDialog.h"
#include "exchange/OfflineSyncJob.h"
#include "items/PendingEdits.h"
#include "secrets/ConnectionProfiles.h"
#include "store/Store.h"
#include "workspace/Workspace.h"

#include <QProgressDialog>
#include <QWidget>

namespace {
// At most this many places that did not land are named one by one in the report.
constexpr int kListedProblems = 20;
} // namespace

OfflineSyncFlow::OfflineSyncFlow(Workspace *workspace, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_prompter(prompter)
    , m_window(window)
{}

OfflineSyncFlow::~OfflineSyncFlow()
{
    delete m_job;
}

SendChangesDialog *OfflineSyncFlow::planDialog() const
{
    return m_dialog;
}

void OfflineSyncFlow::sendChanges()
{
    start(Mode::Send);
}

void OfflineSyncFlow::getServerChanges()
{
    start(Mode::Get);
}

void OfflineSyncFlow::start(Mode mode)
{
    if (m_job)
        return;
    m_mode = mode;
    const QString title = mode == Mode::Send ? tr("Send Changes") : tr("Get Server Changes");
    // A plain file (never taken from a server) can be sent to any server, but has nothing to get.
    const bool plain = !m_workspace->isOfflineCopy();
    if (plain && (mode == Mode::Get || !m_workspace->store() || m_workspace->store()->isRemote()))
        return end(false, title,
                   tr("This file is not an offline copy of a server account: open one (File › "
                      "Take Offline Copy makes one while connected)."));
    if (const int pending = m_workspace->pendingEdits()->count(); pending > 0)
        return end(false, title,
                   tr("%n edit(s) are not written into the file yet. Apply them first (Edit › "
                      "Apply), then try again: only what the file holds is compared and sent.",
                      nullptr, pending));
    const OfflineOrigin origin = m_workspace->offlineOrigin();
    const QList<ConnectionProfile> profiles =
        plain ? m_workspace->profiles()->profiles() : m_workspace->profilesForOrigin();
    if (profiles.isEmpty())
        return end(false, title,
                   plain ? tr("There is no connection profile to send to. Add one under File › "
                              "Connect to Server, then try again.")
                         : tr("No connection profile leads to %1. Add one under File › Connect "
                              "to Server (this copy was taken with the API id “%2”), then try "
                              "again.")
                               .arg(origin.baseUrl, origin.apiId));
    QString name = profiles.first().name;
    // A plain file belongs to no server: the person always says which one it goes to.
    if (profiles.size() > 1 || plain) {
        QStringList names;
        for (const ConnectionProfile &p : profiles)
            names << p.name;
        bool ok = false;
        name = m_prompter->chooseItem(
            m_window, title,
            plain ? tr("Send the account “%1” of this file to which server? Its values are "
                       "compared with those of the key's account there.")
                        .arg(m_workspace->accountName())
                  : tr("Which connection to %1 should be used?").arg(origin.baseUrl),
            names, &ok);
        if (!ok || name.isEmpty())
            return;
    }
    showProgress(tr("Connecting to %1…").arg(name));
    m_comparing = true;
    m_workspace->startSync(name, this, [this, title](OfflineSyncJob *job, const QString &error) {
        if (!job)
            return end(false, title, error);
        jobReady(job, error);
    });
}

void OfflineSyncFlow::jobReady(OfflineSyncJob *job, const QString &)
{
    m_job = job;
    connect(job, &OfflineSyncJob::stage, this, [this](const QString &what) {
        if (m_progress)
            m_progress->setLabelText(what);
    });
    connect(job, &OfflineSyncJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(int(qMax<qint64>(total, 0)));
        m_progress->setValue(int(done));
    });
    connect(job, &OfflineSyncJob::compared, this, &OfflineSyncFlow::compared);
    connect(job, &OfflineSyncJob::replanned, this, &OfflineSyncFlow::showPlan);
    connect(job, &OfflineSyncJob::finished, this, [this](const SyncOutcome &outcome) {
        if (m_comparing)
            compareFailed(outcome);
        else
            done(outcome);
    });
    job->compare();
}

void OfflineSyncFlow::compared(const SendPlan &plan)
{
    m_comparing = false;
    if (m_mode == Mode::Get) {
        showProgress(tr("Taking the server's changes into the file…"));
        m_job->takeServerChanges(plan);
        return;
    }
    if (plan.isEmpty()) {
        SyncOutcome nothing;
        nothing.unknownPlaces = m_job->comparison().unknownPlaces;
        nothing.notes = m_job->comparison().fieldNotes;
        nothing.heldBack = m_job->comparison().heldBack;
        return end(nothing.heldBack.isEmpty(), tr("Send Changes"), reportOf(nothing));
    }
    showPlan(plan, QString());
}

void OfflineSyncFlow::showPlan(const SendPlan &plan, const QString &why)
{
    m_comparing = false;
    if (m_progress)
        m_progress->hide();
    auto *dialog = new SendChangesDialog(plan, m_job->serverSchema(), m_prompter, m_window);
    dialog->setObjectName(QStringLiteral("sendChangesDialog"));
    QStringList notices;
    if (!why.isEmpty())
        notices << why;
    if (m_job->isPlainFile() && !m_job->knowsServerChanges())
        notices << tr("Without comparison: the server cannot be read, so every value and "
                      "membership of the file is sent and overwrites what the server holds.");
    else if (m_job->isPlainFile())
        notices << tr("This file was not taken from this server: values that differ are sent "
                      "and overwrite the server's.");
    else if (!m_job->knowsServerChanges())
        notices << tr("Without conflict detection: the server cannot say what changed since the "
                      "copy was taken, so what is sent overwrites what it holds.");
    notices += m_job->comparison().fieldNotes;
    notices += m_job->comparison().heldBack;
    dialog->setNotice(notices.join(QLatin1Char('\n')));
    m_dialog = dialog;
    const int result = m_prompter->execDialog(dialog);
    const SendPlan decided = dialog->plan();
    delete dialog;
    if (!m_job)
        return;
    if (result != QDialog::Accepted)
        return end(true, tr("Send Changes"),
                   tr("Nothing was sent; the file keeps its changes to send."));
    showProgress(tr("Sending…"));
    m_job->send(decided);
}

void OfflineSyncFlow::compareFailed(const SyncOutcome &outcome)
{
    m_comparing = false;
    const QString title = m_mode == Mode::Send ? tr("Send Changes") : tr("Get Server Changes");
    using Kind = ClientError::Kind;
    const Kind kind = outcome.error.kind;
    if (kind == Kind::Cancelled)
        return end(false, title, tr("Cancelled: nothing was sent or changed."));
    const bool blind = kind == Kind::Unsupported || kind == Kind::Expired;
    if (!blind || m_mode == Mode::Get)
        return end(false, title, outcome.error.text);
    const bool plain = m_job->isPlainFile();
    if (plain && kind != Kind::Unsupported)
        return end(false, title, outcome.error.text);
    QString question;
    if (plain)
        question = tr("The server cannot be read (it has no egress endpoints: a plain TLD "
                      "ingress), so there is no way to compare this file with what it holds. "
                      "Every value and membership of the file's account can still be sent, "
                      "without comparison: each one overwrites what the server holds in its "
                      "place, and users or groups the server lacks are refused there. Look at "
                      "them and send?");
    else
        question = (kind == Kind::Unsupported
                        ? tr("The server has no change feed (a plain TLD ingress): it cannot "
                             "say what changed since this copy was taken.")
                        : tr("The server no longer knows every change since this copy was "
                             "taken (they are older than it keeps them).")) +
                   QLatin1Char(' ') +
                   tr("The file's changes can still be sent, without conflict detection: each "
                      "one overwrites what the server holds in its place, even if someone "
                      "changed it meanwhile. Look at them and send?");
    if (m_progress)
        m_progress->hide();
    if (!m_prompter->confirm(m_window, title, question))
        return end(true, title,
                   plain ? tr("Nothing was sent.")
                         : tr("Nothing was sent; the file keeps its changes to send."));
    showProgress(tr("Comparing with the file…"));
    m_comparing = true;
    m_job->compareWithoutServerChanges();
}

void OfflineSyncFlow::done(const SyncOutcome &outcome)
{
    Q_EMIT fileChanged();
    const QString title = m_mode == Mode::Send ? tr("Send Changes") : tr("Get Server Changes");
    end(outcome.complete() && outcome.notes.isEmpty() && outcome.heldBack.isEmpty(), title,
        reportOf(outcome));
}

QString OfflineSyncFlow::reportOf(const SyncOutcome &outcome) const
{
    QStringList lines;
    if (outcome.error.isError() && outcome.error.kind != ClientError::Kind::Cancelled)
        lines << tr("Stopped: %1").arg(outcome.error.text);
    if (outcome.cancelled)
        lines << tr("Cancelled while sending.");
    if (outcome.landed > 0)
        lines << tr("%n change(s) sent; the server holds them now.", nullptr, int(outcome.landed));
    if (outcome.notLanded > 0) {
        lines << tr("%n change(s) did not land and stay in the file, to send again:", nullptr,
                    int(outcome.notLanded));
        for (const QString &p : outcome.problems.mid(0, kListedProblems))
            lines << QStringLiteral("  • ") + p;
        if (outcome.problems.size() > kListedProblems)
            lines << tr("  … and %n more.", nullptr,
                        int(outcome.problems.size() - kListedProblems));
    }
    if (outcome.fileUpdated > 0)
        lines << tr("%n server change(s) taken into the file.", nullptr, int(outcome.fileUpdated));
    if (outcome.held > 0)
        lines << tr("%n conflict(s) held: the file keeps its own value there until you decide "
                    "in File › Send Changes.",
                    nullptr, int(outcome.held));
    if (outcome.unknownPlaces > 0)
        lines << tr("%n server change(s) concern users, groups or fields this copy does not "
                    "hold; they were left out (a fresh copy has them).",
                    nullptr, int(outcome.unknownPlaces));
    lines += outcome.notes;
    if (!outcome.heldBack.isEmpty()) {
        lines << tr("Not sent, because the server's account lacks them:");
        for (const QString &held : outcome.heldBack)
            lines << QStringLiteral("  • ") + held;
    }
    if (lines.isEmpty())
        lines << tr("The file and the server agree: nothing to send or take.");
    return lines.join(QLatin1Char('\n'));
}

void OfflineSyncFlow::showProgress(const QString &text)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(text, tr("Cancel"), 0, 0, m_window);
        m_progress->setObjectName(QStringLiteral("offlineSyncProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_job)
                m_job->cancel();
        });
    }
    m_progress->setLabelText(text);
    m_progress->setRange(0, 0);
    m_progress->show();
}

void OfflineSyncFlow::end(bool ok, const QString &title, const QString &report)
{
    // Hidden now: the report below runs a modal loop, which deleteLater does not reach.
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_comparing = false;
    if (ok)
        m_prompter->inform(m_window, title, report);
    else
        m_prompter->warn(m_window, title, report);
    Q_EMIT finished(ok, report);
}
