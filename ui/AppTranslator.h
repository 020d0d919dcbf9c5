#pragma once

#include <QString>

class QCoreApplication;

// Puts MetaDesk's translation (embedded under :/i18n) and Qt's own for a language in place.
namespace AppTranslator {
// `language` like "de" or "de_DE"; empty follows the system locale. False when MetaDesk has no
// translation for it (the English texts stay).
bool install(QCoreApplication *app, const QString &language = {});
} // namespace AppTranslator
