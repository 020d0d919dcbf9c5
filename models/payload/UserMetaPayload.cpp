#include "UserMetaPayload.h"

#include "IdReader.h"
#include "KeyTable.h"
#include "RecentNames.h"
#include "TextCodec.h"

#include <QHash>
#include <QHashFunctions>
#include <algorithm>
#include <deque>
#include <utility>

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

    bool isEmpty() const
    {
        return format.isEmpty() && missing.isEmpty() && users.isEmpty() && fields.isEmpty();
    }
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
        return take(IdReader::read(raw), where, id);
    }

    template<typename Where>
    bool readUser(const PayloadTree &tree, int node, const Where &where, qint64 *id)
    {
        switch (tree.kind(node)) {
        case PayloadTree::Kind::String:
            return readUser(tree.text(node), where, id);
        case PayloadTree::Kind::Integer:
            return take(IdReader::readInteger(tree.integer(node)), where, id);
        default:
            return readUser(tree.toJsonValue(node), where, id);
        }
    }

    template<typename Where>
    bool take(const IdReader::Result &r, const Where &where, qint64 *id)
    {
        if (!r.ok()) {
            users.append({where(), tr("invalid user id: %1").arg(r.problem)});
            return false;
        }
        *id = r.id;
        return true;
    }

    template<typename Where>
    bool readUser(QByteArrayView utf8, const Where &where, qint64 *id)
    {
        return take(IdReader::readUtf8(utf8), where, id);
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
        if (!checkFieldName(text, where))
            return false;
        *name = text;
        return true;
    }

    template<typename Where>
    bool checkFieldName(const QString &text, const Where &where)
    {
        if (text.isEmpty()) {
            fields.append({where(), tr("a field name must not be empty")});
            return false;
        }
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

// Field names repeat across entries: one QString per distinct name, shared by every edit, and a
// number per name so that (user, field) pairs compare as two integers.
class FieldNames
{
public:
    // `utf8` must outlive this table (text of the tree); `copy` keeps bytes made on the fly.
    const QString &name(QByteArrayView utf8, int *number, bool copy = false)
    {
        bool added = false;
        if (copy && m_table.find(utf8) < 0) {
            m_copies.push_back(utf8.toByteArray());
            utf8 = m_copies.back();
        }
        *number = m_table.insert(utf8, &added);
        if (added)
            m_names.append(TextCodec::utf8Text(utf8));
        return m_names[*number];
    }
    TreeEdits::Names take() { return std::move(m_names); }

private:
    KeyTable m_table;
    TreeEdits::Names m_names;
    std::deque<QByteArray> m_copies;
};

// The edit that holds each (user, field number) so far, for format 2's "later entries win".
// Open addressing over one array, seeded as QHash is.
class LatestEdits
{
public:
    explicit LatestEdits(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.resize(capacity);
        m_seed = QHashSeed::globalSeed();
    }
    // Records `edit` for the pair; returns the edit it replaces, or -1.
    int replace(qint64 user, int field, int edit)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = qHashMulti(m_seed, user, field) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.edit < 0) {
                s = {user, field, edit};
                if (++m_used * 2 > m_slots.size())
                    grow();
                return -1;
            }
            if (s.user == user && s.field == field)
                return std::exchange(s.edit, edit);
        }
    }

private:
    struct Slot
    {
        qint64 user = 0;
        int field = 0;
        int edit = -1;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_used = 0;
        for (const Slot &s : old) {
            if (s.edit >= 0)
                replace(s.user, s.field, s.edit);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
    size_t m_seed = 0;
};

// One member of format 1's `users`: its key as written and the object it names.
struct UserEntry
{
    QByteArrayView key;
    int node;
};

// Whether a user key is the plain number of its id ("15", not "015" or "+15").
bool plainKey(QByteArrayView key)
{
    // Digits alone, no leading zero, and an id (positive, within 64 bits): then the key is how
    // QByteArray::number writes that id, found without writing it.
    if (key.isEmpty() || key[0] == '0')
        return false;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return false;
    }
    return IdReader::readUtf8(key).ok();
}

