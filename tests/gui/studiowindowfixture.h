#pragma once

// The studio window on the core objects it works with, talking to the Segmind
// emulator: what a GUI test needs to drive the whole loop. Header-only so each
// test executable takes it as it is.

#include "api/segmindclient.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "library/libraryservice.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace wan::test {

struct StudioWindowFixture
{
    EmulatorFixture emulator;
    QTemporaryDir dir;
    QString image;
    std::unique_ptr<core::Settings> settings;
    QNetworkAccessManager network;
    std::unique_ptr<api::SegmindClient> client;
    std::unique_ptr<image::UploadCache> uploads;
    std::unique_ptr<jobs::JobQueue> queue;
    std::unique_ptr<core::CreditTracker> credits;
    std::unique_ptr<library::LibraryService> library; // with open(name, true)
    std::unique_ptr<ui::MainWindow> window;

    // Starts the emulator (runs take about latencyMs) and writes a test picture.
    bool startOnce(int latencyMs = 300)
    {
        if (!dir.isValid() || !emulator.start({ QStringLiteral("--latency-ms"), QString::number(latencyMs) }))
            return false;
        QImage picture(1200, 900, QImage::Format_RGB32);
        picture.fill(QColor(40, 90, 160));
        image = dir.filePath(QStringLiteral("harbour.jpg"));
        return picture.save(image, "JPEG", 90);
    }

    // The menu bar's command with this object name, nullptr when there is none.
    QAction *menuAction(const char *objectName) const
    {
        for (QAction *menu : window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->objectName() == QLatin1String(objectName))
                    return action;
            }
        }
        return nullptr;
    }

    // A fresh window on fresh settings named for the test; the key is set.
    // withLibrary: a fresh library (and media folder) records the runs, as in the app.
    bool open(const QString &name, bool withLibrary = false)
    {
        if (!emulator.reset())
            return false;
        const QString ini = dir.filePath(QStringLiteral("settings-%1.ini").arg(name));
        QFile::remove(ini);
        settings = std::make_unique<core::Settings>(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        const auto &model = core::ModelDescription::wan22ImageToVideo();
        client = std::make_unique<api::SegmindClient>(&network, api::Endpoints(emulator.apiBase(), emulator.apiBase()));
        client->setApiKey(emulator.apiKey());
        uploads = std::make_unique<image::UploadCache>(QString());
        queue = std::make_unique<jobs::JobQueue>(client.get(), uploads.get(), model, dir.filePath(QStringLiteral("results")));
        jobs::PollPolicy policy;
        policy.firstPollMs = 50;
        policy.maxPollMs = 200;
        policy.maxBackoffMs = 200;
        queue->setPollPolicy(policy);
        credits = std::make_unique<core::CreditTracker>(model.typicalCostUsd());
        const QString media = dir.filePath(QStringLiteral("media-%1").arg(name));
        if (withLibrary) {
            const QString database = dir.filePath(QStringLiteral("library-%1.sqlite").arg(name));
            QFile::remove(database);
            library = std::make_unique<library::LibraryService>(database, media);
            bool opened = false;
            bool answered = false;
            library->open(&network, [&](bool ok, const QString &error) {
                if (!ok)
                    qWarning() << "the library did not open:" << error;
                opened = ok;
                answered = true;
            });
            QElapsedTimer waited;
            waited.start();
            while (!answered && waited.elapsed() < 20'000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (!opened)
                return false;
            queue->setLibrary(library.get(), media + QStringLiteral("/inputs"));
        }
        // As the application wires them: what the service reports reaches the status bar.
        QObject::connect(client.get(), &api::SegmindClient::creditsObserved, credits.get(), &core::CreditTracker::observe);
        QObject::connect(client.get(), &api::SegmindClient::costObserved, credits.get(), &core::CreditTracker::observeCost);
        ui::StudioContext context;
        context.settings = settings.get();
        context.model = &model;
        context.network = &network;
        context.client = client.get();
        context.queue = queue.get();
        context.credits = credits.get();
        context.demo = false;
        if (withLibrary) {
            context.library = library.get();
            context.mediaDirectory = media;
        }
        window = std::make_unique<ui::MainWindow>(context);
        window->setKeyState(true);
        return true;
    }

    void close()
    {
        window.reset();
        queue.reset();
        library.reset();
    }

    // A run of the current test picture, as the window would queue it.
    jobs::GenerationRequest request(const QString &prompt) const
    {
        jobs::GenerationRequest r;
        r.image = image;
        r.prompt = prompt;
        return r;
    }
};

} // namespace wan::test
