#include "SchemaWriter.h"

#include "MetaValueCodec.h"
#include "RevisionStamp.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlStore.h"
#include "SqlTransaction.h"
#include "payload/ValueValidator.h"

#include <QHash>
#include <climits>

namespace {
// The first rule broken names the refusal; every problem is listed.
void addError(DomainError &error, const char *rule, const ErrorDetail &detail)
{
    if (!error.isError())
        error = DomainError::refused(rule);
    error.details.append(detail);
}
} // namespace

SchemaWriter::SchemaWriter(SqlStore &store)
    : m_store(store)
{}

bool SchemaWriter::checkValues(qint64 accountId, qint64 fieldId, const MetaField &oldField,
                               const SchemaChange &change, QList<Rewrite> &rewrites,
                               DomainError &error)
{
    const MetaField &newField = *change.definition;
    // A field belongs to one account, and so do all of its values.
    SqlStatement values(m_store.connection(), "SELECT user_id, value FROM meta_values WHERE "
                                              "field_id = ?1 AND account_id = ?2 ORDER BY user_id");
    values.bind(1, fieldId);
    values.bind(2, accountId);
    int listed = 0;
    qint64 unlisted = 0;
    while (values.step()) {
        const qint64 userId = values.columnInt64(0);
        const QJsonValue old = MetaValueCodec::fromColumn(values, 1, oldField.type);
        const ValueCheck check = ValueValidator::check(newField, old);
        if (check.ok) {
            if (newField.type != oldField.type || check.value != old)
                rewrites.append({userId, accountId, fieldId, newField.type, check.value});
            continue;
        }
        if (listed >= kMaxListedUsers)
            ++unlisted;
        else {
            ++listed;
            addError(error, ErrorTitles::InvalidValues,
                     {change.location,
                      tr("User %1: the stored value does not fit the new definition: %2")
                          .arg(userId)
                          .arg(check.message)});
        }
    }
    values.reset();
    if (unlisted > 0)
        addError(error, ErrorTitles::InvalidValues,
                 {change.location, tr("%n more user(s) of this account hold values that do not "
                                      "fit the new definition",
                                      nullptr, int(unlisted))});
    return !values.failed();
}

SchemaOutcome SchemaWriter::apply(qint64 accountId, const QList<SchemaChange> &changes,
                                  SchemaWriteOptions options, std::optional<qint64> ifMatch)
{
    SchemaOutcome outcome;
    SqlConnection *db = m_store.connection();
    // Checks and writes see the same state: nobody writes between them.
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        outcome.error = DomainError::failed(transaction.isBusy() ? DomainError::Kind::Busy
                                                                 : DomainError::Kind::Internal,
                                            transaction.errorText());
        return outcome;
    }
    // First, so that on PostgreSQL the account is locked before anything is read.
    RevisionStamp stamp(db, accountId, ifMatch);
    struct Existing
    {
        qint64 id = 0;
        MetaField field;
    };
    QHash<QString, Existing> existing;
    {
        SqlStatement ids(db, "SELECT id, name FROM meta_fields WHERE account_id = ?1");
        ids.bind(1, accountId);
        QHash<QString, qint64> idOf;
        while (ids.step())
            idOf.insert(ids.columnText(1), ids.columnInt64(0));
        for (const MetaField &f : m_store.fields(accountId))
            existing.insert(f.name, {idOf.value(f.name), f});
    }
    // Each definition the request would change must not have changed after If-Match.
    const auto check = [&stamp](const SchemaChange &change) {
        return !stamp.checking() || stamp.checkField(change.name, change.location);
    };
    SqlStatement countValues(db, "SELECT count(*) FROM meta_values WHERE field_id = ?1");
    QList<QPair<qint64, QString>> toDelete; // id, name
    QList<MetaField> toPut;
    QList<Rewrite> rewrites;
    bool sqlOk = stamp.isValid();
    for (const SchemaChange &change : changes) {
        const auto found = existing.constFind(change.name);
        if (!change.definition) {
            if (found == existing.constEnd()) {
                ++outcome.unchanged; // already gone: a retried PUT succeeds (docs/API.md 9)
                continue;
            }
            countValues.bind(1, found->id);
            const qint64 count = countValues.step() ? countValues.columnInt64(0) : 0;
            countValues.reset();
            if (count > 0 && !options.force) {
                addError(outcome.error, ErrorTitles::FieldInUse,
                         {change.location,
                          tr("Field '%1' still holds %n value(s); send force=1 to delete it "
                             "together with them",
                             nullptr, int(std::min<qint64>(count, INT_MAX)))
                              .arg(change.name)});
                continue;
            }
            sqlOk = check(change) && sqlOk;
            toDelete.append({found->id, change.name});
            outcome.valuesDeleted += count;
            ++outcome.deleted;
            continue;
        }
        if (found == existing.constEnd()) {
            sqlOk = check(change) && sqlOk;
            toPut.append(*change.definition);
            ++outcome.created;
            continue;
        }
        if (found->field == *change.definition) {
            ++outcome.unchanged;
            continue;
        }
        sqlOk = check(change) &&
                checkValues(accountId, found->id, found->field, change, rewrites, outcome.error) &&
                sqlOk;
        toPut.append(*change.definition);
        ++outcome.replaced;
    }
    if (!sqlOk || countValues.failed()) {
        outcome.error = DomainError::failed(DomainError::Kind::Internal, db->errorText());
        return outcome;
    }
    // A refusal by the rules comes first; a request they accept may still be stale.
    if (!outcome.error.isError() && !stamp.conflicts().isEmpty())
        outcome.error = DomainError::conflict(stamp.conflicts());
    if (outcome.error.isError()) {
        outcome.created = outcome.replaced = outcome.deleted = outcome.unchanged = 0;
        outcome.valuesConverted = outcome.valuesDeleted = 0;
        return outcome;
    }

    bool ok = true;
    SqlStatement remove(db, "DELETE FROM meta_fields WHERE id = ?1"); // values cascade
    for (const auto &[id, name] : std::as_const(toDelete)) {
        remove.bind(1, id);
        ok = ok && remove.exec() && stamp.removedField(name, id);
    }
    for (const MetaField &field : toPut) {
        ok = ok && m_store.putField(accountId, field, stamp.revision());
        stamp.changed();
    }
    SqlStatement update(db, "UPDATE meta_values SET value = ?4, revision = ?5 WHERE user_id = "
                            "?1 AND account_id = ?2 AND field_id = ?3");
    for (const Rewrite &r : rewrites) {
        if (!ok)
            break;
        update.bind(1, r.userId);
        update.bind(2, r.accountId);
        update.bind(3, r.fieldId);
        MetaValueCodec::bind(update, 4, r.type, r.value);
        update.bind(5, stamp.revision());
        ok = update.exec();
    }
    outcome.valuesConverted = rewrites.size();
    outcome.revision = stamp.after();
    if (ok && options.dryRun)
        return outcome; // the transaction rolls back as it ends
    if (!ok || !stamp.finish() || !transaction.commit()) {
        const QString why = remove.failed()   ? remove.errorText()
                            : update.failed() ? update.errorText()
                            : !ok             ? m_store.lastError()
                                              : transaction.errorText();
        SchemaOutcome failure;
        failure.error = DomainError::failed(
            transaction.isBusy() ? DomainError::Kind::Busy : DomainError::Kind::Internal, why);
        return failure;
    }
    outcome.revision = stamp.after();
    return outcome;
}
