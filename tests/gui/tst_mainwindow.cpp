// The studio window driven as a person would, against the Segmind emulator:
// choose an image, write a prompt, set parameters, Generate, watch the clip.
// Failures show a message in the window and leave every input as it was.

#include "api/segmindclient.h"
#include "core/credittracker.h"
#include "core/freememoryrelease.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "common/segmentedchoice.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "player/mediaengine.h"
#include "studio/imagewell.h"
#include "loopbackhost.h"
#include "jobs/jobqueue.h"
#include "shell/mainwindow.h"
#include "player/playerview.h"
#include "player/videoview.h"
#include "studio/prompteditor.h"
#include "testimages.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTcpServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <sys/stat.h>

using wan::ui::MediaPlayback;

using namespace wan;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void generateIsDisabled_withTheReason_untilImageAndPrompt();
    void slidersStopAtTheDocumentedRange_data();
    void slidersStopAtTheDocumentedRange();
    void fullLoop_playsTheClipAndUpdatesCredits();
    void failure_showsMessageAndKeepsInputs_data();
    void failure_showsMessageAndKeepsInputs();
    void refusedRun_offersSendAgain_whichSendsItOnce();
    void everyControl_hasAnAccessibleNameMatchingItsLabel();
    void lastInputs_areRestoredAfterRestart();
    void seedField_showsAWholeRandomSeed();
    void aboutBox_showsVersionsAndLicences();

    // Bad input (issue 5): a reason in the window, nothing sent, inputs unchanged.
    void badImage_showsReasonSendsNothingAndKeepsInputs_data();
    void badImage_showsReasonSendsNothingAndKeepsInputs();
    void imageAtAnUnusualPath_runs_thenVanishes_andNothingIsSent();
    void animatedGif_saysOnlyTheFirstFrameIsUsed();
    void longPromptWithEmoji_isWarnedAndSentOnlyIfTheServiceTakesIt();

private:
    void prepareInputs();
    int serviceRequests();
    ui::ImageWell *imageWell() const { return m_window->findChild<ui::ImageWell *>(QStringLiteral("imageWell")); }
    QPushButton *generateButton() const { return m_window->findChild<QPushButton *>(QStringLiteral("generateButton")); }
    QPlainTextEdit *promptEdit() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit")); }

    test::EmulatorFixture m_emulator;
    test::LoopbackHost m_web; // a web server for image addresses (not the service)
    QTemporaryDir m_dir;
    QString m_image;
    std::unique_ptr<core::Settings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::SegmindClient> m_client;
    std::unique_ptr<image::UploadCache> m_uploads;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<core::CreditTracker> m_credits;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}));
    QImage picture(1200, 900, QImage::Format_RGB32);
    picture.fill(QColor(40, 90, 160));
    m_image = m_dir.filePath(QStringLiteral("harbour.jpg"));
    QVERIFY(picture.save(m_image, "JPEG", 90));
}

