#include "PhpFormBuilder.h"

#include "FormPairs.h"
#include "JsonWriter.h"
#include "PayloadTree.h"
#include "TextCodec.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

namespace {
constexpr int kIndexThreshold = 8;
constexpr int kMaxFlatPairs = 8;

// A byte order mark that starts a name or a value is dropped, as the JSON text these parameters
// used to become was read by QJsonDocument (which drops it) and as the parameter document built
// from the tree reads it.
QByteArrayView withoutMark(QByteArrayView text)
{
    return TextCodec::startsWithByteOrderMark(text) ? text.sliced(3) : text;
}

// PHP turns keys like "15" (canonical non-negative decimal) into integer keys.
bool integerKey(QByteArrayView key, qint64 *value)
{
    if (key.isEmpty() || key.size() > 18 || (key.size() > 1 && key[0] == '0'))
        return false;
    qint64 v = 0;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}
} // namespace

PhpFormBuilder::PhpFormBuilder(int maxDepth)
    : m_maxDepth(maxDepth)
{
    m_nodes.emplace_back(); // the root map
}

PhpFormBuilder::~PhpFormBuilder() = default;

void PhpFormBuilder::reserve(qsizetype pairs, qsizetype bytes)
{
    // fields[7][user_id]: a node per pair and one per entry, plus the root and `fields` (one
    // node short and a body's tree is copied once more, all of it, at its end).
    m_nodes.reserve(pairs * 4 / 3 + 4);
    m_text.resize(std::max(bytes, m_textSize)); // filled up to m_textSize (appendText)
}

QByteArrayView PhpFormBuilder::keyOf(const Node &node) const
{
    return QByteArrayView(m_text.constData() + node.keyOffset, node.keyLength);
}

int PhpFormBuilder::child(int parent, QByteArrayView key, bool asMap)
{
    int found = -1;
    // The pair before usually named the same entry (fields[7][user_id], fields[7][field], ...).
    const int last = m_nodes[size_t(parent)].lastChild;
    qint64 number = -1;
    if (last >= 0 && TextCodec::sameBytes(keyOf(m_nodes[size_t(last)]), key)) {
        found = last;
    } else if (integerKey(key, &number) && number >= m_nodes[size_t(parent)].nextIndex) {
        // Past every integer key so far, and no other key is spelled as a canonical number:
        // new (the usual case, fields[0], fields[1], ...), no lookup needed.
    } else if (m_nodes[size_t(parent)].childCount > kIndexThreshold) {
        // Indexed when first looked up in, then kept up with the children added since.
        ChildIndex &index = m_index[parent];
        int c = index.lastIndexed < 0 ? m_nodes[size_t(parent)].firstChild
                                      : m_nodes[size_t(index.lastIndexed)].nextSibling;
        for (; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
            index.keys.insert(keyOf(m_nodes[size_t(c)]).toByteArray(), c);
            index.lastIndexed = c;
        }
        const auto it = index.keys.constFind(key.toByteArray());
        if (it != index.keys.constEnd())
            found = *it;
    } else {
        for (int c = m_nodes[size_t(parent)].firstChild; c >= 0;
             c = m_nodes[size_t(c)].nextSibling) {
            if (TextCodec::sameBytes(keyOf(m_nodes[size_t(c)]), key)) {
                found = c;
                break;
            }
        }
    }
    if (found >= 0) {
        Node &node = m_nodes[size_t(found)];
        if (node.isMap() != asMap) { // a later pair of the other kind overwrites, as in PHP
            node.valueOffset = kMap;
            node.valueLength = 0;
            node.firstChild = node.lastChild = -1;
            node.childCount = 0;
            node.nextIndex = 0;
            m_index.remove(found);
        }
        return found;
    }
    Node node;
    node.keyOffset = appendText(key);
    node.keyLength = quint32(key.size());
    const int created = int(m_nodes.size());
    m_nodes.append(node);
    Node &p = m_nodes[size_t(parent)];
    if (p.lastChild >= 0)
        m_nodes[size_t(p.lastChild)].nextSibling = created;
    else
        p.firstChild = created;
    p.lastChild = created;
    ++p.childCount;
    if (number >= p.nextIndex)
        p.nextIndex = number + 1;
    if (!asMap)
        m_nodes[size_t(created)].valueOffset = 0; // marked as a leaf; set by the caller
    return created;
}

bool PhpFormBuilder::add(QByteArrayView key, QByteArrayView value)
{
    // Split "name[a][b][]" into segments; text after an unmatched '[' stays part of the name.
    // Byte loops: a name is short, and memchr costs more than the bytes it would skip.
    const char *k = key.data();
    const qsizetype n = key.size();
    qsizetype open = 0;
    while (open < n && k[open] != '[')
        ++open;
    QByteArrayView name = key.first(open);
    QVarLengthArray<QByteArrayView, 8> segments;
    if (open < n) {
        qsizetype pos = open;
        while (pos < n && k[pos] == '[') {
            qsizetype close = pos + 1;
            while (close < n && k[close] != ']')
                ++close;
            if (close == n)
                break;
            segments.append(key.sliced(pos + 1, close - pos - 1));
            pos = close + 1;
        }
        if (segments.isEmpty())
            name = key;
    }
    if (name.isEmpty())
        return true; // PHP drops pairs without a name
    if (int(segments.size()) + 1 > m_maxDepth)
        return false;
    int node = 0;
    QByteArray appended;
    for (qsizetype i = 0; i <= segments.size(); ++i) {
        QByteArrayView segment = i == 0 ? name : segments[i - 1];
        if (i > 0 && segment.isEmpty()) {
            appended = QByteArray::number(m_nodes[size_t(node)].nextIndex);
            segment = appended;
        }
        node = child(node, segment, i < segments.size());
    }
    const quint32 at = appendText(value);
    Node &leaf = m_nodes[size_t(node)];
    leaf.valueOffset = at;
    leaf.valueLength = quint32(value.size());
    return true;
}

