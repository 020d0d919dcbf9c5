#include "EgressHandler.h"

#include "payload/IdReader.h"
#include "payload/JsonWriter.h"
#include "payload/ValueValidator.h"
#include "store/ChangeLog.h"
#include "store/SqlStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

// A parameter as text: query strings carry text, a JSON body may carry numbers.
QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

// `user_id` / `field`: a csv string or a list; each item with the position it was sent at.
QList<QPair<int, QJsonValue>> listItems(const QJsonValue &v)
{
    QList<QPair<int, QJsonValue>> items;
    QList<QJsonValue> raw;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        raw = QList<QJsonValue>(a.begin(), a.end());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            raw.append(it.value());
    } else if (v.isDouble()) {
        raw.append(v);
    } else if (v.isString()) {
        for (const QString &part : v.toString().split(QLatin1Char(',')))
            raw.append(part);
    }
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i).isString() && raw.at(i).toString().trimmed().isEmpty())
            continue;
        items.append({i, raw.at(i)});
    }
    return items;
}

QJsonValue nextValue(bool more, qint64 lastId)
{
    return more ? QJsonValue(lastId) : QJsonValue(QJsonValue::Null);
}

} // namespace

EgressHandler::EgressHandler(SqlStore &store)
    : m_store(store)
{}

EgressHandler::Page EgressHandler::readPage(const QJsonObject &parameters)
{
    Page page;
    const auto refuse = [&page](const QString &location, const QString &message) {
        page.error.status = 400;
        page.error.title = QString::fromLatin1(ErrorTitles::BadRequest);
        page.error.details.append({location, message});
    };
    const QString limit = text(parameters.value(QStringLiteral("limit"))).trimmed();
    if (!limit.isEmpty()) {
        bool ok = false;
        const qint64 n = limit.toLongLong(&ok);
        if (!ok || n < 1)
            refuse(QStringLiteral("limit"),
                   tr("limit must be a whole number from 1 to %1, not '%2'")
                       .arg(kMaxLimit)
                       .arg(limit));
        else
            page.limit = int(std::min<qint64>(n, kMaxLimit)); // more than the maximum: the maximum
    }
    const QString after = text(parameters.value(QStringLiteral("after"))).trimmed();
    if (!after.isEmpty()) {
        bool ok = false;
        page.after = after.toLongLong(&ok);
        if (!ok || page.after < 0)
            refuse(QStringLiteral("after"),
                   tr("after must be the last id of the previous page, not '%1'").arg(after));
    }
    return page;
}

