#pragma once

#include "store/StoreError.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;
class SqliteStore;

// Opens a database file (making it first for a new file or the demo) on a thread of its own and
// hands the open connection to the thread that asked, so the probe, the migration and the demo
// data never run on the GUI thread. One opener per file; destroying it waits for its thread.
class DatabaseFileOpener : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Open,   // an existing file
        Create, // a new file with one account, named accountName
        Demo    // the demo file, generated first if it is not there yet
    };
    struct Request
    {
        Mode mode = Mode::Open;
        QString path;
        QString accountName;
    };

    explicit DatabaseFileOpener(const Request &request, QObject *parent = nullptr);
    ~DatabaseFileOpener() override;

    void start();
    // After finished(): the open file, or null with error() saying why.
    std::unique_ptr<SqliteStore> takeStore();
    StoreError error() const;

Q_SIGNALS:
    void finished();

private:
    struct Result;
    std::shared_ptr<Result> m_result;
    QThread *m_thread = nullptr;
};
