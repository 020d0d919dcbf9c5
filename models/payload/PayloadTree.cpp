#include "PayloadTree.h"

#include "InlineArray.h"
#include "JsonWriter.h"
#include "TextCodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <cstring>

PayloadTree::PayloadTree()
{
    Node root;
    root.kind = Kind::Object;
    root.end = 1;
    m_nodes.append(root);
}

PayloadTree &PayloadTree::operator=(PayloadTree &&other) noexcept
{
    moveInlineArray(m_nodes, std::move(other.m_nodes));
    moveInlineArray(m_rootMembers, std::move(other.m_rootMembers));
    m_open = std::move(other.m_open);
    m_source = std::move(other.m_source);
    m_text = std::move(other.m_text);
    m_origin = std::move(other.m_origin);
    m_prepended = std::exchange(other.m_prepended, 0);
    return *this;
}

int PayloadTree::childCount(int node) const
{
    if (node == kRoot)
        return int(m_rootMembers.size());
    return isContainer(node) ? int(m_nodes[size_t(node)].number.count) : 0;
}

std::vector<int> PayloadTree::children(int node) const
{
    if (node == kRoot)
        return std::vector<int>(m_rootMembers.begin(), m_rootMembers.end());
    std::vector<int> out;
    if (!isContainer(node))
        return out;
    out.reserve(size_t(childCount(node)));
    const int end = int(m_nodes[size_t(node)].end);
    for (int c = node + 1; c < end; c = int(m_nodes[size_t(c)].end))
        out.push_back(c);
    return out;
}

QByteArrayView PayloadTree::view(quint32 offset, quint32 length, bool inText) const
{
    const char *base = inText ? m_text.constData() : m_source.constData();
    return QByteArrayView(base + offset, length);
}

QByteArrayView PayloadTree::key(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return view(n.keyOffset, n.keyLength, n.flags & KeyInText);
}

QByteArrayView PayloadTree::text(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return view(n.number.span.offset, n.number.span.length, n.flags & ValueInText);
}

int PayloadTree::member(int object, QByteArrayView name) const
{
    int found = -1;
    if (object == kRoot) {
        for (const int c : m_rootMembers) {
            if (TextCodec::sameBytes(key(c), name))
                found = c;
        }
        return found;
    }
    const int end = int(m_nodes[size_t(object)].end);
    for (int c = object + 1; c < end; c = int(m_nodes[size_t(c)].end)) {
        if (TextCodec::sameBytes(key(c), name))
            found = c;
    }
    return found;
}

bool PayloadTree::keyLess(QByteArrayView a, QByteArrayView b)
{
    // Most keys differ in their first byte (a user's field names): decided without memcmp.
    if (!a.isEmpty() && !b.isEmpty() && a[0] != b[0])
        return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    const qsizetype common = std::min(a.size(), b.size());
    const int c = common ? std::memcmp(a.data(), b.data(), size_t(common)) : 0;
    return c < 0 || (c == 0 && a.size() < b.size());
}

void PayloadTree::members(int object, const QByteArrayView *keys, int count, int *found) const
{
    std::fill(found, found + count, -1);
    const auto match = [&](int c) {
        const QByteArrayView k = key(c);
        for (int i = 0; i < count; ++i) {
            if (TextCodec::sameBytes(k, keys[i]))
                found[i] = c;
        }
    };
    if (object == kRoot) {
        for (const int c : m_rootMembers)
            match(c);
        return;
    }
    const int end = int(m_nodes[size_t(object)].end);
    for (int c = object + 1; c < end; c = int(m_nodes[size_t(c)].end))
        match(c);
}

std::vector<int> PayloadTree::uniqueMembers(int object) const
{
    std::vector<int> members;
    appendUniqueMembers(object, members);
    return members;
}