void TestMainWindow::init()
{
    QVERIFY(m_emulator.reset());
    const QString ini = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(ini);
    m_settings = std::make_unique<core::Settings>(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    const auto &model = core::ModelDescription::wan22ImageToVideo();
    m_client = std::make_unique<api::SegmindClient>(&m_network, api::Endpoints(m_emulator.apiBase(), m_emulator.apiBase()));
    m_client->setApiKey(m_emulator.apiKey());
    api::ClientTimeouts timeouts;
    timeouts.requestMs = 2000;
    m_client->setTimeouts(timeouts);
    m_uploads = std::make_unique<image::UploadCache>(QString());
    m_queue = std::make_unique<jobs::JobQueue>(m_client.get(), m_uploads.get(), model, m_dir.filePath(QStringLiteral("results")));
    jobs::PollPolicy policy;
    policy.firstPollMs = 50;
    policy.maxPollMs = 200;
    policy.maxBackoffMs = 200;
    m_queue->setPollPolicy(policy);
    m_credits = std::make_unique<core::CreditTracker>(model.typicalCostUsd());
    connect(m_client.get(), &api::SegmindClient::creditsObserved, m_credits.get(), &core::CreditTracker::observe);
    ui::StudioContext context;
    context.settings = m_settings.get();
    context.model = &model;
    context.network = &m_network;
    context.client = m_client.get();
    context.queue = m_queue.get();
    context.credits = m_credits.get();
    context.demo = true;
    m_window = std::make_unique<ui::MainWindow>(context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_queue.reset();
}

void TestMainWindow::prepareInputs()
{
    m_window->setKeyState(true);
    m_window->openImage(m_image);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->generateBlockedReason().contains(QLatin1String("prompt")), 10'000);
    promptEdit()->setFocus();
    QTest::keyClicks(promptEdit(), QStringLiteral("Gulls circle over the harbour at dusk"));
}

void TestMainWindow::generateIsDisabled_withTheReason_untilImageAndPrompt()
{
    QVERIFY(!generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockedReason().contains(QLatin1String("API key")));
    m_window->setKeyState(true);
    QVERIFY(!generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockedReason().contains(QLatin1String("image")));
    m_window->openImage(m_image);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->generateBlockedReason().contains(QLatin1String("prompt")), 10'000);
    QVERIFY(!generateButton()->isEnabled());
    QTest::keyClicks(promptEdit(), QStringLiteral("   "));
    QVERIFY(!generateButton()->isEnabled());
    QTest::keyClicks(promptEdit(), QStringLiteral("waves"));
    QVERIFY(generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockedReason().isEmpty());
}

void TestMainWindow::slidersStopAtTheDocumentedRange_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("frames") << "num_frames" << 81 << 100;
    QTest::newRow("fps") << "frames_per_second" << 5 << 24;
}

void TestMainWindow::slidersStopAtTheDocumentedRange()
{
    QFETCH(QString, name);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    auto *slider = m_window->findChild<QSlider *>(name + QStringLiteral("Slider"));
    auto *spin = m_window->findChild<QSpinBox *>(name);
    QVERIFY(slider && spin);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(spin->value(), maximum);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(spin->value(), maximum);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(spin->value(), minimum);
    QTest::keyClick(slider, Qt::Key_Down);
    QCOMPARE(spin->value(), minimum);
}

void TestMainWindow::fullLoop_playsTheClipAndUpdatesCredits()
{
    prepareInputs();
    m_window->refreshCredits();
    auto *credits = m_window->findChild<QLabel *>(QStringLiteral("creditsLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(credits->text().contains(QLatin1String("10")), 10'000);
    const QString before = credits->text();

    auto *frames = m_window->findChild<QSpinBox *>(QStringLiteral("num_frames"));
    frames->setValue(90);
    auto *player = m_window->findChild<ui::PlayerView *>();
    QVERIFY(player);
    QSignalSpy frameSpy(player->player(), &MediaPlayback::frameChanged);
    auto *memoryRelease = m_window->findChild<core::FreeMemoryRelease *>();
    QVERIFY(memoryRelease);
    QSignalSpy releasedSpy(memoryRelease, &core::FreeMemoryRelease::released);

    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!player->clipPath().isEmpty(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(frameSpy.count() > 0, 30'000);
    QVERIFY(player->videoWidget()->hasFrame());
    QCOMPARE(player->videoWidget()->frameImage().size(), QSize(832, 480));

    QVERIFY(QFile::exists(player->clipPath()));
    QVERIFY(player->clipPath().startsWith(m_dir.filePath(QStringLiteral("results"))));
    QFile sidecar(jobs::JobQueue::sidecarPath(player->clipPath()));
    QTRY_VERIFY(sidecar.exists());  // written atomically (QSaveFile): present means complete
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(saved.value(QStringLiteral("prompt")).toString(), promptEdit()->toPlainText());
    QCOMPARE(saved.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("num_frames")).toInt(), 90);
    QVERIFY(saved.contains(QStringLiteral("seed")));

    QTRY_VERIFY_WITH_TIMEOUT(credits->text() != before, 10'000);
    QVERIFY(credits->text().contains(QLatin1String("9.91")));
    QVERIFY(m_window->statusText().startsWith(QLatin1String("Done")));
    QCOMPARE(m_emulator.submissions(), 1);
    // The run ended and the queue is empty: the heap's free pages go back to the system, once.
    if (core::FreeMemoryRelease::isSupported()) {
        QTRY_COMPARE_WITH_TIMEOUT(releasedSpy.count(), 1, 10'000);
        QTRY_VERIFY(!memoryRelease->isPending()); // nothing more will come
        QCOMPARE(releasedSpy.count(), 1);
    }
}

void TestMainWindow::failure_showsMessageAndKeepsInputs_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("expected");
    auto status = [](int code) {
        return QJsonObject{{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), code}, {QStringLiteral("count"), -1}};
    };
    QTest::newRow("key rejected") << status(401) << "API key";
    QTest::newRow("no credits") << status(406) << "credits";
    QTest::newRow("service error") << status(500) << "HTTP 500";
    QTest::newRow("html answer") << QJsonObject{{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("html")}, {QStringLiteral("count"), -1}} << "HTML";
    QTest::newRow("run failed") << QJsonObject{{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("failed")}, {QStringLiteral("error"), QStringLiteral("GPU fell over")}} << "GPU fell over";
    QTest::newRow("dropped connection") << QJsonObject{{QStringLiteral("route"), QStringLiteral("upload")}, {QStringLiteral("kind"), QStringLiteral("reset")}, {QStringLiteral("count"), -1}} << "connection";
    auto fault = [](const char *route, const char *kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("route"), QLatin1String(route));
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        extra.insert(QStringLiteral("count"), -1);
        return extra;
    };
    QTest::newRow("no such model (404)") << status(404) << "HTTP 404";
    QTest::newRow("wrong method (405)") << status(405) << "HTTP 405";
    QTest::newRow("busy (503)") << status(503) << "HTTP 503";
    QTest::newRow("rate limited (429)") << fault("submit", "status", {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 0}}) << "rate limiting";
    QTest::newRow("empty answer") << fault("submit", "empty") << "cannot read";
    QTest::newRow("invalid JSON") << fault("submit", "invalid-json") << "cannot read";
    QTest::newRow("JSON of the wrong shape") << fault("submit", "wrong-shape") << "cannot read";
    QTest::newRow("huge JSON") << fault("submit", "huge-json", {{QStringLiteral("sizeMb"), 8}}) << "larger than 4 MB";
    QTest::newRow("result without output") << fault("result", "no-output") << "may have been charged";
    QTest::newRow("video gone (404)") << fault("download", "status", {{QStringLiteral("status"), 404}}) << "no longer available";
    QTest::newRow("truncated video") << fault("download", "truncate") << "connection";
    QTest::newRow("not an MP4") << fault("download", "not-mp4") << "not usable";
}

void TestMainWindow::failure_showsMessageAndKeepsInputs()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, expected);
    QVERIFY(m_emulator.addFault(fault));
    prepareInputs();
    auto *shift = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("sample_shift"));
    QVERIFY(shift);
    shift->setValue(7.5);
    const QString prompt = promptEdit()->toPlainText();

    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->messageText().isEmpty(), 60'000);
    QVERIFY2(m_window->messageText().contains(expected, Qt::CaseInsensitive), qPrintable(m_window->messageText()));
    QVERIFY(!m_window->messageText().contains(m_emulator.apiKey()));
    QVERIFY(m_window->statusText().startsWith(QLatin1String("Failed")));
    // Nothing the user set was touched.
    QCOMPARE(promptEdit()->toPlainText(), prompt);
    QCOMPARE(shift->value(), 7.5);
    QVERIFY(generateButton()->isEnabled());
    QVERIFY(m_emulator.submissions() <= 1);
}

