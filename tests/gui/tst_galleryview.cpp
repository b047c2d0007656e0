// GalleryView over a real LibraryService on a temporary database, with real
// MP4s made by ffmpeg at test time and played by Qt's real media backend under
// the offscreen platform: filters re-query the library, favourite and delete
// reach the database and the disk, thumbnails are decoded and written, and
// hovering a card plays its clip.

#include "gallery/clipthumbnailer.h"
#include "gallery/gallerydelegate.h"
#include "gallery/galleryview.h"
#include "library/gallerymodel.h"
#include "library/libraryservice.h"
#include "player/mediaengine.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using wan::ui::MediaPlayback;

using wan::library::Entry;
using wan::library::EntryStatus;
using wan::library::GalleryModel;
using wan::library::LibraryService;
using wan::ui::GalleryDelegate;
using wan::ui::GalleryView;

// Records what QDesktopServices was asked to open, so "Show in folder" starts no file manager.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestGalleryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rows_areNewestFirstWithSummary();
    void firstQuery_waitsUntilShown();
    void search_filtersAfterTypingSettles();
    void resolutionAndFavouriteFilters_requery();
    void seedAndDateFilters_requery();
    void sameImageAction_showsRunsOfThatImage();
    void favouriteKey_togglesStarInDatabase();
    void delete_declined_keepsEverything();
    void delete_confirmed_removesRowsAndFiles();
    void delete_defaultQuestion_isAskedInAMessageBox();
    void compare_enabledOnlyForTwoToFourCompleted();
    void intentSignals_carryTheSelectedEntry();
    void showInFolder_opensTheClipsFolder();
    void thumbnails_areFirstFramesInThumbsFolder();
    void thumbnailer_brokenOrMissingClip_fails();
    void thumbnails_areReadOffThePaintPath();
    void hover_playsThatClipAndLeaveStops();
    void badges_differByStatus_data();
    void badges_differByStatus();
    void badges_arePaintedOnFailedAndExpiredCards();
    void everyControl_hasAccessibleName();

private:
    QString makeClip(const QString &path);
    Entry makeEntry(const QString &prompt, EntryStatus status, qint64 seed, const QString &resolution, qint64 minutesAgo,
                    const QString &image, const QString &clip = {});
    qint64 insert(const Entry &entry);
    std::optional<Entry> fetch(qint64 id);
    QModelIndex indexOf(qint64 id) const;
    void select(const QList<qint64> &ids);
    QStringList shownPrompts() const;
    template<typename T> T *child(const char *name) const;

    QTemporaryDir m_clips;
    QString m_clip;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_media;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<GalleryView> m_view;
    // The fixture's runs, by role in the tests.
    qint64 m_old = 0, m_lighthouse = 0, m_failed = 0, m_expired = 0, m_waves = 0;
};

QString TestGalleryView::makeClip(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("testsrc2=size=320x240:rate=16"), QStringLiteral("-frames:v"), QStringLiteral("16"),
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                   QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-movflags"),
                   QStringLiteral("+faststart"), path });
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return {};
    }
    return path;
}

void TestGalleryView::initTestCase()
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_clips.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed; it makes the clips these tests show");
    m_clip = makeClip(m_clips.filePath(QStringLiteral("clip.mp4")));
    QVERIFY(!m_clip.isEmpty());
}

Entry TestGalleryView::makeEntry(const QString &prompt, EntryStatus status, qint64 seed, const QString &resolution,
                                 qint64 minutesAgo, const QString &image, const QString &clip)
{
    Entry e;
    e.created = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    e.status = status;
    e.model = QStringLiteral("wan-2.2-i2v-fast");
    e.imageSource = image;
    e.prompt = prompt;
    e.seed = seed;
    e.parameters = { { QStringLiteral("seed"), seed },
                     { QStringLiteral("num_frames"), 81 },
                     { QStringLiteral("frames_per_second"), 16 },
                     { QStringLiteral("resolution"), resolution } };
    if (!clip.isEmpty()) {
        // Each run its own file: the library keeps a file another entry still uses.
        const QString path = QDir(m_media).filePath(clip);
        if (!QFile::copy(m_clip, path))
            qWarning() << "could not copy the clip to" << path;
        e.outputPath = path;
        e.durationMs = 1000;
    }
    return e;
}

