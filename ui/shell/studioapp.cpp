#include "shell/studioapp.h"

#include "common/accessiblenames.h"
#include "common/appearance.h"

#include "api/segmindclient.h"
#include "core/apikeystore.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "core/translations.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "library/libraryservice.h"
#include "shell/mainwindow.h"
#include "common/platformdefaults.h"
#include "dialogs/settingsdialog.h"
#include "shell/startupprobe.h"
#include "dialogs/welcomedialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QTimer>

#include <future>

namespace wan::ui {

namespace {

// Owns the core objects for the window's lifetime and answers the window's
// requests that need more than one of them (settings, the key).
class Studio final : public QObject
{
public:
    explicit Studio(bool demo)
        : m_model(core::ModelDescription::wan22ImageToVideo())
        , m_client(&m_network, api::Endpoints::fromSettings(m_settings))
        , m_uploads(core::Settings::dataDirectory() + QStringLiteral("/upload-cache.json"))
        , m_queue(&m_client, &m_uploads, m_model, m_settings.resultsDirectory())
        , m_credits(m_model.typicalCostUsd())
    {
        // First on the library's thread: the queue's and the window's first questions
        // to it (recent service times, the gallery) come after and find it open.
        // The answer comes through the event loop, once the window exists.
        m_library.openReportingDamage(this, [this](bool ok, bool damaged, const QString &error) {
            if (ok)
                libraryOpened();
            else if (damaged)
                // After the first paint: the question needs the window behind it.
                QTimer::singleShot(0, this, [this, error] { offerRebuild(error); });
            else
                libraryUnavailable(error);
        });
        applyAppearance(*qApp, appearanceFromName(m_settings.value(core::Settings::Key::Appearance).toString()));
        m_queue.setMaxConcurrent(m_settings.value(core::Settings::Key::MaxConcurrentJobs).toInt());
        m_queue.setCreditTracker(&m_credits);
        m_queue.setLibrary(&m_library, core::Settings::dataDirectory() + QStringLiteral("/media/inputs"));
        connect(&m_client, &api::SegmindClient::creditsObserved, &m_credits, &core::CreditTracker::observe);
        connect(&m_client, &api::SegmindClient::costObserved, &m_credits, &core::CreditTracker::observeCost);
        StudioContext context;
        context.settings = &m_settings;
        context.model = &m_model;
        context.network = &m_network;
        context.client = &m_client;
        context.queue = &m_queue;
        context.credits = &m_credits;
        context.keys = &m_keys;
        context.library = &m_library;
        context.mediaDirectory = core::Settings::dataDirectory() + QStringLiteral("/media");
        context.demo = demo;
        m_window = std::make_unique<MainWindow>(context);
        connect(m_window.get(), &MainWindow::settingsRequested, this, &Studio::openSettings);
        connect(&m_queue, &jobs::JobQueue::batchStopped, this, [this](const QString &, int cancelled) {
            QMessageBox::information(m_window.get(), tr("Batch stopped"),
                                     tr("The balance would not cover the next run, so %n run(s) of the batch were not sent. "
                                        "Nothing was charged for them.", nullptr, cancelled));
        });
    }

    MainWindow *window() const { return m_window.get(); }

    void lookUpKey()
    {
        m_keys.resolve([this](const core::KeyLookup &lookup) {
            m_keychainProblem = lookup.keychainAvailable ? QString() : lookup.problem;
            if (lookup.key) {
                useKey(*lookup.key);
                return;
            }
            m_window->setKeyState(false, m_keychainProblem);
            QTimer::singleShot(0, this, &Studio::welcome);
        });
    }

private:
    void useKey(const QString &key)
    {
        const bool first = !m_client.hasApiKey();
        m_client.setApiKey(key);
        // Never send a run the library cannot record.
        m_window->setKeyState(m_libraryProblem.isEmpty(), m_libraryProblem);
        m_window->refreshCredits();
        if (first && m_libraryReady)
            m_queue.resumeFromLibrary();
    }

    void libraryOpened()
    {
        m_libraryProblem.clear();
        m_libraryReady = true;
        m_window->libraryReady();
        // Generate waits only for the key now (after a rebuild it also waited for the library).
        m_window->setKeyState(m_client.hasApiKey(), m_client.hasApiKey() ? QString() : m_keychainProblem);
        // Runs a crash or a closed window left behind: fetch what the service accepted.
        if (m_client.hasApiKey())
            m_queue.resumeFromLibrary();
    }