void TestMainWindow::refusedRun_offersSendAgain_whichSendsItOnce()
{
    // The API's own JSON 500 on submit: refused, not billed (Segmind publishes so).
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 500}}));
    prepareInputs();
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->messageText().isEmpty(), 60'000);
    QVERIFY2(m_window->messageText().contains(QLatin1String("nothing was charged")), qPrintable(m_window->messageText()));
    QCOMPARE(m_emulator.submissions(), 0);

    QToolButton *sendAgain = nullptr;
    for (auto *button : m_window->findChildren<QToolButton *>()) {
        if (button->isVisible() && button->text() == QLatin1String("Send again"))
            sendAgain = button;
    }
    QVERIFY2(sendAgain, "a refused run offers Send again");
    QCOMPARE(sendAgain->accessibleName(), QStringLiteral("Send again"));
    QTest::mouseClick(sendAgain, Qt::LeftButton);
    auto *player = m_window->findChild<ui::PlayerView *>();
    QTRY_VERIFY_WITH_TIMEOUT(!player->clipPath().isEmpty(), 60'000);
    QCOMPARE(m_emulator.submissions(), 1);
    QVERIFY(m_window->statusText().startsWith(QLatin1String("Done")));
}

void TestMainWindow::everyControl_hasAnAccessibleNameMatchingItsLabel()
{
    prepareInputs();
    int checked = 0;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QListView *>(w);
        if (!control || !w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Line edits inside spin boxes and combo boxes belong to their parent control.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(QStringLiteral("%1 (%2) has no accessible name").arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            QString label = button->text();
            label.remove(QLatin1Char('&'));
            QCOMPARE(w->accessibleName(), label);
        }
    }
    QVERIFY(checked >= 15);
}

