// What a clip carries about its run comes back as the same library entry
// (ClipSettings), the JSON both older writers left in clips is still read, a
// damaged library file is told apart from other failures, and what an
// interrupted save left beside a clip is removed by the next run only when it
// is older than that run.

#include "jobs/staleparts.h"
#include "library/clipsettings.h"
#include "library/library.h"
#include "library/libraryrebuild.h"
#include "librarytestsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wan::library::ClipSettings;
using wan::library::Entry;
using wan::library::EntryStatus;
using wan::library::Library;

namespace {

Entry completedEntry()
{
    Entry e;
    e.created = QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0), Qt::UTC);
    e.submittedAt = e.created.addSecs(20);
    e.status = EntryStatus::Completed;
    e.model = QStringLiteral("wan-2.2-i2v-fast");
    e.imageSource = QStringLiteral("/home/someone/Pictures/harbour.jpg");
    e.preparedImagePath = QStringLiteral("/data/media/inputs/0a1b2c3d.jpg");
    e.imageUrl = QStringLiteral("https://uploads.example/0a1b2c3d.jpg");
    e.prompt = QStringLiteral("boats rocking, gulls circling — « calme »");
    e.parameters = QJsonObject{{QStringLiteral("seed"), 1234567}, {QStringLiteral("num_frames"), 121},
                               {QStringLiteral("resolution"), QStringLiteral("720p")}, {QStringLiteral("go_fast"), false}};
    e.seed = 1234567;
    e.randomSeed = true;
    e.mode = QStringLiteral("async");
    e.requestId = QStringLiteral("req-42");
    e.creditsBefore = 10.5;
    e.creditsAfter = 10.41;
    e.inferenceSeconds = 37.5;
    e.batchId = QStringLiteral("batch-7");
    return e;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class TestClipSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void entry_comesBackFromItsSettings();
    void settings_carryAVersion();
    void olderSettings_ofBothWriters_areRead_data();
    void olderSettings_ofBothWriters_areRead();
    void foreignJson_isNoEntry_data();
    void foreignJson_isNoEntry();

    void garbageDatabase_isDamaged();
    void newerDatabase_isNotDamaged();
    void damagedDatabase_isMovedAsideWithItsJournal();

    void staleParts_olderThanTheRun_areRemoved();
};

void TestClipSettings::entry_comesBackFromItsSettings()
{
    const Entry original = completedEntry();
    const QString clip = QStringLiteral("/videos/harbour.mp4");
    const std::optional<Entry> back = ClipSettings::toEntry(ClipSettings::fromEntry(original), clip);
    QVERIFY(back);
    QCOMPARE(back->status, EntryStatus::Completed);
    QCOMPARE(back->model, original.model);
    QCOMPARE(back->imageSource, original.imageSource);
    QCOMPARE(back->preparedImagePath, QStringLiteral("inputs/0a1b2c3d.jpg"));
    QCOMPARE(back->imageUrl, original.imageUrl);
    QCOMPARE(back->prompt, original.prompt);
    QCOMPARE(back->parameters, original.parameters);
    QCOMPARE(back->seed, original.seed);
    QCOMPARE(back->randomSeed, true);
    QCOMPARE(back->mode, original.mode);
    QCOMPARE(back->requestId, original.requestId);
    QCOMPARE(back->created, original.created);
    QCOMPARE(back->submittedAt, original.submittedAt);
    QCOMPARE(back->creditsBefore, original.creditsBefore);
    QCOMPARE(back->creditsAfter, original.creditsAfter);
    QCOMPARE(back->inferenceSeconds, original.inferenceSeconds);
    QCOMPARE(back->batchId, original.batchId);
    QCOMPARE(back->outputPath, clip);
    QCOMPARE(back->id, 0);
}

void TestClipSettings::settings_carryAVersion()
{
    const QJsonObject settings = ClipSettings::fromEntry(completedEntry());
    QCOMPARE(settings.value(QStringLiteral("app")).toString(), QStringLiteral("Wan Studio"));
    QCOMPARE(settings.value(QStringLiteral("version")).toInt(), ClipSettings::Version);
    // Players show the prompt; the window restores from these keys (version 1 names).
    QCOMPARE(settings.value(QStringLiteral("prompt")).toString(), completedEntry().prompt);
    QCOMPARE(settings.value(QStringLiteral("seed")).toInteger(), 1234567);
    QCOMPARE(settings.value(QStringLiteral("requestId")).toString(), QStringLiteral("req-42"));
    QVERIFY(QDateTime::fromString(settings.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs).isValid());
}

void TestClipSettings::olderSettings_ofBothWriters_areRead_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QString>("imageUrl");
    const QJsonObject parameters{{QStringLiteral("seed"), 99}, {QStringLiteral("num_frames"), 81}};
    // What `wanstudio generate` wrote into its clips.
    QTest::newRow("generate") << QJsonObject{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                                             {QStringLiteral("model"), QStringLiteral("wan-2.2-i2v-fast")},
                                             {QStringLiteral("image"), QStringLiteral("/pics/a.png")},
                                             {QStringLiteral("prompt"), QStringLiteral("waves")},
                                             {QStringLiteral("parameters"), parameters},
                                             {QStringLiteral("seed"), 99},
                                             {QStringLiteral("requestId"), QStringLiteral("req-1")}}
                              << QStringLiteral("async") << QDateTime() << QString();
    // What the window's queue wrote into its clips and sidecars.
    QTest::newRow("window") << QJsonObject{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                                           {QStringLiteral("model"), QStringLiteral("wan-2.2-i2v-fast")},
                                           {QStringLiteral("image"), QStringLiteral("/pics/a.png")},
                                           {QStringLiteral("prompt"), QStringLiteral("waves")},
                                           {QStringLiteral("parameters"), parameters},
                                           {QStringLiteral("mode"), QStringLiteral("sync")},
                                           {QStringLiteral("created"), QStringLiteral("2025-11-02T08:00:00Z")},
                                           {QStringLiteral("finished"), QStringLiteral("2025-11-02T08:01:10Z")},
                                           {QStringLiteral("seed"), 99},
                                           {QStringLiteral("uploadedImageUrl"), QStringLiteral("https://up.example/x.jpg")},
                                           {QStringLiteral("requestId"), QStringLiteral("req-1")},
                                           {QStringLiteral("inferenceSeconds"), 41.0}}
                            << QStringLiteral("sync") << QDateTime(QDate(2025, 11, 2), QTime(8, 0), Qt::UTC)
                            << QStringLiteral("https://up.example/x.jpg");
}

