#include "StoreFixture.h"

#include "TestFiles.h"
#include "store/LocalStore.h"
#include "store/SqliteStore.h"

#include <QFile>

namespace {
class LocalStoreFixture : public StoreFixture
{
public:
    LocalStoreFixture(const QString &path, std::unique_ptr<SqliteStore> sqlite)
        : m_path(path)
        , m_store(std::move(sqlite))
    {
    }
    Store *store() override { return &m_store; }
    QString filePath() const override { return m_path; }
    QString name() const override { return QStringLiteral("local"); }

private:
    QString m_path;
    LocalStore m_store;
};
} // namespace

std::unique_ptr<StoreFixture> makeLocalStoreFixture(const QString &dir, qint64 users, quint32 seed)
{
    const QString path = dir + QStringLiteral("/local-%1-%2.db").arg(users).arg(seed);
    QFile::remove(path);
    auto sqlite = TestFiles::createDemo(path, users, seed);
    if (!sqlite)
        return nullptr;
    return std::make_unique<LocalStoreFixture>(path, std::move(sqlite));
}

ApplyReport waitForApply(ApplyJob *job, int timeoutMs)
{
    std::unique_ptr<ApplyJob> owned(job);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &ApplyJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!job->isFinished()) {
        ApplyReport report;
        report.error = QStringLiteral("the apply did not finish within %1 ms").arg(timeoutMs);
        return report;
    }
    return job->report();
}
