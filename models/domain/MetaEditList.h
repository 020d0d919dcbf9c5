#pragma once

#include "MetaEditSource.h"

#include <QList>

// A list of meta edits seen as a MetaEditSource (it must outlive this view).
class MetaEditList : public MetaEditSource
{
public:
    explicit MetaEditList(const QList<MetaEdit> &edits)
        : m_edits(edits)
    {}

    qsizetype size() const override { return m_edits.size(); }
    qint64 userId(qsizetype i) const override { return m_edits.at(i).userId; }
    const QString &field(qsizetype i) const override { return m_edits.at(i).field; }
    bool clears(qsizetype i) const override { return m_edits.at(i).clears(); }
    QJsonValue value(qsizetype i) const override { return m_edits.at(i).value; }
    MetaEdit at(qsizetype i) const override { return m_edits.at(i); }

private:
    const QList<MetaEdit> &m_edits;
};