qint64 TestGalleryView::insert(const Entry &entry)
{
    qint64 id = 0;
    m_service->insert(entry, this, [&id](qint64 newId) { id = newId; });
    if (!QTest::qWaitFor([&id] { return id != 0; }, 5000))
        qWarning() << "insert did not answer";
    return id;
}

std::optional<Entry> TestGalleryView::fetch(qint64 id)
{
    bool answered = false;
    std::optional<Entry> result;
    m_service->entry(id, this, [&](std::optional<Entry> e) {
        result = std::move(e);
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qWarning() << "entry() did not answer";
    return result;
}

void TestGalleryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_media = m_dir->filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(m_media));
    m_service = std::make_unique<LibraryService>(m_dir->filePath(QStringLiteral("library.sqlite")), m_media);
    bool opened = false;
    QString error;
    m_service->open(this, [&](bool ok, QString why) {
        opened = ok;
        error = why;
    });
    QTRY_VERIFY2(opened, qPrintable(error));

    const QString fox = QStringLiteral("/pictures/fox.jpg");
    const QString lighthouse = QStringLiteral("/pictures/lighthouse.jpg");
    m_old = insert(makeEntry(QStringLiteral("a red fox running through deep snow"), EntryStatus::Completed, 42,
                             QStringLiteral("480p"), 10 * 24 * 60, fox, QStringLiteral("old.mp4")));
    Entry favourite = makeEntry(QStringLiteral("a lighthouse in a storm at night"), EntryStatus::Completed, 7,
                                QStringLiteral("720p"), 40, lighthouse, QStringLiteral("lighthouse.mp4"));
    favourite.favourite = true;
    m_lighthouse = insert(favourite);
    Entry failed
        = makeEntry(QStringLiteral("a fox cub sleeping in the grass"), EntryStatus::Failed, 9, QStringLiteral("480p"), 30, fox);
    failed.errorMessage = QStringLiteral("The service could not make this video.");
    m_failed = insert(failed);
    m_expired = insert(
        makeEntry(QStringLiteral("city lights timelapse"), EntryStatus::Expired, 11, QStringLiteral("480p"), 20, lighthouse));
    m_waves = insert(makeEntry(QStringLiteral("ocean waves at sunset"), EntryStatus::Completed, 42, QStringLiteral("480p"), 10,
                               fox, QStringLiteral("waves.mp4")));
    QVERIFY(m_old && m_lighthouse && m_failed && m_expired && m_waves);

    m_view = std::make_unique<GalleryView>(m_service.get());
    m_view->setMediaDirectory(m_media);
    m_view->resize(1100, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
}

void TestGalleryView::cleanup()
{
    m_view.reset();
    if (m_service)
        m_service->waitForIdle();
    m_service.reset();
    m_dir.reset();
}

template<typename T> T *TestGalleryView::child(const char *name) const
{
    return m_view->findChild<T *>(QLatin1String(name));
}

QModelIndex TestGalleryView::indexOf(qint64 id) const
{
    const int row = m_view->model()->rowOf(id);
    return row < 0 ? QModelIndex() : m_view->model()->index(row);
}

void TestGalleryView::select(const QList<qint64> &ids)
{
    QItemSelectionModel *selection = m_view->listView()->selectionModel();
    selection->clearSelection();
    for (qint64 id : ids)
        selection->select(indexOf(id), QItemSelectionModel::Select);
    if (!ids.isEmpty())
        selection->setCurrentIndex(indexOf(ids.first()), QItemSelectionModel::NoUpdate);
    m_view->listView()->setFocus();
}

QStringList TestGalleryView::shownPrompts() const
{
    QStringList prompts;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        prompts << m_view->model()->index(row).data(GalleryModel::PromptRole).toString();
    return prompts;
}

void TestGalleryView::rows_areNewestFirstWithSummary()
{
    GalleryModel *model = m_view->model();
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row).data(GalleryModel::IdRole).toLongLong();
    QCOMPARE(ids, (QList<qint64> { m_waves, m_expired, m_failed, m_lighthouse, m_old }));

    const QModelIndex waves = indexOf(m_waves);
    QCOMPARE(waves.data(GalleryModel::SummaryRole).toString(), QStringLiteral("seed 42 · 81 f · 16 fps · 480p"));
    QCOMPARE(waves.data(GalleryModel::StatusRole).toInt(), int(EntryStatus::Completed));
    QCOMPARE(waves.data(GalleryModel::OutputPathRole).toString(), QDir(m_media).filePath(QStringLiteral("waves.mp4")));
    QCOMPARE(waves.data(GalleryModel::EntryRole).value<Entry>().prompt, QStringLiteral("ocean waves at sunset"));
    QCOMPARE(indexOf(m_failed).data(GalleryModel::StatusNameRole).toString(), QStringLiteral("failed"));
    QCOMPARE(indexOf(m_expired).data(GalleryModel::StatusRole).toInt(), int(EntryStatus::Expired));
    QVERIFY(indexOf(m_lighthouse).data(GalleryModel::FavouriteRole).toBool());
    QVERIFY(!waves.data(GalleryModel::FavouriteRole).toBool());
    QCOMPARE(m_view->listView()->viewMode(), QListView::IconMode);
    QCOMPARE(m_view->listView()->selectionMode(), QAbstractItemView::ExtendedSelection);
}

