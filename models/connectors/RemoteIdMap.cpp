#include "RemoteIdMap.h"

#include "domain/MetaValueText.h"

RemoteIdMap RemoteIdMap::byUserId()
{
    return RemoteIdMap();
}

RemoteIdMap RemoteIdMap::byField(const QString &fieldName, const QHash<qint64, QJsonValue> &values)
{
    RemoteIdMap map;
    map.m_field = fieldName;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString text = it.value().isNull() || it.value().isUndefined()
                                 ? QString()
                                 : MetaValueText::display(it.value()).trimmed();
        if (!text.isEmpty())
            map.m_ids.insert(it.key(), text);
    }
    return map;
}

std::optional<QString> RemoteIdMap::remoteId(qint64 userId) const
{
    if (m_field.isEmpty())
        return QString::number(userId);
    const auto it = m_ids.constFind(userId);
    if (it == m_ids.cend())
        return std::nullopt;
    return it.value();
}

QString RemoteIdMap::missingReason() const
{
    return tr("The user has no remote id: the field \"%1\" is empty.").arg(m_field);
}
