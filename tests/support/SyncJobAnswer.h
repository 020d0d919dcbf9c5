#pragma once

#include "exchange/OfflineSyncJob.h"

#include <functional>
#include <variant>

// What an OfflineSyncJob answered a step with: a plan (compared or replanned) or its end.
namespace SyncJobAnswer {
using Answer = std::variant<SendPlan, SyncOutcome>;
// Runs `start` and waits (at most two minutes) for the plan or the end; `why` gets a replan's
// reason.
Answer await(OfflineSyncJob &job, const std::function<void()> &start, QString *why = nullptr);
// The plan, or an empty one (with a warning naming the error) when the job ended instead.
SendPlan planOf(const Answer &answer);
// The end, or an empty outcome (with a warning) when a plan came instead.
SyncOutcome outcomeOf(const Answer &answer);
} // namespace SyncJobAnswer