// The members of format 1's `users` object in the order to read them. As a JSON body wrote
// them, repetitions included (a repeated key reads its last member, as in a QJsonObject, and is
// refused at every key but its first); otherwise (forms merge keys) sorted, with every key that
// is the plain number of its id before the other spellings of that id.
std::vector<UserEntry> userEntries(const PayloadTree &tree, int users)
{
    std::vector<UserEntry> entries;
    if (tree.firstWritten("users") == users) {
        const std::vector<int> members = tree.children(users);
        KeyTable keys(qsizetype(members.size()));
        std::vector<int> lastOf; // by key number
        std::vector<int> numbers;
        lastOf.reserve(members.size());
        numbers.reserve(members.size());
        entries.reserve(members.size());
        for (const int m : members) {
            bool added = false;
            const int k = keys.insert(tree.key(m), &added);
            if (added)
                lastOf.push_back(m);
            else
                lastOf[size_t(k)] = m;
            numbers.push_back(k);
            entries.push_back({tree.key(m), m});
        }
        for (size_t i = 0; i < entries.size(); ++i)
            entries[i].node = lastOf[size_t(numbers[i])];
        return entries;
    }
    const std::vector<int> members = tree.uniqueMembers(users); // sorted, one per key
    KeyTable keys(qsizetype(members.size()));
    for (const int m : members)
        keys.insert(tree.key(m));
    // The keys as a JSON body wrote them, when it names exactly these keys.
    const int written = tree.firstWritten("users");
    if (written >= 0) {
        const std::vector<int> order = tree.children(written);
        std::vector<char> named(members.size(), 0);
        bool same = !order.empty();
        for (size_t i = 0; same && i < order.size(); ++i) {
            const int k = keys.find(tree.key(order[i]));
            same = k >= 0;
            if (same)
                named[size_t(k)] = 1;
        }
        if (same && std::find(named.begin(), named.end(), 0) == named.end()) {
            for (const int w : order) {
                const QByteArrayView key = tree.key(w);
                entries.push_back({key, members[size_t(keys.find(key))]});
            }
            return entries;
        }
    }
    std::vector<char> plain(members.size());
    for (size_t i = 0; i < members.size(); ++i)
        plain[i] = plainKey(tree.key(members[i]));
    entries.reserve(members.size());
    for (const char first : {1, 0}) {
        for (size_t i = 0; i < members.size(); ++i) {
            if (plain[i] == first)
                entries.push_back({tree.key(members[i]), members[i]});
        }
    }
    return entries;
}

void readFormat1(const PayloadTree &tree, int users, int maxEntries, UserMetaTreeRequest &out,
                 Problems &p)
{
    std::vector<UserEntry> entries;
    // Forms turn users[0][...] into a list; its indexes are then the ids (and the keys).
    std::vector<QByteArray> indexes;
    if (tree.kind(users) == PayloadTree::Kind::Object) {
        entries = userEntries(tree, users);
    } else if (tree.kind(users) == PayloadTree::Kind::Array) {
        const std::vector<int> elements = tree.children(users);
        indexes.reserve(elements.size()); // the views below point into these
        for (size_t i = 0; i < elements.size(); ++i) {
            indexes.push_back(QByteArray::number(qulonglong(i)));
            entries.push_back({indexes.back(), elements[i]});
        }
    } else {
        p.format.append({kUsers, Problems::tr("users must be an object of user ids, each "
                                              "holding field names and values")});
        return;
    }
    if (entries.empty()) {
        p.missing.append({kUsers, Problems::tr("users is empty: give at least one user")});
        return;
    }
    // Each user's fields as a QJsonObject holds them: the last of a repeated name, sorted. All
    // in one array: fields[start[e] .. start[e + 1]) are entry e's.
    std::vector<int> fields;
    std::vector<size_t> start;
    fields.reserve(entries.size() * 4);
    start.reserve(entries.size() + 1);
    qsizetype count = 0;
    for (const UserEntry &entry : entries) {
        start.push_back(fields.size());
        if (tree.kind(entry.node) == PayloadTree::Kind::Object)
            tree.appendUniqueMembers(entry.node, fields);
        else
            count += 1;
    }
    start.push_back(fields.size());
    count += qsizetype(fields.size());
    if (count > maxEntries) {
        out.error = tooMany(kUsers, count, maxEntries);
        return;
    }
    out.edits.reserve(count);
    QHash<qint64, size_t> firstEntryOf; // the entry whose key first named each user
    firstEntryOf.reserve(qsizetype(entries.size()));
    FieldNames names;
    for (size_t e = 0; e < entries.size(); ++e) {
        const UserEntry &entry = entries[e];
        const auto key = [&entry] { return TextCodec::utf8Text(entry.key); };
        const auto where = [&key] { return dotted(kUsers, key()); };
        if (tree.kind(entry.node) != PayloadTree::Kind::Object) {
            p.format.append({where(), Problems::tr("user %1 must be an object of field names and "
                                                   "values")
                                          .arg(key())});
            continue;
        }
        if (start[e] == start[e + 1]) {
            p.missing.append({where(), Problems::tr("no fields given for user %1").arg(key())});
            continue;
        }
        qint64 id = 0;
        if (!p.readUser(entry.key, where, &id))
            continue;
        const auto named = firstEntryOf.constFind(id);
        if (named != firstEntryOf.constEnd()) {
            const QByteArrayView first = entries[*named].key;
            p.format.append({where(), first == entry.key
                                          ? Problems::tr("user %1 is given twice").arg(key())
                                          : Problems::tr("'%1' names user %2, who is already given "
                                                         "as '%3'")
                                                .arg(key())
                                                .arg(id)
                                                .arg(TextCodec::utf8Text(first))});
            continue;
        }
        firstEntryOf.insert(id, e);
        for (size_t f = start[e]; f < start[e + 1]; ++f) {
            const int field = fields[f];
            int number = 0;
            const QString &fieldKey = names.name(tree.key(field), &number);
            if (!p.checkFieldName(fieldKey, [&] { return dotted(where(), fieldKey); }))
                continue;
            out.edits.append(id, number, field, -1);
        }
    }
    out.edits.setNames(names.take());
}

