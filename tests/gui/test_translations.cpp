#include "AppTranslator.h"
#include "MainWindow.h"
#include "TestFiles.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenuBar>
#include <QPushButton>
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
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 1),
                 QStringLiteral("1 ausstehende Änderung"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 3),
                 QStringLiteral("3 ausstehende Änderungen"));
        // Numbers are grouped the German way.
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 1000000),
                 QStringLiteral("1.000.000 ausstehende Änderungen"));
        // Qt's own texts are German too: standard buttons and shortcuts.
        QDialogButtonBox buttons(QDialogButtonBox::Yes | QDialogButtonBox::No |
                                 QDialogButtonBox::Discard | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Apply | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ja"));
        QCOMPARE(buttons.button(QDialogButtonBox::No)->text(), QStringLiteral("&Nein"));
        QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Verwerfen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Apply)->text(), QStringLiteral("Anwenden"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
        QCOMPARE(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                 QStringLiteral("Strg+S"));
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
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 1),
                 QStringLiteral("1 pending edit"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 4),
                 QStringLiteral("4 pending edits"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln pending edit(s)", nullptr, 1000000),
                 QStringLiteral("1,000,000 pending edits"));
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
        // Wholly German: Qt's own lines of the help too.
        for (const char *english : {"Usage:", "Options:", "Arguments:", "Displays"})
            QVERIFY2(!result.out.contains(QLatin1String(english)), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("Aufruf:")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("Optionen:")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("[DATEI]")) &&
                     !result.out.contains(QLatin1String("FILE")),
                 qPrintable(result.out));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_translations.moc"
