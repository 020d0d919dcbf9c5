#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::answer(QObject *context, const Callback &done, const SecretResult &result)
{
    const QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done, result] {
        if (guard && done)
            done(result);
    });
}

bool MemorySecretStore::unavailable(QObject *context, const Callback &done)
{
    if (m_available)
        return false;
    answer(context, done,
           {SecretResult::Status::NoBackend, QString(), tr("No keychain is available.")});
    return true;
}

void MemorySecretStore::write(const QString &entry, const QString &secret, QObject *context,
                              Callback done)
{
    if (unavailable(context, done))
        return;
    m_entries.insert(entry, secret);
    answer(context, done, {});
}

void MemorySecretStore::read(const QString &entry, QObject *context, Callback done)
{
    if (unavailable(context, done))
        return;
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.constEnd()) {
        answer(context, done,
               {SecretResult::Status::NotFound, QString(),
                tr("No key is stored in the keychain for this connection.")});
        return;
    }
    answer(context, done, {SecretResult::Status::Ok, *it, QString()});
}

void MemorySecretStore::remove(const QString &entry, QObject *context, Callback done)
{
    if (unavailable(context, done))
        return;
    if (!m_entries.remove(entry)) {
        answer(context, done,
               {SecretResult::Status::NotFound, QString(),
                tr("No key is stored in the keychain for this connection.")});
        return;
    }
    answer(context, done, {});
}
