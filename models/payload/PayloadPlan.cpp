#include "PayloadPlan.h"

int PayloadPlan::sentEdits() const
{
    int n = 0;
    for (const CompiledRequest &r : requests) {
        if (r.groupOperationIndex < 0)
            n += r.entries;
    }
    return n;
}

qint64 PayloadPlan::totalBodyBytes() const
{
    qint64 total = 0;
    for (const CompiledRequest &r : requests)
        total += r.body.size();
    return total;
}

qint64 PayloadPlan::wireBytes(qint64 overhead) const
{
    return totalBodyBytes() + overhead * requests.size();
}
