#include "children.h"

#include "api/segmindclient.h"
#include "api/videodownload.h"
#include "benchsupport.h"
#include "continuefigure.h"
#include "exportfigure.h"
#include "core/allocator.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "emulatorfixture.h"
#include "gallery/galleryview.h"
#include "framechildren.h"
#include "imagechildren.h"
#include "image/imagepreparer.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "library/gallerymodel.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "player/mediaengine.h"
#include "shell/mainwindow.h"
#include "common/platformdefaults.h"
#include "player/playerview.h"
#include "player/videoview.h"
#include "testimages.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace wan::bench {

namespace {

int usage(const char *what)
{
    std::fprintf(stderr, "wanstudio-bench child: %s\n", what);
    return 2;
}

// ---- inputs -------------------------------------------------------------

// A 24 MP camera-like JPEG (6000x4000 as displayed), stored rotated with EXIF
// orientation 6 as a phone held upright writes it, about 14 MB.
int makePhoto(const QString &out)
{
    const QImage upright = test::photoLikeImage(QSize(6000, 4000), 7);
    const QByteArray jpeg = test::exifOrientedJpeg(upright, 6, 96);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size())
        return usage("cannot write the photo");
    printBenchResult({ { QStringLiteral("bytes"), jpeg.size() } });
    return 0;
}

// count completed runs with varied prompts; one in a hundred mentions a lighthouse.
int makeLibrary(const QString &database, const QString &media, int count)
{
    library::Library lib(database, media);
    QString error;
    if (!lib.open(&error))
        return usage(qPrintable(error));
    const QStringList subjects { QStringLiteral("a red fox"),    QStringLiteral("an old fisherman"),
                                 QStringLiteral("gulls"),        QStringLiteral("a paper boat"),
                                 QStringLiteral("a tram"),       QStringLiteral("a ballerina"),
                                 QStringLiteral("storm clouds"), QStringLiteral("a cat") };
    const QStringList actions { QStringLiteral("turns slowly"), QStringLiteral("walks through snow"),
                                QStringLiteral("drifts across the harbour"), QStringLiteral("spins in warm light"),
                                QStringLiteral("rolls past the camera") };
    const QStringList styles { QStringLiteral("slow push-in"), QStringLiteral("handheld"), QStringLiteral("golden hour"),
                               QStringLiteral("soft fog"), QStringLiteral("35 mm film") };
    QList<library::Entry> batch;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int i = 0; i < count; ++i) {
        library::Entry e;
        e.created = start.addSecs(qint64(i) * 500);
        e.updated = e.created.addSecs(60);
        e.status = library::EntryStatus::Completed;
        e.model = QStringLiteral("wan-2.2-i2v-fast");
        e.imageSource = QStringLiteral("/home/me/Pictures/IMG_%1.jpg").arg(1000 + i % 300);
        e.prompt = subjects.at(i % subjects.size()) + QLatin1Char(' ') + actions.at((i / 8) % actions.size())
            + QStringLiteral(", ") + styles.at((i / 40) % styles.size())
            + (i % 100 == 7 ? QStringLiteral(", a lighthouse far away") : QString());
        e.seed = 1000 + i;
        e.parameters = QJsonObject { { QStringLiteral("resolution"), QStringLiteral("480p") },
                                     { QStringLiteral("num_frames"), 81 },
                                     { QStringLiteral("frames_per_second"), 16 },
                                     { QStringLiteral("seed"), e.seed } };
        e.requestId = QStringLiteral("req-%1").arg(i);
        e.submittedAt = e.created;
        e.outputPath = QDir(media).filePath(QStringLiteral("clip-%1.mp4").arg(i));
        e.durationMs = 5063;
        e.sizeBytes = 400'000;
        batch.append(e);
        if (batch.size() == 1000 || i == count - 1) {
            if (!lib.insertMany(batch))
                return usage("insertMany failed");
            batch.clear();
        }
    }
    printBenchResult({ { QStringLiteral("entries"), count } });
    return 0;
}

