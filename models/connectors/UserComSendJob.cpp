#include "UserComSendJob.h"

#include "UserComPlanner.h"

UserComSendJob::UserComSendJob(const TargetSettings &settings, const QString &token,
                               const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                               const RemoteIdMap &ids, const RemoteOptions &options,
                               QObject *parent)
    : TargetSendJob(settings, token, edits, options, parent)
    , m_schema(schema)
    , m_ids(ids)
{}

void UserComSendJob::run()
{
    const UserComPlanner::Prepared prepared = UserComPlanner::prepare(m_edits, m_schema, m_ids);
    holdBack(prepared.heldBack);
    m_requests = UserComPlanner::plan(m_settings, prepared, m_secret).requests;
    setTotal(m_requests.size());
    next(0);
}

void UserComSendJob::next(int index)
{
    if (index >= m_requests.size()) {
        finishRest(QString());
        return;
    }
    const TargetRequest &request = m_requests.at(index);
    send(request, HttpRequestSpec::Retry::Idempotent, [this, index](const HttpResult &result) {
        const QList<int> &edits = m_requests.at(index).editIndexes;
        using O = TargetSendReport::Outcome;
        advance();
        if (result.ok()) {
            for (int e : edits)
                settle(e, O::Landed);
            next(index + 1);
            return;
        }
        // A server error or a broken answer after the request went out: it may have acted.
        const bool unknown = result.uncertain || result.status >= 500;
        for (int e : edits)
            settle(e, unknown ? O::Uncertain : O::NotLanded, reasonOf(result));
        if (result.status == 401 || result.status == 403) {
            finishRest(tr("Not sent: User.com refused the API key."),
                       ClientError::make(ClientError::Kind::Authentication, reasonOf(result)));
            return;
        }
        if (result.fatal) {
            finishRest(tr("Not sent: an earlier request failed (%1).").arg(reasonOf(result)),
                       ClientError::make(ClientError::Kind::Internal, reasonOf(result)));
            return;
        }
        next(index + 1);
    });
}
