#include "PubNubSendJob.h"

#include <QJsonObject>

PubNubSendJob::PubNubSendJob(const TargetSettings &settings, const QString &auth,
                             const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                             const RemoteOptions &options, QObject *parent)
    : TargetSendJob(settings, auth, edits, options, parent)
    , m_ids(ids)
{}

void PubNubSendJob::run()
{
    m_prepared = PubNubPlanner::prepare(m_edits, m_ids);
    holdBack(m_prepared.heldBack);
    setTotal(m_prepared.users.size());
    read(0);
}

void PubNubSendJob::read(int user)
{
    if (user >= m_prepared.users.size()) {
        finishRest(QString());
        return;
    }
    const QString uuid = m_prepared.users.at(user).uuid;
    send(PubNubPlanner::readRequest(m_settings, uuid, m_secret), HttpRequestSpec::Retry::Idempotent,
         [this, user](const HttpResult &result) {
             if (result.status == 404) { // no metadata yet: nothing to merge with or overwrite
                 set(user, {}, {});
                 return;
             }
             if (!result.ok()) {
                 failUser(user, result);
                 return;
             }
             const QJsonObject data = result.json.value(QStringLiteral("data")).toObject();
             set(user, data.value(QStringLiteral("custom")).toObject(),
                 data.value(QStringLiteral("eTag")).toString().toUtf8());
         });
}

void PubNubSendJob::set(int user, const QJsonObject &custom, const QByteArray &eTag)
{
    const PubNubPlanner::UserEdits &edits = m_prepared.users.at(user);
    const TargetRequest request = PubNubPlanner::setRequest(
        m_settings, edits.uuid, PubNubPlanner::merged(custom, edits.edits), eTag, m_secret);
    // Not repeated after a dropped connection: a repeat would meet its own new eTag (412).
    // What happened is read instead.
    send(request, HttpRequestSpec::Retry::OnlyIfNotReceived, [this, user](const HttpResult &r) {
        if (r.status == 412) {
            reread(user, true);
            return;
        }
        if (r.uncertain || (r.status >= 500 && r.status != 503)) {
            reread(user, false);
            return;
        }
        if (!r.ok()) {
            failUser(user, r);
            return;
        }
        const QJsonObject data = r.json.value(QStringLiteral("data")).toObject();
        if (!data.contains(QStringLiteral("custom"))) {
            reread(user, false);
            return;
        }
        compare(user, data.value(QStringLiteral("custom")).toObject(), false);
    });
}

void PubNubSendJob::compare(int user, const QJsonObject &custom, bool readBack)
{
    using O = TargetSendReport::Outcome;
    for (const MappedEdit &m : m_prepared.users.at(user).edits) {
        const bool stuck = m.edit.clears() ? !custom.contains(m.edit.field)
                                           : custom.value(m.edit.field) == m.edit.value;
        if (stuck)
            settle(m.editIndex, O::Landed,
                   readBack ? tr("Confirmed by reading it back after the answer was lost.")
                            : QString());
        else if (readBack)
            settle(m.editIndex, O::NotLanded,
                   tr("PubNub failed or its answer was lost, and reading it back shows it does "
                      "not hold this value."));
        else
            settle(m.editIndex, O::NotLanded,
                   tr("PubNub answered success but did not keep this field."));
    }
    advance();
    read(user + 1);
}

void PubNubSendJob::reread(int user, bool conflict)
{
    const QString uuid = m_prepared.users.at(user).uuid;
    send(PubNubPlanner::readRequest(m_settings, uuid, m_secret), HttpRequestSpec::Retry::Idempotent,
         [this, user, conflict](const HttpResult &result) {
             using O = TargetSendReport::Outcome;
             const bool readable = result.ok() || result.status == 404;
             const QJsonObject custom = result.json.value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("custom"))
                                            .toObject();
             if (!conflict) {
                 if (readable) {
                     compare(user, custom, true);
                     return;
                 }
                 for (const MappedEdit &m : m_prepared.users.at(user).edits)
                     settle(m.editIndex, O::Uncertain,
                            tr("The answer was lost and reading it back failed: %1")
                                .arg(reasonOf(result)));
             } else {
                 for (const MappedEdit &m : m_prepared.users.at(user).edits) {
                     std::optional<QJsonValue> now;
                     if (readable)
                         now = custom.value(m.edit.field); // undefined when PubNub holds none
                     settle(m.editIndex, O::Conflict,
                            tr("Changed in PubNub after it was read; nothing was overwritten."),
                            now);
                 }
             }
             advance();
             read(user + 1);
         });
}

void PubNubSendJob::failUser(int user, const HttpResult &result)
{
    using O = TargetSendReport::Outcome;
    for (const MappedEdit &m : m_prepared.users.at(user).edits)
        settle(m.editIndex, result.uncertain ? O::Uncertain : O::NotLanded, reasonOf(result));
    advance();
    if (result.status == 401 || result.status == 403) {
        finishRest(tr("Not sent: PubNub refused access."),
                   ClientError::make(ClientError::Kind::Authentication, reasonOf(result)));
        return;
    }
    if (result.fatal) {
        finishRest(tr("Not sent: an earlier request failed (%1).").arg(reasonOf(result)),
                   ClientError::make(ClientError::Kind::Internal, reasonOf(result)));
        return;
    }
    read(user + 1);
}