void PayloadTree::appendUniqueMembers(int object, std::vector<int> &out) const
{
    const size_t first = out.size();
    if (object == kRoot) {
        out.insert(out.end(), m_rootMembers.begin(), m_rootMembers.end());
    } else if (isContainer(object)) {
        const int end = int(m_nodes[size_t(object)].end);
        for (int c = object + 1; c < end; c = int(m_nodes[size_t(c)].end))
            out.push_back(c);
    }
    if (m_nodes[size_t(object)].flags & InQtOrder)
        return;
    // Keys read once (inline for a user's few fields). Stable: of equal keys the last written
    // stays last, and is the one kept.
    struct Keyed
    {
        QByteArrayView key;
        int node;
    };
    QVarLengthArray<Keyed, 16> keyed;
    keyed.reserve(qsizetype(out.size() - first));
    for (size_t i = first; i < out.size(); ++i)
        keyed.append({key(out[i]), out[i]});
    const auto less = [](const Keyed &a, const Keyed &b) { return keyLess(a.key, b.key); };
    if (keyed.size() <= 16) { // insertion sort: no buffer to allocate
        for (qsizetype i = 1; i < keyed.size(); ++i) {
            const Keyed m = keyed[i];
            qsizetype j = i;
            for (; j > 0 && less(m, keyed[j - 1]); --j)
                keyed[j] = keyed[j - 1];
            keyed[j] = m;
        }
    } else {
        std::stable_sort(keyed.begin(), keyed.end(), less);
    }
    size_t kept = first;
    for (qsizetype i = 0; i < keyed.size(); ++i) {
        if (i + 1 < keyed.size() && TextCodec::sameBytes(keyed[i].key, keyed[i + 1].key))
            continue;
        out[kept++] = keyed[i].node;
    }
    out.resize(kept);
}

QJsonValue PayloadTree::toJsonValue(int node) const
{
    switch (kind(node)) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::False:
        return false;
    case Kind::True:
        return true;
    case Kind::Integer:
        return integer(node);
    case Kind::Double:
        return number(node);
    case Kind::String:
        return TextCodec::utf8Text(text(node));
    case Kind::Array: {
        QJsonArray array;
        for (const int c : children(node))
            array.append(toJsonValue(c));
        return array;
    }
    case Kind::Object:
        break;
    }
    const std::vector<int> members = uniqueMembers(node);
    // Inserted in order, each insert appends: linear, not quadratic.
    QJsonObject object;
    bool highKeys = false;
    for (const int c : members) {
        const QByteArrayView k = key(c);
        highKeys = highKeys || std::any_of(k.begin(), k.end(), [](char ch) {
                       return static_cast<unsigned char>(ch) >= 0xEE;
                   });
        object.insert(TextCodec::utf8Text(k), toJsonValue(c));
    }
    // QJsonDocument's parser sorts keys by code point, QJsonObject::insert by UTF-16 unit; they
    // differ only for keys from U+E000 up. The parser's order is the one a body always had.
    if (highKeys)
        return QJsonDocument::fromJson(JsonWriter::compact(object)).object();
    return object;
}

QJsonObject PayloadTree::toJsonObject() const
{
    if (!m_origin)
        return toJsonValue(kRoot).toObject();
    // As a query string's parameters were merged in before: the document's members win.
    QJsonObject document = *m_origin;
    for (size_t i = 0; i < m_prepended; ++i) {
        const QString k = TextCodec::utf8Text(key(m_rootMembers[i]));
        if (!document.contains(k))
            document.insert(k, toJsonValue(m_rootMembers[i]));
    }
    return document;
}

void PayloadTree::span(QByteArrayView text, quint32 *offset, quint32 *length, bool *inText) const
{
    const auto begin = reinterpret_cast<quintptr>(m_source.constData());
    const auto at = reinterpret_cast<quintptr>(text.data());
    *length = quint32(text.size());
    if (!m_source.isEmpty() && at >= begin &&
        at + quintptr(text.size()) <= begin + quintptr(m_source.size())) {
        *offset = quint32(at - begin);
        *inText = false;
        return;
    }
    *offset = quint32(m_text.size());
    *inText = true;
}

int PayloadTree::add(Kind kind, QByteArrayView key)
{
    Node n;
    n.kind = kind;
    const int parent = m_open.empty() ? kRoot : m_open.back();
    if (parent == kRoot || m_nodes[size_t(parent)].kind == Kind::Object) {
        bool inText = false;
        span(key, &n.keyOffset, &n.keyLength, &inText);
        if (inText) {
            TextCodec::appendBytes(m_text, key);
            n.flags |= KeyInText;
        }
    }
    const int index = int(m_nodes.size());
    n.end = quint32(index + 1);
    m_nodes.append(n);
    if (parent == kRoot)
        m_rootMembers.append(index);
    else
        ++m_nodes[size_t(parent)].number.count;
    return index;
}

int PayloadTree::open(Kind container, QByteArrayView key, bool keysAsWritten)
{
    const int index = add(container, key);
    if (keysAsWritten)
        m_nodes[size_t(index)].flags |= KeysAsWritten;
    m_open.push_back(index);
    return index;
}

void PayloadTree::close(int container)
{
    m_open.pop_back();
    m_nodes[size_t(container)].end = quint32(m_nodes.size());
}

