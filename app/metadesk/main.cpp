#include "AppTranslator.h"
#include "Icons.h"
#include "MainWindow.h"
#include "store/SqliteLibrary.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
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
    // Before SQLite's first use: the store's and the writers' threads take no process-wide lock
    // per allocation.
    SqliteLibrary::configure();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MetaDesk"));
    QApplication::setOrganizationName(QStringLiteral("MetaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(METADESK_VERSION));
    // The installed .desktop file and icon carry this id (resources/); Wayland shells match on it.
    QApplication::setDesktopFileName(QStringLiteral("io.metadesk.MetaDesk"));
    QApplication::setWindowIcon(Icons::application());
    // The language is needed before any text is made, the parser's help included.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--lang=", 7) == 0)
            language = QString::fromLocal8Bit(argv[i] + 7);
    }
    AppTranslator::install(&app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "MetaDesk: edit per-user meta fields, bulk-assign user "
                                        "groups and work offline on a MetaDesk database file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the user interface in LANGUAGE (e.g. de); the "
                                        "default follows the system."),
        QApplication::translate("main", "LANGUAGE")));
    const QCommandLineOption area(
        QStringLiteral("area"),
        QApplication::translate("main", "Start in AREA: users, groups, schema or bulk."),
        QApplication::translate("main", "AREA"), QStringLiteral("users"));
    parser.addOption(area);
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        QApplication::translate("main", "Show these meta fields as columns (comma-separated)."),
        QApplication::translate("main", "FIELDS"));
    parser.addOption(columns);
    parser.addPositionalArgument(
        QApplication::translate("main", "FILE"),
        QApplication::translate("main", "A MetaDesk database file to open."),
        QApplication::translate("main", "[FILE]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << "metadesk: "
                            << QApplication::translate("main", "give at most one FILE") << '\n';
        return 2;
    }
    const QStringList areas{QStringLiteral("users"), QStringLiteral("groups"),
                            QStringLiteral("schema"), QStringLiteral("bulk")};
    const int areaIndex = int(areas.indexOf(parser.value(area)));
    if (areaIndex < 0) {
        QTextStream(stderr) << "metadesk: "
                            << QApplication::translate("main", "unknown area '%1'; use one of: %2")
                                   .arg(parser.value(area), areas.join(QStringLiteral(", ")))
                            << '\n';
        return 2;
    }
    window.areas()->setCurrentIndex(areaIndex);
    // Shown first, so that any question about the file (edits a crash left behind) comes over it.
    window.show();
    if (!files.isEmpty()) {
        // Opened on a thread of its own while the window comes up; a file that cannot be opened
        // is reported here, where it was named, and ends the program.
        window.workspace()->openFile(files.first(), &window, [](const WorkspaceFailure &failure) {
            if (failure.ok())
                return;
            QTextStream(stderr) << "metadesk: " << failure.text << '\n';
            QCoreApplication::exit(1);
        });
    }
    if (parser.isSet(columns))
        window.showMetaColumns(parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return QApplication::exec();
}
