#pragma once

#include "PubNubPlanner.h"
#include "TargetSendJob.h"

// Sends edits to PubNub App Context, uuid by uuid: read (custom and eTag), merge, set with
// If-Match. A 412 becomes a conflict row with the value PubNub holds now; nothing is ever set
// without the eTag just read. What the set answers is compared with what was sent, field by
// field: a field PubNub did not keep is reported, not counted as landed.
class PubNubSendJob : public TargetSendJob
{
    Q_OBJECT
public:
    PubNubSendJob(const TargetSettings &settings, const QString &auth, const QList<MetaEdit> &edits,
                  const RemoteIdMap &ids, const RemoteOptions &options = {},
                  QObject *parent = nullptr);

protected:
    void run() override;

private:
    void read(int user);
    void set(int user, const QJsonObject &custom, const QByteArray &eTag);
    // Settles the user's edits by what `custom` (PubNub's object after the set) holds.
    void compare(int user, const QJsonObject &custom, bool readBack);
    // After a 412 or an answer that never came: reads the uuid again and settles by it.
    void reread(int user, bool conflict);
    void failUser(int user, const HttpResult &result);

    RemoteIdMap m_ids;
    PubNubPlanner::Prepared m_prepared;
};
