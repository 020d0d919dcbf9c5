#include "CrymboSendJob.h"

#include <QJsonObject>

namespace {
QJsonObject userMeta(const QJsonObject &apiData)
{
    return apiData.value(QStringLiteral("userMeta")).toObject();
}
} // namespace

CrymboSendJob::CrymboSendJob(const TargetSettings &settings, const QString &secret,
                             const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                             const RemoteOptions &options, QObject *parent)
    : CrymboJob(settings, secret, edits, options, parent)
    , m_ids(ids)
{}

void CrymboSendJob::run()
{
    // What needs no structure is held back at once; the rest after the structure is read.
    m_prepared = CrymboPlanner::prepare(m_edits, m_ids, std::nullopt);
    holdBack(m_prepared.heldBack);
    setTotal(m_prepared.edits.size());
    readStructure([this](const CrymboKeyRules &rules) {
        m_prepared = CrymboPlanner::prepare(m_edits, m_ids, rules);
        holdBack(m_prepared.heldBack);
        setTotal(m_prepared.edits.size());
        next(0);
    });
}

void CrymboSendJob::next(int index)
{
    if (index >= m_prepared.edits.size()) {
        finishRest(QString());
        return;
    }
    const MappedEdit m = m_prepared.edits.at(index);
    authed(
        [m](const QString &token) {
            return CrymboPlanner::findRequest(m.remoteId, m.edit.field, token);
        },
        HttpRequestSpec::Retry::Idempotent,
        [this, index](const HttpResult &result) {
            if (result.status == 404) {
                write(index, QString());
                return;
            }
            const QString id = userMeta(apiData(result)).value(QStringLiteral("id")).toString();
            if (!result.ok() || id.isEmpty()) {
                fail(index, result);
                return;
            }
            write(index, id);
        });
}

void CrymboSendJob::write(int index, const QString &id)
{
    const MappedEdit m = m_prepared.edits.at(index);
    // An update by id sets the same value however often it is sent; a create must not run
    // twice, so after a lost answer it is looked up instead.
    const bool create = id.isEmpty();
    authed(
        [m, id, create](const QString &token) {
            return create ? CrymboPlanner::createRequest(m, token)
                          : CrymboPlanner::updateRequest(id, m, token);
        },
        create ? HttpRequestSpec::Retry::OnlyIfNotReceived : HttpRequestSpec::Retry::Idempotent,
        [this, index, create](const HttpResult &result) {
            if (result.ok()) {
                settle(m_prepared.edits.at(index).editIndex, TargetSendReport::Outcome::Landed);
                advance();
                next(index + 1);
                return;
            }
            if (create && (result.uncertain || result.status >= 500)) {
                confirm(index);
                return;
            }
            fail(index, result);
        });
}

void CrymboSendJob::confirm(int index)
{
    const MappedEdit m = m_prepared.edits.at(index);
    authed(
        [m](const QString &token) {
            return CrymboPlanner::findRequest(m.remoteId, m.edit.field, token);
        },
        HttpRequestSpec::Retry::Idempotent,
        [this, index, m](const HttpResult &result) {
            using O = TargetSendReport::Outcome;
            const QJsonObject meta = userMeta(apiData(result));
            if (result.ok() && !meta.value(QStringLiteral("id")).toString().isEmpty() &&
                (!meta.contains(QStringLiteral("value")) ||
                 meta.value(QStringLiteral("value")) == m.edit.value))
                settle(m.editIndex, O::Landed,
                       tr("Confirmed by reading it back after the answer was lost."));
            else if (result.status == 404)
                settle(m.editIndex, O::NotLanded,
                       tr("The answer was lost and reading it back shows it was not created."));
            else
                settle(m.editIndex, O::Uncertain,
                       tr("The answer was lost and reading it back did not tell: %1")
                           .arg(reasonOf(result)));
            advance();
            next(index + 1);
        });
}

void CrymboSendJob::fail(int index, const HttpResult &result)
{
    using O = TargetSendReport::Outcome;
    const bool unknown = result.uncertain || result.status >= 500;
    settle(m_prepared.edits.at(index).editIndex, unknown ? O::Uncertain : O::NotLanded,
           reasonOf(result));
    advance();
    if (result.status == 401 || result.status == 403) {
        finishRest(tr("Not sent: Crymbo refused access."),
                   ClientError::make(ClientError::Kind::Authentication, reasonOf(result)));
        return;
    }
    if (result.fatal) {
        finishRest(tr("Not sent: an earlier request failed (%1).").arg(reasonOf(result)),
                   ClientError::make(ClientError::Kind::Internal, reasonOf(result)));
        return;
    }
    next(index + 1);
}