EgressHandler::Order EgressHandler::readOrder(const QJsonObject &parameters,
                                              const QList<MetaField> &fields)
{
    Order order;
    const auto refuse = [&order](const QString &title, const QString &location,
                                 const QString &message) {
        order.error.status = 400;
        if (order.error.title.isEmpty())
            order.error.title = title;
        order.error.details.append({location, message});
    };
    const QString badRequest = QString::fromLatin1(ErrorTitles::BadRequest);
    const QString sort = text(parameters.value(QStringLiteral("sort"))).trimmed();
    static const QList<QPair<QString, UserQuery::Sort>> columns{
        {QStringLiteral("id"), UserQuery::Sort::Id},
        {QStringLiteral("first_name"), UserQuery::Sort::FirstName},
        {QStringLiteral("last_name"), UserQuery::Sort::LastName},
        {QStringLiteral("email"), UserQuery::Sort::Email},
        {QStringLiteral("status"), UserQuery::Sort::Status}};
    const QString metaPrefix = QStringLiteral("meta.");
    const auto find = [&fields](const QString &name) -> const MetaField * {
        const auto it = std::find_if(fields.begin(), fields.end(),
                                     [&name](const MetaField &f) { return f.name == name; });
        return it == fields.end() ? nullptr : &*it;
    };
    if (sort.startsWith(metaPrefix)) {
        const QString field = sort.mid(metaPrefix.size());
        if (find(field)) {
            order.query.sort = UserQuery::Sort::Meta;
            order.query.sortField = field;
        } else {
            refuse(QString::fromLatin1(ErrorTitles::InvalidFields), QStringLiteral("sort"),
                   tr("Unknown meta field '%1'").arg(field));
        }
    } else if (!sort.isEmpty()) {
        const auto column = std::find_if(
            columns.begin(), columns.end(),
            [&sort](const QPair<QString, UserQuery::Sort> &c) { return c.first == sort; });
        if (column != columns.end())
            order.query.sort = column->second;
        else
            refuse(badRequest, QStringLiteral("sort"),
                   tr("sort must be id, first_name, last_name, email, status or meta.<field>, "
                      "not '%1'")
                       .arg(sort));
    }
    const QString direction = text(parameters.value(QStringLiteral("order"))).trimmed();
    if (direction == QLatin1String("desc"))
        order.query.descending = true;
    else if (!direction.isEmpty() && direction != QLatin1String("asc"))
        refuse(badRequest, QStringLiteral("order"),
               tr("order must be asc or desc, not '%1'").arg(direction));
    const QString from = text(parameters.value(QStringLiteral("from"))).trimmed();
    if (from == QLatin1String("end"))
        order.query.fromEnd = true;
    else if (!from.isEmpty() && from != QLatin1String("start"))
        refuse(badRequest, QStringLiteral("from"),
               tr("from must be start or end, not '%1'").arg(from));
    const QString offset = text(parameters.value(QStringLiteral("offset"))).trimmed();
    if (!offset.isEmpty()) {
        bool ok = false;
        order.offset = offset.toLongLong(&ok);
        order.byOffset = true;
        if (!ok || order.offset < 0)
            refuse(badRequest, QStringLiteral("offset"),
                   tr("offset must be a whole number from 0, not '%1'").arg(offset));
        else if (parameters.contains(QStringLiteral("after")))
            refuse(badRequest, QStringLiteral("offset"),
                   tr("give either offset or after, not both"));
    }
    if (!order.query.isIdOrder()) {
        // Keyset paging follows ascending ids only; any other order is paged by position.
        order.byOffset = true;
        if (parameters.contains(QStringLiteral("after")))
            refuse(badRequest, QStringLiteral("after"),
                   tr("after pages users in ascending id order only; use offset with sort, "
                      "order or from"));
    }
    // meta.<field>=<value>, meta.<field>~=<text>, meta.<field>= (holds no value).
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!it.key().startsWith(metaPrefix))
            continue;
        MetaFilter filter;
        filter.field = it.key().mid(metaPrefix.size());
        filter.text = text(it.value());
        if (filter.field.endsWith(QLatin1Char('~'))) {
            filter.field.chop(1);
            filter.match = MetaFilter::Match::Contains;
        } else if (filter.text.isEmpty()) {
            filter.match = MetaFilter::Match::IsMissing;
        }
        if (!it.value().isString() && !it.value().isDouble()) {
            refuse(badRequest, it.key(), tr("a meta filter takes one value as text"));
            continue;
        }
        const MetaField *field = find(filter.field);
        if (!field) {
            refuse(QString::fromLatin1(ErrorTitles::InvalidFields), it.key(),
                   tr("Unknown meta field '%1'").arg(filter.field));
            continue;
        }
        // Equals reads the text as the field's type ("42" is the integer 42): it must fit.
        if (filter.match == MetaFilter::Match::Equals) {
            const ValueCheck check = ValueValidator::check(*field, filter.text);
            if (!check.ok) {
                refuse(QString::fromLatin1(ErrorTitles::InvalidValues), it.key(), check.message);
                continue;
            }
        }
        order.query.moreMeta.append(filter);
    }
    return order;
}

