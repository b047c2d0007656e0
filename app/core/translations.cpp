#include "translations.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wan::core {

QList<Language> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    bool known = false;
    for (const Language &l : availableLanguages())
        known = known || l.code == language;
    if (known)
        QLocale::setDefault(QLocale(language));
    const QLocale locale; // the default: the chosen language, or the system's

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(&app);
    // A language we have no translation for (or the C locale) gets English,
    // whose file holds the plural forms ("1 character", "2 characters").
    if (ours->load(locale, QStringLiteral("wanstudio"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/wanstudio_en")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

void installTranslators(QCoreApplication &app)
{
    const Settings settings;
    installTranslators(app, settings.value(Settings::Key::Language).toString());
}

} // namespace wan::core
