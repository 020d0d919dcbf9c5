#pragma once

#include "connectors/TargetSendJob.h"
#include "store/RemoteConnection.h"

#include <QStringList>

// Runs a send job to another system's test double to its end, and reads its report as text a
// test compares in one go.
namespace TargetJobRunner {
// Short waits, so that faults end quickly; retries as the product makes them.
RemoteOptions fastOptions();
// Starts `job` and waits for finished(); false when it never finished.
bool run(TargetSendJob &job, int timeoutMs = 30000);
// "<index> <landed|not landed|uncertain|conflict>" per row, in order.
QStringList outcomes(const TargetSendReport &report);
} // namespace TargetJobRunner