ApiResponse EgressHandler::users(qint64 accountId, const QJsonObject &parameters)
{
    const Page page = readPage(parameters);
    const QList<MetaField> fields = m_store.fields(accountId);
    Order order = readOrder(parameters, fields);
    // Every problem of the request at once, the page's first.
    if (page.error.isError() || order.error.isError()) {
        ApiError all = page.error.isError() ? page.error : order.error;
        if (page.error.isError())
            all.details.append(order.error.details);
        return ApiResponse::error(all);
    }
    UserQuery &query = order.query;
    query.search = text(parameters.value(QStringLiteral("q"))).trimmed();
    const QString group = text(parameters.value(QStringLiteral("group_id"))).trimmed();
    if (!group.isEmpty()) {
        const IdReader::Result id = IdReader::read(group);
        if (!id.ok())
            return ApiResponse::error(400, ErrorTitles::BadRequest,
                                      tr("invalid group id: %1").arg(id.problem),
                                      QStringLiteral("group_id"));
        const QList<UserGroup> groups = m_store.groups(accountId);
        if (std::none_of(groups.begin(), groups.end(),
                         [&](const UserGroup &g) { return g.id == id.id; }))
            return ApiResponse::error(400, ErrorTitles::CouldNotFindGroups,
                                      tr("User group %1 was not found in this account").arg(id.id),
                                      QStringLiteral("group_id"));
        query.groupId = id.id;
    }
    // One more than asked tells whether there is a next page without a second query.
    QString error;
    QList<User> users = m_store.users(accountId, query, order.byOffset ? 0 : page.after,
                                      page.limit + 1, order.offset, &error);
    const qint64 total = error.isEmpty() ? m_store.countUsers(accountId, query, &error) : 0;
    if (!error.isEmpty()) // the parameters were checked: the file failed
        return ApiResponse::error(500, ErrorTitles::InternalError, error);
    const bool more = users.size() > page.limit;
    if (more)
        users.removeLast();
    QJsonArray list;
    for (const User &u : users) {
        QJsonArray groups;
        for (qint64 g : u.groups)
            groups.append(g);
        list.append(QJsonObject{{QStringLiteral("id"), u.id},
                                {QStringLiteral("first_name"), u.firstName},
                                {QStringLiteral("last_name"), u.lastName},
                                {QStringLiteral("middle_name"), u.middleName},
                                {QStringLiteral("alias"), u.alias},
                                {QStringLiteral("email"), u.email},
                                {QStringLiteral("status"), u.status},
                                {QStringLiteral("groups"), groups}});
    }
    const qint64 next =
        order.byOffset ? order.offset + users.size() : (users.isEmpty() ? 0 : users.last().id);
    ApiResponse r = ApiResponse::json(QJsonObject{{QStringLiteral("users"), list},
                                                  {QStringLiteral("total"), total},
                                                  {QStringLiteral("next"), nextValue(more, next)}});
    r.entries = users.size();
    return r;
}

ApiResponse EgressHandler::counts(qint64 accountId)
{
    QString error;
    const QHash<QString, qint64> counts = m_store.countValuesPerField(accountId, &error);
    if (!error.isEmpty())
        return ApiResponse::error(500, ErrorTitles::InternalError, error);
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    ApiResponse r = ApiResponse::json(QJsonObject{{QStringLiteral("counts"), object}});
    r.entries = object.size();
    return r;
}

ApiResponse EgressHandler::userGroups(qint64 accountId, const QJsonObject &parameters)
{
    const Page page = readPage(parameters);
    if (page.error.isError())
        return ApiResponse::error(page.error);
    QList<UserGroup> groups = m_store.groups(accountId);
    // Keyset paging needs the id order; an account has tens of groups, not millions.
    std::sort(groups.begin(), groups.end(),
              [](const UserGroup &a, const UserGroup &b) { return a.id < b.id; });
    QJsonArray list;
    qint64 last = 0;
    bool more = false;
    for (const UserGroup &g : groups) {
        if (g.id <= page.after)
            continue;
        if (list.size() == page.limit) {
            more = true;
            break;
        }
        list.append(QJsonObject{{QStringLiteral("id"), g.id},
                                {QStringLiteral("name"), g.name},
                                {QStringLiteral("members"), g.members}});
        last = g.id;
    }
    ApiResponse r = ApiResponse::json(QJsonObject{{QStringLiteral("user_groups"), list},
                                                  {QStringLiteral("next"), nextValue(more, last)}});
    r.entries = list.size();
    return r;
}

ApiResponse EgressHandler::userMeta(qint64 accountId, const QJsonObject &parameters)
{
    const Page page = readPage(parameters);
    if (page.error.isError())
        return ApiResponse::error(page.error);
    ApiError error;
    QList<qint64> userIds;
    for (const auto &[position, value] : listItems(parameters.value(QStringLiteral("user_id")))) {
        const IdReader::Result id = IdReader::read(value);
        if (id.ok()) {
            userIds.append(id.id);
        } else {
            error.title = QString::fromLatin1(ErrorTitles::InvalidUsers);
            error.details.append({QStringLiteral("user_id.%1").arg(position),
                                  tr("invalid user id: %1").arg(id.problem)});
        }
    }
    QStringList fieldNames;
    QStringList known;
    for (const MetaField &f : m_store.fields(accountId))
        known.append(f.name);
    for (const auto &[position, value] : listItems(parameters.value(QStringLiteral("field")))) {
        const QString name = text(value).trimmed();
        if (known.contains(name)) {
            fieldNames.append(name);
            continue;
        }
        if (error.title.isEmpty())
            error.title = QString::fromLatin1(ErrorTitles::InvalidFields);
        error.details.append(
            {QStringLiteral("field.%1").arg(position), tr("Unknown meta field '%1'").arg(name)});
    }
    if (error.isError())
        return ApiResponse::error(error);

    const QHash<qint64, QJsonObject> values =
        m_store.metaValues(accountId, userIds, fieldNames, page.after, page.limit + 1);
    QList<qint64> ids = values.keys();
    std::sort(ids.begin(), ids.end());
    const bool more = ids.size() > page.limit;
    if (more)
        ids.removeLast();
    // Written by hand: a QJsonObject with thousands of keys is built in quadratic time.
    QByteArray body = QByteArrayLiteral("{\"users\":{");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append('"').append(QByteArray::number(ids.at(i))).append("\":");
        body.append(JsonWriter::compact(values.value(ids.at(i))));
    }
    body.append("},\"next\":");
    body.append(more ? QByteArray::number(ids.last()) : QByteArrayLiteral("null"));
    body.append('}');
    ApiResponse r;
    r.body = body;
    r.entries = ids.size();
    return r;
}

