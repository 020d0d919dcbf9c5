#pragma once

#include "CrymboPlanner.h"
#include "TargetSendJob.h"

#include <QElapsedTimer>

// Sends edits to Crymbo's usersMeta: log in, read the key structure and hold back what it
// refuses, then per (user, key) find the object and update it by id, or create it. The token
// is renewed before it is ~30 minutes old, and once more when Crymbo answers 401.
class CrymboSendJob : public TargetSendJob
{
    Q_OBJECT
public:
    // Tokens are renewed when older than this (Crymbo's last about 30 minutes).
    static constexpr qint64 kTokenLifeMs = 25 * 60 * 1000;

    CrymboSendJob(const TargetSettings &settings, const QString &secret,
                  const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                  const RemoteOptions &options = {}, QObject *parent = nullptr);

    // Tests: how old a token may get before it is renewed.
    void setTokenLife(qint64 ms) { m_tokenLifeMs = ms; }
    int logins() const { return m_logins; }

protected:
    void run() override;

private:
    using Build = std::function<TargetRequest(const QString &token)>;

    void login(const std::function<void()> &then);
    // Sends what `build` makes with the current token (renewed first when old), logging in
    // again and resending once when Crymbo answers 401. `fresh`: the token was just given.
    void authed(const Build &build, HttpRequestSpec::Retry retry, const Then &then,
                bool renewed = false, bool fresh = false);
    void readStructure();
    void next(int index);
    void write(int index, const QString &id);
    void confirm(int index);
    void fail(int index, const HttpResult &result);

    RemoteIdMap m_ids;
    CrymboPlanner::Prepared m_prepared;
    QString m_token;
    QElapsedTimer m_tokenAge;
    qint64 m_tokenLifeMs = kTokenLifeMs;
    int m_logins = 0;
};
