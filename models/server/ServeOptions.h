#pragma once

#include "domain/ApiContract.h"

#include <QHostAddress>
#include <QString>

// How `metadesk-server serve` was asked to run.
struct ServeOptions
{
    static constexpr qint64 kDefaultMaxBody = ApiContract::kDefaultMaxBodyBytes;
    static constexpr int kDefaultChangesRetentionDays = 90;

    QString file;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    qint64 maxBodyBytes = kDefaultMaxBody;
    int rateLimit = 0; // requests per second per client; 0: off
    bool quiet = false;
    int changesRetentionDays = kDefaultChangesRetentionDays; // tombstones older are forgotten
};
