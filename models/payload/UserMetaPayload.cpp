#include "UserMetaPayload.h"

#include "IdReader.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {

const QString kUsers = QStringLiteral("users");
const QString kFields = QStringLiteral("fields");
const QString kUserId = QStringLiteral("user_id");
const QString kField = QStringLiteral("field");
const QString kValue = QStringLiteral("value");

int titleRank(const QString &title)
{
    static const char *const order[] = {ErrorTitles::IncorrectFormat, ErrorTitles::MissingData,
                                        ErrorTitles::InvalidUsers, ErrorTitles::InvalidFields,
                                        ErrorTitles::InvalidValues};
    for (int i = 0; i < 5; ++i) {
        if (title == QLatin1String(order[i]))
            return i;
    }
    return 5;
}

QString dotted(const QString &a, const QString &b)
{
    return a + QLatin1Char('.') + b;
}

// Collects the problems of one document by class, so the title can name the first class.
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(UserMetaPayload)
public:
    QList<ErrorDetail> format, missing, users, fields;

    ApiError toError() const
    {
        ApiError e;
        UserMetaPayload::addErrors(e, ErrorTitles::IncorrectFormat, format);
        UserMetaPayload::addErrors(e, ErrorTitles::MissingData, missing);
        UserMetaPayload::addErrors(e, ErrorTitles::InvalidUsers, users);
        UserMetaPayload::addErrors(e, ErrorTitles::InvalidFields, fields);
        return e;
    }

    // `where` makes the location only when there is a problem: a million good entries should
    // not build a million location strings.
    template<typename Where>
    bool readUser(const QJsonValue &raw, const Where &where, qint64 *id)
    {
        const IdReader::Result r = IdReader::read(raw);
        if (!r.ok()) {
            users.append({where(), tr("invalid user id: %1").arg(r.problem)});
            return false;
        }
        *id = r.id;
        return true;
    }

    template<typename Where>
    bool readUser(const PayloadTree &tree, int node, const Where &where, qint64 *id)
    {
        if (tree.kind(node) == PayloadTree::Kind::String)
            return readUser(QString::fromUtf8(tree.text(node)), where, id);
        return readUser(tree.toJsonValue(node), where, id);
    }

    template<typename Where>
    bool readUser(const QString &text, const Where &where, qint64 *id)
    {
        const IdReader::Result r = IdReader::readText(text);
        if (!r.ok()) {
            users.append({where(), tr("invalid user id: %1").arg(r.problem)});
            return false;
        }
        *id = r.id;
        return true;
    }

    template<typename Where>
    bool readField(const QJsonValue &raw, const Where &where, QString *name)
    {
        if (raw.isDouble())
            return readFieldName(QString::number(raw.toInteger()), where, name);
        if (raw.isString())
            return readFieldName(raw.toString(), where, name);
        fields.append({where(), tr("a field name must be text")});
        return false;
    }

    template<typename Where>
    bool readFieldName(const QString &text, const Where &where, QString *name)
    {
        if (text.isEmpty()) {
            fields.append({where(), tr("a field name must not be empty")});
            return false;
        }
        *name = text;
        return true;
    }
};

ApiError tooMany(const QString &where, qsizetype count, int maxEntries)
{
    ApiError e;
    e.status = 413;
    e.title = QString::fromLatin1(ErrorTitles::TooManyEntries);
    e.details.append({where, UserMetaPayload::tr("%1 entries in one request; at most %2 are "
                                                 "accepted, send the rest in further requests")
                                 .arg(count)
                                 .arg(maxEntries)});
    return e;
}

