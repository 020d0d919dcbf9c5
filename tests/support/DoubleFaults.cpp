#include "DoubleFaults.h"

std::optional<DoubleFaults::Fault> DoubleFaults::take(const FakeRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if ((!f.method.isEmpty() && f.method != request.method) ||
            (!f.pathPart.isEmpty() && !request.path().contains(f.pathPart)))
            continue;
        const Fault due = f;
        if (--f.times <= 0)
            m_faults.removeAt(i);
        return due;
    }
    return std::nullopt;
}
