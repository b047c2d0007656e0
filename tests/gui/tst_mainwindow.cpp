// The studio window driven as a person would, against the Segmind emulator:
// choose an image, write a prompt, set parameters, Generate, watch the clip.
// Failures show a message in the window and leave every input as it was.

#include "api/segmindclient.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "playerview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

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
    void everyControl_hasAnAccessibleNameMatchingItsLabel();
    void lastInputs_areRestoredAfterRestart();
    void aboutBox_showsVersionsAndLicences();

private:
    void prepareInputs();
    QPushButton *generateButton() const { return m_window->findChild<QPushButton *>(QStringLiteral("generateButton")); }
    QPlainTextEdit *promptEdit() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit")); }

    test::EmulatorFixture m_emulator;
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
    QSignalSpy frameSpy(player->videoWidget()->videoSink(), &QVideoSink::videoFrameChanged);

    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!player->clipPath().isEmpty(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(frameSpy.count() > 0, 30'000);
    const auto frame = frameSpy.last().at(0).value<QVideoFrame>();
    QVERIFY(frame.isValid());
    QCOMPARE(frame.size(), QSize(832, 480));

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

void TestMainWindow::lastInputs_areRestoredAfterRestart()
{
    prepareInputs();
    m_window->findChild<QSpinBox *>(QStringLiteral("frames_per_second"))->setValue(20);
    m_window->findChild<QComboBox *>(QStringLiteral("aspect_ratio"))->setCurrentText(QStringLiteral("9:16"));
    QTest::mouseClick(generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QLatin1String("Done")), 60'000);
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
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("aspect_ratio"))->currentText(), QStringLiteral("9:16"));
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"))->toPlainText(), promptEdit()->toPlainText());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
