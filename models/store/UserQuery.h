#pragma once

#include <QList>
#include <QString>

// A filter on one meta field's value (users table: "equals", "contains", "is empty / missing").
struct MetaFilter
{
    enum class Match
    {
        Equals,
        Contains,
        IsMissing // no value stored (an empty value is never stored: "" clears)
    };

    QString field; // empty: no meta filter
    Match match = Match::Equals;
    QString text; // what the person typed; read by the field's type for Equals

    bool isActive() const { return !field.isEmpty(); }
    friend bool operator==(const MetaFilter &a, const MetaFilter &b)
    {
        return a.field == b.field && a.match == b.match && a.text == b.text;
    }
};

// Which users of an account to list, and in which order.
struct UserQuery
{
    enum class Sort
    {
        Id,
        FirstName,
        LastName,
        Email,
        Status,
        Meta // by the value of `sortField`
    };

    QString search;     // matches id, names and email (docs/API.md 7, `q`)
    qint64 groupId = 0; // 0 = any group
    MetaFilter meta;
    // Further meta filters, AND'ed with `meta` (the egress takes several).
    QList<MetaFilter> moreMeta;
    Sort sort = Sort::Id;
    QString sortField; // the meta field when sort == Meta
    bool descending = false;
    // The same order read backwards, from its last user: a view reads far pages from the end
    // (an offset then counts from the last user). Not the same as `descending`: users without
    // a value of the sorted meta field come last in either direction.
    bool fromEnd = false;

    static UserQuery matching(const QString &text)
    {
        UserQuery q;
        q.search = text;
        return q;
    }
    static UserQuery inGroup(qint64 group)
    {
        UserQuery q;
        q.groupId = group;
        return q;
    }

    bool isEmpty() const { return search.isEmpty() && groupId == 0 && metaFilters().isEmpty(); }
    // Every active meta filter: `meta`, then `moreMeta`.
    QList<MetaFilter> metaFilters() const
    {
        QList<MetaFilter> all;
        if (meta.isActive())
            all.append(meta);
        for (const MetaFilter &f : moreMeta) {
            if (f.isActive())
                all.append(f);
        }
        return all;
    }

    // Keyset paging by id works only in id order; other orders page by offset.
    bool isIdOrder() const { return sort == Sort::Id && !descending && !fromEnd; }
    friend bool operator==(const UserQuery &a, const UserQuery &b)
    {
        return a.search == b.search && a.groupId == b.groupId && a.meta == b.meta &&
               a.moreMeta == b.moreMeta && a.sort == b.sort && a.sortField == b.sortField &&
               a.descending == b.descending && a.fromEnd == b.fromEnd;
    }
};
