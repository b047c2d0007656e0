// Export… in the studio window, against the emulator, with a library
// recording the runs as in the app, driven through the real dialog's
// widgets: the clip in the player to a GIF and an MP4 (frames and size read
// back with ffprobe), a continuation and its parent from the Library joined
// without the repeated frame, a sequence's clips and trims, Cancel and an
// unwritable folder leaving nothing behind, and the choices remembered.

#include "studiowindowfixture.h"

#include "dialogs/exportdialog.h"
#include "gallery/galleryview.h"
#include "library/gallerymodel.h"
#include "library/library.h"
#include "mediaprobe.h"
#include "player/playerview.h"
#include "studio/imagewell.h"
#include "studio/prompteditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace wan;

// Catches Show in Folder's URL instead of a file manager.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestExportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void playerClip_toGifAndMp4();
    void continuation_fromTheLibrary_leavesOutTheRepeatedFrame();
    void sequence_bringsItsClipsAndTrims();
    void cancel_leavesNoFileAndSaysSo();
    void unwritableFolder_saysSoAndWritesNothing();
    void existingFile_isReplacedOnlyWhenAgreed();

private:
    ui::PlayerView *player() const { return m_studio.window->findChild<ui::PlayerView *>(); }
    ui::ImageWell *well() const { return m_studio.window->findChild<ui::ImageWell *>(); }
    // Generates with the window's inputs; the finished clip (empty: it failed).
    QString generate(const QString &prompt);
    // The Export dialog the window opened last, once its clips are read.
    ui::ExportDialog *openedDialog() const;
    // Chooses a format and a place through the widgets, presses Export, waits for the end.
    media::ExportResult exportWith(ui::ExportDialog *dialog, media::ExportFormat format, const QString &out);
    static void setFormat(ui::ExportDialog *dialog, media::ExportFormat format);
    static void setOutput(ui::ExportDialog *dialog, const QString &out);
    QStringList leftovers(const QString &folder) const;

    test::StudioWindowFixture m_studio;
    QTemporaryDir m_out;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    if (!test::haveFfprobe())
        QSKIP("ffprobe is needed (packaging/install-deps.sh)");
    QVERIFY(m_out.isValid());
    QVERIFY(m_studio.startOnce());
}

void TestExportDialog::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction()), true));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
}

void TestExportDialog::cleanup()
{
    for (ui::ExportDialog *dialog : m_studio.window->findChildren<ui::ExportDialog *>())
        delete dialog; // cancels and waits for a running export
    for (int id : m_studio.queue->ids())
        m_studio.queue->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0, 20'000);
    m_studio.close();
}

