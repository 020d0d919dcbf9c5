#pragma once

#include "RemoteConnection.h"
#include "Store.h"

#include <QUrlQuery>
#include <memory>

class RemoteHttp;
class RemoteApplyJob;
struct HttpRequestSpec;
struct HttpResult;

// The Store seam over a server that speaks docs/API.md (metadesk-server, a TLD CRM).
//
// A key reaches one account, which the server names (GET /api/egress/account): fetchAccounts()
// answers that one account. Once it is known, the accountId arguments of the other calls must be
// that account; the server scopes everything by the key anyway.
//
// Reads page by keyset (docs/API.md 7); applies run as RemoteApplyJob. One
// QNetworkAccessManager per store; a transfer timeout on every request; redirects only within
// the same scheme, host and port; every log line redacted.
class RemoteStore : public Store
{
    Q_OBJECT
public:
    explicit RemoteStore(const RemoteConnection &connection, const RemoteOptions &options = {},
                         QObject *parent = nullptr);
    ~RemoteStore() override;

    // Why a URL cannot be used at all (not http/https, no host); empty when it can.
    static QString urlProblem(const QUrl &url);
    // A warning for the UI when the key would travel unencrypted: plain http to a host that is
    // not this machine. Empty when there is nothing to warn about.
    static QString insecureUrlWarning(const QUrl &url);

    const RemoteConnection &connection() const;

    QString location() const override;
    bool isRemote() const override { return true; }
    void fetchAccounts(QObject *context, Callback<QList<Account>> done) override;
    void fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                    QObject *context, Callback<UserPage> done) override;
    // The egress sorts, filters by meta value and seeks by offset (docs/API.md 7).
    bool canSeek() const override { return true; }
    bool canQueryMeta() const override { return true; }
    void fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                      QObject *context, Callback<UserPage> done) override;
    // One GET /api/egress/user_meta/counts.
    void countFieldValues(qint64 accountId, QObject *context,
                          Callback<QHash<QString, qint64>> done) override;
    void fetchGroups(qint64 accountId, QObject *context, Callback<QList<UserGroup>> done) override;
    void fetchFields(qint64 accountId, QObject *context, Callback<QList<MetaField>> done) override;
    void fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                         const QStringList &fieldNames, QObject *context,
                         Callback<QHash<qint64, QJsonObject>> done) override;
    void fetchMetaValuePages(qint64 accountId, const QList<qint64> &userIds,
                             const QStringList &fieldNames, QObject *context,
                             Callback<MetaValuePages> done) override;
    using Store::apply;
    void fetchRevision(qint64 accountId, QObject *context, Callback<qint64> done) override;
    void fetchChanges(qint64 accountId, qint64 since, QObject *context,
                      Callback<ServerChanges> done) override;
    ApplyJob *apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema,
                    const ApplyOptions &options) override;
    PlanOptions planOptions() const override;
    void putFields(qint64 accountId, const QList<SchemaChange> &changes, SchemaWriteOptions options,
                   QObject *context, Callback<SchemaOutcome> done) override;

private:
    using Answer = std::function<void(const HttpResult &)>;
    // Sends a GET (or `spec`) and hands the result to `answer` while `context` lives.
    void get(const QString &pathAndQuery, QObject *context, const Answer &answer);
    void send(HttpRequestSpec spec, QObject *context, const Answer &answer);
    QString accountProblem(qint64 accountId) const;
    // The egress parameters of a query: q, group_id, meta.<field>, sort, order, from.
    static QUrlQuery usersQuery(const UserQuery &query);
    void fetchUserPage(qint64 accountId, QUrlQuery q, int limit, bool byOffset, QObject *context,
                       Callback<UserPage> done);

    void fetchChangePage(qint64 since, qint64 after, ServerChanges collected, QObject *context,
                         const Callback<ServerChanges> &done);
    void fetchGroupPage(qint64 after, QList<UserGroup> collected, QObject *context,
                        const Callback<QList<UserGroup>> &done);
    void fetchValueBatch(const QList<QList<qint64>> &batches, int batch, qint64 after,
                         const QString &fields, MetaValuePages collected, QObject *context,
                         const Callback<MetaValuePages> &done);

    std::shared_ptr<RemoteHttp> m_http;
    Account m_account; // the key's account, once fetchAccounts() has learnt it (id 0 before)
};