// A random seed has 10 digits (up to 2147483647); reused or pasted, the
// whole number must be readable in the field, not scrolled out of it.
void TestMainWindow::seedField_showsAWholeRandomSeed()
{
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *seed = m_window->findChild<QLineEdit *>(QStringLiteral("seed"));
    QVERIFY(seed);
    QVERIFY(seed->isVisibleTo(m_window.get()));
    const QString widest = QStringLiteral("2147483647");
    seed->setText(widest);
    QCOMPARE(seed->text(), widest);
    const QMargins margins = seed->textMargins();
    const int room = seed->contentsRect().width() - margins.left() - margins.right() - 2 * 2; // QLineEdit's own margins
    QVERIFY2(seed->fontMetrics().horizontalAdvance(widest) <= room,
             qPrintable(QStringLiteral("%1 px of text in %2 px").arg(seed->fontMetrics().horizontalAdvance(widest)).arg(room)));
}

void TestMainWindow::lastInputs_areRestoredAfterRestart()
{
    prepareInputs();
    m_window->findChild<QSpinBox *>(QStringLiteral("frames_per_second"))->setValue(20);
    auto *aspect = m_window->findChild<ui::SegmentedChoice *>(QStringLiteral("aspect_ratio"));
    aspect->setCurrentIndex(aspect->findText(QStringLiteral("9:16")));
    // The layout too: the Advanced section unfolded and the columns moved.
    m_window->findChild<QAbstractButton *>(QStringLiteral("advancedToggle"))->setChecked(true);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QList<int> before = splitter->sizes();
    splitter->setSizes({before.at(0) - 40, before.at(1) + 40});
    const QList<int> columns = splitter->sizes();
    QVERIFY2(columns != before, qPrintable(QStringLiteral("%1 %2").arg(before.at(0)).arg(before.at(1))));
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Done")), 60'000);
    const QSize size = m_window->size();
    QVERIFY(m_window->close());

    // A new window on the same settings, as after a restart.
    ui::StudioContext context;
    context.settings = m_settings.get();
    context.model = &core::ModelDescription::wan22ImageToVideo();
    context.network = &m_network;
    context.client = m_client.get();
    context.queue = m_queue.get();
    context.credits = m_credits.get();
    ui::MainWindow again(context);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("frames_per_second"))->value(), 20);
    QCOMPARE(again.findChild<ui::SegmentedChoice *>(QStringLiteral("aspect_ratio"))->currentText(), QStringLiteral("9:16"));
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"))->toPlainText(), promptEdit()->toPlainText());
    QVERIFY(again.findChild<QAbstractButton *>(QStringLiteral("advancedToggle"))->isChecked());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), columns);
    again.setKeyState(true);
    QTRY_VERIFY_WITH_TIMEOUT(again.generateBlockedReason().isEmpty(), 10'000);  // the image came back too
}

void TestMainWindow::aboutBox_showsVersionsAndLicences()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(WANSTUDIO_VERSION));
    QAction *about = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QLatin1String("&About Wan Studio"))
            about = action;
    }
    QVERIFY(about);
    // Help > About runs a modal box: read it from inside its event loop, then close it.
    QString text;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&text, &poll] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            poll.stop();
            box->accept();
        }
    });
    poll.start(20);
    about->trigger();
    QVERIFY(text.contains(QStringLiteral("Wan Studio " WANSTUDIO_VERSION)));
    QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))), qPrintable(text));
    for (const char *part : { "MIT licence", "Qt: GNU LGPL version 3", "QtKeychain: BSD", "SQLite: public domain", "FFmpeg" })
        QVERIFY2(text.contains(QLatin1String(part)), part);
}

int TestMainWindow::serviceRequests()
{
    // Every request that reached the service's ports, the emulator's own control routes excluded.
    int n = 0;
    for (const auto &request : m_emulator.stats().value(QStringLiteral("requests")).toArray())
        n += request.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/_emulator/")) ? 0 : 1;
    return n;
}