QString TestExportDialog::generate(const QString &prompt)
{
    m_studio.window->findChild<ui::PromptEditor *>()->setPrompt(prompt);
    auto *button = m_studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    if (!QTest::qWaitFor([&] { return button->isEnabled() && !well()->isBusy(); }, 20'000))
        return {};
    const QList<int> before = m_studio.queue->ids();
    button->click();
    int id = 0;
    for (int candidate : m_studio.queue->ids())
        if (!before.contains(candidate))
            id = candidate;
    if (!id || !QTest::qWaitFor([&] { return m_studio.queue->record(id)->isFinished(); }, 60'000))
        return {};
    const jobs::JobRecord *record = m_studio.queue->record(id);
    if (record->stage != jobs::JobStage::Completed || !record->result)
        return {};
    const QString clip = record->result->outputPath;
    if (!QTest::qWaitFor([&] { return player()->clipPath() == clip; }, 20'000))
        return {};
    return clip;
}

ui::ExportDialog *TestExportDialog::openedDialog() const
{
    ui::ExportDialog *dialog = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            const QList<ui::ExportDialog *> dialogs = m_studio.window->findChildren<ui::ExportDialog *>();
            dialog = dialogs.isEmpty() ? nullptr : dialogs.constLast();
            return dialog && dialog->isVisible() && dialog->isReady();
        },
        20'000);
    return found ? dialog : nullptr;
}

void TestExportDialog::setFormat(ui::ExportDialog *dialog, media::ExportFormat format)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    combo->setCurrentIndex(combo->findData(int(format)));
}

void TestExportDialog::setOutput(ui::ExportDialog *dialog, const QString &out)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("outputEdit"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, out);
}

media::ExportResult TestExportDialog::exportWith(ui::ExportDialog *dialog, media::ExportFormat format, const QString &out)
{
    setFormat(dialog, format);
    setOutput(dialog, out);
    QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(120'000) && finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<media::ExportResult>();
}

QStringList TestExportDialog::leftovers(const QString &folder) const
{
    return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExportDialog::playerClip_toGifAndMp4()
{
    QAction *exportAction = m_studio.menuAction("exportAction");
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled()); // nothing in the player yet
    const QString clip = generate(QStringLiteral("A lighthouse at dusk"));
    QVERIFY(!clip.isEmpty());
    QVERIFY(exportAction->isEnabled());
    const test::MediaFacts source = test::probeVideo(clip);
    QVERIFY2(source.ok, qPrintable(source.problem));

    exportAction->trigger();
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    // Nothing exported yet: nothing to show in a folder, nothing to cancel.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("showInFolderButton"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("cancelExportButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    // One clip: a trim bound to its frames, no joins.
    auto *trimIn = dialog->findChild<QSpinBox *>(QStringLiteral("trimInSpin"));
    auto *trimOut = dialog->findChild<QSpinBox *>(QStringLiteral("trimOutSpin"));
    QVERIFY(trimIn->isVisibleTo(dialog) && trimOut->isVisibleTo(dialog));
    QCOMPARE(trimOut->maximum(), source.frames - 1);
    QCOMPARE(trimOut->value(), source.frames - 1);
    QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("crossfadeSpin"))->isVisibleTo(dialog));
    // The GIF: frames 10 to 29, the long edge 320.
    trimIn->setValue(10);
    trimOut->setValue(29);
    auto *size = dialog->findChild<QComboBox *>(QStringLiteral("sizeCombo"));
    const int small = size->findData(320);
    QVERIFY(small > 0);
    size->setCurrentIndex(small);
    const QString gif = m_out.filePath(QStringLiteral("the-lighthouse-at-dusk-with-the-boats-coming-in-trimmed-for-the-web.gif"));
    media::ExportResult result = exportWith(dialog, media::ExportFormat::Gif, gif);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(dialog->statusText().contains(QLatin1String("for-the-web.gif")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("showInFolderButton"))->isVisible());
    // The message (two lines at this width) and the progress bar made the
    // dialog taller; its rows kept their room.
    QVERIFY2(dialog->height() >= dialog->heightForWidth(dialog->width()),
             qPrintable(QStringLiteral("%1 < %2").arg(dialog->height()).arg(dialog->heightForWidth(dialog->width()))));
    test::MediaFacts facts = test::probeVideo(gif);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, 20);
    QCOMPARE(qMax(facts.size.width(), facts.size.height()), 320);

    // Show in Folder opens the folder that holds it.
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("showInFolderButton")), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl::fromLocalFile(m_out.path())});

    // The whole clip as an MP4 at its own size, in the same dialog.
    trimIn->setValue(0);
    trimOut->setValue(trimOut->maximum());
    size->setCurrentIndex(0);
    const QString mp4 = m_out.filePath(QStringLiteral("lighthouse.mp4"));
    result = exportWith(dialog, media::ExportFormat::Mp4, mp4);
    QVERIFY2(result.ok(), qPrintable(result.message));
    facts = test::probeVideo(mp4);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, source.frames);
    QCOMPARE(facts.size, QSize(source.size.width() / 2 * 2, source.size.height() / 2 * 2));
    QVERIFY(leftovers(m_out.path()).isEmpty());

    // The choices come back in the next dialog: the format, and the folder.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(m_studio.window->findChildren<ui::ExportDialog *>().isEmpty());
    exportAction->trigger();
    dialog = openedDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().format, media::ExportFormat::Mp4);
    QCOMPARE(QFileInfo(dialog->outputPath()).absolutePath(), m_out.path());
    QVERIFY(dialog->outputPath().endsWith(QLatin1String(".mp4")));
}

