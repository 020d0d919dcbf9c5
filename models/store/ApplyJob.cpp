#include "ApplyJob.h"

void ApplyJob::finish(ApplyReport report)
{
    if (m_finished)
        return;
    m_report = std::move(report);
    m_finished = true;
    Q_EMIT finished();
}

QString ApplyJob::replacedReason(const QString &reason)
{
    return tr("Replaced by a later edit of the same cell, which was not written either: %1")
        .arg(reason);
}
