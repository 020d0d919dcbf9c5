#pragma once

#include <QFileIconProvider>
#include <QMimeDatabase>

// Icons and type names for the file dialogs, judged by a file's name alone. Qt's own provider
// (like the desktops' dialogs running in this process) reads the first bytes of every file it
// lists to guess its type. For the database file MetaDesk has open, that open() and close() of a
// descriptor of ours drops every lock SQLite holds on the file (POSIX locks belong to the process,
// and any close releases them), and another program could then delete the WAL from under us. The
// dialogs start in the open file's folder, so they would list it every time.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_types;
};