void TestExportDialog::continuation_fromTheLibrary_leavesOutTheRepeatedFrame()
{
    const QString first = generate(QStringLiteral("A harbour at dawn"));
    QVERIFY(!first.isEmpty());
    const QString image = well()->image();
    m_studio.window->continueFrom(first, -1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return well()->image() != image && well()->image().contains(QLatin1String("/inputs/continue-")) && !well()->isBusy()
                && m_studio.window->generateBlockedReason().isEmpty();
        },
        20'000));
    const QString second = generate(QStringLiteral("The boats leave"));
    QVERIFY(!second.isEmpty());
    const int a = test::probeVideo(first).frames;
    const int b = test::probeVideo(second).frames;
    QVERIFY(a > 2 && b > 2);

    // Both selected in the Library (shown newest first), then its Export… (X).
    m_studio.library->waitForIdle();
    auto *gallery = m_studio.window->findChild<ui::GalleryView *>();
    QVERIFY(gallery);
    m_studio.window->showLibrary();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->model()->rowCount(), 2, 20'000);
    gallery->listView()->selectAll();
    QTRY_VERIFY(gallery->exportAction()->isEnabled());
    gallery->listView()->setFocus();
    QTest::keyClick(gallery->listView(), Qt::Key_X); // the action's key, as in the context menu
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    const media::ExportRequest asked = dialog->request();
    QCOMPARE(asked.clips.size(), 2);
    QCOMPARE(asked.clips.at(0).path, first); // oldest first
    QCOMPARE(asked.clips.at(1).continuesFrame, qint64(a - 1));
    // The dialog says how many frames the export will have: the shared frame once.
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("clipsSummary"))->text();
    QVERIFY2(summary.contains(QString::number(a + b - 1)), qPrintable(summary));
    QVERIFY(dialog->findChild<QSpinBox *>(QStringLiteral("crossfadeSpin"))->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("trimInSpin"))->isVisibleTo(dialog));
    auto *match = dialog->findChild<QCheckBox *>(QStringLiteral("matchColourCheck"));
    QVERIFY(match->isVisibleTo(dialog) && match->isEnabled());
    match->setChecked(true);
    const QString out = m_out.filePath(QStringLiteral("harbour-scene.mp4"));
    const media::ExportResult result = exportWith(dialog, media::ExportFormat::Mp4, out);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, qint64(a + b - 1));
    QCOMPARE(test::probeVideo(out).frames, a + b - 1);
}