quint32 PhpFormBuilder::appendText(QByteArrayView bytes)
{
    // m_text is sized ahead and filled up to m_textSize: QByteArray::append (insert()) and
    // resize() are calls that every name and value would make.
    const qsizetype at = m_textSize;
    if (m_text.size() - at < bytes.size())
        m_text.resize(std::max(m_text.size() * 2, at + bytes.size()) + 64);
    if (!bytes.isEmpty())
        std::memcpy(m_text.data() + at, bytes.data(), size_t(bytes.size()));
    m_textSize += bytes.size();
    return quint32(at);
}

void PhpFormBuilder::writeNode(QByteArray &out, int index) const
{
    const Node &node = m_nodes[size_t(index)];
    if (!node.isMap()) {
        JsonWriter::appendUtf8String(
            out, QByteArrayView(m_text.constData() + node.valueOffset, node.valueLength));
        return;
    }
    const std::vector<int> list = listOrder(node);
    const bool isList = !list.empty();
    if (isList) {
        out.append('[');
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0)
                out.append(',');
            writeNode(out, list[i]);
        }
        out.append(']');
        return;
    }
    out.append('{');
    bool first = true;
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
        if (!first)
            out.append(',');
        first = false;
        JsonWriter::appendUtf8String(out, keyOf(m_nodes[size_t(c)]));
        out.append(':');
        writeNode(out, c);
    }
    out.append('}');
}

QByteArray PhpFormBuilder::toJson() const
{
    QByteArray out;
    out.reserve(m_textSize * 2 + 64);
    writeNode(out, 0);
    return out;
}

std::vector<int> PhpFormBuilder::listOrder(const Node &node) const
{
    // A list when the keys are exactly 0..n-1 (in any order), like PHP arrays that JSON calls
    // lists.
    // Usually the keys are 0, 1, 2, ... as written, or the first is not a number at all
    // (fields[7][user_id]): neither needs the buffer.
    qint64 k = 0;
    if (node.firstChild < 0 || !integerKey(keyOf(m_nodes[size_t(node.firstChild)]), &k))
        return {};
    std::vector<int> list;
    list.reserve(size_t(node.childCount));
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
        if (!integerKey(keyOf(m_nodes[size_t(c)]), &k) || k != qint64(list.size()))
            break;
        list.push_back(c);
    }
    if (list.size() == size_t(node.childCount))
        return list;
    list.assign(size_t(node.childCount), -1);
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
        if (!integerKey(keyOf(m_nodes[size_t(c)]), &k) || k >= node.childCount ||
            list[size_t(k)] >= 0)
            return {};
        list[size_t(k)] = c;
    }
    return list;
}

void PhpFormBuilder::writeTreeNode(PayloadTree &tree, int index) const
{
    const Node &node = m_nodes[size_t(index)];
    const QByteArrayView key = withoutMark(keyOf(node));
    if (!node.isMap()) {
        tree.addString(key, withoutMark(QByteArrayView(m_text.constData() + node.valueOffset,
                                                       node.valueLength)));
        return;
    }
    const std::vector<int> list = listOrder(node);
    const int container =
        tree.open(list.empty() ? PayloadTree::Kind::Object : PayloadTree::Kind::Array, key);
    if (list.empty()) {
        for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling)
            writeTreeNode(tree, c);
    } else {
        for (const int c : list)
            writeTreeNode(tree, c);
    }
    tree.close(container);
}

void PhpFormBuilder::writeTree(PayloadTree &tree) const
{
    // The tree refers to this builder's text instead of copying it (implicit sharing); the
    // bytes past m_textSize are room never written, which no node refers to.
    tree.setSource(m_text);
    tree.reserve(qsizetype(m_nodes.size()));
    for (int c = m_nodes[0].firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling)
        writeTreeNode(tree, c);
}

bool PhpFormBuilder::writeFlatForm(const QByteArray &text, PayloadTree &tree)
{
    if (!PayloadTree::fits(text.size()))
        return false;
    tree.setSource(text);
    tree.reserve(kMaxFlatPairs);
    FormPairs pairs(text);
    QByteArrayView key;
    QByteArrayView value;
    while (pairs.next(&key, &value)) {
        // Nested or dropped names, repeated ones (PHP keeps the first place and the last value)
        // and bad text are the builder's.
        if (pairs.index() == kMaxFlatPairs || key.isEmpty() ||
            (pairs.nameMayHoldBracket() && TextCodec::indexOfByte(key, '[') >= 0) ||
            (!pairs.nameIsAscii() && !TextCodec::isValidUtf8(key)) ||
            (!pairs.valueIsAscii() && !TextCodec::isValidUtf8(value)))
            return false;
        const QByteArrayView name = withoutMark(key);
        if (tree.member(PayloadTree::kRoot, name) >= 0)
            return false;
        tree.addString(name, withoutMark(value)); // copies what was decoded into scratch
    }
    return true;
}