// The keys of format 1's `users` in the order to read them: as written when known, else sorted
// with every key written as the plain number of its id before the other spellings of that id.
// `keys` are the parsed (unique, sorted) keys.
QStringList userKeys(QStringList keys, const QStringList &written)
{
    if (!written.isEmpty()) {
        // Trust the written order only when it names exactly the parsed keys.
        const QSet<QString> a(written.cbegin(), written.cend());
        if (a == QSet<QString>(keys.cbegin(), keys.cend()))
            return written;
    }
    // Plain numbers first, each group in sorted order: a stable partition, one IdReader per key.
    QList<bool> plain;
    plain.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        const IdReader::Result r = IdReader::readText(key);
        plain.append(r.ok() && QString::number(r.id) == key);
    }
    QStringList ordered;
    ordered.reserve(keys.size());
    for (const bool first : {true, false}) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (plain[i] == first)
                ordered.append(keys[i]);
        }
    }
    keys = std::move(ordered);
    return keys;
}

// Field names repeat across entries: one QString per distinct name, shared by every edit.
class FieldNames
{
public:
    QString operator()(QByteArrayView utf8)
    {
        for (int i = 0; i < m_used; ++i) {
            if (m_utf8[i] == utf8)
                return m_names[i];
        }
        const int slot = m_used < kSize ? m_used++ : m_next++ % kSize;
        m_utf8[slot] = utf8.toByteArray();
        m_names[slot] = QString::fromUtf8(utf8);
        return m_names[slot];
    }

private:
    static constexpr int kSize = 8;
    QByteArray m_utf8[kSize];
    QString m_names[kSize];
    int m_used = 0;
    int m_next = 0;
};

// The edits' values, made after the edits are known. Text values go into one QJsonArray and
// come out as QJsonValues sharing its storage: a QJsonValue of its own allocates twice per
// string, which for a million entries costs more than reading the body.
class EditValues
{
public:
    explicit EditValues(const PayloadTree &tree)
        : m_tree(tree)
    {}
    void reserve(qsizetype count) { m_nodes.reserve(size_t(count)); }
    void add(int node) { m_nodes.push_back(node); }
    // Keeps the values of edits not dropped, as the edits were compacted.
    void keep(const QList<bool> &dropped)
    {
        size_t kept = 0;
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            if (!dropped[qsizetype(i)])
                m_nodes[kept++] = m_nodes[i];
        }
        m_nodes.resize(kept);
    }
    void fill(QList<MetaEdit> &edits) const
    {
        QJsonArray texts;
        for (const int node : m_nodes) {
            if (m_tree.kind(node) == PayloadTree::Kind::String)
                texts.append(QString::fromUtf8(m_tree.text(node)));
        }
        qsizetype text = 0;
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const int node = m_nodes[size_t(i)];
            edits[i].value = m_tree.kind(node) == PayloadTree::Kind::String
                                 ? texts.at(text++)
                                 : m_tree.toJsonValue(node);
        }
    }

private:
    const PayloadTree &m_tree;
    std::vector<int> m_nodes; // one per edit
};

