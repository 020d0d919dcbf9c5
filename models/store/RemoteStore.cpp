#include "RemoteStore.h"
#include "domain/ApiContract.h"

#include "HttpCall.h"
#include "RemoteApplyJob.h"
#include "RemoteHttp.h"
#include "payload/JsonKeyOrder.h"
#include "payload/JsonWriter.h"
#include "payload/MetaFieldDefinitionParser.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <algorithm>

namespace {
const QString kAccountPath = QLatin1String(ApiContract::Paths::Account);
const QString kUsersPath = QLatin1String(ApiContract::Paths::Users);
const QString kGroupsPath = QLatin1String(ApiContract::Paths::UserGroups);
const QString kUserMetaPath = QLatin1String(ApiContract::Paths::UserMetaValues);
const QString kFieldsPath = QLatin1String(ApiContract::Paths::Fields);
const QString kPutFieldsPath = QLatin1String(ApiContract::Paths::PutFields);
const QString kChangesPath = QLatin1String(ApiContract::Paths::Changes);
const QString kCountsPath = QLatin1String(ApiContract::Paths::UserMetaCounts);
constexpr int kMaxLimit = ApiContract::kMaxPageSize;

QString withQuery(const QString &path, const QUrlQuery &query)
{
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

// `next` of a page: the `after` of the next one, or -1 at the end.
qint64 nextOf(const QJsonValue &next)
{
    if (next.isDouble())
        return next.toInteger();
    if (next.isString()) {
        bool ok = false;
        const qint64 n = next.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

qint64 nextOf(const QJsonObject &page)
{
    return nextOf(page.value(QStringLiteral("next")));
}

qint64 nextOf(const PayloadTree &page)
{
    const int next = page.member(PayloadTree::kRoot, "next");
    return next < 0 ? -1 : nextOf(page.toJsonValue(next));
}

qint64 idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

User userOf(const QJsonObject &o)
{
    User u;
    u.id = idOf(o.value(QStringLiteral("id")));
    u.firstName = o.value(QStringLiteral("first_name")).toString();
    u.lastName = o.value(QStringLiteral("last_name")).toString();
    u.middleName = o.value(QStringLiteral("middle_name")).toString();
    u.alias = o.value(QStringLiteral("alias")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.status = o.value(QStringLiteral("status")).toString();
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    for (const auto &g : groups)
        u.groups.append(idOf(g));
    return u;
}
} // namespace

RemoteStore::RemoteStore(const RemoteConnection &connection, const RemoteOptions &options,
                         QObject *parent)
    : Store(parent)
    , m_http(std::make_shared<RemoteHttp>(connection, options))
{}

RemoteStore::~RemoteStore() = default;

QString RemoteStore::urlProblem(const QUrl &url)
{
    if (!url.isValid())
        return tr("'%1' is not a valid URL.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The server URL must start with https:// (or http:// for this computer).");
    if (url.host().isEmpty())
        return tr("The server URL names no host.");
    if (!url.userInfo().isEmpty())
        return tr("Put the API id and key in their own fields, not in the URL.");
    return QString();
}

QString RemoteStore::insecureUrlWarning(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return QString();
    const QString host = url.host();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive) ||
        (!address.isNull() && address.isLoopback()))
        return QString();
    return tr("%1 is reached over plain http: the API key and all data travel unencrypted and "
              "can be read or changed by anyone on the way. Use https.")
        .arg(host);
}

const RemoteConnection &RemoteStore::connection() const
{
    return m_http->connection();
}

QString RemoteStore::location() const
{
    return m_http->connection().baseUrl.adjusted(QUrl::RemoveUserInfo).toString();
}

QString RemoteStore::accountProblem(qint64 accountId) const
{
    const qint64 own = m_account.id;
    if (own == 0 || accountId == own)
        return QString();
    return tr("This connection reaches account %1 only, not account %2.").arg(own).arg(accountId);
}

void RemoteStore::send(HttpRequestSpec spec, QObject *context, const Answer &answer)
{
    HttpCall *call = m_http->call(std::move(spec));
    const QPointer<QObject> guard(context);
    // The call belongs to the shared RemoteHttp; the answer is dropped if the context goes.
    connect(call, &HttpCall::finished, m_http.get(), [guard, answer](const HttpResult &result) {
        if (guard)
            answer(result);
    });
    call->start();
}

void RemoteStore::get(const QString &pathAndQuery, QObject *context, const Answer &answer)
{
    HttpRequestSpec spec;
    spec.path = pathAndQuery;
    send(std::move(spec), context, answer);
}

void RemoteStore::fetchAccounts(QObject *context, Callback<QList<Account>> done)
{
    const QPointer<QObject> guard(context);
    const QPointer<RemoteStore> self(this);
    // The key names its account: this proves the URL, the id and the key in one read.
    get(kAccountPath, context, [guard, self, done](const HttpResult &r) {
        if (!r.ok()) {
            reply<QList<Account>>(guard, done, {{}, ClientError::fromHttp(r)});
            return;
        }
        Account account;
        account.id = idOf(r.json.value(QStringLiteral("id")));
        account.name = r.json.value(QStringLiteral("name")).toString();
        const QJsonValue users = r.json.value(QStringLiteral("users"));
        account.users = users.isDouble() ? users.toInteger() : -1;
        if (account.id <= 0) {
            reply<QList<Account>>(guard, done,
                                  {{},
                                   ClientError::make(ClientError::Kind::Internal,
                                                     tr("The server did not say which account the "
                                                        "key belongs to (%1 gave no account id).")
                                                         .arg(kAccountPath))});
            return;
        }
        if (self)
            self->m_account = account;
        reply<QList<Account>>(guard, done, {{account}, {}});
    });
}

QUrlQuery RemoteStore::usersQuery(const UserQuery &query)
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key, ".~")),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!query.search.isEmpty())
        add(QStringLiteral("q"), query.search);
    if (query.groupId > 0)
        add(QStringLiteral("group_id"), QString::number(query.groupId));
    for (const MetaFilter &f : query.metaFilters()) {
        const QString key = QStringLiteral("meta.") + f.field;
        switch (f.match) {
        case MetaFilter::Match::Equals:
            add(key, f.text);
            break;
        case MetaFilter::Match::Contains:
            add(key + QLatin1Char('~'), f.text);
            break;
        case MetaFilter::Match::IsMissing:
            add(key, QStringLiteral(""));
            break;
        }
    }
    switch (query.sort) {
    case UserQuery::Sort::Id:
        break;
    case UserQuery::Sort::FirstName:
        add(QStringLiteral("sort"), QStringLiteral("first_name"));
        break;
    case UserQuery::Sort::LastName:
        add(QStringLiteral("sort"), QStringLiteral("last_name"));
        break;
    case UserQuery::Sort::Email:
        add(QStringLiteral("sort"), QStringLiteral("email"));
        break;
    case UserQuery::Sort::Status:
        add(QStringLiteral("sort"), QStringLiteral("status"));
        break;
    case UserQuery::Sort::Meta:
        add(QStringLiteral("sort"), QStringLiteral("meta.") + query.sortField);
        break;
    }
    if (query.descending)
        add(QStringLiteral("order"), QStringLiteral("desc"));
    if (query.fromEnd)
        add(QStringLiteral("from"), QStringLiteral("end"));
    return q;
}

