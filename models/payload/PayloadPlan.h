#pragma once

#include "PayloadCompiler.h"

#include <QList>
#include <QString>

// An edit a plan does not send, and why.
struct HeldBackEdit
{
    enum class Kind
    {
        Invalid, // cannot be sent as it is: no user id, a bad field name, a refused value
        Replaced // a later edit of the same cell is sent instead
    };
    int editIndex = -1; // into EditSet::metaEdits
    Kind kind = Kind::Invalid;
    QString reason; // translated
};

// Exactly what an apply sends (PayloadPlanner): the requests in sending order, meta edits first,
// then the group operations; and the meta edits it holds back, each with its reason.
struct PayloadPlan
{
    PayloadFormat format = PayloadFormat::Auto; // of the meta requests; Auto when there are none
    PayloadEncoding encoding = PayloadEncoding::Json; // of the meta requests
    QList<CompiledRequest> requests;
    QList<HeldBackEdit> heldBack;
    // Per meta edit: the edit that carries its cell (itself when it is sent, the later edit when
    // it was replaced), or -1 when it is held back as invalid.
    QList<int> carrier;
    QString error; // why nothing can be sent (translated); empty when the plan is good

    bool ok() const { return error.isEmpty(); }
    // The meta edits the requests carry (held-back ones are not counted).
    int sentEdits() const;
    qint64 totalBodyBytes() const;
    // What the plan costs on the wire: bodies plus `overhead` per request.
    qint64 wireBytes(qint64 overhead) const;
};