// ---- figure 2 and 3: image preparation ----------------------------------

int prepare(const QString &photo)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = image::ImagePreparer::prepareFile(photo, image::ImagePreparationOptions());
    if (!result.ok())
        return usage(qPrintable(result.error.message));
    printBenchResult(
        { { QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6 },
          { QStringLiteral("bytes"), result.image.jpeg.size() },
          { QStringLiteral("width"), result.image.preparedSize.width() },
          { QStringLiteral("height"), result.image.preparedSize.height() },
          { QStringLiteral("original"),
            QStringLiteral("%1x%2").arg(result.image.originalSize.width()).arg(result.image.originalSize.height()) } });
    return 0;
}

// PSNR (luma) of what is uploaded against the same preparation kept at quality 100.
int quality(const QString &photo)
{
    image::ImagePreparationOptions sent;
    image::ImagePreparationOptions best;
    best.jpegQuality = 100;
    const auto a = image::ImagePreparer::prepareFile(photo, sent);
    const auto b = image::ImagePreparer::prepareFile(photo, best);
    if (!a.ok() || !b.ok())
        return usage("prepare failed");
    const QImage x = QImage::fromData(a.image.jpeg).convertToFormat(QImage::Format_RGB32);
    const QImage y = QImage::fromData(b.image.jpeg).convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return usage("sizes differ");
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const double d = qGray(p[col]) - qGray(q[col]);
            sum += d * d;
        }
    }
    const double mse = sum / double(x.width() * x.height());
    printBenchResult({ { QStringLiteral("psnr"), mse > 0 ? 10 * std::log10(255.0 * 255.0 / mse) : 99.0 },
                       { QStringLiteral("quality"), sent.jpegQuality } });
    return 0;
}

// ---- figure 4: the video download ---------------------------------------