void TestGalleryView::firstQuery_waitsUntilShown()
{
    GalleryView hidden(m_service.get());
    QCoreApplication::processEvents();
    QVERIFY(!hidden.model()->isLoading());
    QCOMPARE(hidden.model()->rowCount(), 0);
    hidden.show();
    QVERIFY(hidden.model()->isLoading());
    QTRY_COMPARE(hidden.model()->rowCount(), 5);
}

void TestGalleryView::search_filtersAfterTypingSettles()
{
    auto *search = child<QLineEdit>("searchField");
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("fox"));
    // Debounced: nothing was asked yet while the typing went on.
    QVERIFY(m_view->model()->query().text.isEmpty());
    QTRY_COMPARE(m_view->model()->query().text, QStringLiteral("fox"));
    QTRY_COMPARE(shownPrompts(),
                 (QStringList { QStringLiteral("a fox cub sleeping in the grass"),
                                QStringLiteral("a red fox running through deep snow") }));

    search->clear();
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
}

void TestGalleryView::resolutionAndFavouriteFilters_requery()
{
    auto *resolution = child<QComboBox>("resolutionCombo");
    auto *favourites = child<QCheckBox>("favouritesOnly");
    QVERIFY(resolution && favourites);
    QCOMPARE(resolution->count(), 3);
    resolution->setCurrentIndex(resolution->findData(QStringLiteral("720p")));
    QTRY_COMPARE(shownPrompts(), QStringList { QStringLiteral("a lighthouse in a storm at night") });

    resolution->setCurrentIndex(resolution->findData(QStringLiteral("480p")));
    QTRY_COMPARE(m_view->model()->rowCount(), 4);
    favourites->setChecked(true);
    QTRY_COMPARE(m_view->model()->rowCount(), 0);
    QTRY_COMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("No clips match."));

    resolution->setCurrentIndex(0); // Any
    QTRY_COMPARE(shownPrompts(), QStringList { QStringLiteral("a lighthouse in a storm at night") });
    favourites->setChecked(false);
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
}

void TestGalleryView::seedAndDateFilters_requery()
{
    auto *seed = child<QLineEdit>("seedField");
    QVERIFY(seed);
    QTest::keyClicks(seed, QStringLiteral("42"));
    QTRY_COMPARE(
        shownPrompts(),
        (QStringList { QStringLiteral("ocean waves at sunset"), QStringLiteral("a red fox running through deep snow") }));
    seed->clear();
    QTRY_COMPARE(m_view->model()->rowCount(), 5);

    auto *from = child<QDateEdit>("fromDate");
    auto *to = child<QDateEdit>("toDate");
    QVERIFY(from && to);
    QCOMPARE(from->text(), QStringLiteral("Any")); // no limit until one is chosen
    from->setDate(QDate::currentDate().addDays(-3));
    QTRY_COMPARE(m_view->model()->rowCount(), 4);
    QVERIFY(m_view->model()->rowOf(m_old) < 0);
    from->setDate(from->minimumDate());
    to->setDate(QDate::currentDate().addDays(-5));
    QTRY_COMPARE(shownPrompts(), QStringList { QStringLiteral("a red fox running through deep snow") });
    to->setDate(to->minimumDate());
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
}

