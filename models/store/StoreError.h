#pragma once

#include <QCoreApplication>
#include <QString>

// Why a database file could not be opened or written, naming the file and the problem.
struct StoreError
{
    enum class Kind
    {
        None,
        Missing,
        AlreadyExists,
        NotSqlite,
        NotMetaDesk,
        Corrupt,
        NewerVersion,
        ReadOnly,
        Sql
    };

    Kind kind = Kind::None;
    QString file;
    QString problem;

    bool isError() const { return kind != Kind::None; }
    QString text() const
    {
        return QCoreApplication::translate("StoreError", "%1: %2").arg(file, problem);
    }
};
