#pragma once

// Loads Qt's own translations first (so standard dialogs match) and then Wan
// Studio's, from the resources built by qt_add_translations: for the language
// chosen in Settings, or the system's languages when none is chosen.

#include <QList>
#include <QString>

class QCoreApplication;

namespace wan::core {

// A language Wan Studio is translated into: its code ("de", "zh_CN") and its
// name in itself ("Deutsch", "简体中文"), which is never translated.
struct Language
{
    QString code;
    QString nativeName;
};

// English first, then the translations, in the order Settings lists them.
QList<Language> availableLanguages();

// language: a code from availableLanguages(), or empty for the system's
// languages. An unknown code counts as empty. Also makes that language's
// locale the default, so numbers and dates match the text.
void installTranslators(QCoreApplication &app, const QString &language);

// The same, for the language chosen in Settings (Settings::Key::Language).
void installTranslators(QCoreApplication &app);

} // namespace wan::core