void TestGalleryView::sameImageAction_showsRunsOfThatImage()
{
    QAction *same = m_view->sameImageAction();
    select({});
    QVERIFY(!same->isEnabled());
    select({ m_waves });
    QVERIFY(same->isEnabled());
    same->trigger();
    QTRY_COMPARE(m_view->model()->query().imageSource, QStringLiteral("/pictures/fox.jpg"));
    QTRY_COMPARE(shownPrompts(),
                 (QStringList { QStringLiteral("ocean waves at sunset"), QStringLiteral("a fox cub sleeping in the grass"),
                                QStringLiteral("a red fox running through deep snow") }));
    QVERIFY(same->isChecked());
    same->trigger();
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
}

void TestGalleryView::favouriteKey_togglesStarInDatabase()
{
    select({ m_waves });
    QVERIFY(m_view->favouriteAction()->isEnabled());
    QVERIFY(!m_view->favouriteAction()->isChecked());
    QTest::keyClick(m_view->listView(), Qt::Key_F);
    QTRY_VERIFY(indexOf(m_waves).data(GalleryModel::FavouriteRole).toBool());
    QVERIFY(fetch(m_waves)->favourite);
    QTRY_VERIFY(m_view->favouriteAction()->isChecked());

    // A mixed selection becomes all favourites; then all are cleared.
    select({ m_waves, m_old });
    m_view->favouriteAction()->trigger();
    QTRY_VERIFY(indexOf(m_old).data(GalleryModel::FavouriteRole).toBool());
    QVERIFY(fetch(m_old)->favourite);
    QVERIFY(fetch(m_waves)->favourite);
    m_view->favouriteAction()->trigger();
    QTRY_VERIFY(!indexOf(m_old).data(GalleryModel::FavouriteRole).toBool());
    QTRY_VERIFY(!indexOf(m_waves).data(GalleryModel::FavouriteRole).toBool());
    QVERIFY(!fetch(m_old)->favourite);
    QVERIFY(!fetch(m_waves)->favourite);
}

void TestGalleryView::delete_declined_keepsEverything()
{
    QStringList questions;
    m_view->setConfirmation([&questions](QWidget *, const QString &question) {
        questions << question;
        return false;
    });
    select({ m_waves });
    QTest::keyClick(m_view->listView(), Qt::Key_Delete);
    QCOMPARE(questions, QStringList { QStringLiteral("Move 1 clip(s) to the trash?") });
    m_service->waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(m_view->model()->rowCount(), 5);
    QVERIFY(fetch(m_waves).has_value());
    QVERIFY(QFile::exists(QDir(m_media).filePath(QStringLiteral("waves.mp4"))));
}

void TestGalleryView::delete_confirmed_removesRowsAndFiles()
{
    // Thumbnails first, so that their removal is seen too.
    const QString thumbs = QDir(m_media).filePath(QStringLiteral("thumbs"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(thumbs).filePath(QStringLiteral("%1.jpg").arg(m_waves))), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(thumbs).filePath(QStringLiteral("%1.jpg").arg(m_old))), 20000);

    QStringList questions;
    m_view->setConfirmation([&questions](QWidget *, const QString &question) {
        questions << question;
        return true;
    });
    select({ m_waves, m_old });
    QVERIFY(m_view->deleteAction()->isEnabled());
    m_view->deleteAction()->trigger();
    QCOMPARE(questions, QStringList { QStringLiteral("Move 2 clip(s) to the trash?") });
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->model()->rowOf(m_waves), -1);
    QCOMPARE(m_view->model()->rowOf(m_old), -1);
    QVERIFY(!fetch(m_waves).has_value());
    QVERIFY(!fetch(m_old).has_value());
    QVERIFY(!QFile::exists(QDir(m_media).filePath(QStringLiteral("waves.mp4"))));
    QVERIFY(!QFile::exists(QDir(m_media).filePath(QStringLiteral("old.mp4"))));
    QVERIFY(!QFile::exists(QDir(thumbs).filePath(QStringLiteral("%1.jpg").arg(m_waves))));
    QVERIFY(QFile::exists(QDir(m_media).filePath(QStringLiteral("lighthouse.mp4"))));
    QVERIFY(fetch(m_lighthouse).has_value());
}

void TestGalleryView::delete_defaultQuestion_isAskedInAMessageBox()
{
    select({ m_lighthouse });
    QString asked;
    bool answered = false;
    // The real dialog, answered from a timer once it is up.
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answerer.stop();
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        answered = true;
    });
    answerer.start();
    m_view->deleteAction()->trigger();
    QVERIFY(answered);
    QCOMPARE(asked, QStringLiteral("Move 1 clip(s) to the trash?"));
    QTRY_COMPARE(m_view->model()->rowOf(m_lighthouse), -1);
    QVERIFY(!QFile::exists(QDir(m_media).filePath(QStringLiteral("lighthouse.mp4"))));
}

