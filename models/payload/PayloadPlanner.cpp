#include "PayloadPlanner.h"

#include "MetaFieldDefinitionParser.h"
#include "ValueValidator.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Per edit, the last edit of the same (user, field): it decides the cell.
QList<int> lastOfCell(const QList<MetaEdit> &edits)
{
    // Field names become small numbers first: hashing (user, number) pairs is several times
    // cheaper than hashing (user, QString) for a million edits.
    QHash<QString, int> fieldIds;
    QHash<const void *, int> fieldIdsByData; // shared QStrings: no text hashing
    QList<std::pair<qint64, int>> keys;
    keys.reserve(edits.size());
    for (const MetaEdit &e : edits) {
        auto byData = fieldIdsByData.constFind(e.field.constData());
        if (byData == fieldIdsByData.constEnd()) {
            auto it = fieldIds.constFind(e.field);
            if (it == fieldIds.constEnd())
                it = fieldIds.insert(e.field, int(fieldIds.size()));
            byData = fieldIdsByData.insert(e.field.constData(), *it);
        }
        keys.append({e.userId, *byData});
    }
    QHash<std::pair<qint64, int>, int> last;
    last.reserve(edits.size());
    for (int i = 0; i < edits.size(); ++i)
        last.insert(keys[i], i);
    QList<int> carrier(edits.size());
    for (int i = 0; i < edits.size(); ++i)
        carrier[i] = last.size() == edits.size() ? i : last.value(keys[i]);
    return carrier;
}

// Checks what no receiver could take, and the schema when it is known.
class EditChecker
{
    Q_DECLARE_TR_FUNCTIONS(PayloadPlanner)
public:
    explicit EditChecker(const QList<MetaField> &schema)
    {
        for (const MetaField &f : schema)
            m_fields.insert(f.name, f);
    }

    // Why `edit` cannot be sent; empty when it can.
    QString problem(const MetaEdit &edit)
    {
        if (edit.userId <= 0)
            return tr("No valid user id (%1).").arg(edit.userId);
        auto name = m_nameProblems.constFind(edit.field.constData());
        if (name == m_nameProblems.constEnd())
            name = m_nameProblems.insert(edit.field.constData(),
                                         MetaFieldDefinitionParser::fieldNameProblem(edit.field));
        if (!name->isEmpty())
            return *name;
        if (edit.value.isDouble() && !std::isfinite(edit.value.toDouble()))
            return tr("The value of '%1' is not a finite number.").arg(edit.field);
        if (m_fields.isEmpty())
            return QString();
        const auto field = m_fields.constFind(edit.field);
        if (field == m_fields.constEnd())
            return tr("Unknown meta field '%1'.").arg(edit.field);
        if (edit.clears())
            return QString();
        return ValueValidator::check(*field, edit.value).message;
    }

private:
    QHash<QString, MetaField> m_fields;
    QHash<const void *, QString> m_nameProblems;
};

// What Auto minimises: the bodies plus what each request costs beyond its body.
qint64 wireCost(const CompileResult &result, qint64 overhead)
{
    return result.totalBodyBytes() + overhead * result.requests.size();
}

struct Candidate
{
    PayloadFormat format;
    PayloadEncoding encoding;
    CompileResult result;
};

const PayloadEncoding kEncodings[] = {PayloadEncoding::Json, PayloadEncoding::UrlEncoded,
                                      PayloadEncoding::Multipart};

} // namespace

PlanSelection PayloadPlanner::select(const QList<MetaEdit> &edits, const QList<MetaField> &schema)
{
    PlanSelection s;
    s.carrier = lastOfCell(edits);
    EditChecker checker(schema);
    s.sent.reserve(edits.size());
    for (int i = 0; i < edits.size(); ++i) {
        if (s.carrier.at(i) != i) {
            s.heldBack.append({i, HeldBackEdit::Kind::Replaced,
                               tr("Replaced by a later edit of the same cell.")});
            continue;
        }
        // An invalid edit is held back alone: the valid ones beside it are sent (each request
        // is still all or nothing on the receiver's side).
        const QString problem = checker.problem(edits.at(i));
        if (problem.isEmpty())
            s.sent.append(i);
        else
            s.heldBack.append({i, HeldBackEdit::Kind::Invalid, problem});
    }
    return s;
}