void readFormat1(const PayloadTree &tree, int users, int maxEntries, UserMetaRequest &out,
                 Problems &p)
{
    // Forms turn users[0][...] into a list; its indexes are then the ids.
    QList<QPair<QString, int>> entries;
    if (tree.kind(users) == PayloadTree::Kind::Object && tree.firstWritten("users") == users) {
        // Read as written, repetitions included (the usual JSON body): a repeated key reads
        // its last member, as in a QJsonObject, and is refused at every key but its first.
        const std::vector<int> members = tree.children(users);
        QHash<QString, int> nodeOf;
        nodeOf.reserve(qsizetype(members.size()));
        entries.reserve(qsizetype(members.size()));
        for (const int m : members) {
            const QString key = QString::fromUtf8(tree.key(m));
            nodeOf.insert(key, m);
            entries.append({key, m});
        }
        for (auto &entry : entries)
            entry.second = nodeOf.value(entry.first);
    } else if (tree.kind(users) == PayloadTree::Kind::Object) {
        const std::vector<int> members = tree.uniqueMembers(users);
        QStringList sorted;
        QHash<QString, int> nodeOf;
        sorted.reserve(qsizetype(members.size()));
        nodeOf.reserve(qsizetype(members.size()));
        for (const int m : members) {
            const QString key = QString::fromUtf8(tree.key(m));
            sorted.append(key);
            nodeOf.insert(key, m);
        }
        const QStringList keys = userKeys(sorted, tree.writtenKeys("users"));
        entries.reserve(keys.size());
        for (const QString &key : keys)
            entries.append({key, nodeOf.value(key)});
    } else if (tree.kind(users) == PayloadTree::Kind::Array) {
        const std::vector<int> elements = tree.children(users);
        for (size_t i = 0; i < elements.size(); ++i)
            entries.append({QString::number(i), elements[i]});
    } else {
        p.format.append({kUsers, Problems::tr("users must be an object of user ids, each "
                                              "holding field names and values")});
        return;
    }
    if (entries.isEmpty()) {
        p.missing.append({kUsers, Problems::tr("users is empty: give at least one user")});
        return;
    }
    // Each user's fields as a QJsonObject holds them: the last of a repeated name, sorted.
    std::vector<std::vector<int>> fieldsOf(size_t(entries.size()));
    qsizetype count = 0;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const int node = entries[e].second;
        if (tree.kind(node) == PayloadTree::Kind::Object) {
            fieldsOf[size_t(e)] = tree.uniqueMembers(node);
            count += qsizetype(fieldsOf[size_t(e)].size());
        } else {
            count += 1;
        }
    }
    if (count > maxEntries) {
        out.error = tooMany(kUsers, count, maxEntries);
        return;
    }
    out.edits.reserve(count);
    EditValues editValues(tree);
    editValues.reserve(count);
    QHash<qint64, QString> keyOfUser; // the first key that named each user
    FieldNames names;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const QString &key = entries[e].first;
        const auto where = [&key] { return dotted(kUsers, key); };
        if (tree.kind(entries[e].second) != PayloadTree::Kind::Object) {
            p.format.append({where(), Problems::tr("user %1 must be an object of field names and "
                                                   "values")
                                          .arg(key)});
            continue;
        }
        const std::vector<int> &values = fieldsOf[size_t(e)];
        if (values.empty()) {
            p.missing.append({where(), Problems::tr("no fields given for user %1").arg(key)});
            continue;
        }
        qint64 id = 0;
        if (!p.readUser(key, where, &id))
            continue;
        const auto named = keyOfUser.constFind(id);
        if (named != keyOfUser.constEnd()) {
            p.format.append({where(), *named == key
                                          ? Problems::tr("user %1 is given twice").arg(key)
                                          : Problems::tr("'%1' names user %2, who is already given "
                                                         "as '%3'")
                                                .arg(key)
                                                .arg(id)
                                                .arg(*named)});
            continue;
        }
        keyOfUser.insert(id, key);
        for (const int field : values) {
            const QString fieldKey = names(tree.key(field));
            QString name;
            if (!p.readFieldName(
                    fieldKey, [&] { return dotted(where(), fieldKey); }, &name))
                continue;
            out.edits.append(MetaEdit{id, name, QJsonValue(), -1});
            editValues.add(field);
        }
    }
    editValues.fill(out.edits);
}

