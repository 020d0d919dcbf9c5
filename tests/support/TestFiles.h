#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class SqliteStore;
class QTemporaryDir;

// Small helpers the tests share: demo files, file fingerprints, running the real executables.
namespace TestFiles {
// Creates a demo database in `dir` through the real code path; fails the test on error.
std::unique_ptr<SqliteStore> createDemo(const QString &path, qint64 users = 200, quint32 seed = 7);
// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fingerprint(const QString &path);
// The bytes of tests/data/<relativePath>, the project's own fixtures; empty, with a warning that
// names the file, when it cannot be read.
QByteArray data(const QString &relativePath);
// Every table's rows as text, in a stable order: two files with equal dumps hold the same data.
// `path` may be a PostgreSQL URI: then its tables.
QString dump(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs an executable named by an environment variable set by CTest (METADESK_SERVER, METADESK_GUI).
// extraEnvironment: "NAME=VALUE" sets a variable, a bare "NAME" removes it.
ProcessResult run(const char *executableVariable, const QStringList &arguments,
                  const QStringList &extraEnvironment = {});
} // namespace TestFiles
