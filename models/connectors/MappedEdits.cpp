#include "MappedEdits.h"

#include <QHash>
#include <QSet>

QString MappedEdits::location(const MetaEdit &edit)
{
    return tr("user %1 › %2").arg(edit.userId).arg(edit.field);
}

MappedEdits MappedEdits::map(const QList<MetaEdit> &edits, const RemoteIdMap &ids)
{
    MappedEdits result;
    // Which local users each remote id stands for.
    QHash<QString, QSet<qint64>> owners;
    for (const MetaEdit &edit : edits) {
        if (const std::optional<QString> id = ids.remoteId(edit.userId))
            owners[*id].insert(edit.userId);
    }
    for (int i = 0; i < edits.size(); ++i) {
        const MetaEdit &edit = edits.at(i);
        const std::optional<QString> id = ids.remoteId(edit.userId);
        if (!id) {
            result.heldBack.append({i, edit, location(edit), ids.missingReason()});
            continue;
        }
        const QSet<qint64> &users = owners.value(*id);
        if (users.size() > 1) {
            QList<qint64> others(users.cbegin(), users.cend());
            others.removeOne(edit.userId);
            std::sort(others.begin(), others.end());
            QStringList names;
            for (qint64 other : others)
                names << QString::number(other);
            result.heldBack.append(
                {i, edit, location(edit),
                 tr("The remote id \"%1\" also belongs to user %2: nothing is sent to it.")
                     .arg(*id, names.join(QStringLiteral(", ")))});
            continue;
        }
        result.mapped.append({i, edit, *id});
    }
    return result;
}