    void libraryUnavailable(const QString &error)
    {
        QMessageBox::warning(m_window.get(), tr("Library unavailable"),
                             tr("The library could not be opened, so runs cannot be recorded and Generate is off: %1").arg(error));
        m_libraryProblem = tr("The library could not be opened: %1").arg(error);
        m_window->setKeyState(false, m_libraryProblem);
    }

    // Every clip carries its settings, so a damaged library can be listed again
    // from them; the damaged file is kept aside, never deleted.
    void offerRebuild(const QString &error)
    {
        m_libraryProblem = tr("The library is damaged: %1").arg(error);
        m_window->setKeyState(false, m_libraryProblem);
        QMessageBox box(QMessageBox::Warning, tr("Library damaged"),
                        tr("The library is damaged: %1\n\nWan Studio can keep the damaged file aside and list your clips "
                           "again from the results folder. Without a library, runs cannot be recorded and Generate is off.")
                            .arg(error),
                        QMessageBox::NoButton, m_window.get());
        QPushButton *rebuild = box.addButton(tr("&Rebuild from clips"), QMessageBox::AcceptRole);
        QPushButton *without = box.addButton(tr("&Continue without library"), QMessageBox::RejectRole);
        nameAfter(rebuild, rebuild->text());
        nameAfter(without, without->text());
        box.setDefaultButton(rebuild);
        box.exec();
        if (box.clickedButton() != rebuild)
            return;
        m_libraryProblem = tr("The library is being rebuilt from your clips.");
        m_window->setKeyState(false, m_libraryProblem);
        const QStringList folders{m_settings.resultsDirectory(), core::Settings::dataDirectory() + QStringLiteral("/media")};
        // Reading every clip is disk work: on the library's own thread.
        m_library.rebuild(folders, this, [this](const library::RebuildReport &report) {
            if (!report.ok) {
                libraryUnavailable(report.error);
                return;
            }
            QString text = tr("%n clip(s) listed again.", nullptr, report.added);
            if (!report.unreadable.isEmpty())
                text += QLatin1Char(' ') + tr("%n file(s) had no Wan Studio settings and were skipped.", nullptr,
                                              static_cast<int>(report.unreadable.size()));
            if (!report.movedAside.isEmpty())
                text += QLatin1Char(' ') + tr("The damaged library was kept as %1.").arg(QDir::toNativeSeparators(report.movedAside));
            QMessageBox::information(m_window.get(), tr("Library rebuilt"), text);
            libraryOpened();
        });
    }

    void welcome()
    {
        WelcomeDialog dialog(m_keychainProblem, QFileInfo::exists(demoServerPath()), m_window.get());
        connect(&dialog, &WelcomeDialog::testKeyRequested, this, [this, &dialog](const QString &key) {
            testKey(key, QString(), [&dialog](bool ok, const QString &text) { dialog.setKeyTestResult(ok, text); });
        });
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.choice() == WelcomeDialog::Choice::Demo)
            startDemo();
        else if (!dialog.key().isEmpty())
            storeKey(dialog.key(), dialog.sessionOnly() || !m_keychainProblem.isEmpty());
    }

    static QString demoServerPath() { return QCoreApplication::applicationDirPath() + QStringLiteral("/segmind-emulator"); }

