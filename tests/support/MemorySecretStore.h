#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// Secrets in a hash, for unit tests. It can play a system without a keychain (every call
// answers NoBackend) to test what the app does then.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void setAvailable(bool available) { m_available = available; }
    const QHash<QString, QString> &entries() const { return m_entries; }

    void write(const QString &entry, const QString &secret, QObject *context,
               Callback done) override;
    void read(const QString &entry, QObject *context, Callback done) override;
    void remove(const QString &entry, QObject *context, Callback done) override;

private:
    // Answers on the next event-loop turn, like a real keychain.
    void answer(QObject *context, const Callback &done, const SecretResult &result);
    bool unavailable(QObject *context, const Callback &done);

    QHash<QString, QString> m_entries;
    bool m_available = true;
};
