#include "Store.h"

#include "FieldValueCounter.h"

// Callbacks are taken by value in the seam so that stores can keep them for later answers.
void Store::fetchUsersAt(qint64, const UserQuery &, qint64, int, QObject *context,
                         Callback<UserPage> done) // NOLINT(performance-unnecessary-value-param)
{
    reply<UserPage>(context, done,
                    {{},
                     ClientError::make(ClientError::Kind::Internal,
                                       tr("This store cannot jump to a position."))});
}

void Store::countFieldValues(
    qint64 accountId, QObject *context,
    Callback<QHash<QString, qint64>> done) // NOLINT(performance-unnecessary-value-param)
{
    // The counter lives as long as the store or until it answered.
    auto *counter = new FieldValueCounter(this, accountId, this);
    const QPointer<QObject> guard(context);
    connect(counter, &FieldValueCounter::finished, this, [counter, guard, done] {
        counter->deleteLater();
        reply<QHash<QString, qint64>>(guard, done, {counter->counts(), counter->error()});
    });
    counter->start();
}

void Store::fetchMetaValuePages(
    qint64 accountId, const QList<qint64> &userIds, const QStringList &fieldNames, QObject *context,
    Callback<MetaValuePages> done) // NOLINT(performance-unnecessary-value-param)
{
    fetchMetaValues(accountId, userIds, fieldNames, context,
                    [done](const StoreReply<QHash<qint64, QJsonObject>> &values) {
                        done({MetaValuePages::fromHash(values.value), values.error});
                    });
}

PlanOptions Store::planOptions() const
{
    // A file sends nothing; its preview shows what a server connection sends by default: JSON,
    // within the limits of docs/API.md.
    PlanOptions options;
    options.compile.encoding = PayloadEncoding::Json;
    return options;
}

void Store::fetchOfflineOrigin(
    QObject *context,
    Callback<OfflineOrigin> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<OfflineOrigin>(context, done, {});
}

void Store::fetchChangesToSend(
    qint64, QObject *context,
    Callback<QList<SyncRow>> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<QList<SyncRow>>(context, done, {});
}

void Store::revertChanges(qint64, const QList<SyncPlace> &, QObject *context,
                          Callback<bool> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<bool>(context, done, {false, notACopy()});
}

void Store::settle(qint64, const QList<SyncRow> &, const QList<SyncRow> &, std::optional<qint64>,
                   QObject *context,
                   Callback<bool> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<bool>(context, done, {false, notACopy()});
}

void Store::fetchRevision(qint64, QObject *context,
                          Callback<qint64> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<qint64>(context, done,
                        {-1, ClientError::make(ClientError::Kind::Internal,
                                               tr("This store does not count revisions."))});
}

void Store::compareWithServer(
    qint64, const ServerChanges &, QObject *context,
    Callback<SyncComparison> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<SyncComparison>(context, done, {{}, notACopy()});
}

void Store::takeServerFields(
    qint64, const QList<ServerChanges::Field> &, QObject *context,
    Callback<QStringList> done) // NOLINT(performance-unnecessary-value-param)
{
    answerLater<QStringList>(context, done, {{}, notACopy()});
}

ClientError Store::notACopy()
{
    return ClientError::make(ClientError::Kind::Refused, tr("This is not an offline copy."));
}