void TestMainWindow::badImage_showsReasonSendsNothingAndKeepsInputs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString dir = m_dir.path();
    QFile self(QCoreApplication::applicationFilePath());
    QVERIFY(self.open(QIODevice::ReadOnly));

    QTest::newRow("0 bytes") << test::writeEmptyFile(dir) << "is empty (0 bytes)";
    QTest::newRow("truncated JPEG") << test::writeTruncatedJpeg(dir) << "the file ends before the picture does";
    QTest::newRow("text named .jpg") << test::writeTextAsJpeg(dir) << "is not a picture";
    QTest::newRow("executable named .png") << test::writeFile(dir, QStringLiteral("program.png"), self.read(64 * 1024))
                                           << "is not a picture";
    QTest::newRow("decompression bomb") << test::writeDecompressionBombPng(dir) << "50000 \u00D7 50000 pixels";
    if (!QImageReader::supportedImageFormats().contains("heic"))
        QTest::newRow("HEIC") << test::writeHeicLike(dir) << "which this system cannot decode";
    if (!QImageReader::supportedImageFormats().contains("avif"))
        QTest::newRow("AVIF") << test::writeAvifLike(dir) << "which this system cannot decode";
    const QString fifo = QDir(dir).filePath(QStringLiteral("pipe.jpg"));
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    QTest::newRow("FIFO named .jpg") << fifo << "pipe, socket or device";
    const QString memory = QDir(dir).filePath(QStringLiteral("memory.jpg"));
    QFile::remove(memory);
    if (QFileInfo(QStringLiteral("/proc/self/mem")).isFile() && QFile::link(QStringLiteral("/proc/self/mem"), memory))
        QTest::newRow("a file whose reads fail") << memory << "could not be read";
    QTest::newRow("plain http address") << QStringLiteral("http://example.com/cat.jpg") << "plain http";

    // Addresses on a loopback web server (plain http is allowed on loopback only).
    QVERIFY(m_web.isListening());
    auto answer = [](int status, const char *type, const QByteArray &body, test::LoopbackHost::Ending ending) {
        test::LoopbackHost::Answer a;
        a.status = status;
        a.headers = {{"Content-Type", type}};
        a.body = body;
        a.ending = ending;
        return a;
    };
    using Ending = test::LoopbackHost::Ending;
    m_web.answer("/gone.jpg", answer(404, "text/plain", "Not Found", Ending::Whole));
    m_web.answer("/page", answer(200, "text/html", "<!DOCTYPE html><html><body>A gallery</body></html>", Ending::Whole));
    m_web.answer("/huge.jpg", answer(200, "image/jpeg", QByteArray(4096, '\xFF'), Ending::Stall)); // announces 1 GB
    QTest::newRow("address: 404") << m_web.url("/gone.jpg").toString() << "answered HTTP 404";
    QTest::newRow("address: a web page") << m_web.url("/page").toString() << "answered with a web page";
    QTest::newRow("address: larger than the cap") << m_web.url("/huge.jpg").toString() << "more than the";
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    QTest::newRow("address: unreachable") << QStringLiteral("http://127.0.0.1:%1/cat.jpg").arg(closedPort) << "could not be reached";
}

