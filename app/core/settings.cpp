#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace wan::core {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WanStudio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("wanstudio.app"));
    QCoreApplication::setApplicationName(QStringLiteral("wanstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WANSTUDIO_VERSION));
}

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(store ? std::move(store) : std::make_unique<QSettings>())
{
}

QString Settings::name(Key key)
{
    switch (key) {
    case Key::ApiBase: return QStringLiteral("service/apiBase");
    case Key::UploadBase: return QStringLiteral("service/uploadBase");
    case Key::GenerationMode: return QStringLiteral("service/mode");
    case Key::LastParameters: return QStringLiteral("editor/lastParameters");
    case Key::PromptHistory: return QStringLiteral("editor/promptHistory");
    case Key::ResultsDirectory: return QStringLiteral("results/directory");
    case Key::LastRandomSeed: return QStringLiteral("editor/randomSeed");
    case Key::Notifications: return QStringLiteral("ui/notifications");
    case Key::MaxConcurrentJobs: return QStringLiteral("jobs/maxConcurrent");
    case Key::WindowGeometry: return QStringLiteral("ui/windowGeometry");
    case Key::WindowState: return QStringLiteral("ui/windowState");
    case Key::LastImage: return QStringLiteral("editor/lastImage");
    case Key::Language: return QStringLiteral("ui/language");
    case Key::Appearance: return QStringLiteral("ui/appearance");
    case Key::SplitterState: return QStringLiteral("ui/splitterState");
    case Key::AdvancedOpen: return QStringLiteral("editor/advancedOpen");
    case Key::BudgetDaily: return QStringLiteral("budget/daily");
    case Key::BudgetMonthly: return QStringLiteral("budget/monthly");
    case Key::ExportChoices: return QStringLiteral("export/choices");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::ApiBase:     // empty: Segmind's own (api::Endpoints::fromSettings)
    case Key::UploadBase: return QString();
    case Key::GenerationMode: return QStringLiteral("async");
    case Key::LastParameters: return QVariant();
    case Key::PromptHistory: return QStringList();
    case Key::ResultsDirectory: return QString();
    case Key::LastRandomSeed: return false;
    case Key::Notifications: return true;
    case Key::MaxConcurrentJobs: return 3;
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::SplitterState: return QByteArray();
    case Key::AdvancedOpen: return false;
    case Key::LastImage:
    case Key::Language: return QString();
    case Key::Appearance: return QStringLiteral("system");
    case Key::BudgetDaily:
    case Key::BudgetMonthly: return 0.0;
    case Key::ExportChoices: return QVariantMap();
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_store->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_store->value(name(key)) == value)
        return;
    m_store->setValue(name(key), value);
    emit changed(key);
}

QString Settings::dataDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString Settings::resultsDirectory() const
{
    QString dir = value(Key::ResultsDirectory).toString();
    if (dir.isEmpty())
        dir = dataDirectory() + QStringLiteral("/results");
    QDir().mkpath(dir);
    return dir;
}

} // namespace wan::core
