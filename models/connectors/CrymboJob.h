#pragma once

#include "CrymboKeyRules.h"
#include "TargetSendJob.h"

#include <QElapsedTimer>

// What every Crymbo job does before its own work: log in for a token, keep it fresh (renewed
// before it is ~30 minutes old, and once more when Crymbo answers 401) and read the key
// structure.
class CrymboJob : public TargetSendJob
{
    Q_OBJECT
public:
    // Tokens are renewed when older than this (Crymbo's last about 30 minutes).
    static constexpr qint64 kTokenLifeMs = 25 * 60 * 1000;

    CrymboJob(const TargetSettings &settings, const QString &secret, const QList<MetaEdit> &edits,
              const RemoteOptions &options, QObject *parent);

    // Tests: how old a token may get before it is renewed.
    void setTokenLife(qint64 ms) { m_tokenLifeMs = ms; }
    int logins() const { return m_logins; }

protected:
    using Build = std::function<TargetRequest(const QString &token)>;

    // Sends what `build` makes with the current token (logged in first when there is none or
    // it is old), logging in again and resending once when Crymbo answers 401.
    // `fresh`: the token was just given.
    void authed(const Build &build, HttpRequestSpec::Retry retry, const Then &then,
                bool renewed = false, bool fresh = false);
    // Reads the key structure and gives it to `then`; when it cannot be read, the job
    // finishes with every edit not sent and the reason as its error.
    void readStructure(const std::function<void(const CrymboKeyRules &)> &then);
    static QJsonObject apiData(const HttpResult &result);

private:
    void login(const std::function<void()> &then);

    QString m_token;
    QElapsedTimer m_tokenAge;
    qint64 m_tokenLifeMs = kTokenLifeMs;
    int m_logins = 0;
};