void TestClipSettings::olderSettings_ofBothWriters_areRead()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, mode);
    QFETCH(QDateTime, created);
    QFETCH(QString, imageUrl);
    const std::optional<Entry> e = ClipSettings::toEntry(settings, QStringLiteral("/v/a.mp4"));
    QVERIFY(e);
    QCOMPARE(e->prompt, QStringLiteral("waves"));
    QCOMPARE(e->imageSource, QStringLiteral("/pics/a.png"));
    QCOMPARE(e->seed, 99);
    QCOMPARE(e->parameters.value(QStringLiteral("num_frames")).toInt(), 81);
    QCOMPARE(e->requestId, QStringLiteral("req-1"));
    QCOMPARE(e->mode, mode);
    QCOMPARE(e->imageUrl, imageUrl);
    QCOMPARE(e->status, EntryStatus::Completed);
    if (created.isValid())
        QCOMPARE(e->created, created);
}

void TestClipSettings::foreignJson_isNoEntry_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("another app") << QJsonObject{{QStringLiteral("app"), QStringLiteral("Other")}, {QStringLiteral("prompt"), QStringLiteral("x")}};
    QTest::newRow("no prompt") << QJsonObject{{QStringLiteral("app"), QStringLiteral("Wan Studio")}};
}

void TestClipSettings::foreignJson_isNoEntry()
{
    QFETCH(QJsonObject, settings);
    QVERIFY(!ClipSettings::toEntry(settings, QStringLiteral("/v/a.mp4")));
}

void TestClipSettings::garbageDatabase_isDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library healthy(path);
        QVERIFY(healthy.open());
        QVERIFY(!healthy.isDamaged());
    }
    QVERIFY(writeBytes(path, QByteArray(8192, 'x')));
    Library damaged(path);
    QVERIFY(!damaged.open());
    QVERIFY(damaged.isDamaged());
}

void TestClipSettings::newerDatabase_isNotDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library lib(path);
        QVERIFY(lib.open());
    }
    {
        // A later version's library is healthy: never something to move aside.
        librarytest::RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    Library newer(path);
    QVERIFY(!newer.open());
    QVERIFY(!newer.isDamaged());
    // Nor is a folder that cannot be made.
    Library unreachable(QStringLiteral("/proc/nonexistent/library.sqlite"));
    QVERIFY(!unreachable.open());
    QVERIFY(!unreachable.isDamaged());
}

void TestClipSettings::damagedDatabase_isMovedAsideWithItsJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    // The journal moves with the file, under the matching name.
    QVERIFY(writeBytes(path, QByteArrayLiteral("garbage")));
    QVERIFY(writeBytes(path + QStringLiteral("-wal"), QByteArrayLiteral("wal")));
    QVERIFY(writeBytes(path + QStringLiteral("-shm"), QByteArrayLiteral("shm")));
    const QString first = wan::library::LibraryRebuild::moveAside(path);
    QVERIFY(first.startsWith(path + QStringLiteral(".damaged-")));
    for (const QString &suffix : QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY(!QFile::exists(path + suffix));
        QVERIFY(QFile::exists(first + suffix));
    }

    // A second damaged file the same second gets a name of its own.
    const QByteArray garbage(4096, '\x33');
    QVERIFY(writeBytes(path, garbage));
    Library lib(path);
    const wan::library::RebuildReport report = wan::library::LibraryRebuild::run(lib, {});
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.movedAside.startsWith(path + QStringLiteral(".damaged-")));
    QVERIFY(report.movedAside != first);
    QFile aside(report.movedAside);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    QVERIFY(lib.isOpen());
    QCOMPARE(lib.count(), 0);
}

void TestClipSettings::staleParts_olderThanTheRun_areRemoved()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("clip.mp4"));
    const QDateTime runStart = QDateTime::currentDateTimeUtc();
    const QStringList stale{out + QStringLiteral(".part"), out + QStringLiteral(".5f3a.meta.part"),
                            out + QStringLiteral(".part.9c1e.meta.part")};
    const QStringList kept{out, dir.filePath(QStringLiteral("other.mp4.part")), dir.filePath(QStringLiteral("other.mp4.77.meta.part"))};
    for (const QString &path : stale + kept) {
        QVERIFY(writeBytes(path, QByteArrayLiteral("x")));
        QVERIFY(setModified(path, runStart.addSecs(-60)));
    }
    // Written after the run started: its own, still in use.
    const QString current = out + QStringLiteral(".1234.meta.part");
    QVERIFY(writeBytes(current, QByteArrayLiteral("x")));
    QVERIFY(setModified(current, runStart.addSecs(5)));

    QStringList removed = wan::jobs::removeStaleParts(out, runStart);
    removed.sort();
    QStringList expected = stale;
    expected.sort();
    QCOMPARE(removed, expected);
    for (const QString &path : stale)
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    for (const QString &path : kept + QStringList{current})
        QVERIFY2(QFile::exists(path), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestClipSettings)
#include "tst_clipsettings.moc"
