#include "DatabaseFileOpener.h"

#include "store/DemoDataGenerator.h"
#include "store/SqliteStore.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

struct DatabaseFileOpener::Result
{
    std::unique_ptr<SqliteStore> store;
    StoreError error;
};

namespace {
// Runs on the opener's thread.
std::unique_ptr<SqliteStore> openHere(const DatabaseFileOpener::Request &request, StoreError *error)
{
    using Mode = DatabaseFileOpener::Mode;
    if (request.mode == Mode::Create) {
        std::unique_ptr<SqliteStore> made = SqliteStore::create(request.path, error);
        if (!made)
            return nullptr;
        if (made->addAccount(request.accountName) == 0) {
            *error = {StoreError::Kind::Sql, made->filePath(), made->lastError()};
            return nullptr;
        }
    } else if (request.mode == Mode::Demo && !QFileInfo::exists(request.path)) {
        std::unique_ptr<SqliteStore> made = SqliteStore::create(request.path, error);
        if (!made)
            return nullptr;
        const QString problem = DemoDataGenerator::generate(*made, {});
        if (!problem.isEmpty()) {
            made.reset();
            QFile::remove(request.path); // half a demo is no demo
            *error = {StoreError::Kind::Sql, request.path, problem};
            return nullptr;
        }
    }
    // A made file is opened again like any other: the same checks, whatever made it.
    return SqliteStore::open(request.path, error);
}
} // namespace

DatabaseFileOpener::DatabaseFileOpener(const Request &request, QObject *parent)
    : QObject(parent)
    , m_result(std::make_shared<Result>())
{
    // The connection (a plain sqlite3 handle, no thread affinity) is used and closed on the
    // asking thread from now on.
    m_thread = QThread::create(
        [request, result = m_result] { result->store = openHere(request, &result->error); });
    m_thread->setObjectName(QStringLiteral("MetaDesk open"));
    // Emitted on the opener's thread, delivered on this one.
    connect(m_thread, &QThread::finished, this, &DatabaseFileOpener::finished);
}

DatabaseFileOpener::~DatabaseFileOpener()
{
    m_thread->wait();
    delete m_thread;
}

void DatabaseFileOpener::start()
{
    m_thread->start();
}

std::unique_ptr<SqliteStore> DatabaseFileOpener::takeStore()
{
    return std::move(m_result->store);
}

StoreError DatabaseFileOpener::error() const
{
    return m_result->error;
}