void readFormat2(const PayloadTree &tree, int fields, int maxEntries, UserMetaRequest &out,
                 Problems &p)
{
    // Forms with gaps (fields[0], fields[2]) arrive as an object of indexes.
    std::vector<QPair<int, int>> entries;
    if (tree.kind(fields) == PayloadTree::Kind::Array) {
        const int size = tree.childCount(fields);
        if (size > maxEntries) {
            out.error = tooMany(kFields, size, maxEntries);
            return;
        }
        const std::vector<int> elements = tree.children(fields);
        entries.reserve(elements.size());
        for (size_t i = 0; i < elements.size(); ++i)
            entries.push_back({int(i), elements[i]});
    } else if (tree.kind(fields) == PayloadTree::Kind::Object) {
        const std::vector<int> members = tree.uniqueMembers(fields);
        if (qsizetype(members.size()) > maxEntries) {
            out.error = tooMany(kFields, qsizetype(members.size()), maxEntries);
            return;
        }
        for (const int m : members) {
            const QString key = QString::fromUtf8(tree.key(m));
            bool numeric = false;
            const int index = key.toInt(&numeric);
            if (!numeric || index < 0 || key.startsWith(QLatin1Char('-'))) {
                p.format.append(
                    {dotted(kFields, key),
                     Problems::tr("fields must be a list; '%1' is not an index").arg(key)});
                continue;
            }
            entries.push_back({index, m});
        }
        // Object keys come sorted as text ("10" before "2"); later-wins needs index order.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    } else {
        p.format.append({kFields, Problems::tr("fields must be a list of objects with user_id, "
                                               "field and value")});
        return;
    }
    if (entries.empty() && p.format.isEmpty()) {
        p.missing.append({kFields, Problems::tr("fields is empty: give at least one entry")});
        return;
    }
    // Later entries for the same user and field win: remember where each pair stands.
    QHash<QPair<qint64, QString>, qsizetype> seen;
    seen.reserve(qsizetype(entries.size()));
    QList<bool> dropped;
    out.edits.reserve(qsizetype(entries.size()));
    EditValues values(tree);
    values.reserve(qsizetype(entries.size()));
    FieldNames names;
    static const QByteArrayView parts[] = {"user_id", "field", "value"};
    for (const auto &[index, entry] : entries) {
        const auto where = [index = index] { return dotted(kFields, QString::number(index)); };
        if (tree.kind(entry) != PayloadTree::Kind::Object) {
            p.format.append({where(), Problems::tr("entry %1 must be an object with user_id, "
                                                   "field and value")
                                          .arg(index)});
            continue;
        }
        int nodes[3];
        bool complete = true;
        for (int k = 0; k < 3; ++k) {
            nodes[k] = tree.member(entry, parts[k]);
            if (nodes[k] < 0) {
                const QString part = QString::fromLatin1(parts[k]);
                p.missing.append(
                    {dotted(where(), part),
                     Problems::tr("entry %1 has no %2").arg(QString::number(index), part)});
                complete = false;
            }
        }
        if (!complete)
            continue;
        qint64 id = 0;
        QString name;
        const bool userOk = p.readUser(
            tree, nodes[0], [&] { return dotted(where(), kUserId); }, &id);
        const auto fieldWhere = [&] { return dotted(where(), kField); };
        const bool fieldOk = tree.kind(nodes[1]) == PayloadTree::Kind::String
                                 ? p.readFieldName(names(tree.text(nodes[1])), fieldWhere, &name)
                                 : p.readField(tree.toJsonValue(nodes[1]), fieldWhere, &name);
        if (!userOk || !fieldOk)
            continue;
        const auto slot = seen.find({id, name});
        if (slot != seen.end()) {
            dropped[*slot] = true;
            *slot = out.edits.size();
        } else {
            seen.insert({id, name}, out.edits.size());
        }
        out.edits.append(MetaEdit{id, name, QJsonValue(), index});
        values.add(nodes[2]);
        dropped.append(false);
    }
    if (seen.size() != out.edits.size()) {
        QList<MetaEdit> kept;
        kept.reserve(seen.size());
        for (qsizetype i = 0; i < out.edits.size(); ++i) {
            if (!dropped[i])
                kept.append(std::move(out.edits[i]));
        }
        out.edits = std::move(kept);
        values.keep(dropped);
    }
    values.fill(out.edits);
}

