#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

// What a secret store answered. Failures are told apart by kind, never by message text.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,     // no secret under that entry
        AccessDenied, // the user or the system refused access
        NoBackend,    // no keychain is available on this system or session
        Failed        // anything else; `message` says what
    };

    Status status = Status::Ok;
    QString secret;  // for reads
    QString message; // translated, for the user; empty when ok

    bool ok() const { return status == Status::Ok; }
};

// Where API keys live: the OS keychain in the app, memory in unit tests. Every call answers
// through its callback, later (never before returning), and only while `context` exists.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void write(const QString &entry, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void read(const QString &entry, QObject *context, Callback done) = 0;
    virtual void remove(const QString &entry, QObject *context, Callback done) = 0;

    // The entry of a key: namespaced by server and API id, so two servers (or two ids on one
    // server) never share or overwrite a key.
    static QString entryFor(const QUrl &baseUrl, const QString &apiId);
};
