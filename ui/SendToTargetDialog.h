#pragma once

#include "connectors/CrymboKeyRules.h"
#include "connectors/RemoteIdMap.h"
#include "connectors/TargetPlan.h"
#include "connectors/TargetSendReport.h"
#include "domain/MetaField.h"
#include "secrets/ConnectionProfiles.h"
#include "store/RemoteConnection.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class CrymboStructureCheck;
class Store;
class TargetSendJob;
class Workspace;

// File › Send Changes To…: sends edits to a User.com, PubNub App Context or Crymbo profile.
// The person picks the target and which local user is which remote one (the user id, or a meta
// field holding the remote id), sees the exact requests (Copy as curl, the secret as a
// placeholder), their count and every edit held back with its reason, then sends with progress
// and Cancel and reads the report: per edit landed, not landed (why), uncertain or a conflict.
// A conflict (the target changed since it was read) is decided afterwards, for the selected
// conflict rows or all of them: Keep Mine sends those edits again over a fresh read, Take
// Theirs leaves the target as it is.
class SendToTargetDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` reads the remote-id field's values (may be null: the user id only).
    SendToTargetDialog(ConnectionProfiles &profiles, Store *store, qint64 accountId,
                       const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                       QWidget *parent = nullptr);
    ~SendToTargetDialog() override;

    // Opens the dialog (window-modal, deleted on close) for the workspace's pending edits of
    // its account, or, when there are none and the workspace is an offline copy, the copy's
    // changed cells.
    static void openFor(Workspace &workspace, QWidget *parent);

    // Tests shorten the waits.
    void setOptions(const RemoteOptions &options) { m_options = options; }
    const TargetPlan &plan() const { return m_plan; }
    const TargetSendReport &report() const { return m_report; }
    // Every request of the preview as a curl line.
    QString curlText() const;

    // While sending, Close (and Escape) cancel instead: the report must be seen.
    void reject() override;

Q_SIGNALS:
    void previewReady();
    void sendFinished();

private:
    void chooseTarget();
    void replan();
    // Crymbo: reads its key structure (nothing written) so the preview holds back what it
    // refuses; true while that read runs.
    bool checkTargetFirst(const ConnectionProfile &profile);
    void showPlan();
    void copyCurl();
    void send();
    // Starts a job for `edits`; `rows` are the report rows they stand for (empty: a new report).
    void startJob(const QList<MetaEdit> &edits, const QList<int> &rows);
    // The conflict rows selected in the report, or every conflict row when none is selected.
    QList<int> conflictRowsToDecide() const;
    void keepMine();
    void takeTheirs();
    void cancel();
    void showReport();
    std::optional<ConnectionProfile> profile() const;
    RemoteIdMap remoteIds() const;

    ConnectionProfiles &m_profiles;
    QPointer<Store> m_store;
    qint64 m_accountId;
    QList<MetaEdit> m_edits;
    QList<MetaField> m_schema;
    RemoteOptions m_options;

    QComboBox *m_target;
    QComboBox *m_idSource;
    QLabel *m_summary;
    QLabel *m_limits;
    QTableWidget *m_requests;
    QTableWidget *m_rows;
    QProgressBar *m_progress;
    QPushButton *m_copy;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;

    QString m_secret;
    bool m_secretLoaded = false;
    QHash<QString, QHash<qint64, QJsonValue>> m_fieldValues; // field -> user -> value
    TargetPlan m_plan;
    TargetSendReport m_report;
    QPointer<TargetSendJob> m_job;
    QList<int> m_jobRows; // the report rows the running job decides again
    int m_generation = 0; // answers of an earlier choice are dropped
    QPointer<CrymboStructureCheck> m_check;
    std::optional<CrymboKeyRules> m_crymboRules;
    QString m_checkProblem; // why the structure could not be read for the preview
};
