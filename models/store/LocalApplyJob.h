#pragma once

#include "ApplyJob.h"
#include "domain/EditSet.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>
#include <optional>

// Applies an EditSet to a database file on a worker thread with its own connection, so the
// window stays responsive. The meta edits PayloadPlanner selects (later wins, invalid ones held
// back) are one transaction (all or nothing); each group operation is one more. Cancel rolls
// back whatever has not committed; a cancel before control returns to the event loop writes
// nothing.
class LocalApplyJob : public ApplyJob
{
    Q_OBJECT
public:
    LocalApplyJob(const QString &path, qint64 accountId, const EditSet &edits,
                  const QList<MetaField> &schema = {}, QObject *parent = nullptr);
    ~LocalApplyJob() override;

    // Every write is conditional on this revision (docs/API.md 10), as RemoteApplyJob's are.
    void setIfMatch(std::optional<qint64> revision) { m_ifMatch = revision; }
    void start();
    void cancel() override { m_cancelled->store(true); }

    // The work itself, on whatever thread calls it; used by the worker and by tests.
    static ApplyReport run(const QString &path, qint64 accountId, const EditSet &edits,
                           const QList<MetaField> &schema,
                           const std::shared_ptr<const std::atomic<bool>> &cancelled,
                           const std::function<void(qint64, qint64)> &progress,
                           std::optional<qint64> ifMatch = std::nullopt);

private:
    void startWorker();

    QString m_path;
    qint64 m_accountId;
    EditSet m_edits;
    QList<MetaField> m_schema;
    std::optional<qint64> m_ifMatch;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QThread *m_thread = nullptr;
};
