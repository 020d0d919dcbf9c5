#include "KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {
SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult r;
    // Told apart by code: the texts are the backend's and change with it and with the locale.
    switch (job.error()) {
    case QKeychain::NoError:
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            r.secret = read->textData();
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message =
            KeychainSecretStore::tr("No key is stored in the keychain for this connection.");
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::AccessDenied;
        r.message = KeychainSecretStore::tr("Access to the keychain was denied (%1).")
                        .arg(job.errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Status::NoBackend;
        r.message =
            KeychainSecretStore::tr("No keychain is available (%1).").arg(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.status = SecretResult::Status::Failed;
    r.message = KeychainSecretStore::tr("The keychain failed: %1").arg(job.errorString());
    return r;
}
} // namespace

void KeychainSecretStore::write(const QString &entry, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setKey(entry);
    job->setTextData(secret);
    run(job, context, done);
}

void KeychainSecretStore::read(const QString &entry, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setKey(entry);
    run(job, context, done);
}

void KeychainSecretStore::remove(const QString &entry, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setKey(entry);
    run(job, context, done);
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, const Callback &done)
{
    // Never a plain-text file: a key that cannot go into a keychain stays in memory (the
    // caller's decision, see ConnectionProfiles).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    const QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *finished) {
        if (guard && done)
            done(resultOf(*finished));
    });
    job->start();
}
