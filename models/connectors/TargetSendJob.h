#pragma once

#include "TargetRequest.h"
#include "TargetSendReport.h"
#include "TargetSettings.h"
#include "store/HttpCall.h"
#include "store/RemoteConnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class RemoteHttp;

// A running send of edits to another system, one request at a time (a failure then never
// leaves requests of unknown order behind). Connect to its signals, then start(); it finishes
// once, from the event loop, and the receiver of finished() deletes it (deleteLater).
// Every edit ends in exactly one row of the report.
class TargetSendJob : public QObject
{
    Q_OBJECT
public:
    TargetSendJob(const TargetSettings &settings, const QString &secret,
                  const QList<MetaEdit> &edits, const RemoteOptions &options,
                  QObject *parent = nullptr);
    ~TargetSendJob() override;

    void start();
    // Stops after the request on the wire (its answer still counts); nothing more is sent.
    void cancel();
    bool isFinished() const { return m_finished; }
    const TargetSendReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    using Then = std::function<void(const HttpResult &)>;

    virtual void run() = 0;
    // Sends `request` (its secret already in) and calls `then` with the outcome, unless the
    // job was cancelled meanwhile (then it finishes).
    void send(const TargetRequest &request, HttpRequestSpec::Retry retry, const Then &then);
    // Settles an edit's row (the first settlement of an edit stands).
    void settle(int editIndex, TargetSendReport::Outcome outcome, const QString &reason = {},
                const std::optional<QJsonValue> &current = std::nullopt);
    void holdBack(const QList<TargetHeldBack> &heldBack);
    // Every edit not settled yet gets `reason` as not landed, then the job finishes.
    void finishRest(const QString &reason, const ClientError &error = {});
    void setTotal(qint64 total);
    void advance(qint64 by = 1);
    bool cancelled() const { return m_cancelled; }
    // Why a request failed, in a sentence: the target's own message when its answer has one.
    static QString reasonOf(const HttpResult &result);

    const TargetSettings m_settings;
    const QString m_secret;
    const QList<MetaEdit> m_edits;

private:
    void finishNow();

    std::unique_ptr<RemoteHttp> m_http;
    QPointer<HttpCall> m_call;
    TargetSendReport m_report;
    QList<bool> m_settled;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_started = false;
};
