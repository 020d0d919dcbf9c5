#pragma once

#include "Store.h"

#include <QPointer>
#include <functional>

class SqliteStore;

// What LocalReader and LocalWorker post to their threads: run `work` on the thread's connection
// (or answer why it could not be opened), then hand the answer back on `owner`'s thread through
// `done`, unless the owner or `context` is gone by then.
namespace ThreadJob {
template<typename T, typename Owner>
std::function<void(SqliteStore *, const QString &)>
answering(Owner *owner, std::function<StoreReply<T>(SqliteStore &)> work, QObject *context,
          Store::Callback<T> done)
{
    const QPointer<QObject> guard(context);
    const QPointer<Owner> self(owner);
    return [work = std::move(work), guard, done = std::move(done), self](SqliteStore *store,
                                                                         const QString &openError) {
        StoreReply<T> answer;
        if (store)
            answer = work(*store);
        else
            answer.error = ClientError::make(ClientError::Kind::File, openError);
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, done, answer] {
                if (self && guard && done)
                    done(answer);
            },
            Qt::QueuedConnection);
    };
}
} // namespace ThreadJob
