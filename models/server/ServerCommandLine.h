#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

// The `metadesk-server` command line: init, key add/list/revoke, serve and copy, each on a file or
// a PostgreSQL database (StoreLocation). Exit codes: 0 success, 1 the command failed, 2 the
// command line is wrong.
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    ServerCommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int init(const QStringList &arguments);
    int keyAdd(const QStringList &arguments);
    int keyList(const QStringList &arguments);
    int keyRevoke(const QStringList &arguments);
    int serve(const QStringList &arguments);
    int copy(const QStringList &arguments);
    int usage(const QString &problem, const QString &helpText);
    // Parses a subcommand's line and answers --help and wrong lines itself: an exit code when
    // the command is already done, nothing when it goes on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             const QString &help, int positionals, const QString &wrongCount);
    int failure(const QString &problem);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