PayloadPlan PayloadPlanner::plan(const EditSet &edits, const PlanOptions &options)
{
    const CompileOptions &compile = options.compile;
    PayloadPlan plan;
    const PlanSelection selection = select(edits.metaEdits, options.schema);
    plan.heldBack = selection.heldBack;
    plan.carrier = selection.carrier;
    if (!selection.sent.isEmpty()) {
        // Sent in user order: each chunk then holds one run of users, so a receiver applying
        // the chunks one transaction each sweeps its file once, not once per chunk. Every cell
        // is sent once (later wins above), so the order decides nothing else.
        QList<int> order = selection.sent;
        const auto byUser = [&edits](int a, int b) {
            return edits.metaEdits.at(a).userId < edits.metaEdits.at(b).userId;
        };
        if (!std::is_sorted(order.cbegin(), order.cend(), byUser))
            std::stable_sort(order.begin(), order.end(), byUser);
        QList<MetaEdit> sent;
        if (order.size() == edits.metaEdits.size() &&
            std::is_sorted(order.cbegin(), order.cend())) {
            sent = edits.metaEdits;
        } else {
            sent.reserve(order.size());
            for (const int i : std::as_const(order))
                sent.append(edits.metaEdits.at(i));
        }
        std::optional<Candidate> best;
        QString firstError;
        for (const PayloadEncoding encoding : kEncodings) {
            if (compile.encoding && *compile.encoding != encoding)
                continue;
            for (const PayloadFormat format :
                 {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
                if (compile.format != PayloadFormat::Auto && compile.format != format)
                    continue;
                // With two or more edits a request per edit pays the per-request overhead over
                // and over for what format 2 sends in one: Auto skips compiling it, a third of
                // the time of a large apply.
                if (compile.format == PayloadFormat::Auto && format == PayloadFormat::Single &&
                    sent.size() > 1 && compile.maxEntries > 1)
                    continue;
                Candidate candidate{
                    format, encoding,
                    PayloadCompiler::compileMetaEdits(sent, format, encoding, compile)};
                if (!candidate.result.ok()) {
                    if (firstError.isEmpty())
                        firstError = candidate.result.error;
                    continue;
                }
                if (!best || wireCost(candidate.result, compile.requestOverheadBytes) <
                                 wireCost(best->result, compile.requestOverheadBytes))
                    best = std::move(candidate);
            }
        }
        if (!best) {
            plan.error = firstError;
            return plan;
        }
        plan.format = best->format;
        plan.encoding = best->encoding;
        plan.requests = std::move(best->result.requests);
        // The compiler numbers the edits it was given; the plan numbers the EditSet's.
        for (CompiledRequest &r : plan.requests) {
            for (int &index : r.editIndexes)
                index = order.at(index);
        }
    }
    for (int g = 0; g < edits.groupOperations.size(); ++g) {
        std::optional<CompileResult> best;
        QString firstError;
        for (const PayloadEncoding encoding : kEncodings) {
            if (compile.encoding && *compile.encoding != encoding)
                continue;
            CompileResult candidate =
                PayloadCompiler::compileGroupOperation(edits.groupOperations[g], encoding, compile);
            if (!candidate.ok()) {
                if (firstError.isEmpty())
                    firstError = candidate.error;
                continue;
            }
            if (!best || wireCost(candidate, compile.requestOverheadBytes) <
                             wireCost(*best, compile.requestOverheadBytes))
                best = std::move(candidate);
        }
        if (!best) {
            plan.requests.clear();
            plan.error = firstError;
            return plan;
        }
        for (CompiledRequest &r : best->requests) {
            r.groupOperationIndex = g;
            plan.requests.append(std::move(r));
        }
    }
    return plan;
}
