#include "TargetJobRunner.h"

#include <QSignalSpy>

RemoteOptions TargetJobRunner::fastOptions()
{
    RemoteOptions options;
    options.transferTimeoutMs = 5000;
    options.backoffBaseMs = 20;
    options.backoffCapMs = 100;
    options.maxAttempts = 4;
    return options;
}

bool TargetJobRunner::run(TargetSendJob &job, int timeoutMs)
{
    QSignalSpy spy(&job, &TargetSendJob::finished);
    job.start();
    return spy.count() == 1 || spy.wait(timeoutMs);
}

QStringList TargetJobRunner::outcomes(const TargetSendReport &report)
{
    QStringList list;
    for (const TargetSendReport::Row &row : report.rows) {
        QString outcome;
        switch (row.outcome) {
        case TargetSendReport::Outcome::Landed:
            outcome = QStringLiteral("landed");
            break;
        case TargetSendReport::Outcome::NotLanded:
            outcome = QStringLiteral("not landed");
            break;
        case TargetSendReport::Outcome::Uncertain:
            outcome = QStringLiteral("uncertain");
            break;
        case TargetSendReport::Outcome::Conflict:
            outcome = QStringLiteral("conflict");
            break;
        }
        list << QString::number(row.editIndex) + QLatin1Char(' ') + outcome;
    }
    return list;
}
