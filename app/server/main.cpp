#include "server/ServerCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metadesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METADESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ServerCommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