ApiResponse EgressHandler::account(qint64 accountId)
{
    const std::optional<Account> account = m_store.findAccount(QString::number(accountId));
    if (!account)
        return ApiResponse::error(500, ErrorTitles::InternalError,
                                  tr("the key's account %1 no longer exists").arg(accountId));
    return ApiResponse::json(
        QJsonObject{{QStringLiteral("id"), account->id},
                    {QStringLiteral("name"), account->name},
                    {QStringLiteral("users"), m_store.countUsers(accountId, {})}});
}

ApiResponse EgressHandler::changes(qint64 accountId, const QJsonObject &parameters)
{
    const Page page = readPage(parameters);
    if (page.error.isError())
        return ApiResponse::error(page.error);
    const QString sinceText = text(parameters.value(QStringLiteral("since"))).trimmed();
    bool ok = false;
    const qint64 since = sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return ApiResponse::error(
            400, ErrorTitles::BadRequest,
            sinceText.isEmpty()
                ? tr("since is missing: give the revision of the copy, 0 for everything")
                : tr("since must be a revision (a whole number from 0), not '%1'").arg(sinceText),
            QStringLiteral("since"));
    const ChangeLog::Page read = ChangeLog(m_store).read(accountId, since, page.after, page.limit);
    if (!read.error.isEmpty())
        return ApiResponse::error(500, ErrorTitles::InternalError, read.error);
    if (read.expired)
        return ApiResponse::error(
            410, ErrorTitles::ChangesExpired,
            tr("changes before revision %1 are no longer kept; take a fresh copy").arg(since + 1),
            QStringLiteral("since"));
    QJsonArray meta;
    for (const ServerChanges::Value &v : read.changes.values)
        meta.append(QJsonObject{{QStringLiteral("user_id"), v.userId},
                                {QStringLiteral("field"), v.field},
                                {QStringLiteral("value"), v.value.value_or(QJsonValue::Null)},
                                {QStringLiteral("revision"), v.revision}});
    QJsonArray memberships;
    for (const ServerChanges::Membership &m : read.changes.memberships)
        memberships.append(QJsonObject{{QStringLiteral("user_id"), m.userId},
                                       {QStringLiteral("group_id"), m.groupId},
                                       {QStringLiteral("member"), m.member},
                                       {QStringLiteral("revision"), m.revision}});
    QJsonArray fields;
    for (const ServerChanges::Field &f : read.changes.fields)
        fields.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("definition"),
             f.definition ? QJsonValue(f.definition->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("revision"), f.revision}});
    ApiResponse r = ApiResponse::json(
        QJsonObject{{QStringLiteral("revision"), read.changes.revision},
                    {QStringLiteral("next"), read.next ? QJsonValue(*read.next) : QJsonValue()},
                    {QStringLiteral("meta"), meta},
                    {QStringLiteral("memberships"), memberships},
                    {QStringLiteral("fields"), fields}});
    r.withRevision(read.changes.revision);
    r.entries = meta.size() + memberships.size() + fields.size();
    return r;
}

ApiResponse EgressHandler::fields(qint64 accountId)
{
    // Written by hand in the schema's display order: a QJsonObject would sort the names, and a
    // client lists the fields (and its columns) in the order the keys come.
    const QList<MetaField> list = m_store.fields(accountId);
    QByteArray body = QByteArrayLiteral("{\"fields\":{");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            body.append(',');
        JsonWriter::appendString(body, list.at(i).name);
        body.append(':');
        body.append(JsonWriter::compact(list.at(i).toJson()));
    }
    body.append("},\"next\":null}");
    ApiResponse r;
    r.body = body;
    r.entries = list.size();
    return r;
}
