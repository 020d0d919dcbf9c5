#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

// Keys in the OS keychain through QtKeychain (the Secret Service on Linux, e.g. gnome-keyring).
// The insecure fallback (a plain file) is never used: without a keychain the caller is told.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *kService = "MetaDesk";

    using SecretStore::SecretStore;

    void write(const QString &entry, const QString &secret, QObject *context,
               Callback done) override;
    void read(const QString &entry, QObject *context, Callback done) override;
    void remove(const QString &entry, QObject *context, Callback done) override;

private:
    void run(QKeychain::Job *job, QObject *context, const Callback &done);
};