void TestGalleryView::compare_enabledOnlyForTwoToFourCompleted()
{
    QAction *compare = m_view->compareAction();
    QSignalSpy spy(m_view.get(), &GalleryView::compareRequested);
    select({ m_waves });
    QVERIFY(!compare->isEnabled());
    select({ m_waves, m_lighthouse });
    QVERIFY(compare->isEnabled());
    select({ m_waves, m_lighthouse, m_old });
    QVERIFY(compare->isEnabled());
    select({ m_waves, m_lighthouse, m_failed });
    QVERIFY(!compare->isEnabled());
    select({ m_waves, m_expired });
    QVERIFY(!compare->isEnabled());
    select({ m_waves, m_lighthouse, m_old, m_failed, m_expired });
    QVERIFY(!compare->isEnabled());
    QTest::keyClick(m_view->listView(), Qt::Key_C);
    QCOMPARE(spy.count(), 0);

    select({ m_old, m_waves });
    QTest::keyClick(m_view->listView(), Qt::Key_C);
    QCOMPARE(spy.count(), 1);
    const auto entries = spy.at(0).at(0).value<QList<Entry>>();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, m_waves); // in the order shown
    QCOMPARE(entries.at(1).id, m_old);
}

void TestGalleryView::intentSignals_carryTheSelectedEntry()
{
    QSignalSpy useSettings(m_view.get(), &GalleryView::useSettingsRequested);
    QSignalSpy rerun(m_view.get(), &GalleryView::rerunRequested);
    QSignalSpy open(m_view.get(), &GalleryView::openRequested);

    select({ m_failed });
    QTest::keyClick(m_view->listView(), Qt::Key_U);
    QCOMPARE(useSettings.count(), 1);
    QCOMPARE(useSettings.at(0).at(0).value<Entry>().id, m_failed);
    QCOMPARE(useSettings.at(0).at(0).value<Entry>().seed, 9);
    m_view->rerunAction()->trigger();
    QCOMPARE(rerun.count(), 1);
    QCOMPARE(rerun.at(0).at(0).value<Entry>().prompt, QStringLiteral("a fox cub sleeping in the grass"));
    // A failed run has no clip to play.
    QTest::keyClick(m_view->listView(), Qt::Key_Return);
    QCOMPARE(open.count(), 0);

    select({ m_lighthouse });
    QTest::keyClick(m_view->listView(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<Entry>().id, m_lighthouse);
    const QRect card = m_view->listView()->visualRect(indexOf(m_waves));
    // What a real double-click delivers: a click, then the double-click.
    QTest::mouseClick(m_view->listView()->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseDClick(m_view->listView()->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseRelease(m_view->listView()->viewport(), Qt::LeftButton, {}, card.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).value<Entry>().outputPath, QDir(m_media).filePath(QStringLiteral("waves.mp4")));

    // Two selected: one run's settings cannot be chosen.
    select({ m_waves, m_old });
    QVERIFY(!m_view->useSettingsAction()->isEnabled());
    QVERIFY(!m_view->rerunAction()->isEnabled());
    QTest::keyClick(m_view->listView(), Qt::Key_R);
    QCOMPARE(rerun.count(), 1);
}

void TestGalleryView::showInFolder_opensTheClipsFolder()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    select({ m_waves });
    m_view->showInFolderAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl> { QUrl::fromLocalFile(m_media) });
    select({ m_failed });
    QVERIFY(!m_view->showInFolderAction()->isEnabled());
}

