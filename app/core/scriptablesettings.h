#pragma once

// The settings a script may read and change (`wanstudio settings`): their
// names (Settings::name()), what each holds, and the parsing and checking of a
// value typed as text. Window geometry, histories and the last parameters are
// not among them, and neither is the API key, which is not a setting at all
// (it lives in the system keychain).

#include "settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wan::core {

class ScriptableSettings final
{
    Q_DECLARE_TR_FUNCTIONS(wan::core::ScriptableSettings)
public:
    // In the order `settings list` prints them.
    static QList<Settings::Key> keys();
    // The key named name ("budget/daily"); nullopt when it is not scriptable.
    static std::optional<Settings::Key> byName(const QString &name);
    // One line saying what the setting holds and which values it takes.
    static QString description(Settings::Key key);
    // text as the setting's value; nullopt with *error naming what is allowed.
    static std::optional<QVariant> parse(Settings::Key key, const QString &text, QString *error = nullptr);
    // The stored value as a script reads it back (numbers as numbers, "true"/"false").
    static QJsonValue toJson(Settings::Key key, const QVariant &value);
};

} // namespace wan::core
