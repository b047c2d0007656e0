#include "scriptablesettings.h"

#include "translations.h"

#include <QJsonValue>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace wan::core {

namespace {

constexpr int MaxConcurrent = 8; // as Settings > Runs at once allows

} // namespace

QList<Settings::Key> ScriptableSettings::keys()
{
    using K = Settings::Key;
    return { K::BudgetDaily,      K::BudgetMonthly, K::GenerationMode, K::MaxConcurrentJobs, K::ResultsDirectory,
             K::Notifications,    K::Language,      K::Appearance,     K::ApiBase,           K::UploadBase };
}

std::optional<Settings::Key> ScriptableSettings::byName(const QString &name)
{
    for (const Settings::Key key : keys()) {
        if (Settings::name(key) == name)
            return key;
    }
    return std::nullopt;
}

QString ScriptableSettings::description(Settings::Key key)
{
    using K = Settings::Key;
    switch (key) {
    case K::BudgetDaily: return tr("Credits a day's runs may cost before a run is held; 0 means no cap.");
    case K::BudgetMonthly: return tr("Credits a month's runs may cost before a run is held; 0 means no cap.");
    case K::GenerationMode: return tr("async (submit and poll) or sync (one long call).");
    case K::MaxConcurrentJobs: return tr("Runs at once in the window: 1 to %1.").arg(MaxConcurrent);
    case K::ResultsDirectory: return tr("Where clips are saved; empty means the data folder's results.");
    case K::Notifications: return tr("Desktop notifications when a run ends: true or false.");
    case K::Language: return tr("The window's language code (en, de, es, fr, ja, zh_CN); empty means the system's.");
    case K::Appearance: return tr("system, light, dark or highContrast.");
    case K::ApiBase: return tr("The API's address; empty means Segmind's own.");
    case K::UploadBase: return tr("The upload service's address; empty means Segmind's own.");
    default: return {};
    }
}

std::optional<QVariant> ScriptableSettings::parse(Settings::Key key, const QString &text, QString *error)
{
    using K = Settings::Key;
    auto fail = [&](const QString &why) -> std::optional<QVariant> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString value = text.trimmed();
    switch (key) {
    case K::BudgetDaily:
    case K::BudgetMonthly: {
        bool ok = false;
        const double number = value.isEmpty() ? 0.0 : QLocale::c().toDouble(value, &ok);
        if ((!value.isEmpty() && !ok) || !std::isfinite(number) || number < 0.0)
            return fail(tr("%1 takes a number of credits, 0 or more (0: no cap), such as 5 or 2.50; not \"%2\".")
                            .arg(Settings::name(key), text));
        return QVariant(number);
    }
    case K::GenerationMode:
        if (value != QLatin1String("async") && value != QLatin1String("sync"))
            return fail(tr("%1 is async or sync, not \"%2\".").arg(Settings::name(key), text));
        return QVariant(value);
    case K::MaxConcurrentJobs: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > MaxConcurrent)
            return fail(tr("%1 is a whole number from 1 to %2, not \"%3\".").arg(Settings::name(key)).arg(MaxConcurrent).arg(text));
        return QVariant(number);
    }
    case K::Notifications:
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return fail(tr("%1 is true or false, not \"%2\".").arg(Settings::name(key), text));
        return QVariant(value == QLatin1String("true"));
    case K::Language: {
        if (value.isEmpty())
            return QVariant(QString());
        QStringList codes;
        for (const Language &language : availableLanguages()) {
            if (language.code == value)
                return QVariant(value);
            codes.append(language.code);
        }
        return fail(tr("%1 is one of %2, or empty for the system's; not \"%3\".")
                        .arg(Settings::name(key), codes.join(QStringLiteral(", ")), text));
    }
    case K::Appearance: {
        const QStringList allowed { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                                    QStringLiteral("highContrast") };
        if (!allowed.contains(value))
            return fail(tr("%1 is one of %2, not \"%3\".").arg(Settings::name(key), allowed.join(QStringLiteral(", ")), text));
        return QVariant(value);
    }
    case K::ResultsDirectory: return QVariant(value);
    case K::ApiBase:
    case K::UploadBase: {
        if (value.isEmpty())
            return QVariant(QString());
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            return fail(tr("%1 is an http or https address, or empty for Segmind's own; not \"%2\".").arg(Settings::name(key), text));
        return QVariant(value);
    }
    default: return fail(tr("%1 cannot be set from the command line.").arg(Settings::name(key)));
    }
}

QJsonValue ScriptableSettings::toJson(Settings::Key key, const QVariant &value)
{
    using K = Settings::Key;
    switch (key) {
    case K::BudgetDaily:
    case K::BudgetMonthly: return value.toDouble();
    case K::MaxConcurrentJobs: return value.toInt();
    case K::Notifications: return value.toBool();
    default: return value.toString();
    }
}

} // namespace wan::core