void TestGalleryView::thumbnails_areFirstFramesInThumbsFolder()
{
    const QDir thumbs(QDir(m_media).filePath(QStringLiteral("thumbs")));
    for (qint64 id : { m_waves, m_lighthouse, m_old }) {
        QTRY_VERIFY_WITH_TIMEOUT(!indexOf(id).data(GalleryModel::ThumbnailPathRole).toString().isEmpty(), 20000);
        const QString path = indexOf(id).data(GalleryModel::ThumbnailPathRole).toString();
        QCOMPARE(path, thumbs.filePath(QStringLiteral("%1.jpg").arg(id)));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(320, 240));
    }
    QVERIFY(!m_view->thumbnailer()->isBusy());
    QVERIFY(indexOf(m_failed).data(GalleryModel::ThumbnailPathRole).toString().isEmpty());
    QVERIFY(!thumbs.exists(QStringLiteral("%1.jpg").arg(m_failed)));
    QVERIFY(!thumbs.exists(QStringLiteral("%1.jpg").arg(m_expired)));

    // The first frame, not a later one: testsrc2 changes visibly over 16 frames.
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"), m_clip,
                   QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                   QStringLiteral("-") });
    QVERIFY(ffmpeg.waitForFinished(60000));
    const QByteArray raw = ffmpeg.readAllStandardOutput();
    constexpr qsizetype frameBytes = 320 * 240 * 3;
    QCOMPARE(raw.size(), 16 * frameBytes);
    const QImage thumb = QImage(thumbs.filePath(QStringLiteral("%1.jpg").arg(m_waves))).convertToFormat(QImage::Format_RGB888);
    const auto distance = [&](int frame) {
        const QImage reference(reinterpret_cast<const uchar *>(raw.constData() + frame * frameBytes), 320, 240, 320 * 3,
                               QImage::Format_RGB888);
        qint64 sum = 0;
        for (int y = 0; y < 240; y += 2) {
            for (int x = 0; x < 320 * 3; ++x)
                sum += qAbs(int(thumb.constScanLine(y)[x]) - int(reference.constScanLine(y)[x]));
        }
        return sum;
    };
    QVERIFY2(distance(0) < distance(8), "the thumbnail is not the clip's first frame");
    QVERIFY2(distance(0) < distance(15), "the thumbnail is not the clip's first frame");

    // The card shows the still rather than the placeholder, once a worker has read it.
    const auto colouredPixels = [this] {
        const QImage shot = m_view->listView()->viewport()->grab().toImage();
        const QRect picture = GalleryDelegate::thumbnailRect(m_view->listView()->visualRect(indexOf(m_waves)).adjusted(2, 2, -2, -2));
        int coloured = 0;
        for (int y = picture.top(); y <= picture.bottom(); y += 4) {
            for (int x = picture.left(); x <= picture.right(); x += 4)
                coloured += shot.pixelColor(x, y).saturation() > 120 ? 1 : 0;
        }
        return coloured;
    };
    QTRY_VERIFY2(colouredPixels() > 50, "the card does not show the test pattern's colours");
}

// paint() never reads a file: a card whose still is not in memory shows the
// placeholder, a worker reads the still, and the delegate says when it is in.
// A file that is not a picture is tried once, not at every paint.
void TestGalleryView::thumbnails_areReadOffThePaintPath()
{
    QImage red(224, 126, QImage::Format_RGB32);
    red.fill(QColor(220, 0, 0));
    const QString still = m_dir->filePath(QStringLiteral("t/red.jpg"));
    QVERIFY(QDir().mkpath(QFileInfo(still).path()));
    QVERIFY(red.save(still, "JPEG", 95));
    const QString broken = m_dir->filePath(QStringLiteral("t/broken.jpg"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
    }
    QStandardItemModel model;
    for (const QString &path : { still, broken }) {
        auto *item = new QStandardItem;
        item->setData(int(EntryStatus::Completed), GalleryModel::StatusRole);
        item->setData(path, GalleryModel::ThumbnailPathRole);
        model.appendRow(item);
    }
    GalleryDelegate delegate;
    QSignalSpy loaded(&delegate, &GalleryDelegate::thumbnailLoaded);
    const auto redPixels = [&delegate](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, index));
        QImage card(option.rect.size(), QImage::Format_RGB32);
        card.fill(Qt::white);
        QPainter painter(&card);
        delegate.paint(&painter, option, index);
        painter.end();
        int count = 0;
        for (int y = 0; y < card.height(); y += 2) {
            for (int x = 0; x < card.width(); x += 2) {
                const QColor c = card.pixelColor(x, y);
                count += c.red() > 180 && c.green() < 60 && c.blue() < 60 ? 1 : 0;
            }
        }
        return count;
    };
    const QModelIndex good = model.index(0, 0), bad = model.index(1, 0);
    QCOMPARE(redPixels(good), 0); // the placeholder: nothing read on the paint path
    QCOMPARE(redPixels(bad), 0);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toString(), still);
    QVERIFY(redPixels(good) > 500);
    QCOMPARE(redPixels(bad), 0);
    QTest::qWait(200); // the broken file is not read again (it would be signalled if it were a picture now)
    QCOMPARE(loaded.count(), 1);

    // Forgotten (the file was made again): read afresh.
    red.fill(QColor(0, 0, 220));
    QVERIFY(red.save(still, "JPEG", 95));
    delegate.forgetThumbnail(still);
    QCOMPARE(redPixels(good), 0);
    QTRY_COMPARE(loaded.count(), 2);
}

