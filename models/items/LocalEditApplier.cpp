#include "LocalEditApplier.h"

#include "PendingEdits.h"
#include "store/SqliteStore.h"

LocalEditApplier::Summary LocalEditApplier::apply(SqliteStore &store, PendingEdits &pending,
                                                  qint64 accountId)
{
    Summary summary;
    const QList<MetaEdit> edits = pending.edits(accountId);
    summary.sent = int(edits.size());
    if (edits.isEmpty()) {
        summary.ok = true;
        summary.message = tr("There are no pending edits to apply.");
        return summary;
    }
    summary.outcome = store.applyUserMeta(accountId, edits);
    if (summary.outcome.ok()) {
        summary.ok = true;
        pending.markLanded(accountId, edits);
        summary.message = summary.outcome.message();
        return summary;
    }
    pending.clearProblems(accountId);
    for (const EditProblem &problem : summary.outcome.problems) {
        const MetaEdit &edit = edits.at(problem.editIndex);
        pending.setProblem({accountId, edit.userId, edit.field}, problem.message);
    }
    summary.message = tr("Nothing was written: %1 (%n problem(s)). The edits stay pending.", nullptr,
                         int(summary.outcome.problems.size()))
                          .arg(summary.outcome.errorTitle);
    return summary;
}