void TestMainWindow::badImage_showsReasonSendsNothingAndKeepsInputs()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(!source.isEmpty());
    m_window->setKeyState(true);
    QTest::keyClicks(promptEdit(), QStringLiteral("Gulls circle over the harbour at dusk"));
    auto *shift = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("sample_shift"));
    shift->setValue(7.5);
    const QString prompt = promptEdit()->toPlainText();

    m_window->openImage(source);
    QTRY_VERIFY_WITH_TIMEOUT(!imageWell()->problemText().isEmpty(), 10'000);
    const QString banner = imageWell()->problemText();
    QVERIFY2(banner.contains(expected), qPrintable(banner));
    // What happened, then what to do: two sentences at least.
    QVERIFY2(banner.count(QLatin1Char('.')) >= 2, qPrintable(banner));
    QVERIFY(imageWell()->image().isEmpty());
    QVERIFY(!imageWell()->isBusy());

    // Generate cannot send it, and nothing went out.
    QVERIFY(!generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockedReason().contains(QLatin1String("Choose an image")));
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTest::keyClick(promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(serviceRequests(), 0);
    QCOMPARE(promptEdit()->toPlainText(), prompt);
    QCOMPARE(shift->value(), 7.5);

    // Still responsive: a good picture is taken at once, and Generate comes back.
    m_window->openImage(m_image);
    QTRY_VERIFY_WITH_TIMEOUT(generateButton()->isEnabled(), 10'000);
    QVERIFY(imageWell()->problemText().isEmpty());
    QCOMPARE(imageWell()->image(), m_image);
    QCOMPARE(promptEdit()->toPlainText(), prompt);
    QCOMPARE(shift->value(), 7.5);
}

void TestMainWindow::imageAtAnUnusualPath_runs_thenVanishes_andNothingIsSent()
{
    const QString folder = m_dir.filePath(QStringLiteral("Ferien am Meer \u2013 \u6771\u4EAC"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("Stra\u00DFe am Hafen \u5199\u771F \U0001F30A.jpg"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_image, path));
    m_window->setKeyState(true);
    m_window->openImage(path);
    QTRY_COMPARE_WITH_TIMEOUT(imageWell()->image(), path, 10'000);
    QTest::keyClicks(promptEdit(), QStringLiteral("Gulls circle over the harbour at dusk"));
    auto *shift = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("sample_shift"));
    shift->setValue(7.5);
    const QString prompt = promptEdit()->toPlainText();

    // The path goes through as it is: the run is uploaded, sent and done.
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Done")), 60'000);
    QCOMPARE(m_emulator.uploads(), 1);
    QCOMPARE(m_emulator.submissions(), 1);

    // Then the file disappears between choosing and sending.
    QVERIFY(m_emulator.reset());
    QVERIFY(QFile::remove(path));
    QVERIFY(generateButton()->isEnabled());
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Failed")), 20'000);
    const QString banner = m_window->messageText();
    QVERIFY2(banner.contains(QStringLiteral("\u201CStra\u00DFe am Hafen \u5199\u771F \U0001F30A.jpg\u201D could not be found")),
             qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("choose it again")), qPrintable(banner));
    QCOMPARE(serviceRequests(), 0);
    QCOMPARE(promptEdit()->toPlainText(), prompt);
    QCOMPARE(shift->value(), 7.5);
    QVERIFY(generateButton()->isEnabled());
}

void TestMainWindow::animatedGif_saysOnlyTheFirstFrameIsUsed()
{
    const QString gif = test::writeAnimatedGif(m_dir.path());
    m_window->setKeyState(true);
    m_window->openImage(gif);
    QTRY_COMPARE_WITH_TIMEOUT(imageWell()->image(), gif, 10'000);
    QVERIFY2(imageWell()->infoText().contains(QLatin1String("only the first frame is used")), qPrintable(imageWell()->infoText()));
    QVERIFY(imageWell()->problemText().isEmpty());
    QCOMPARE(serviceRequests(), 0); // choosing sends nothing
}

void TestMainWindow::longPromptWithEmoji_isWarnedAndSentOnlyIfTheServiceTakesIt()
{
    QString prompt = QStringLiteral("\U0001F30A Waves \u2014 \u6771\u4EAC\u0007\t");
    while (prompt.size() < 50'000)
        prompt += QStringLiteral("The camera drifts along the harbour wall; gulls lift off the water. ");
    prompt.truncate(50'000);
    QVERIFY(m_emulator.configure({{QStringLiteral("maxPromptLength"), 10'000}}));
    m_window->setKeyState(true);
    m_window->openImage(m_image);
    QTRY_COMPARE_WITH_TIMEOUT(imageWell()->image(), m_image, 10'000);
    auto *editor = m_window->findChild<ui::PromptEditor *>();
    QVERIFY(editor);
    editor->setPrompt(prompt);
    QVERIFY2(editor->lengthWarning().contains(QLatin1String("very long")), qPrintable(editor->lengthWarning()));
    auto *shift = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("sample_shift"));
    shift->setValue(7.5);

    // A service that refuses it says so; nothing is charged and the prompt stays whole.
    QVERIFY(generateButton()->isEnabled());
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Failed")), 30'000);
    QVERIFY2(m_window->messageText().contains(QLatin1String("at most 10000 characters")), qPrintable(m_window->messageText()));
    QCOMPARE(m_emulator.submissions(), 0);
    QCOMPARE(promptEdit()->toPlainText(), prompt);
    QCOMPARE(shift->value(), 7.5);

    // A service that takes it gets every byte as typed.
    QVERIFY(m_emulator.configure({{QStringLiteral("maxPromptLength"), 0}}));
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Done")), 60'000);
    const QByteArray body = QByteArray::fromBase64(m_emulator.stats().value(QStringLiteral("lastSubmissionBody")).toString().toLatin1());
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("prompt")).toString().toUtf8(), prompt.toUtf8());
    QVERIFY(body.contains(QStringLiteral("\U0001F30A Waves \u2014 \u6771\u4EAC").toUtf8()));
    QCOMPARE(m_emulator.submissions(), 1);
    QCOMPARE(promptEdit()->toPlainText(), prompt);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