void TestGalleryView::thumbnailer_brokenOrMissingClip_fails()
{
    wan::ui::ClipThumbnailer thumbnailer;
    QSignalSpy failed(&thumbnailer, &wan::ui::ClipThumbnailer::thumbnailFailed);
    QSignalSpy ready(&thumbnailer, &wan::ui::ClipThumbnailer::thumbnailReady);
    const QString broken = m_dir->filePath(QStringLiteral("broken.mp4"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    thumbnailer.request(101, broken, m_dir->filePath(QStringLiteral("t/101.jpg")));
    thumbnailer.request(102, m_dir->filePath(QStringLiteral("missing.mp4")), m_dir->filePath(QStringLiteral("t/102.jpg")));
    thumbnailer.request(101, broken, m_dir->filePath(QStringLiteral("t/101.jpg"))); // once is enough
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
    QVERIFY(!thumbnailer.isBusy());
    QCOMPARE(ready.count(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("t/101.jpg"))));
}

void TestGalleryView::hover_playsThatClipAndLeaveStops()
{
    MediaPlayback *player = m_view->previewPlayer();
    QVERIFY(!player->hasAudioOutput()); // muted: there is no audio output at all
    QSignalSpy frames(player, &MediaPlayback::frameChanged);
    QWidget *viewport = m_view->listView()->viewport();
    // Start from outside the cards, wherever an earlier test left the pointer.
    QTest::mouseMove(child<QLineEdit>("searchField"));
    QTRY_VERIFY(player->source().isEmpty());

    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_waves)).center());
    QTRY_COMPARE(player->source(), QUrl::fromLocalFile(QDir(m_media).filePath(QStringLiteral("waves.mp4"))));
    QTRY_COMPARE(player->playbackState(), MediaPlayback::PlayingState);
    QTRY_VERIFY(frames.count() > 2);
    QCOMPARE(m_view->previewIndex(), QPersistentModelIndex(indexOf(m_waves)));
    QCOMPARE(m_view->delegate()->previewIndex(), QPersistentModelIndex(indexOf(m_waves)));

    // To another card: its clip instead.
    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_lighthouse)).center());
    QTRY_COMPARE(player->source(), QUrl::fromLocalFile(QDir(m_media).filePath(QStringLiteral("lighthouse.mp4"))));
    QTRY_COMPARE(player->playbackState(), MediaPlayback::PlayingState);

    // Out of the cards: it stops.
    QTest::mouseMove(child<QLineEdit>("searchField"));
    QTRY_COMPARE(player->playbackState(), MediaPlayback::StoppedState);
    QVERIFY(player->source().isEmpty());
    QVERIFY(!m_view->previewIndex().isValid());
    QVERIFY(!m_view->delegate()->previewIndex().isValid());

    // A failed run has nothing to play; the expired one neither. Then a finished one does.
    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_failed)).center());
    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_expired)).center());
    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_old)).center());
    QTRY_COMPARE(player->source(), QUrl::fromLocalFile(QDir(m_media).filePath(QStringLiteral("old.mp4"))));
    QTest::mouseMove(viewport, m_view->listView()->visualRect(indexOf(m_failed)).center());
    QTRY_VERIFY(player->source().isEmpty());
    QCOMPARE(player->playbackState(), MediaPlayback::StoppedState);
}

void TestGalleryView::badges_differByStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("completed") << int(EntryStatus::Completed) << QString();
    QTest::newRow("failed") << int(EntryStatus::Failed) << QStringLiteral("Failed");
    QTest::newRow("expired") << int(EntryStatus::Expired) << QStringLiteral("Expired");
    QTest::newRow("cancelled") << int(EntryStatus::Cancelled) << QStringLiteral("Cancelled");
    QTest::newRow("queued") << int(EntryStatus::Queued) << QStringLiteral("Queued");
    QTest::newRow("processing") << int(EntryStatus::Processing) << QStringLiteral("Running");
    QTest::newRow("downloading") << int(EntryStatus::Downloading) << QStringLiteral("Running");
}