void RemoteStore::fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                             QObject *context, Callback<UserPage> done)
{
    if (!query.isIdOrder()) {
        // Other orders page by position (docs/API.md 7): `after` means nothing there.
        if (after <= 0) {
            fetchUsersAt(accountId, query, 0, limit, context, std::move(done));
            return;
        }
        const QPointer<QObject> guard(context);
        QTimer::singleShot(0, m_http.get(), [guard, done] {
            reply<UserPage>(guard, done,
                            {{},
                             ClientError::make(ClientError::Kind::Internal,
                                               tr("Users in another order than by id are read "
                                                  "by position, not after an id."))});
        });
        return;
    }
    QUrlQuery q = usersQuery(query);
    if (after > 0)
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    fetchUserPage(accountId, q, limit, false, context, std::move(done));
}

void RemoteStore::fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                               QObject *context, Callback<UserPage> done)
{
    QUrlQuery q = usersQuery(query);
    q.addQueryItem(QStringLiteral("offset"), QString::number(qMax<qint64>(0, offset)));
    fetchUserPage(accountId, q, limit, true, context, std::move(done));
}

void RemoteStore::fetchUserPage(qint64 accountId, QUrlQuery q, int limit, bool byOffset,
                                QObject *context, Callback<UserPage> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<UserPage>(guard, done,
                            {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    q.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, kMaxLimit)));
    get(withQuery(kUsersPath, q), context, [guard, done, byOffset](const HttpResult &r) {
        if (!r.ok()) {
            reply<UserPage>(guard, done, {{}, ClientError::fromHttp(r)});
            return;
        }
        UserPage page;
        const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
        for (const auto &u : users)
            page.users.append(userOf(u.toObject()));
        page.total = r.json.value(QStringLiteral("total")).toInteger(-1);
        // An offset page's `next` is an offset, not an id: no keyset successor (as a file's).
        page.next = byOffset ? -1 : nextOf(r.json);
        reply<UserPage>(guard, done, {page, {}});
    });
}

