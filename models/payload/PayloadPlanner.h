#pragma once

#include "PayloadPlan.h"
#include "domain/EditSet.h"
#include "domain/MetaField.h"

#include <QCoreApplication>

struct PlanOptions
{
    // Limits per request (the sending store's), format and encoding (Auto / none: the smallest).
    CompileOptions compile;
    // The account's fields. When given, an edit of an unknown field or with a value its field
    // refuses is held back; when empty, values are left to the receiver to check.
    QList<MetaField> schema;
};

// Which meta edits an apply sends, without bodies: a file writes the cells itself.
struct PlanSelection
{
    QList<int> sent;              // indexes of the edits that are sent, in their order
    QList<HeldBackEdit> heldBack; // in edit order
    // Per edit: the edit that decides its cell, itself unless a later edit of the same cell
    // replaces it (later wins).
    QList<int> carrier;
};

// The one place that decides what an apply sends: which edits (a later edit of a cell replaces
// an earlier one; edits that cannot be sent are held back with their reason, and while there are
// any, so are the others: an apply writes all or nothing), in which format
// and encoding (Auto: the smallest on the wire), chunked to the sending store's limits. The
// payload preview, LocalApplyJob and RemoteApplyJob all ask it, so the preview is what Apply
// sends.
class PayloadPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PayloadPlanner)
public:
    static PayloadPlan plan(const EditSet &edits, const PlanOptions &options);
    static PlanSelection select(const QList<MetaEdit> &edits, const QList<MetaField> &schema);
};
