#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QVarLengthArray>
#include <memory>
#include <vector>

class PayloadTree;

// Builds one document from PHP-style form pairs (`users[15][color]=red`, `user_id[]=1`), the way
// PHP fills $_POST: brackets nest, `[]` appends, a later pair overwrites an earlier one. Keys and
// values are decoded UTF-8 bytes. The result goes into a PayloadTree (or, as a reference for
// tests, JSON text).
class PhpFormBuilder
{
public:
    explicit PhpFormBuilder(int maxDepth);
    ~PhpFormBuilder();
    PhpFormBuilder(const PhpFormBuilder &) = delete;
    PhpFormBuilder &operator=(const PhpFormBuilder &) = delete;

    // Room for about `pairs` pairs of `bytes` bytes in all.
    void reserve(qsizetype pairs, qsizetype bytes);
    // False (and nothing added) when the key nests deeper than maxDepth.
    bool add(QByteArrayView key, QByteArrayView value);
    // A JSON object; maps whose keys are exactly 0..n-1 become arrays.
    QByteArray toJson() const;
    // The same document as the top-level members of `tree` (which must be new).
    void writeTree(PayloadTree &tree) const;
    // A urlencoded form of a few plain, distinct names and valid UTF-8 (format 3's
    // user_id=..&field=..&value=..) written into the new `tree` as a builder would write it,
    // without one. False for any other form: then `tree` is to be dropped and a builder must read
    // the form (and say what is wrong with it). A million small requests cost half as much.
    static bool writeFlatForm(const QByteArray &text, PayloadTree &tree);

private:
    // 40 bytes: a 16 MiB form has up to a node per four bytes, all of them new memory for
    // the first request of a process. Offsets into m_text are 32-bit: the text of a body
    // RequestDocument reads (kMaxBodyBytes) stays under 4 GiB.
    static constexpr quint32 kMap = 0xFFFFFFFF; // valueOffset of a map
    struct Node
    {
        qint64 nextIndex = 0;  // PHP's next `[]` index for a map
        quint32 keyOffset = 0; // into m_text
        quint32 keyLength = 0;
        quint32 valueOffset = kMap; // leaf value in m_text
        quint32 valueLength = 0;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
        int childCount = 0;
        bool isMap() const { return valueOffset == kMap; }
    };
    static_assert(sizeof(Node) == 40);

    QByteArrayView keyOf(const Node &node) const;
    int child(int parent, QByteArrayView key, bool asMap);
    // Appends to m_text; returns where the bytes start.
    quint32 appendText(QByteArrayView bytes);
    void writeNode(QByteArray &out, int index) const;
    // Children of a map in index order when its keys are exactly 0..n-1, else empty.
    std::vector<int> listOrder(const Node &node) const;
    void writeTreeNode(PayloadTree &tree, int index) const;

    // Inline room for a small form (format 3 has four nodes): a million small requests must
    // not cost an allocation each here.
    QVarLengthArray<Node, 8> m_nodes;
    QByteArray m_text; // keys and values, up to m_textSize (appendText)
    qsizetype m_textSize = 0;
    // Lookup for maps with many children (e.g. `fields` with 100,000 entries), by node index.
    // Made only when a key is not found the cheap ways (see child()).
    struct ChildIndex
    {
        QHash<QByteArray, int> keys;
        int lastIndexed = -1; // the last child in `keys`
    };
    QHash<int, ChildIndex> m_index;
    int m_maxDepth;
};
