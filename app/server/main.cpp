#include "server/RequestMemory.h"
#include "server/ServerCommandLine.h"
#include "store/SqliteLibrary.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    SqliteLibrary::configure(); // before SQLite's first use: no process-wide lock per allocation
    RequestMemory::configure(); // big request blocks stay on the heap between requests
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metadesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METADESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ServerCommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