void TestGalleryView::badges_differByStatus()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    QCOMPARE(GalleryDelegate::badgeText(EntryStatus(status)), text);
    QCOMPARE(GalleryDelegate::badgeColour(EntryStatus(status), QPalette()).isValid(), !text.isEmpty());
}

void TestGalleryView::badges_arePaintedOnFailedAndExpiredCards()
{
    const QPalette palette = m_view->listView()->palette();
    const QColor failedColour = GalleryDelegate::badgeColour(EntryStatus::Failed, palette);
    const QColor expiredColour = GalleryDelegate::badgeColour(EntryStatus::Expired, palette);
    QVERIFY(failedColour != expiredColour);

    const QImage shot = m_view->listView()->viewport()->grab().toImage();
    const auto pixelsOf = [&](qint64 id, const QColor &colour) {
        const QRect picture = GalleryDelegate::thumbnailRect(m_view->listView()->visualRect(indexOf(id)).adjusted(2, 2, -2, -2));
        int count = 0;
        for (int y = picture.top(); y <= picture.bottom(); ++y) {
            for (int x = picture.left(); x <= picture.right(); ++x)
                count += shot.pixelColor(x, y) == colour ? 1 : 0;
        }
        return count;
    };
    QVERIFY(pixelsOf(m_failed, failedColour) > 50);
    QCOMPARE(pixelsOf(m_failed, expiredColour), 0);
    QVERIFY(pixelsOf(m_expired, expiredColour) > 50);
    QCOMPARE(pixelsOf(m_expired, failedColour), 0);
    // A finished clip has no pill (its picture may hold a stray pixel of either colour).
    QVERIFY(pixelsOf(m_lighthouse, failedColour) < 10);
    QVERIFY(pixelsOf(m_lighthouse, expiredColour) < 10);
}

void TestGalleryView::everyControl_hasAccessibleName()
{
    QCOMPARE(child<QLineEdit>("searchField")->accessibleName(), QStringLiteral("Search prompts"));
    QCOMPARE(child<QLineEdit>("searchField")->placeholderText(), QStringLiteral("Search prompts"));
    QCOMPARE(child<QComboBox>("resolutionCombo")->accessibleName(), QStringLiteral("Resolution"));
    QCOMPARE(child<QComboBox>("resolutionCombo")->itemText(0), QStringLiteral("Any"));
    QCOMPARE(child<QLineEdit>("seedField")->accessibleName(), QStringLiteral("Seed"));
    QCOMPARE(child<QCheckBox>("favouritesOnly")->accessibleName(), QStringLiteral("Favourites only"));
    QCOMPARE(child<QDateEdit>("fromDate")->accessibleName(), QStringLiteral("From"));
    QCOMPARE(child<QDateEdit>("toDate")->accessibleName(), QStringLiteral("To"));
    QCOMPARE(m_view->listView()->accessibleName(), QStringLiteral("Clips"));
    // A card is read out with what its pill and star show.
    QCOMPARE(indexOf(m_failed).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Failed, a fox cub sleeping in the grass, seed 9 · 81 f · 16 fps · 480p"));
    QCOMPARE(indexOf(m_lighthouse).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Favourite, a lighthouse in a storm at night, seed 7 · 81 f · 16 fps · 720p"));

    // Every focusable control and every toolbar button has a name a screen reader can say.
    const QList<QWidget *> widgets = m_view->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const auto *button = qobject_cast<QToolButton *>(w);
        const bool toolBarButton = button && button->defaultAction();
        if (!w->isVisible() || (w->focusPolicy() == Qt::NoFocus && !toolBarButton) || (button && !toolBarButton))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the inner parts of a compound control, named by it
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
    }
    const QStringList expected
        = { QStringLiteral("Favourite"),     QStringLiteral("Delete…"), QStringLiteral("Use these settings"),
            QStringLiteral("Re-run"),        QStringLiteral("Compare"), QStringLiteral("Same image as selected"),
            QStringLiteral("Show in folder") };
    QStringList shown;
    for (QAction *action : child<QToolBar>("galleryToolBar")->actions())
        shown << action->text();
    QCOMPARE(shown, expected);
    QCOMPARE(m_view->favouriteAction()->shortcut(), QKeySequence(Qt::Key_F));
    QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
}

QTEST_MAIN(TestGalleryView)
#include "tst_galleryview.moc"