void readFormat3(const PayloadTree &tree, UserMetaRequest &out, Problems &p)
{
    bool complete = true;
    int nodes[3];
    static const QByteArrayView parts[] = {"user_id", "field", "value"};
    for (int k = 0; k < 3; ++k) {
        nodes[k] = tree.member(PayloadTree::kRoot, parts[k]);
        if (nodes[k] < 0) {
            const QString part = QString::fromLatin1(parts[k]);
            p.missing.append({part, Problems::tr("%1 is missing").arg(part)});
            complete = false;
        }
    }
    if (!complete)
        return;
    qint64 id = 0;
    QString name;
    const bool userOk = p.readUser(
        tree, nodes[0], [] { return kUserId; }, &id);
    const bool fieldOk = p.readField(
        tree.toJsonValue(nodes[1]), [] { return kField; }, &name);
    if (userOk && fieldOk)
        out.edits.append(MetaEdit{id, name, tree.toJsonValue(nodes[2]), -1});
}

} // namespace

void UserMetaPayload::addErrors(ApiError &error, const char *title,
                                const QList<ErrorDetail> &details)
{
    if (details.isEmpty())
        return;
    const QString t = QString::fromLatin1(title);
    if (!error.isError() || titleRank(t) < titleRank(error.title)) {
        error.title = t;
        error.status = 400;
    }
    error.details += details;
}

UserMetaRequest UserMetaPayload::parse(const QJsonObject &document, int maxEntries,
                                       const QStringList &usersKeyOrder)
{
    return parse(PayloadTree::fromJsonObject(document, usersKeyOrder), maxEntries);
}

UserMetaRequest UserMetaPayload::parse(const PayloadTree &tree, int maxEntries)
{
    UserMetaRequest out;
    Problems p;
    const auto contains = [&](QByteArrayView key) {
        return tree.member(PayloadTree::kRoot, key) >= 0;
    };
    const bool format1 = contains("users");
    const bool format2 = contains("fields");
    const bool format3 = contains("user_id") || contains("field") || contains("value");
    const int matched = int(format1) + int(format2) + int(format3);
    if (matched != 1) {
        ApiError &e = out.error;
        e.title = QString::fromLatin1(ErrorTitles::IncorrectFormat);
        if (matched == 0) {
            e.details.append({QString(), tr("expected users (format 1), fields (format 2) or "
                                            "user_id, field and value (format 3)")});
        } else {
            QStringList found;
            if (format1)
                found << kUsers;
            if (format2)
                found << kFields;
            if (format3)
                found << QStringLiteral("user_id/field/value");
            const QString message = tr("a request holds exactly one format, this one mixes %1")
                                        .arg(found.join(QStringLiteral(" and ")));
            if (format1)
                e.details.append({kUsers, message});
            if (format2)
                e.details.append({kFields, message});
            if (format3)
                e.details.append({QString(), message});
        }
        return out;
    }
    if (format1) {
        out.format = 1;
        readFormat1(tree, tree.member(PayloadTree::kRoot, "users"), maxEntries, out, p);
    } else if (format2) {
        out.format = 2;
        readFormat2(tree, tree.member(PayloadTree::kRoot, "fields"), maxEntries, out, p);
    } else {
        out.format = 3;
        readFormat3(tree, out, p);
    }
    if (out.error.isError()) { // too many entries: nothing else is worth reading
        out.edits.clear();
        return out;
    }
    out.error = p.toError();
    return out;
}

QString UserMetaPayload::location(int format, const MetaEdit &edit, EditPart part)
{
    switch (format) {
    case 1: {
        const QString user = kUsers + QLatin1Char('.') + QString::number(edit.userId);
        return part == EditPart::User ? user : user + QLatin1Char('.') + edit.field;
    }
    case 2: {
        const QString entry = kFields + QLatin1Char('.') + QString::number(edit.sourceIndex);
        const QString &key = part == EditPart::User    ? kUserId
                             : part == EditPart::Field ? kField
                                                       : kValue;
        return entry + QLatin1Char('.') + key;
    }
    default:
        return part == EditPart::User ? kUserId : part == EditPart::Field ? kField : kValue;
    }
}
