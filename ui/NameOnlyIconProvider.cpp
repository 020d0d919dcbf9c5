#include "NameOnlyIconProvider.h"

#include <QFileInfo>

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    return QIcon::fromTheme(
        type.iconName(),
        QIcon::fromTheme(type.genericIconName(), icon(QAbstractFileIconProvider::File)));
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::type(info);
    return m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
}
