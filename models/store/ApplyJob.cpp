#include "ApplyJob.h"

void ApplyJob::finish(ApplyReport report)
{
    if (m_finished)
        return;
    m_report = std::move(report);
    m_finished = true;
    Q_EMIT finished();
}