int download(const QString &url, const QString &target)
{
    QNetworkAccessManager network;
    api::SegmindClient client(
        &network, api::Endpoints(QUrl(QStringLiteral("http://127.0.0.1:1")), QUrl(QStringLiteral("http://127.0.0.1:1"))));
    spin(50);
    const qint64 before = procStatusKb("VmRSS");
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    QString error;
    auto *job = new api::VideoDownload(&client, client.get(QUrl(url), 60'000), target, QStringLiteral("downloading the video"));
    QObject::connect(job, &api::VideoDownload::finished, [&](const api::Outcome<QString> &outcome) {
        done = true;
        if (!outcome.ok())
            error = outcome.error.message;
    });
    waitUntil([&] { return done; }, 300'000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 peak = procStatusKb("VmHWM");
    delete job;
    if (!error.isEmpty() || !done)
        return usage(qPrintable(QStringLiteral("download failed: ") + error));
    printBenchResult({ { QStringLiteral("ms"), ms },
                       { QStringLiteral("bytes"), QFileInfo(target).size() },
                       { QStringLiteral("rssBeforeKb"), before },
                       { QStringLiteral("peakKb"), peak } });
    return 0;
}

// ---- figures 3, 5, 6, 9: the studio window through whole runs -------------


int gui(const QString &photo, const QString &clip, const QString &work, int extraRuns)
{
    test::EmulatorFixture emulator;
    if (!emulator.start({ QStringLiteral("--latency-ms"), QStringLiteral("1500"), QStringLiteral("--result-video"), clip,
                          QStringLiteral("--credits"), QStringLiteral("1000") }))
        return usage("the emulator did not start");
    core::Settings settings(
        std::make_unique<QSettings>(QDir(work).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    const auto &model = core::ModelDescription::wan22ImageToVideo();
    QNetworkAccessManager network;
    api::SegmindClient client(&network, api::Endpoints(emulator.apiBase(), emulator.apiBase()));
    client.setApiKey(emulator.apiKey());
    image::UploadCache uploads(QDir(work).filePath(QStringLiteral("upload-cache.json")));
    const QString media = QDir(work).filePath(QStringLiteral("media"));
    library::LibraryService library(QDir(work).filePath(QStringLiteral("library.sqlite")), media);
    jobs::JobQueue queue(&client, &uploads, model, QDir(work).filePath(QStringLiteral("results")));
    queue.setLibrary(&library, media + QStringLiteral("/inputs"));
    core::CreditTracker credits(model.typicalCostUsd());
    queue.setCreditTracker(&credits);
    QObject::connect(&client, &api::SegmindClient::creditsObserved, &credits, &core::CreditTracker::observe);
    bool opened = false;
    library.open(&library, [&opened](bool ok, const QString &) { opened = ok; });
    if (!waitUntil([&] { return opened; }, 20'000))
        return usage("the library did not open");

    ui::StudioContext context;
    context.settings = &settings;
    context.model = &model;
    context.network = &network;
    context.client = &client;
    context.queue = &queue;
    context.credits = &credits;
    context.library = &library;
    context.mediaDirectory = media;
    context.demo = true;
    ui::MainWindow window(context);
    window.show();
    window.libraryReady();
    window.setKeyState(true);
    spin(500);

    auto *player = window.findChild<ui::PlayerView *>();
    auto *generate = window.findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *prompt = window.findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    if (!player || !generate || !prompt)
        return usage("the window's controls were not found");

    QElapsedTimer clock;
    clock.start();
    double lastByte = -1;
    double firstFrame = -1;
    QObject::connect(&network, &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
        if (firstFrame < 0 && reply->url().path().startsWith(QLatin1String("/files/"))
            && reply->error() == QNetworkReply::NoError)
            lastByte = double(clock.nsecsElapsed()) / 1e6;
    });
    ui::MediaPlayback *playback = player->player();
    QObject::connect(playback, &ui::MediaPlayback::frameChanged, [&] {
        if (lastByte >= 0 && firstFrame < 0 && playback->hasFrame())
            firstFrame = double(clock.nsecsElapsed()) / 1e6;
    });

    StallMonitor stalls;
    stalls.start();
    QJsonObject phases;
    window.openImage(photo);
    if (!waitUntil([&] { return window.generateBlockedReason().contains(QLatin1String("prompt")); }, 60'000))
        return usage("the photo was not taken");
    phases.insert(QStringLiteral("imageReady"), stalls.nowMs());
    prompt->setPlainText(QStringLiteral("The harbour at dusk, gulls circling, slow push-in"));
    if (!generate->isEnabled())
        return usage(qPrintable(QStringLiteral("Generate is off: ") + window.generateBlockedReason()));
    phases.insert(QStringLiteral("generate"), stalls.nowMs());
    generate->click();
    phases.insert(QStringLiteral("generateReturned"), stalls.nowMs());
    QObject::connect(&queue, &jobs::JobQueue::jobChanged, &window, [&](int id) {
        if (const auto *record = queue.record(id))
            phases.insert(QStringLiteral("stage%1").arg(int(record->stage)), stalls.nowMs());
    });
    if (!waitUntil([&] { return firstFrame >= 0; }, 120'000))
        return usage(qPrintable(QStringLiteral("no frame shown: ") + window.statusText()));
    phases.insert(QStringLiteral("firstFrame"), stalls.nowMs());
    spin(500);
    stalls.stop();
    // To look at what was measured: BENCH_SCREENSHOT=file.png.
    if (qEnvironmentVariableIsSet("BENCH_SCREENSHOT"))
        QGuiApplication::primaryScreen()->grabWindow(window.winId()).save(qEnvironmentVariable("BENCH_SCREENSHOT"));

    // Everything the client sent for the run: request lines, headers, bodies.
    qint64 sent = 0;
    const QJsonArray requests = emulator.stats().value(QStringLiteral("requests")).toArray();
    for (const auto &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/_emulator")))
            continue;
        sent += request.value(QStringLiteral("bodyBytes")).toInteger() + request.value(QStringLiteral("headerBytes")).toInteger();
    }

    spin(2000);
    const qint64 idleKb = procStatusKb("VmRSS");
    const qint64 idleAnonKb = procStatusKb("RssAnon");
    const qint64 idleFileKb = procStatusKb("RssFile");
    const qint64 idleShmemKb = procStatusKb("RssShmem");
    const qint64 idleThreads = procStatusKb("Threads");
    const auto heapJson = [] {
        const struct mallinfo2 info = mallinfo2();
        return QJsonObject { { QStringLiteral("inUseKb"), qint64((info.uordblks + info.hblkhd) / 1024) },
                             { QStringLiteral("freeKb"), qint64(info.fordblks / 1024) },
                             { QStringLiteral("arenaKb"), qint64(info.arena / 1024) } };
    };
    const QJsonObject idleHeap = heapJson();
    qint64 afterKb = idleKb;
    qint64 trimmedAnonKb = -1; // diagnostic: what glibc gives back when asked
    double trimMs = -1; // and how long that takes (the app does it on a pool thread)
    QJsonObject mapRss; // diagnostic: resident kB by mapping
    qint64 afterFileKb = -1;
    qint64 afterShmemKb = -1;
    QString rollupText;
    int completed = 1;
    if (extraRuns > 0) {
        emulator.configure({ { QStringLiteral("latencyMs"), 0 } });
        for (int i = 0; i < extraRuns; ++i) {
            const QString before = player->clipPath();
            if (!waitUntil([&] { return generate->isEnabled(); }, 30'000))
                return usage("Generate stayed off");
            generate->click();
            if (!waitUntil([&] { return queue.activeCount() == 0 && queue.waitingCount() == 0 && player->clipPath() != before; },
                           60'000))
                return usage(qPrintable(QStringLiteral("run did not finish: ") + window.statusText()));
            ++completed;
        }
        spin(3000);
        afterKb = procStatusKb("VmRSS");
        afterFileKb = procStatusKb("RssFile");
        afterShmemKb = procStatusKb("RssShmem");
        QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
        if (rollup.open(QIODevice::ReadOnly))
            rollupText = QString::fromLatin1(rollup.readAll());
        QElapsedTimer trimClock;
        trimClock.start();
        malloc_trim(0);
        trimMs = double(trimClock.nsecsElapsed()) / 1e6;
        trimmedAnonKb = procStatusKb("RssAnon");
        QFile maps(QStringLiteral("/proc/self/smaps"));
        if (maps.open(QIODevice::ReadOnly)) {
            QString current;
            for (const QByteArray &line : maps.readAll().split('\n')) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 5 && parts.at(0).contains('-') && !parts.at(0).endsWith(':'))
                    current = parts.size() >= 6 ? QString::fromLocal8Bit(parts.at(5)) : QStringLiteral("[anon]");
                else if (parts.size() >= 2 && parts.at(0) == "Rss:")
                    mapRss[current] = mapRss.value(current).toInteger() + parts.at(1).toLongLong();
            }
        }
    }
    // Figure 11d, last: it changes the image, which the memory figures must not see.
    const QJsonObject continued = extraRuns == 0 ? bench::measureContinue(window, 3) : QJsonObject();
    printBenchResult({ { QStringLiteral("continue"), continued },
                       { QStringLiteral("lastByteToFrameMs"), firstFrame - lastByte },
                       { QStringLiteral("longestStallMs"), stalls.longestMs() },
                       { QStringLiteral("stalls"), stalls.stalls() },
                       { QStringLiteral("phases"), phases },
                       { QStringLiteral("uploadedBytes"), sent },
                       { QStringLiteral("idleRssKb"), idleKb },
                       { QStringLiteral("afterRssKb"), afterKb },
                       { QStringLiteral("idleAnonKb"), idleAnonKb },
                       { QStringLiteral("idleFileKb"), idleFileKb },
                       { QStringLiteral("idleShmemKb"), idleShmemKb },
                       { QStringLiteral("afterAnonKb"), procStatusKb("RssAnon") },
                       { QStringLiteral("idleThreads"), idleThreads },
                       { QStringLiteral("trimmedAnonKb"), trimmedAnonKb },
                       { QStringLiteral("trimMs"), trimMs },
                       { QStringLiteral("mapRss"), mapRss },
                       { QStringLiteral("afterFileKb"), afterFileKb },
                       { QStringLiteral("afterShmemKb"), afterShmemKb },
                       { QStringLiteral("rollup"), rollupText },
                       { QStringLiteral("idleHeap"), idleHeap },
                       { QStringLiteral("afterHeap"), heapJson() },
                       { QStringLiteral("afterThreads"), procStatusKb("Threads") },
                       { QStringLiteral("runs"), completed },
                       { QStringLiteral("submissions"), emulator.submissions() } });
    // For finding what holds memory: BENCH_EXIT_AT_ONCE=1 ends the process here,
    // before any destructor runs, so heaptrack reports every live allocation
    // (with its stack) as not freed.
    if (qEnvironmentVariableIsSet("BENCH_EXIT_AT_ONCE")) {
        emulator.stop(); // a process of its own: not left behind
        std::fflush(stdout);
        std::fflush(stderr);
        _exit(0);
    }
    return 0;
}

// ---- figure 7: the library's gallery ------------------------------------

int gallery(const QString &database, const QString &media)
{
    QElapsedTimer clock;
    clock.start();
    library::LibraryService service(database, media);
    bool opened = false;
    service.open(&service, [&opened](bool ok, const QString &) { opened = ok; });
    ui::GalleryView view(&service);
    view.setMediaDirectory(media);
    view.resize(1200, 800);
    QWidget *viewport = view.listView()->viewport();
    // Painted: the list's viewport painted with rows in it, and the loop idle after.
    double paintedAt = -1;
    bool paintedWithRows = false;
    struct PaintWatch final : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                onPaint();
            return QObject::eventFilter(o, e);
        }
    } watch;
    watch.onPaint = [&] {
        if (view.model()->rowCount() > 0)
            paintedWithRows = true;
    };
    viewport->installEventFilter(&watch);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &watch, [&] {
        if (paintedWithRows && paintedAt < 0)
            paintedAt = double(clock.nsecsElapsed()) / 1e6;
    });
    view.show();
    if (!waitUntil([&] { return paintedAt >= 0; }, 60'000))
        return usage("the gallery never painted rows");
    const double openMs = paintedAt;
    const int shown = view.model()->rowCount();
    spin(500);

    // Search: from the keystroke to the matching cards painted.
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchField"));
    if (!search)
        return usage("no search field");
    paintedAt = -1;
    paintedWithRows = false;
    bool answered = false;
    QObject::connect(view.model(), &library::GalleryModel::loaded, &watch, [&] { answered = true; });
    watch.onPaint = [&] {
        if (answered)
            paintedWithRows = true;
    };
    clock.restart();
    search->setText(QStringLiteral("lighthouse"));
    if (!waitUntil([&] { return paintedAt >= 0; }, 60'000))
        return usage("the search never painted");
    printBenchResult({ { QStringLiteral("openMs"), openMs },
                       { QStringLiteral("shown"), shown },
                       { QStringLiteral("searchMs"), paintedAt },
                       { QStringLiteral("matches"), view.model()->rowCount() } });
    return 0;
}

// ---- figure 8: the queue ------------------------------------------------

int queueRun(const QString &photo, const QString &clip, const QString &work, int count, int concurrent, int latencyMs, int burst)
{
    test::EmulatorFixture emulator;
    QStringList args { QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--result-video"), clip,
                       QStringLiteral("--credits"),    QStringLiteral("1000") };
    if (burst > 0)
        args << QStringLiteral("--fault") << QStringLiteral("submit:status:status=429,retryAfter=1x%1").arg(burst);
    if (!emulator.start(args))
        return usage("the emulator did not start");
    const auto &model = core::ModelDescription::wan22ImageToVideo();
    QNetworkAccessManager network;
    api::SegmindClient client(&network, api::Endpoints(emulator.apiBase(), emulator.apiBase()));
    client.setApiKey(emulator.apiKey());
    image::UploadCache uploads { QString() };
    const QString media = QDir(work).filePath(QStringLiteral("media"));
    library::LibraryService library(QDir(work).filePath(QStringLiteral("library.sqlite")), media);
    bool opened = false;
    library.open(&library, [&opened](bool ok, const QString &) { opened = ok; });
    if (!waitUntil([&] { return opened; }, 20'000))
        return usage("the library did not open");
    jobs::JobQueue queue(&client, &uploads, model, QDir(work).filePath(QStringLiteral("results")));
    queue.setLibrary(&library, media + QStringLiteral("/inputs"));
    queue.setMaxConcurrent(concurrent);

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        jobs::GenerationRequest request;
        request.image = photo;
        request.prompt = QStringLiteral("Gulls circle over the harbour");
        request.parameters = QJsonObject { { QStringLiteral("seed"), 100 + i } };
        queue.enqueue(request, QStringLiteral("bench-batch"));
    }
    auto finished = [&] {
        const auto ids = queue.ids();
        return std::all_of(ids.begin(), ids.end(), [&](int id) { return queue.record(id)->isFinished(); });
    };
    if (!waitUntil(finished, 600'000))
        return usage("the batch did not finish");
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    int completed = 0;
    for (int id : queue.ids())
        completed += queue.record(id)->stage == jobs::JobStage::Completed;
    const QJsonObject stats = emulator.stats();
    int polls = 0;
    for (const auto &value : stats.value(QStringLiteral("requests")).toArray())
        polls += value.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/status"));
    printBenchResult({ { QStringLiteral("ms"), ms },
                       { QStringLiteral("polls"), polls },
                       { QStringLiteral("completed"), completed },
                       { QStringLiteral("submissions"), stats.value(QStringLiteral("submissions")).toInt() },
                       { QStringLiteral("charged"), stats.value(QStringLiteral("charged")).toInt() },
                       { QStringLiteral("faultsTaken"), stats.value(QStringLiteral("faultsTaken")).toInt() } });
    return 0;
}

} // namespace

int runChild(int argc, char *argv[])
{
    const QString mode = QString::fromLocal8Bit(argv[2]);
    QStringList args;
    for (int i = 3; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    core::tuneAllocator(); // as the app's main() does
    const bool widgets = mode == QLatin1String("gui") || mode == QLatin1String("gallery") || mode == QLatin1String("export-window");
    std::unique_ptr<QCoreApplication> app;
    if (widgets) {
        ui::applyPlatformDefaults(); // as the app does
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    if (const int code = runImageChild(mode, args); code != -1)
        return code;
    if (const int code = runFrameChild(mode, args); code != -1)
        return code;
    if (const int code = runExportWindowChild(mode, args); code != -1)
        return code;
    if (mode == QLatin1String("make-photo") && args.size() == 1)
        return makePhoto(args.at(0));
    if (mode == QLatin1String("make-library") && args.size() == 3)
        return makeLibrary(args.at(0), args.at(1), args.at(2).toInt());
    if (mode == QLatin1String("prepare") && args.size() == 1)
        return prepare(args.at(0));
    if (mode == QLatin1String("quality") && args.size() == 1)
        return quality(args.at(0));
    if (mode == QLatin1String("download") && args.size() == 2)
        return download(args.at(0), args.at(1));
    if (mode == QLatin1String("gui") && args.size() == 4)
        return gui(args.at(0), args.at(1), args.at(2), args.at(3).toInt());
    if (mode == QLatin1String("gallery") && args.size() == 2)
        return gallery(args.at(0), args.at(1));
    if (mode == QLatin1String("queue") && args.size() == 7)
        return queueRun(args.at(0), args.at(1), args.at(2), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt(),
                        args.at(6).toInt());
    return -1;
}

} // namespace wan::bench
