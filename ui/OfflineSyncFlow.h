#pragma once

#include "exchange/SyncOutcome.h"
#include "sync/SendPlan.h"

#include <QObject>
#include <QPointer>

class OfflineSyncJob;
class Prompter;
class QProgressDialog;
class QWidget;
class SendChangesDialog;
class Workspace;

// File › Send Changes and File › Get Server Changes as a person goes through them: which server
// profile, the comparison with the server, the plan to decide (SendChangesDialog; shown again
// when the server changed places during the send), progress with Cancel, and an exact report.
// One at a time; the work itself is OfflineSyncJob's.
class OfflineSyncFlow : public QObject
{
    Q_OBJECT
public:
    OfflineSyncFlow(Workspace *workspace, Prompter *prompter, QWidget *window);
    ~OfflineSyncFlow() override;

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void sendChanges();
    void getServerChanges();
    bool isRunning() const { return m_job != nullptr; }
    // The plan being decided, while it is shown (tests drive it).
    SendChangesDialog *planDialog() const;

Q_SIGNALS:
    // The file took something from the server or recorded what landed: views read again.
    void fileChanged();
    // The flow ended; `report` is what the person was told.
    void finished(bool ok, const QString &report);

private:
    enum class Mode
    {
        Send,
        Get
    };
    void start(Mode mode);
    void jobReady(OfflineSyncJob *job, const QString &error);
    void compared(const SendPlan &plan);
    void showPlan(const SendPlan &plan, const QString &why);
    void compareFailed(const SyncOutcome &outcome);
    void done(const SyncOutcome &outcome);
    void end(bool ok, const QString &title, const QString &report);
    QString reportOf(const SyncOutcome &outcome) const;
    void showProgress(const QString &text);

    Workspace *m_workspace;
    Prompter *m_prompter;
    QWidget *m_window;
    Mode m_mode = Mode::Send;
    OfflineSyncJob *m_job = nullptr;
    bool m_comparing = false;
    QPointer<QProgressDialog> m_progress;
    QPointer<SendChangesDialog> m_dialog;
};
