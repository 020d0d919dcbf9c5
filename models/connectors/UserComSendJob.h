#pragma once

#include "RemoteIdMap.h"
#include "TargetSendJob.h"
#include "domain/MetaField.h"

// Sends edits to User.com as mass updates (UserComPlanner), one request after the other.
// A mass update sets a value, so sending it twice has the effect of sending it once: it is
// retried after a dropped connection as well as after 429/503.
class UserComSendJob : public TargetSendJob
{
    Q_OBJECT
public:
    UserComSendJob(const TargetSettings &settings, const QString &token,
                   const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                   const RemoteIdMap &ids, const RemoteOptions &options = {},
                   QObject *parent = nullptr);

protected:
    void run() override;

private:
    void next(int index);

    QList<MetaField> m_schema;
    RemoteIdMap m_ids;
    QList<TargetRequest> m_requests;
};
