#include "TreeEdits.h"

#include "InlineArray.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

TreeEdits &TreeEdits::operator=(TreeEdits &&other) noexcept
{
    m_tree = other.m_tree;
    moveInlineArray(m_edits, std::move(other.m_edits));
    moveInlineArray(m_names, std::move(other.m_names));
    return *this;
}

void TreeEdits::setNames(Names names)
{
    moveInlineArray(m_names, std::move(names));
}

void TreeEdits::setName(const QString &name)
{
    if (!m_names.isEmpty())
        m_names.clear();
    m_names.append(name);
}

void TreeEdits::keep(const std::vector<char> &dropped)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        if (!dropped[size_t(i)])
            m_edits[kept++] = m_edits[i];
    }
    m_edits.resize(kept);
}

bool TreeEdits::clears(qsizetype i) const
{
    const int node = m_edits[i].node;
    switch (m_tree->kind(node)) {
    case PayloadTree::Kind::Null:
        return true;
    case PayloadTree::Kind::String:
        return m_tree->text(node).isEmpty();
    default:
        return false;
    }
}

QJsonValue TreeEdits::value(qsizetype i) const
{
    return m_tree->toJsonValue(m_edits[i].node);
}

bool TreeEdits::utf8Text(qsizetype i, QByteArrayView *text) const
{
    const int node = m_edits[i].node;
    if (m_tree->kind(node) != PayloadTree::Kind::String)
        return false;
    *text = m_tree->text(node);
    return true;
}

MetaEdit TreeEdits::at(qsizetype i) const
{
    const Edit &e = m_edits[i];
    return MetaEdit{e.userId, m_names[e.name], value(i), e.sourceIndex};
}

QList<MetaEdit> TreeEdits::toList() const
{
    // Text values go into one JSON array that QJsonDocument reads once; each edit's QJsonValue
    // then refers to that array's storage.
    QByteArray json;
    qsizetype strings = 0;
    for (const Edit &e : m_edits) {
        if (m_tree->kind(e.node) == PayloadTree::Kind::String) {
            json.append(strings++ ? ',' : '[');
            JsonWriter::appendUtf8String(json, m_tree->text(e.node));
        }
    }
    json.append(']');
    // The text is valid UTF-8 (every decoder checked it) and escaped: it always parses.
    const QJsonArray texts = strings ? QJsonDocument::fromJson(json).array() : QJsonArray();
    Q_ASSERT(texts.size() == strings);
    QList<MetaEdit> list;
    list.reserve(size());
    qsizetype text = 0;
    for (const Edit &e : m_edits) {
        const QJsonValue value = m_tree->kind(e.node) == PayloadTree::Kind::String
                                     ? texts.at(text++)
                                     : m_tree->toJsonValue(e.node);
        list.append(MetaEdit{e.userId, m_names[e.name], value, e.sourceIndex});
    }
    return list;
}
