#pragma once

#include "HttpCall.h"
#include "RemoteConnection.h"
#include "secrets/Redactor.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

// What a RemoteStore and its apply jobs share: one QNetworkAccessManager, the connection, the
// options and the redactor every log line goes through. Jobs hold it by shared_ptr, so a job
// may outlive the store that started it.
class RemoteHttp : public QObject
{
    Q_OBJECT
public:
    RemoteHttp(const RemoteConnection &connection, const RemoteOptions &options,
               QObject *parent = nullptr);
    ~RemoteHttp() override;

    // A call owned by `owner` (or by this), not started yet.
    HttpCall *call(HttpRequestSpec spec, QObject *owner = nullptr);

    const RemoteConnection &connection() const { return m_connection; }
    const RemoteOptions &options() const { return m_options; }
    const Redactor &redactor() const { return m_redactor; }
    QNetworkAccessManager &network() { return m_network; }

private:
    RemoteConnection m_connection;
    RemoteOptions m_options;
    Redactor m_redactor;
    QNetworkAccessManager m_network;
};
