#pragma once

#include "PayloadTree.h"
#include "domain/MetaEditSource.h"

#include <QList>
#include <QVarLengthArray>
#include <vector>

// Meta edits read from a request's PayloadTree (UserMetaPayload::read): a user, a field name
// and the node of the value, no value made until one is asked for. A hundred thousand edits are
// one flat array, and a store checks and writes text values from the tree's bytes. Refers to
// the tree, which must outlive these edits.
class TreeEdits : public MetaEditSource
{
public:
    explicit TreeEdits(const PayloadTree *tree = nullptr)
        : m_tree(tree)
    {}
    TreeEdits(const TreeEdits &) = default;
    TreeEdits(TreeEdits &&) noexcept = default;
    TreeEdits &operator=(const TreeEdits &) = default;
    TreeEdits &operator=(TreeEdits &&other) noexcept; // InlineArray.h says why

    // Building: field names are numbers into `names`, set once every edit is known.
    void reserve(qsizetype count) { m_edits.reserve(count); }
    void append(qint64 userId, int name, int valueNode, int sourceIndex)
    {
        m_edits.append({userId, name, valueNode, sourceIndex});
    }
    // Keeps the edits whose `dropped` entry is 0, in order.
    void keep(const std::vector<char> &dropped);
    void clear() { m_edits.clear(); }
    using Names = QVarLengthArray<QString, 1>;
    void setNames(Names names);
    // One name, number 0 (format 3), without a list made and moved for it.
    void setName(const QString &name);

    qsizetype size() const override { return m_edits.size(); }
    bool isEmpty() const { return m_edits.isEmpty(); }
    qint64 userId(qsizetype i) const override { return m_edits[i].userId; }
    const QString &field(qsizetype i) const override { return m_names[m_edits[i].name]; }
    bool clears(qsizetype i) const override;
    QJsonValue value(qsizetype i) const override;
    bool utf8Text(qsizetype i, QByteArrayView *text) const override;
    MetaEdit at(qsizetype i) const override;

    // Every edit made, text values sharing one array's storage (a QJsonValue of its own costs
    // three allocations per string).
    QList<MetaEdit> toList() const;

private:
    struct Edit
    {
        qint64 userId;
        int name;
        int node;
        int sourceIndex;
    };
    const PayloadTree *m_tree;
    // Inline room for one edit and name: format 3 carries one, and a million such requests must
    // not cost allocations for it.
    QVarLengthArray<Edit, 1> m_edits;
    Names m_names;
};