    // The local stand-in for Segmind that ships beside the app: started on a free
    // loopback port; the app then talks only to it, with its own fake key.
    void startDemo()
    {
        m_demoPortFile = QDir::temp().filePath(QStringLiteral("wanstudio-demo-%1.port").arg(QCoreApplication::applicationPid()));
        QFile::remove(m_demoPortFile);
        m_demoServer = std::make_unique<QProcess>();
        m_demoServer->setProgram(demoServerPath());
        m_demoServer->setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), m_demoPortFile});
        m_demoServer->setStandardOutputFile(QProcess::nullDevice());
        m_demoServer->start();
        auto *poll = new QTimer(this);
        auto waited = std::make_shared<int>(0);
        connect(poll, &QTimer::timeout, this, [this, poll, waited] {
            QFile file(m_demoPortFile);
            const int port = file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toInt() : 0;
            if (port <= 0 && ++*waited < 100)
                return;
            poll->deleteLater();
            if (port <= 0) {
                m_window->setKeyState(false, tr("The local demo server did not start."));
                return;
            }
            const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
            m_client.setEndpoints(api::Endpoints(base, base));
            m_window->setDemo(true);
            useKey(QStringLiteral("SG_0000000000000000"));
        });
        poll->start(100);
    }

    void storeKey(const QString &key, bool sessionOnly)
    {
        useKey(key);
        if (sessionOnly)
            return;
        m_keys.write(key, [this](bool ok, const QString &problem) {
            if (!ok)
                m_window->setKeyState(true, problem);
        });
    }

    void testKey(const QString &key, const QString &apiBase, const std::function<void(bool, const QString &)> &done)
    {
        auto report = [done](api::Outcome<double> outcome) {
            done(outcome.ok(), outcome.ok() ? Studio::tr("The key works; the balance is %1.").arg(*outcome.value)
                                            : outcome.error.message);
        };
        // An empty field tests the key in use.
        if (key.isEmpty()) {
            if (!m_client.hasApiKey()) {
                done(false, tr("Enter a key to test."));
                return;
            }
            m_client.fetchCredits(this, report);
            return;
        }
        auto endpoints = m_client.endpoints();
        if (!apiBase.isEmpty())
            endpoints = api::Endpoints(QUrl(apiBase), endpoints.uploadBase());
        auto *probe = new api::SegmindClient(&m_network, endpoints, this);
        probe->setApiKey(key);
        probe->fetchCredits(this, [probe, report](api::Outcome<double> outcome) {
            probe->deleteLater();
            report(std::move(outcome));
        });
    }

    void openSettings()
    {
        SettingsDialog dialog(m_window.get());
        SettingsValues values;
        const QString storedApiBase = m_settings.value(core::Settings::Key::ApiBase).toString();
        const QString storedUploadBase = m_settings.value(core::Settings::Key::UploadBase).toString();
        values.apiBase = storedApiBase.isEmpty() ? api::Endpoints::defaultApiBase().toString() : storedApiBase;
        values.uploadBase = storedUploadBase.isEmpty() ? api::Endpoints::defaultUploadBase().toString() : storedUploadBase;
        values.sync = m_settings.value(core::Settings::Key::GenerationMode).toString() == QLatin1String("sync");
        values.resultsDirectory = m_settings.resultsDirectory();
        values.notifications = m_settings.value(core::Settings::Key::Notifications).toBool();
        values.maxConcurrent = m_settings.value(core::Settings::Key::MaxConcurrentJobs).toInt();
        values.language = m_settings.value(core::Settings::Key::Language).toString();
        values.appearance = m_settings.value(core::Settings::Key::Appearance).toString();
        values.dailyBudget = m_settings.value(core::Settings::Key::BudgetDaily).toDouble();
        values.monthlyBudget = m_settings.value(core::Settings::Key::BudgetMonthly).toDouble();
        dialog.setValues(values, m_client.hasApiKey());
        if (qEnvironmentVariableIsSet("SEGMIND_API_KEY"))
            dialog.setKeyStorageNote(tr("The key in use comes from the SEGMIND_API_KEY environment variable."));
        else if (!m_keychainProblem.isEmpty())
            dialog.setKeyStorageNote(m_keychainProblem + QLatin1Char(' ') + tr("A key entered here is kept for this session only."));
        connect(&dialog, &SettingsDialog::testKeyRequested, this, [this, &dialog](const QString &key, const QString &apiBase) {
            testKey(key, apiBase, [&dialog](bool ok, const QString &text) { dialog.setKeyTestResult(ok, text); });
        });
        if (dialog.exec() != QDialog::Accepted)
            return;
        const SettingsValues v = dialog.values();
        m_settings.setValue(core::Settings::Key::ApiBase, v.apiBase);
        m_settings.setValue(core::Settings::Key::UploadBase, v.uploadBase);
        m_settings.setValue(core::Settings::Key::GenerationMode, v.sync ? QStringLiteral("sync") : QStringLiteral("async"));
        m_settings.setValue(core::Settings::Key::ResultsDirectory, v.resultsDirectory);
        m_settings.setValue(core::Settings::Key::Notifications, v.notifications);
        m_settings.setValue(core::Settings::Key::MaxConcurrentJobs, v.maxConcurrent);
        m_settings.setValue(core::Settings::Key::Language, v.language);
        m_settings.setValue(core::Settings::Key::Appearance, v.appearance);
        m_settings.setValue(core::Settings::Key::BudgetDaily, v.dailyBudget);
        m_settings.setValue(core::Settings::Key::BudgetMonthly, v.monthlyBudget);
        applyAppearance(*qApp, appearanceFromName(v.appearance));
        m_client.setEndpoints(api::Endpoints::fromSettings(m_settings));
        m_queue.setResultsDirectory(m_settings.resultsDirectory());
        m_queue.setMaxConcurrent(v.maxConcurrent);
        if (!v.apiKey.isEmpty()) {
            storeKey(v.apiKey, !m_keychainProblem.isEmpty());
        } else if (v.removeKey) {
            m_keys.remove([](bool, const QString &) {});
            m_client.setApiKey(QString());
            m_window->setKeyState(false);
        }
        m_window->refreshCredits();
    }

    static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate("wan::ui::Studio", text, disambiguation, n);
    }

    core::Settings m_settings;
    const core::ModelDescription &m_model;
    QNetworkAccessManager m_network;
    api::SegmindClient m_client;
    image::UploadCache m_uploads;
    library::LibraryService m_library{core::Settings::dataDirectory() + QStringLiteral("/library.sqlite")};
    bool m_libraryReady = false;
    QString m_libraryProblem;
    jobs::JobQueue m_queue;
    core::CreditTracker m_credits;
    core::ApiKeyStore m_keys;
    QString m_keychainProblem;
    std::unique_ptr<QProcess> m_demoServer;
    QString m_demoPortFile;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

