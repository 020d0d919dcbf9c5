#pragma once

#include "domain/Account.h"
#include "domain/User.h"
#include "payload/MetaValuePages.h"
#include "sync/OfflineOrigin.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>

class QThread;
class Store;

// File › Take Offline Copy: reads one account from any Store (its revision, schema, groups, then
// users page by page with their groups, and each page's values) and writes it into a new database
// file on a thread of its own, each page in one transaction. Reading runs ahead of writing: pages
// of users are asked for one after the other while earlier pages' values are, so the server,
// this thread and the writer work at once (a few pages at most wait, so a slow disk holds back
// the reading, not memory). Once every user is in, the writer builds their indexes while values
// still arrive. The origin is written last, which makes the file an offline copy. Cancelled or
// failed, the half-made file is removed. finished() comes once, from the event loop; the job
// may be deleted then.
class OfflineCopyJob : public QObject
{
    Q_OBJECT
public:
    // `origin` names where the copy comes from (never the key); its account is the one read.
    OfflineCopyJob(Store *source, const OfflineOrigin &origin, const QString &path,
                   QObject *parent = nullptr);
    ~OfflineCopyJob() override;

    void start();
    // Stops reading; the half-made file is removed before finished() says so.
    void cancel();
    QString path() const { return m_path; }
    // Users per page read and written (the server may cap it).
    void setPageSize(int users) { m_pageSize = users; }

Q_SIGNALS:
    // Users written so far of `total` (-1 until the first page says how many there are).
    void progress(qint64 done, qint64 total);
    // `message` says what happened, for a status line or a dialog.
    void finished(bool ok, const QString &message);

private:
    struct Writer;
    // Runs `work` on the writer thread; `then` gets its error text (empty: done) on this one.
    void write(std::function<QString(Writer &)> work, std::function<void()> then);
    void readRevision();
    void readSchema();
    void readPage(qint64 after);
    void readUsersWhenRoom();
    void allUsersRead();
    void readValuesWhenRoom();
    void readValues(qint64 page, const QList<qint64> &ids);
    void writeWhatIsRead();
    void finishWhenWritten();
    void finishWriting();
    void fail(const QString &why);
    void end(bool ok, const QString &message);

    QPointer<Store> m_source;
    OfflineOrigin m_origin;
    QString m_path;
    // Users pages are read one after the other (each names the next), so they are large: few
    // round trips on the chain that paces the take. Their values are read in smaller pieces,
    // several at once, so that writing starts early.
    int m_pageSize = 5000;
    static constexpr int kValueIdsPerPage = 1000;
    qint64 m_total = -1;
    qint64 m_written = 0;
    // Users (written, or on their way to the writer) whose values are being read, up to
    // kValueIdsPerPage of one users page, in user order, until the writer gets them.
    struct Page
    {
        QList<qint64> ids;
        MetaValuePages values;
        bool valuesRead = false;
    };
    static constexpr int kPagesAhead = 4; // pages of users with the writer, not yet written
    // Pages whose values are asked for (or read) and not yet written: enough to keep reading
    // while the writer builds the users' indexes.
    static constexpr int kValuePagesAhead = 16;
    // Of those, on their way at once. While users are read, one: the users pages come one after
    // the other and pace the take, so the server's time goes to them first. Then a few, to keep
    // the writer busy.
    static constexpr int kValuePagesReadingWithUsers = 1;
    static constexpr int kValuePagesReading = 3;
    static constexpr int kPagesInWriting = 2; // of those, handed to the writer thread
    std::deque<Page> m_pages;                 // values not yet handed to the writer
    qint64 m_firstPage = 0;                   // the number of m_pages.front()
    qsizetype m_asked = 0;                    // m_pages' first pages whose values were asked for
    int m_writing = 0;                        // pages of values with the writer, not yet written
    int m_usersWriting = 0;                   // pages of users with the writer, not yet written
    int m_valuesReading = 0;                  // pages of values asked for and not yet read
    bool m_readingUsers = false;              // a page of users is on its way
    qint64 m_nextToRead = -1;                 // the `after` of the next page of users
    bool m_usersRead = false;                 // the last page of users was read
    bool m_finishing = false;                 // the origin is being written
    bool m_stopping = false; // cancelled or failed: nothing more is read or written
    bool m_ended = false;
    std::shared_ptr<Writer> m_writer;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; // lives on m_thread
};
