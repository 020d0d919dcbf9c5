#include "CrymboJob.h"

#include "CrymboCredentials.h"
#include "CrymboPlanner.h"

#include <QJsonObject>

CrymboJob::CrymboJob(const TargetSettings &settings, const QString &secret,
                     const QList<MetaEdit> &edits, const RemoteOptions &options, QObject *parent)
    : TargetSendJob(settings, secret, edits, options, parent)
{}

QJsonObject CrymboJob::apiData(const HttpResult &result)
{
    return result.json.value(QStringLiteral("api_data")).toObject();
}

void CrymboJob::login(const std::function<void()> &then)
{
    ++m_logins;
    const TargetRequest request = CrymboPlanner::loginRequest(
        m_settings.crymboUsername, CrymboCredentials::fromSecret(m_secret));
    // A login changes nothing stored: sending it twice is harmless.
    send(request, HttpRequestSpec::Retry::Idempotent, [this, then](const HttpResult &result) {
        const QString token = apiData(result).value(QStringLiteral("token")).toString();
        if (!result.ok() || token.isEmpty()) {
            const bool refused = result.status == 401 || result.status == 403;
            const QString why =
                result.ok() ? tr("Crymbo's login answer holds no token.") : reasonOf(result);
            finishRest(refused ? tr("Not sent: Crymbo refused the login (%1).").arg(why)
                               : tr("Not sent: the login failed (%1).").arg(why),
                       ClientError::make(refused ? ClientError::Kind::Authentication
                                                 : ClientError::Kind::Network,
                                         why));
            return;
        }
        m_token = token;
        m_tokenAge.start();
        then();
    });
}

void CrymboJob::authed(const Build &build, HttpRequestSpec::Retry retry, const Then &then,
                       bool renewed, bool fresh)
{
    if (!fresh && (!m_tokenAge.isValid() || m_tokenAge.elapsed() >= m_tokenLifeMs)) {
        login([this, build, retry, then, renewed] { authed(build, retry, then, renewed, true); });
        return;
    }
    send(build(m_token), retry, [this, build, retry, then, renewed](const HttpResult &result) {
        if (result.status == 401 && !renewed) {
            login([this, build, retry, then] { authed(build, retry, then, true, true); });
            return;
        }
        then(result);
    });
}

void CrymboJob::readStructure(const std::function<void(const CrymboKeyRules &)> &then)
{
    authed([](const QString &token) { return CrymboPlanner::structureRequest(token); },
           HttpRequestSpec::Retry::Idempotent,
           [this, then](const HttpResult &result) {
               const std::optional<CrymboKeyRules> rules =
                   result.ok()
                       ? CrymboKeyRules::fromApiData(result.json.value(QStringLiteral("api_data")))
                       : std::nullopt;
               if (!rules) {
                   const QString why = result.ok() ? tr("Crymbo's key structure cannot be read.")
                                                   : reasonOf(result);
                   finishRest(tr("Not sent: %1").arg(why),
                              ClientError::make(result.status == 401 || result.status == 403
                                                    ? ClientError::Kind::Authentication
                                                    : ClientError::Kind::Internal,
                                                why));
                   return;
               }
               then(*rules);
           });
}
