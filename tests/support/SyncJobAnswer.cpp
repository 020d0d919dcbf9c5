#include "SyncJobAnswer.h"

#include <QEventLoop>
#include <QTimer>

namespace SyncJobAnswer {

Answer await(OfflineSyncJob &job, const std::function<void()> &start, QString *why)
{
    Answer answer = SyncOutcome{};
    bool answered = false;
    QEventLoop loop;
    QList<QMetaObject::Connection> links;
    links << QObject::connect(&job, &OfflineSyncJob::compared, &loop, [&](const SendPlan &plan) {
        answer = plan;
        answered = true;
        loop.quit();
    });
    links << QObject::connect(&job, &OfflineSyncJob::replanned, &loop,
                              [&](const SendPlan &plan, const QString &reason) {
                                  answer = plan;
                                  if (why)
                                      *why = reason;
                                  answered = true;
                                  loop.quit();
                              });
    links << QObject::connect(&job, &OfflineSyncJob::finished, &loop,
                              [&](const SyncOutcome &outcome) {
                                  answer = outcome;
                                  answered = true;
                                  loop.quit();
                              });
    start();
    if (!answered) {
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (const auto &link : links)
        QObject::disconnect(link);
    return answer;
}

SendPlan planOf(const Answer &answer)
{
    if (const auto *outcome = std::get_if<SyncOutcome>(&answer))
        qWarning("no plan: %s", qPrintable(outcome->error.text));
    return std::holds_alternative<SendPlan>(answer) ? std::get<SendPlan>(answer) : SendPlan();
}

SyncOutcome outcomeOf(const Answer &answer)
{
    if (std::holds_alternative<SendPlan>(answer))
        qWarning("a plan where the end was expected");
    return std::holds_alternative<SyncOutcome>(answer) ? std::get<SyncOutcome>(answer)
                                                       : SyncOutcome{};
}

} // namespace SyncJobAnswer
