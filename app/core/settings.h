#pragma once

// One table of settings: every key, its default, and typed accessors. Nothing
// else reads QSettings directly. Secrets never go here: the API key lives in
// the system keychain (ApiKeyStore).

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace wan::core {

// Application identity used by QSettings and QStandardPaths.
void applyApplicationIdentity();

class Settings final : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        ApiBase,
        UploadBase,
        GenerationMode,
        LastParameters,
        LastRandomSeed,
        PromptHistory,
        ResultsDirectory,
        Notifications,
        MaxConcurrentJobs,
        WindowGeometry,
        WindowState,
        LastImage,
        Language, // a code from availableLanguages(); empty: the system's
        Appearance, // "system", "light", "dark" or "highContrast"
        SplitterState, // the main window's columns (QSplitter::saveState)
        AdvancedOpen,  // the parameters' advanced section is unfolded
        BudgetDaily,   // credits a local day's runs may cost; 0: no cap
        BudgetMonthly, // credits a calendar month's runs may cost; 0: no cap
        ExportChoices, // the Export dialog's last choices (a map: format, quality, size, ...)
    };

    // store: the QSettings to use; nullptr uses the application's default.
    explicit Settings(std::unique_ptr<QSettings> store = {}, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    // Where results are saved by default (created when needed).
    QString resultsDirectory() const;
    // Application data: the library, the upload cache.
    static QString dataDirectory();

signals:
    void changed(wan::core::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace wan::core
