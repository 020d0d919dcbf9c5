#include "AppTranslator.h"
#include "MainWindow.h"
#include "TestFiles.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldShowTheWindowInGerman()
    {
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("de")));
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")),
                 qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menus.contains(QStringLiteral("&Ansicht")));
        QTabWidget *areas = window.areas();
        QCOMPARE(areas->tabText(0), QStringLiteral("&Benutzer"));
        QCOMPARE(areas->tabText(1), QStringLiteral("&Gruppen"));
        QCOMPARE(areas->tabText(3), QStringLiteral("&Massenbearbeitung"));
        // Plural forms come out right.
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n pending edit(s)", nullptr, 1),
                 QStringLiteral("1 ausstehende Änderung"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n pending edit(s)", nullptr, 3),
                 QStringLiteral("3 ausstehende Änderungen"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        MainWindow english;
        QCOMPARE(english.areas()->tabText(0), QStringLiteral("&Users"));
    }

    void shouldSpellEnglishPluralsRight()
    {
        // English needs its plural forms too: "1 pending edit", never "1 pending edit(s)".
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n pending edit(s)", nullptr, 1),
                 QStringLiteral("1 pending edit"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n pending edit(s)", nullptr, 4),
                 QStringLiteral("4 pending edits"));
        MainWindow window;
        QCOMPARE(window.areas()->tabText(0), QStringLiteral("&Users"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void shouldTakeTheLanguageFromTheCommandLine()
    {
        const TestFiles::ProcessResult result =
            TestFiles::run("METADESK_GUI", {QStringLiteral("--lang"), QStringLiteral("de"),
                                            QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("Metafelder pro Benutzer")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("--lang")));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_translations.moc"