QString applicationId()
{
    return QStringLiteral("io.github.wanstudio.WanStudio");
}

QList<QImage> applicationIconImages()
{
    // Rendered PNGs rather than the SVG: no dependence on the SVG icon engine.
    // Window decorations, the taskbar and the tray use up to 64 pixels; larger
    // ones come from the installed icon theme by the desktop entry's Icon= (the
    // 128 and 256 PNGs were four fifths of the decoding at every start, and went
    // to the X server with each window).
    QList<QImage> images;
    for (int size : { 16, 24, 32, 48, 64 })
        images << QImage(QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(applicationId()));
    return images;
}

QIcon applicationIcon(const QList<QImage> &images)
{
    QIcon icon;
    for (const QImage &image : images) {
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon applicationIcon()
{
    return applicationIcon(applicationIconImages());
}

QString imageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.isEmpty() || argument.startsWith(QLatin1Char('-')))
            continue;
        if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
            return QUrl(argument).toLocalFile();
        if (argument.contains(QLatin1String("://")))
            return argument;
        return QFileInfo(argument).absoluteFilePath();
    }
    return {};
}

int runStudio(int argc, char *argv[])
{
    applyPlatformDefaults();
    QApplication app(argc, argv);
    // The first image Qt reads loads every image-format plugin (and libtiff,
    // libwebp, libmng...). The icon is decoded on a thread of its own, which
    // does that while this thread starts building the window. (Not before
    // QApplication: the first thread to touch Qt's objects becomes its main thread.)
    auto iconImages = std::async(std::launch::async, &applicationIconImages);
    core::applyApplicationIdentity();
    core::installTranslators(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Wan Studio"));
    // Ties the windows to io.github.wanstudio.WanStudio.desktop (Wayland app id,
    // taskbar grouping and progress).
    QGuiApplication::setDesktopFileName(applicationId());
    const bool demo = qEnvironmentVariableIntValue("WANSTUDIO_DEMO") == 1;

    Studio studio(demo);
    MainWindow *window = studio.window();
    // Benchmarks: exit once the window has painted and the event loop is idle.
    if (QApplication::arguments().contains(QLatin1String("--quit-after-startup")))
        StartupProbe::quitWhenPaintedAndIdle(window);
    // The app's icon, for every window, before the first is shown.
    QApplication::setWindowIcon(applicationIcon(iconImages.get()));
    window->show();
    const QString image = imageArgument(QApplication::arguments());
    if (!image.isEmpty())
        window->openImage(image);
    // After the first paint: the keychain may take a moment to answer.
    QTimer::singleShot(0, &studio, [&studio] { studio.lookUpKey(); });
    return app.exec();
}

} // namespace wan::ui