void RemoteStore::countFieldValues(qint64 accountId, QObject *context,
                                   Callback<QHash<QString, qint64>> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<QHash<QString, qint64>>(
                guard, done, {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    get(kCountsPath, context, [guard, done](const HttpResult &r) {
        if (!r.ok()) {
            reply<QHash<QString, qint64>>(guard, done, {{}, ClientError::fromHttp(r)});
            return;
        }
        QHash<QString, qint64> counts;
        const QJsonObject object = r.json.value(QStringLiteral("counts")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            counts.insert(it.key(), it.value().toInteger());
        reply<QHash<QString, qint64>>(guard, done, {counts, {}});
    });
}

void RemoteStore::fetchGroups(qint64 accountId, QObject *context, Callback<QList<UserGroup>> done)
{
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        const QPointer<QObject> guard(context);
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<QList<UserGroup>>(guard, done,
                                    {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    fetchGroupPage(0, {}, context, done);
}

void RemoteStore::fetchGroupPage(qint64 after, QList<UserGroup> collected, QObject *context,
                                 const Callback<QList<UserGroup>> &done)
{
    const QPointer<QObject> guard(context);
    const QPointer<RemoteStore> self(this);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kMaxLimit));
    if (after > 0)
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    get(withQuery(kGroupsPath, q), context,
        [self, guard, done, collected](const HttpResult &r) mutable {
            if (!r.ok()) {
                reply<QList<UserGroup>>(guard, done, {{}, ClientError::fromHttp(r)});
                return;
            }
            const QJsonArray groups = r.json.value(QStringLiteral("user_groups")).toArray();
            for (const auto &v : groups) {
                const QJsonObject o = v.toObject();
                collected.append({idOf(o.value(QStringLiteral("id"))),
                                  o.value(QStringLiteral("name")).toString(),
                                  o.value(QStringLiteral("members")).toInteger()});
            }
            const qint64 next = nextOf(r.json);
            if (next >= 0 && self && !groups.isEmpty()) {
                self->fetchGroupPage(next, collected, guard.data(), done);
                return;
            }
            // Pages come in id order; listed as a file lists them.
            std::sort(collected.begin(), collected.end(), UserGroup::listedBefore);
            reply<QList<UserGroup>>(guard, done, {collected, {}});
        });
}

void RemoteStore::fetchRevision(qint64 accountId, QObject *context, Callback<qint64> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<qint64>(guard, done,
                          {-1, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    // The smallest egress answer; every one carries the revision (docs/API.md 10).
    get(kAccountPath, context, [guard, done](const HttpResult &r) {
        if (!r.ok()) {
            reply<qint64>(guard, done, {-1, ClientError::fromHttp(r)});
            return;
        }
        const QJsonValue revision = r.json.value(QStringLiteral("revision"));
        if (!revision.isDouble() || revision.toInteger(-1) < 0) {
            reply<qint64>(guard, done,
                          {-1, ClientError::make(ClientError::Kind::Unsupported,
                                                 tr("The server does not count revisions (%1 "
                                                    "gave none): it cannot tell what changed "
                                                    "since a copy was taken.")
                                                     .arg(kAccountPath))});
            return;
        }
        reply<qint64>(guard, done, {revision.toInteger(), {}});
    });
}

void RemoteStore::fetchChanges(qint64 accountId, qint64 since, QObject *context,
                               Callback<ServerChanges> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<ServerChanges>(guard, done,
                                 {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    fetchChangePage(since, 0, {}, context, done);
}

void RemoteStore::fetchChangePage(qint64 since, qint64 after, ServerChanges collected,
                                  QObject *context, const Callback<ServerChanges> &done)
{
    const QPointer<QObject> guard(context);
    const QPointer<RemoteStore> self(this);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kMaxLimit));
    if (after > 0)
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    get(withQuery(kChangesPath, q), context,
        [self, guard, done, since, after, collected](const HttpResult &r) mutable {
            if (!r.ok()) {
                reply<ServerChanges>(guard, done, {{}, ClientError::fromHttp(r)});
                return;
            }
            // The first page's revision is the one to ask from next time: a change made while
            // the later pages are read is then seen again rather than missed.
            if (after == 0)
                collected.revision = r.json.value(QStringLiteral("revision")).toInteger();
            QStringList problems;
            for (const auto &v : r.json.value(QStringLiteral("meta")).toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonValue value = o.value(QStringLiteral("value"));
                collected.values.append(
                    {idOf(o.value(QStringLiteral("user_id"))),
                     o.value(QStringLiteral("field")).toString(),
                     value.isNull() ? std::nullopt : std::optional<QJsonValue>(value),
                     o.value(QStringLiteral("revision")).toInteger()});
            }
            for (const auto &v : r.json.value(QStringLiteral("memberships")).toArray()) {
                const QJsonObject o = v.toObject();
                collected.memberships.append({idOf(o.value(QStringLiteral("user_id"))),
                                              idOf(o.value(QStringLiteral("group_id"))),
                                              o.value(QStringLiteral("member")).toBool(),
                                              o.value(QStringLiteral("revision")).toInteger()});
            }
            for (const auto &v : r.json.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString name = o.value(QStringLiteral("name")).toString();
                const QJsonValue definition = o.value(QStringLiteral("definition"));
                ServerChanges::Field field{name, std::nullopt,
                                           o.value(QStringLiteral("revision")).toInteger()};
                if (!definition.isNull()) {
                    // Definitions from another program: checked like any input.
                    const MetaFieldDefinition parsed = MetaFieldDefinitionParser::parse(
                        name, definition, QStringLiteral("fields.") + name);
                    for (const ErrorDetail &d : parsed.errors)
                        problems << d.location + QStringLiteral(": ") + d.message;
                    field.definition = parsed.field;
                }
                collected.fields.append(field);
            }
            if (!problems.isEmpty()) {
                reply<ServerChanges>(
                    guard, done,
                    {{},
                     ClientError::make(ClientError::Kind::Internal,
                                       tr("The server sent field definitions that cannot be "
                                          "used: %1")
                                           .arg(problems.join(QStringLiteral("; "))))});
                return;
            }
            const qint64 next = nextOf(r.json);
            if (next > after && self) {
                self->fetchChangePage(since, next, collected, guard.data(), done);
                return;
            }
            reply<ServerChanges>(guard, done, {collected, {}});
        });
}

void RemoteStore::fetchFields(qint64 accountId, QObject *context, Callback<QList<MetaField>> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        reply<QList<MetaField>>(guard, done,
                                {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        return;
    }
    get(kFieldsPath, context, [guard, done](const HttpResult &r) {
        if (!r.ok()) {
            reply<QList<MetaField>>(guard, done, {{}, ClientError::fromHttp(r)});
            return;
        }
        // Definitions from another program: checked like any input, every problem named.
        QList<MetaField> fields;
        QStringList problems;
        const QJsonObject definitions = r.json.value(QStringLiteral("fields")).toObject();
        // In the order the server wrote them (its display order): QJsonObject sorts its keys.
        QStringList names = JsonKeyOrder::memberKeys(r.body, QStringLiteral("fields"));
        names.removeDuplicates();
        if (names.size() != definitions.size())
            names = definitions.keys();
        for (const QString &name : std::as_const(names)) {
            const QJsonValue definition = definitions.value(name);
            const MetaFieldDefinition parsed = MetaFieldDefinitionParser::parse(
                name, definition, QStringLiteral("fields.") + name);
            if (!parsed.ok()) {
                for (const ErrorDetail &d : parsed.errors)
                    problems << d.location + QStringLiteral(": ") + d.message;
                continue;
            }
            fields.append(parsed.field);
        }
        if (!problems.isEmpty()) {
            reply<QList<MetaField>>(
                guard, done,
                {{},
                 ClientError::make(ClientError::Kind::Internal,
                                   tr("The server sent field definitions that cannot be "
                                      "used: %1")
                                       .arg(problems.join(QStringLiteral("; "))))});
            return;
        }
        reply<QList<MetaField>>(guard, done, {fields, {}});
    });
}

void RemoteStore::fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                                  const QStringList &fieldNames, QObject *context,
                                  Callback<QHash<qint64, QJsonObject>> done)
{
    fetchMetaValuePages(accountId, userIds, fieldNames, context,
                        [done](const StoreReply<MetaValuePages> &pages) {
                            done({pages.value.toHash(), pages.error});
                        });
}

void RemoteStore::fetchMetaValuePages(qint64 accountId, const QList<qint64> &userIds,
                                      const QStringList &fieldNames, QObject *context,
                                      Callback<MetaValuePages> done)
{
    const QPointer<QObject> guard(context);
    const QString problem = accountProblem(accountId);
    if (!problem.isEmpty() || userIds.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<MetaValuePages>(guard, done,
                                  {{},
                                   problem.isEmpty()
                                       ? ClientError()
                                       : ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    // Ids travel in the query string: batches keep URLs short.
    QList<QList<qint64>> batches;
    const int perBatch = qMax(1, m_http->options().maxIdsPerRequest);
    for (qsizetype i = 0; i < userIds.size(); i += perBatch)
        batches.append(userIds.mid(i, perBatch));
    fetchValueBatch(batches, 0, 0, fieldNames.join(QLatin1Char(',')), {}, context, done);
}

void RemoteStore::fetchValueBatch(const QList<QList<qint64>> &batches, int batch, qint64 after,
                                  const QString &fields, MetaValuePages collected, QObject *context,
                                  const Callback<MetaValuePages> &done)
{
    const QPointer<QObject> guard(context);
    const QPointer<RemoteStore> self(this);
    QStringList ids;
    for (const qint64 id : batches.at(batch))
        ids << QString::number(id);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user_id"), ids.join(QLatin1Char(',')));
    if (!fields.isEmpty())
        q.addQueryItem(QStringLiteral("field"),
                       QString::fromLatin1(QUrl::toPercentEncoding(fields, ",")));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kMaxLimit));
    if (after > 0)
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    HttpRequestSpec spec;
    spec.path = withQuery(kUserMetaPath, q);
    spec.answerAsTree = true;
    send(std::move(spec), context,
         [self, guard, done, batches, batch, fields, collected](const HttpResult &r) mutable {
             if (!r.ok()) {
                 reply<MetaValuePages>(guard, done, {{}, ClientError::fromHttp(r)});
                 return;
             }
             const qint64 next = nextOf(r.tree);
             const int users = r.tree.member(PayloadTree::kRoot, "users");
             const bool more = users >= 0 && r.tree.childCount(users) > 0;
             collected.append(r.tree);
             if (self && next >= 0 && more) {
                 self->fetchValueBatch(batches, batch, next, fields, collected, guard.data(), done);
                 return;
             }
             if (self && batch + 1 < batches.size()) {
                 self->fetchValueBatch(batches, batch + 1, 0, fields, collected, guard.data(),
                                       done);
                 return;
             }
             reply<MetaValuePages>(guard, done, {collected, {}});
         });
}

ApplyJob *RemoteStore::apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema,
                             const ApplyOptions &applyOptions)
{
    PlanOptions options = planOptions();
    options.schema = schema;
    auto *job = new RemoteApplyJob(m_http, edits, options);
    job->setIfMatch(applyOptions.ifMatchRevision);
    const QString problem = accountProblem(accountId);
    if (!problem.isEmpty())
        job->startRefused(problem);
    else
        job->start();
    return job;
}

PlanOptions RemoteStore::planOptions() const
{
    return RemoteApplyJob::planOptions(m_http->options());
}

void RemoteStore::putFields(qint64 accountId, const QList<SchemaChange> &changes,
                            SchemaWriteOptions options, QObject *context,
                            Callback<SchemaOutcome> done)
{
    const QPointer<QObject> guard(context);
    if (const QString problem = accountProblem(accountId); !problem.isEmpty()) {
        QTimer::singleShot(0, m_http.get(), [guard, done, problem] {
            reply<SchemaOutcome>(guard, done,
                                 {{}, ClientError::make(ClientError::Kind::Internal, problem)});
        });
        return;
    }
    QJsonObject fields;
    for (const SchemaChange &c : changes)
        fields.insert(c.name, c.definition ? QJsonValue(c.definition->toJson())
                                           : QJsonValue(QJsonValue::Null));
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("PUT");
    QUrlQuery query;
    if (options.force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    if (options.dryRun)
        query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("1"));
    spec.path = withQuery(kPutFieldsPath, query);
    spec.contentType = QByteArrayLiteral("application/json");
    spec.body = JsonWriter::compact(QJsonObject{{QStringLiteral("fields"), fields}});
    spec.retry = HttpRequestSpec::Retry::Idempotent; // a PUT (docs/API.md 9)
    send(std::move(spec), context, [guard, done](const HttpResult &r) {
        SchemaOutcome outcome;
        const ClientError error = ClientError::fromHttp(r);
        if (error.kind == ClientError::Kind::Refused) {
            // A refusal by the rules is an answer, not a failure to talk: the outcome carries
            // it, as a file's would.
            outcome.error = {DomainError::Kind::Refused, r.apiError.title, r.apiError.details};
            reply<SchemaOutcome>(guard, done, {outcome, {}});
            return;
        }
        if (!r.ok()) {
            reply<SchemaOutcome>(guard, done, {{}, error});
            return;
        }
        outcome.created = r.json.value(QStringLiteral("created")).toInt();
        outcome.replaced = r.json.value(QStringLiteral("replaced")).toInt();
        outcome.deleted = r.json.value(QStringLiteral("deleted")).toInt();
        outcome.unchanged = r.json.value(QStringLiteral("unchanged")).toInt();
        outcome.valuesConverted = r.json.value(QStringLiteral("values_converted")).toInteger();
        outcome.valuesDeleted = r.json.value(QStringLiteral("values_deleted")).toInteger();
        reply<SchemaOutcome>(guard, done, {outcome, {}});
    });
}
