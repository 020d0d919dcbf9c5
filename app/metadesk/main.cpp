#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

namespace {
// Qt aborts with a plugin message when no display is reachable; say what to do instead.
bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, ...: the user chose a platform that needs no display
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" ||
            arg == "--help-all")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool helpOnly = wantsHelpOrVersion(argc, argv);
    if (helpOnly && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // --help needs no window
    if (!helpOnly && !hasDisplay()) {
        std::fputs("metadesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "MetaDesk is a desktop application and needs a graphical session.\n"
                   "On a machine without one, run it under a virtual X server:\n"
                   "    xvfb-run -a metadesk [FILE]\n"
                   "or, for a window nobody sees, set QT_QPA_PLATFORM=offscreen.\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MetaDesk"));
    QApplication::setOrganizationName(QStringLiteral("MetaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(METADESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "MetaDesk: edit per-user meta fields, bulk-assign user "
                                        "groups and work offline on a MetaDesk database file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A MetaDesk database file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << "metadesk: "
                            << QApplication::translate("main", "give at most one FILE") << '\n';
        return 2;
    }
    if (!files.isEmpty()) {
        QString error;
        if (!window.openDatabase(files.first(), &error)) {
            QTextStream(stderr) << "metadesk: " << error << '\n';
            return 1;
        }
    }
    window.show();
    return QApplication::exec();
}