int PayloadTree::addString(QByteArrayView key, QByteArrayView utf8)
{
    const int index = add(Kind::String, key);
    Node &n = m_nodes[size_t(index)];
    bool inText = false;
    span(utf8, &n.number.span.offset, &n.number.span.length, &inText);
    if (inText) {
        TextCodec::appendBytes(m_text, utf8);
        n.flags |= ValueInText;
    }
    return index;
}

int PayloadTree::addInteger(QByteArrayView key, qint64 value)
{
    const int index = add(Kind::Integer, key);
    m_nodes[size_t(index)].number.integer = value;
    return index;
}

int PayloadTree::addDouble(QByteArrayView key, double value)
{
    const int index = add(Kind::Double, key);
    m_nodes[size_t(index)].number.real = value;
    return index;
}

int PayloadTree::addLiteral(QByteArrayView key, Kind kind)
{
    return add(kind, key);
}

int PayloadTree::copySubtree(const PayloadTree &other, int node)
{
    const QByteArray k = other.key(node).toByteArray(); // this tree's buffers may move
    switch (other.kind(node)) {
    case Kind::Integer:
        return addInteger(k, other.integer(node));
    case Kind::Double:
        return addDouble(k, other.number(node));
    case Kind::String:
        return addString(k, other.text(node).toByteArray());
    case Kind::Array:
    case Kind::Object: {
        const int c = open(other.kind(node), k, other.keysAsWritten(node));
        for (const int child : other.children(node))
            copySubtree(other, child);
        close(c);
        return c;
    }
    default:
        return addLiteral(k, other.kind(node));
    }
}

void PayloadTree::prependMembers(const PayloadTree &other)
{
    const QVarLengthArray<int, 8> own = std::move(m_rootMembers);
    m_rootMembers.clear();
    for (const int c : other.m_rootMembers)
        copySubtree(other, c);
    m_prepended += size_t(other.m_rootMembers.size());
    m_rootMembers.append(own.constData(), own.size());
}

int PayloadTree::firstWritten(QByteArrayView name) const
{
    for (const int c : m_rootMembers) {
        if (key(c) == name && kind(c) == Kind::Object && keysAsWritten(c))
            return c;
    }
    return -1;
}

QStringList PayloadTree::writtenKeys(QByteArrayView name) const
{
    QStringList keys;
    const int object = firstWritten(name);
    if (object < 0)
        return keys;
    const std::vector<int> members = children(object);
    keys.reserve(qsizetype(members.size()));
    for (const int m : members)
        keys.append(TextCodec::utf8Text(key(m)));
    return keys;
}

void PayloadTree::addJsonValue(QByteArrayView key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        addLiteral(key, value.toBool() ? Kind::True : Kind::False);
        return;
    case QJsonValue::Double: {
        // QJsonValue keeps integers apart from doubles (its variant tells which).
        if (value.toVariant().typeId() == QMetaType::LongLong)
            addInteger(key, value.toInteger());
        else
            addDouble(key, value.toDouble());
        return;
    }
    case QJsonValue::String:
        addString(key, value.toString().toUtf8());
        return;
    case QJsonValue::Array: {
        const int c = open(Kind::Array, key);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            addJsonValue({}, v);
        close(c);
        return;
    }
    case QJsonValue::Object: {
        const int c = open(Kind::Object, key);
        m_nodes[size_t(c)].flags |= InQtOrder;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJsonValue(it.key().toUtf8(), it.value());
        close(c);
        return;
    }
    default:
        addLiteral(key, Kind::Null);
    }
}

PayloadTree PayloadTree::fromJsonObject(const QJsonObject &document,
                                        const QStringList &usersKeyOrder)
{
    PayloadTree tree;
    const QJsonValue users = document.value(QLatin1String("users"));
    const QStringList keys = users.toObject().keys();
    const bool written = users.isObject() && !usersKeyOrder.isEmpty() &&
                         QSet<QString>(usersKeyOrder.cbegin(), usersKeyOrder.cend()) ==
                             QSet<QString>(keys.cbegin(), keys.cend());
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (written && it.key() == QLatin1String("users")) {
            const int c = tree.open(Kind::Object, QByteArrayLiteral("users"), true);
            const QJsonObject o = users.toObject();
            for (const QString &k : usersKeyOrder)
                tree.addJsonValue(k.toUtf8(), o.value(k));
            tree.close(c);
            continue;
        }
        tree.addJsonValue(it.key().toUtf8(), it.value());
    }
    tree.m_origin = document;
    return tree;
}