void readFormat2(const PayloadTree &tree, int fields, int maxEntries, UserMetaTreeRequest &out,
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
            const QString key = TextCodec::utf8Text(tree.key(m));
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
    LatestEdits latest(entries.size());
    std::vector<char> dropped;
    dropped.reserve(entries.size());
    qsizetype drops = 0;
    out.edits.reserve(qsizetype(entries.size()));
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
        tree.members(entry, parts, 3, nodes);
        bool complete = true;
        for (int k = 0; k < 3; ++k) {
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
        const bool userOk = p.readUser(
            tree, nodes[0], [&] { return dotted(where(), kUserId); }, &id);
        const auto fieldWhere = [&] { return dotted(where(), kField); };
        int number = -1;
        const QString *name = nullptr;
        if (tree.kind(nodes[1]) == PayloadTree::Kind::String) {
            name = &names.name(tree.text(nodes[1]), &number);
        } else {
            QString text;
            if (p.readField(tree.toJsonValue(nodes[1]), fieldWhere, &text))
                name = &names.name(text.toUtf8(), &number, true);
        }
        const bool fieldOk = name && p.checkFieldName(*name, fieldWhere);
        if (!userOk || !fieldOk)
            continue;
        const int replaced = latest.replace(id, number, int(out.edits.size()));
        if (replaced >= 0) {
            dropped[size_t(replaced)] = 1;
            ++drops;
        }
        out.edits.append(id, number, nodes[2], index);
        dropped.push_back(0);
    }
    if (drops > 0)
        out.edits.keep(dropped);
    out.edits.setNames(names.take());
}

// `nodes`: the root's user_id, field and value members (-1 when missing).
void readFormat3(const PayloadTree &tree, const int *nodes, UserMetaTreeRequest &out, Problems &p)
{
    bool complete = true;
    static const QString parts[] = {kUserId, kField, kValue};
    for (int k = 0; k < 3; ++k) {
        if (nodes[k] < 0) {
            p.missing.append({parts[k], Problems::tr("%1 is missing").arg(parts[k])});
            complete = false;
        }
    }
    if (!complete)
        return;
    qint64 id = 0;
    QString name;
    const bool userOk = p.readUser(
        tree, nodes[0], [] { return kUserId; }, &id);
    const auto fieldWhere = [] { return kField; };
    thread_local RecentNames recent;
    const bool fieldOk = tree.kind(nodes[1]) == PayloadTree::Kind::String
                             ? p.readFieldName(recent.text(tree.text(nodes[1])), fieldWhere, &name)
                             : p.readField(tree.toJsonValue(nodes[1]), fieldWhere, &name);
    if (userOk && fieldOk) {
        out.edits.append(id, 0, nodes[2], -1);
        out.edits.setName(name);
    }
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
    const UserMetaTreeRequest read = UserMetaPayload::read(tree, maxEntries);
    UserMetaRequest out;
    out.format = read.format;
    out.edits = read.edits.toList();
    out.error = read.error;
    return out;
}

UserMetaTreeRequest UserMetaPayload::read(const PayloadTree &tree, int maxEntries)
{
    UserMetaTreeRequest out{0, TreeEdits(&tree), ApiError()}; // edits made in place, not moved
    Problems p;
    // One pass over the root: a request of format 3 is one small object, and a million of them
    // must not cost a walk per key.
    static const QByteArrayView keys[] = {"users", "fields", "user_id", "field", "value"};
    int roots[5];
    tree.members(PayloadTree::kRoot, keys, 5, roots);
    const bool format1 = roots[0] >= 0;
    const bool format2 = roots[1] >= 0;
    const bool format3 = roots[2] >= 0 || roots[3] >= 0 || roots[4] >= 0;
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
        readFormat1(tree, roots[0], maxEntries, out, p);
    } else if (format2) {
        out.format = 2;
        readFormat2(tree, roots[1], maxEntries, out, p);
    } else {
        out.format = 3;
        readFormat3(tree, roots + 2, out, p);
    }
    if (out.error.isError()) { // too many entries: nothing else is worth reading
        out.edits.clear();
        return out;
    }
    if (!p.isEmpty())
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
