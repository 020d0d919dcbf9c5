#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVarLengthArray>
#include <algorithm>
#include <optional>
#include <vector>

// A request's parameters as one compact tree over UTF-8 text: what RequestDocument reads from
// every encoding and UserMetaPayload reads edits from. A million entries cost a few flat arrays
// instead of a million QJsonObjects. Read with the rules of a QJsonObject made by QJsonDocument:
// the last of several members with one key wins, and keys sort by code point (UTF-8 bytes).
//
// Nodes are stored in pre-order: a container's first child follows it, and next() skips a
// whole subtree. Node 0 is the root object; its members are listed apart so that the query
// string's parameters and the body's can be joined.
class PayloadTree
{
public:
    enum class Kind : quint8
    {
        Null,
        False,
        True,
        Integer,
        Double,
        String,
        Array,
        Object
    };

    PayloadTree();
    PayloadTree(const PayloadTree &) = default;
    PayloadTree(PayloadTree &&) noexcept = default;
    PayloadTree &operator=(const PayloadTree &) = default;
    PayloadTree &operator=(PayloadTree &&other) noexcept; // InlineArray.h says why

    // --- reading
    static constexpr int kRoot = 0;
    Kind kind(int node) const { return m_nodes[size_t(node)].kind; }
    bool isContainer(int node) const { return kind(node) >= Kind::Array; }
    // Members or elements, repetitions of a key included.
    int childCount(int node) const;
    // The children of `node` in the order written (for forms: as PHP orders them).
    std::vector<int> children(int node) const;
    // The member key of `node` (empty for array elements and the root).
    QByteArrayView key(int node) const;
    QByteArrayView text(int node) const; // a String's UTF-8 text
    qint64 integer(int node) const { return m_nodes[size_t(node)].number.integer; }
    double number(int node) const { return m_nodes[size_t(node)].number.real; }
    // Whether an object's members stand as a JSON body wrote them (repetitions possible) rather
    // than merged and ordered by a form or a QJsonObject.
    bool keysAsWritten(int node) const { return m_nodes[size_t(node)].flags & KeysAsWritten; }

    // The last member of `object` named `key`, or -1.
    int member(int object, QByteArrayView key) const;
    // The last member of `object` for each of `count` keys (-1 when absent), in one pass.
    void members(int object, const QByteArrayView *keys, int count, int *found) const;
    // An object's members as a QJsonObject iterates them: one per key (the last), sorted.
    std::vector<int> uniqueMembers(int object) const;
    // The same appended to `out`, which saves an allocation per object when reading many.
    void appendUniqueMembers(int object, std::vector<int> &out) const;
    // QJsonDocument's order of keys: by code point, i.e. by UTF-8 bytes.
    static bool keyLess(QByteArrayView a, QByteArrayView b);

    // The keys of the first top-level member named `name` that is an object as a JSON body
    // wrote it, repetitions included (what JsonKeyOrder finds); empty when there is none.
    QStringList writtenKeys(QByteArrayView name) const;
    // That member, or -1.
    int firstWritten(QByteArrayView name) const;

    QJsonValue toJsonValue(int node) const;
    QJsonObject toJsonObject() const; // the root

    // `usersKeyOrder`: format 1's user keys as a JSON body wrote them (JsonKeyOrder); used for
    // the top-level "users" object when it names exactly that object's keys.
    static PayloadTree fromJsonObject(const QJsonObject &document,
                                      const QStringList &usersKeyOrder = {});

    // --- building, in pre-order: open a container, add its children, close it. `key` is
    // ignored inside arrays. Keys and text inside the source (setSource) are referred to, any
    // other is copied.
    void setSource(const QByteArray &source) { m_source = source; }
    int open(Kind container, QByteArrayView key, bool keysAsWritten = false);
    void close(int container);
    int addString(QByteArrayView key, QByteArrayView utf8);
    int addInteger(QByteArrayView key, qint64 value);
    int addDouble(QByteArrayView key, double value);
    int addLiteral(QByteArrayView key, Kind kind); // Null, False or True
    // Puts `other`'s top-level members before this tree's, so that this tree's win.
    void prependMembers(const PayloadTree &other);
    void reserve(qsizetype nodes) { m_nodes.reserve(nodes); }
    // Whether spans of `size` bytes can be held (offsets are 32-bit).
    static bool fits(qsizetype size) { return size < qsizetype(0x7fffffff); }

private:
    // InQtOrder: the members of a QJsonObject, one per key in its own order.
    enum Flag : quint8
    {
        KeyInText = 1,
        ValueInText = 2,
        KeysAsWritten = 4,
        InQtOrder = 8
    };
    struct Node
    {
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        union {
            struct
            {
                quint32 offset;
                quint32 length;
            } span; // String
            qint64 integer;
            double real;
            quint64 count; // containers: children
        } number{};
        quint32 end = 0; // one past the subtree
        Kind kind = Kind::Null;
        quint8 flags = 0;
    };

    int add(Kind kind, QByteArrayView key);
    void span(QByteArrayView text, quint32 *offset, quint32 *length, bool *inText) const;
    QByteArrayView view(quint32 offset, quint32 length, bool inText) const;
    void addJsonValue(QByteArrayView key, const QJsonValue &value);
    int copySubtree(const PayloadTree &other, int node);

    // Inline room for a small request (format 3, a query string): a million of them must not
    // cost two allocations each for their trees.
    QVarLengthArray<Node, 8> m_nodes;
    QVarLengthArray<int, 8> m_rootMembers;
    std::vector<int> m_open; // containers being built
    QByteArray m_source;     // a body the views may point into (implicitly shared)
    QByteArray m_text;       // decoded text
    // fromJsonObject's document, which toJsonObject() gives back as it was (QJsonObject::insert
    // cannot always rebuild QJsonDocument's order of keys), and how many members were put
    // before it since.
    std::optional<QJsonObject> m_origin;
    size_t m_prepended = 0;
};
