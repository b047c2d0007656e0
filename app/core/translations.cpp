#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wan::core {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
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

} // namespace wan::core
