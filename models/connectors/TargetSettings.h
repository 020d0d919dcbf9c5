#pragma once

#include "secrets/ConnectionProfiles.h"
#include "secrets/TargetKind.h"

#include <QString>
#include <QUrl>

// Where a send to another system goes and as whom, without the secret (which the caller reads
// from the keychain and hands to the send job alone).
struct TargetSettings
{
    TargetKind kind = TargetKind::UserCom;
    QUrl baseUrl;
    // User.com: the method of the mass update (its document shows POST in every sample and PUT
    // in its title).
    QByteArray userComMethod = QByteArrayLiteral("POST");
    int userComChunkSize = 100; // user ids per mass update request
    QString pubNubSubscribeKey;
    QString crymboUsername; // the api_key and api_secret are the secret (CrymboCredentials)

    static TargetSettings fromProfile(const ConnectionProfile &profile)
    {
        TargetSettings s;
        s.kind = profile.kind;
        s.baseUrl = profile.baseUrl;
        s.userComMethod = profile.httpMethod;
        s.userComChunkSize = profile.chunkSize;
        s.pubNubSubscribeKey = profile.apiId;
        s.crymboUsername = profile.userName;
        return s;
    }
};
