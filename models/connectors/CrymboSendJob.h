#pragma once

#include "CrymboJob.h"
#include "CrymboPlanner.h"

// Sends edits to Crymbo's usersMeta: log in, read the key structure and hold back what it
// refuses, then per (user, key) find the object and update it by id, or create it.
class CrymboSendJob : public CrymboJob
{
    Q_OBJECT
public:
    CrymboSendJob(const TargetSettings &settings, const QString &secret,
                  const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                  const RemoteOptions &options = {}, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void next(int index);
    void write(int index, const QString &id);
    void confirm(int index);
    void fail(int index, const HttpResult &result);

    RemoteIdMap m_ids;
    CrymboPlanner::Prepared m_prepared;
};