void TestExportDialog::sequence_bringsItsClipsAndTrims()
{
    const QString clip = generate(QStringLiteral("Rain on a window"));
    QVERIFY(!clip.isEmpty());
    m_studio.library->waitForIdle();
    qint64 sequenceId = 0;
    {
        // The sequence editor's work, done here on the same database.
        library::Library lib(m_studio.dir.filePath(QStringLiteral("library-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QString problem;
        QVERIFY2(lib.open(&problem), qPrintable(problem));
        const QList<library::Entry> entries = lib.find({});
        QCOMPARE(entries.size(), 1);
        sequenceId = lib.createSequence(QStringLiteral("Rain/Scene"), {{entries.first().id, 5, 24, 0}});
        QVERIFY(sequenceId > 0);
    }
    m_studio.window->exportSequence(sequenceId);
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    const media::ExportRequest asked = dialog->request();
    QCOMPARE(asked.clips.size(), 1);
    QCOMPARE(asked.clips.first().in, qint64(5));
    QCOMPARE(asked.clips.first().out, qint64(24));
    // Named after the sequence, made a plain file name.
    QCOMPARE(QFileInfo(dialog->outputPath()).fileName(), QStringLiteral("Rain-Scene.mp4"));
    const QString out = m_out.filePath(QStringLiteral("rain.webm"));
    media::ExportResult result = exportWith(dialog, media::ExportFormat::WebM, out);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(test::probeVideo(out).frames, 20);

    // A sequence that is not there is said so, and opens nothing.
    const int dialogs = int(m_studio.window->findChildren<ui::ExportDialog *>().size());
    m_studio.window->exportSequence(sequenceId + 100);
    QTRY_VERIFY(m_studio.window->messageText().contains(QString::number(sequenceId + 100)));
    QCOMPARE(int(m_studio.window->findChildren<ui::ExportDialog *>().size()), dialogs);

    // Three clips with the sequence's own crossfades (none, then 3 frames): those apply...
    qint64 fadesId = 0;
    {
        library::Library lib(m_studio.dir.filePath(QStringLiteral("library-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(lib.open());
        const qint64 run = lib.find({}).first().id;
        fadesId = lib.createSequence(QStringLiteral("Rain fades"), {{run, -1, -1, 0}, {run, -1, -1, 0}, {run, -1, -1, 3}});
        QVERIFY(fadesId > 0);
    }
    m_studio.window->exportSequence(fadesId);
    QTRY_COMPARE(int(m_studio.window->findChildren<ui::ExportDialog *>().size()), dialogs + 1);
    dialog = openedDialog();
    QVERIFY(dialog);
    auto *own = dialog->findChild<QCheckBox *>(QStringLiteral("sequenceCrossfadesCheck"));
    auto *crossfade = dialog->findChild<QSpinBox *>(QStringLiteral("crossfadeSpin"));
    QVERIFY(own->isVisibleTo(dialog) && own->isChecked());
    QVERIFY2(own->text().contains(QLatin1String("0, 3")), qPrintable(own->text()));
    QVERIFY2(own->accessibleName().contains(QLatin1String("0, 3")), qPrintable(own->accessibleName()));
    QVERIFY(!crossfade->isEnabled());
    QCOMPARE(dialog->request().joinCrossfades, (QList<int>{0, 3}));
    // The summary counts the frames the export will write, crossfades included.
    const int frames = test::probeVideo(clip).frames;
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("clipsSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 frames in all").arg(3 * frames - 3)), qPrintable(summary->text()));
    // ...unless the one value is chosen for every join.
    own->setChecked(false);
    QVERIFY(crossfade->isEnabled());
    crossfade->setValue(2);
    QVERIFY(dialog->request().joinCrossfades.isEmpty());
    QCOMPARE(dialog->request().crossfadeFrames, 2);
    QVERIFY2(summary->text().contains(QStringLiteral("%1 frames in all").arg(3 * frames - 4)), qPrintable(summary->text()));
    own->setChecked(true);
    QVERIFY2(summary->text().contains(QStringLiteral("%1 frames in all").arg(3 * frames - 3)), qPrintable(summary->text()));
    const QString fades = m_out.filePath(QStringLiteral("rain-fades.mp4"));
    result = exportWith(dialog, media::ExportFormat::Mp4, fades);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, qint64(3 * frames - 3));
    QCOMPARE(test::probeVideo(fades).frames, 3 * frames - 3);
    QVERIFY(!result.streamCopied);
}

void TestExportDialog::cancel_leavesNoFileAndSaysSo()
{
    const QString clip = generate(QStringLiteral("Waves on rocks"));
    QVERIFY(!clip.isEmpty());
    m_studio.window->exportClip(clip);
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    // A long export: WebM at the clip's size, forward and back.
    dialog->findChild<QCheckBox *>(QStringLiteral("pingPongCheck"))->setChecked(true);
    setFormat(dialog, media::ExportFormat::WebM);
    const QString out = m_out.filePath(QStringLiteral("waves.webm"));
    setOutput(dialog, out);
    QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
    dialog->job()->setProgressInterval(10);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelExportButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"))->isEnabled());
    // Once frames are being written: Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->done() > 0 || !finished.isEmpty(), 60'000);
    QVERIFY2(finished.isEmpty(), "the export ended before it could be cancelled");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60'000) || !finished.isEmpty());
    const auto result = finished.constFirst().constFirst().value<media::ExportResult>();
    QCOMPARE(result.status, media::ExportResult::Status::Cancelled);
    QVERIFY2(dialog->statusText().contains(QLatin1String("cancelled")), qPrintable(dialog->statusText()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(leftovers(m_out.path()).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("showInFolderButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled()); // it can be tried again
}

void TestExportDialog::unwritableFolder_saysSoAndWritesNothing()
{
    const QString clip = generate(QStringLiteral("Snow falling"));
    QVERIFY(!clip.isEmpty());
    m_studio.window->exportClip(clip);
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    // /proc takes no files, whoever runs the test (root ignores permission bits).
    const QString out = QStringLiteral("/proc/wanstudio-export-test/snow.gif");
    const media::ExportResult result = exportWith(dialog, media::ExportFormat::Gif, out);
    QVERIFY(!result.ok());
    QVERIFY2(dialog->statusText().contains(QLatin1String("/proc")), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->statusText(), result.message);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

void TestExportDialog::existingFile_isReplacedOnlyWhenAgreed()
{
    const QString clip = generate(QStringLiteral("Leaves in the wind"));
    QVERIFY(!clip.isEmpty());
    const QString out = m_out.filePath(QStringLiteral("leaves.gif"));
    {
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an older export\n");
    }
    m_studio.window->exportClip(clip);
    ui::ExportDialog *dialog = openedDialog();
    QVERIFY(dialog);
    QStringList asked;
    bool agree = false;
    dialog->setReplaceConfirmation([&](const QString &path) {
        asked << path;
        return agree;
    });
    // Declined: nothing written, the old file as it was.
    setFormat(dialog, media::ExportFormat::Gif);
    setOutput(dialog, out);
    QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20'000);
    QVERIFY(finished.isEmpty()); // no export was made
    QCOMPARE(asked.constFirst(), out);
    QVERIFY(!dialog->isExporting());
    QVERIFY2(dialog->statusText().contains(QLatin1String("Nothing was exported")), qPrintable(dialog->statusText()));
    QCOMPARE(QFileInfo(out).size(), qint64(16));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    // Agreed: the export takes its place.
    agree = true;
    const media::ExportResult result = exportWith(dialog, media::ExportFormat::Gif, out);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(test::probeVideo(out).frames, test::probeVideo(clip).frames);
    QVERIFY(leftovers(m_out.path()).isEmpty());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
