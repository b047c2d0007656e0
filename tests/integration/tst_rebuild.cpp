// Every clip carries its settings, whichever way it was fetched, and a lost or
// damaged library is listed again from the clips: real clips made through the
// emulator by the real `wanstudio` binary, then `wanstudio library rebuild`.
// A kill at any point of a save leaves nothing behind once the next run is done.

#include "api/mp4probe.h"
#include "api/segmindclient.h"
#include "cliprocess.h"
#include "core/modeldescription.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/generationjob.h"
#include "library/mp4metadata.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wan::library::Mp4Metadata;

namespace {

using Finished = wan::test::CliRun;

// Leftovers of an interrupted save anywhere under a folder.
QStringList partFilesUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

} // namespace

class TestRebuild final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void resumedClip_carriesItsSettings();
    void killDuringDownloadAndSettingsRewrite_leavesNothingAfterResume();
    void generatedClip_carriesItsSettings();
    void settingsThatCannotBeWritten_keepTheClipAndSaySo();
    void deletedLibrary_isRebuiltFromTheClips();
    void garbageLibrary_isKeptAsideAndRebuilt();
    void rebuildTwice_addsNothingTheSecondTime();
    void studioWindow_offersToRebuildADamagedLibrary();
    void libraryThatCannotBeMade_exitsWith8();

private:
    QStringList generateArguments(const QString &out, const QString &prompt, const QStringList &extra = {}) const;
    void startCli(QProcess &process, const QStringList &arguments);
    Finished runCli(const QStringList &arguments);
    QJsonArray libraryList();
    QString databasePath() const;
    // Two clips (a random seed, and a fixed seed with other parameters) in folder; their JSON lines.
    QList<QJsonObject> makeTwoClips(const QString &folder);
    void verifyListed(const QJsonArray &entries, const QList<QJsonObject> &clips);

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_image;
    int m_runs = 0;
};

void TestRebuild::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("1500")}));
    QImage picture(900, 600, QImage::Format_RGB32);
    picture.fill(QColor(40, 120, 200));
    m_image = m_dir.filePath(QStringLiteral("still.png"));
    QVERIFY(picture.save(m_image));
}

void TestRebuild::init()
{
    QVERIFY(m_emulator.reset());
    m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_runs));
}

QStringList TestRebuild::generateArguments(const QString &out, const QString &prompt, const QStringList &extra) const
{
    return QStringList{QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"), prompt,
                       QStringLiteral("--out"), out}
        + extra;
}

void TestRebuild::startCli(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile));
    process.start(QStringLiteral(WANSTUDIO_CLI_PATH), arguments);
}

Finished TestRebuild::runCli(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), arguments,
                                    wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile));
}

QJsonArray TestRebuild::libraryList()
{
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(f.out.trimmed()).array();
}

QString TestRebuild::databasePath() const
{
    QDirIterator it(m_profile, {QStringLiteral("library.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QList<QJsonObject> TestRebuild::makeTwoClips(const QString &folder)
{
    QList<QJsonObject> lines;
    const QList<QStringList> runs{
        generateArguments(folder + QStringLiteral("/first.mp4"), QStringLiteral("lanterns drifting upward"),
                          {QStringLiteral("--random-seed")}),
        generateArguments(folder + QStringLiteral("/nested/second.mp4"), QStringLiteral("rain on a tin roof"),
                          {QStringLiteral("--seed"), QStringLiteral("4242"), QStringLiteral("--frames"), QStringLiteral("97")})};
    for (const QStringList &arguments : runs) {
        const Finished f = runCli(arguments);
        if (f.exitCode != 0) {
            qWarning("generate failed: %s", f.err.constData());
            return {};
        }
        QJsonObject line = QJsonDocument::fromJson(f.out.trimmed()).object();
        line.insert(QStringLiteral("prompt"), arguments.at(4));
        lines.append(line);
    }
    return lines;
}

// Every clip is listed once, completed, with the settings that made it.
void TestRebuild::verifyListed(const QJsonArray &entries, const QList<QJsonObject> &clips)
{
    QCOMPARE(entries.size(), clips.size());
    for (const QJsonObject &clip : clips) {
        const QString output = clip.value(QStringLiteral("output")).toString();
        QJsonObject entry;
        int matches = 0;
        for (const QJsonValue &value : entries) {
            if (value.toObject().value(QStringLiteral("output")).toString() == output) {
                entry = value.toObject();
                ++matches;
            }
        }
        QVERIFY2(matches == 1, qPrintable(output));
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(entry.value(QStringLiteral("prompt")).toString(), clip.value(QStringLiteral("prompt")).toString());
        QCOMPARE(entry.value(QStringLiteral("seed")).toInteger(), clip.value(QStringLiteral("seed")).toInteger());
        QCOMPARE(entry.value(QStringLiteral("request_id")).toString(), clip.value(QStringLiteral("request_id")).toString());
        QVERIFY(!entry.value(QStringLiteral("request_id")).toString().isEmpty());
        QCOMPARE(entry.value(QStringLiteral("image")).toString(), m_image);
        const QJsonObject parameters = entry.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("seed")).toInteger(), clip.value(QStringLiteral("seed")).toInteger());
        if (output.endsWith(QLatin1String("second.mp4")))
            QCOMPARE(parameters.value(QStringLiteral("num_frames")).toInt(), 97);
        else
            QVERIFY(entry.value(QStringLiteral("random_seed")).toBool());
        QVERIFY(parameters.contains(QStringLiteral("resolution")));
    }
}

void TestRebuild::resumedClip_carriesItsSettings()
{
    const QString folder = m_dir.filePath(QStringLiteral("resumed-%1").arg(m_runs));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/resumed.mp4");
    QProcess generate;
    startCli(generate, generateArguments(out, QStringLiteral("embers rising"), {QStringLiteral("--seed"), QStringLiteral("777")}));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += generate.readAllStandardError()).contains("Accepted as request"), 30'000);
    generate.kill();
    QVERIFY(generate.waitForFinished());
    QVERIFY(!QFile::exists(out));

    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(resumed.out.trimmed()).object();
    QString problem;
    const std::optional<QJsonObject> settings = Mp4Metadata::read(out, &problem);
    QVERIFY2(settings, qPrintable(problem));
    QCOMPARE(settings->value(QStringLiteral("prompt")).toString(), QStringLiteral("embers rising"));
    QCOMPARE(settings->value(QStringLiteral("seed")).toInteger(), 777);
    QCOMPARE(settings->value(QStringLiteral("parameters")).toObject().value(QStringLiteral("seed")).toInteger(), 777);
    QCOMPARE(settings->value(QStringLiteral("requestId")).toString(), line.value(QStringLiteral("request_id")).toString());
    QVERIFY(!settings->value(QStringLiteral("requestId")).toString().isEmpty());
    QCOMPARE(settings->value(QStringLiteral("image")).toString(), m_image);
    QCOMPARE(partFilesUnder(folder), QStringList());
    QCOMPARE(m_emulator.submissions(), 1);
}

// Killed while downloading (a "<out>.part" is left) after an earlier kill during
// the settings rewrite (a "<name>.<random>.meta.part" is left): resume fetches
// the clip and nothing of either remains.
void TestRebuild::killDuringDownloadAndSettingsRewrite_leavesNothingAfterResume()
{
    const QString folder = m_dir.filePath(QStringLiteral("killed-%1").arg(m_runs));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/clip.mp4");
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("download")}, {QStringLiteral("kind"), QStringLiteral("stall")},
                                 {QStringLiteral("afterBytes"), 2000}, {QStringLiteral("count"), -1}}));
    QProcess generate;
    startCli(generate, generateArguments(out, QStringLiteral("a kite in the wind")));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out + QStringLiteral(".part")).size() > 0, 30'000);
    generate.kill();
    QVERIFY(generate.waitForFinished());
    // What a kill during the settings rewrite leaves, from a save before this run.
    for (const QString &leftover : QStringList{out + QStringLiteral(".part.1f2e3d.meta.part"), out + QStringLiteral(".4c5b.meta.part")}) {
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(4096, 'm')) == 4096);
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120), QFileDevice::FileModificationTime));
    }
    QVERIFY(!partFilesUnder(folder).isEmpty());

    QVERIFY(m_emulator.clearFaults());
    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(partFilesUnder(folder), QStringList());
    QVERIFY(Mp4Metadata::read(out).has_value());
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestRebuild::generatedClip_carriesItsSettings()
{
    const QString folder = m_dir.filePath(QStringLiteral("generated-%1").arg(m_runs));
    const QString out = folder + QStringLiteral("/generated.mp4");
    const Finished f = runCli(generateArguments(out, QStringLiteral("snow falling"), {QStringLiteral("--seed"), QStringLiteral("31")}));
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const std::optional<QJsonObject> settings = Mp4Metadata::read(out);
    QVERIFY(settings);
    QCOMPARE(settings->value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(settings->value(QStringLiteral("seed")).toInteger(), 31);
    QCOMPARE(settings->value(QStringLiteral("mode")).toString(), QStringLiteral("async"));
    QVERIFY(!settings->value(QStringLiteral("created")).toString().isEmpty());
    QVERIFY(!settings->value(QStringLiteral("submitted")).toString().isEmpty());
    QVERIFY(!settings->value(QStringLiteral("requestId")).toString().isEmpty());
    QVERIFY(f.err.indexOf("without its settings") < 0);
    QCOMPARE(partFilesUnder(folder), QStringList());
}

// A paid clip is never lost for its metadata: settings too large to read back
// (over the reader's 16 MB) make the write fail; the clip is saved without them.
void TestRebuild::settingsThatCannotBeWritten_keepTheClipAndSaySo()
{
    QNetworkAccessManager network;
    wan::api::SegmindClient client(&network, wan::api::Endpoints(m_emulator.apiBase(), m_emulator.apiBase()));
    client.setApiKey(m_emulator.apiKey());
    wan::image::UploadCache uploads(m_dir.filePath(QStringLiteral("uploads-%1.json").arg(m_runs)));
    wan::jobs::GenerationRequest request;
    request.image = m_image;
    request.prompt = QStringLiteral("fog over a lake");
    const QString folder = m_dir.filePath(QStringLiteral("unwritable-settings-%1").arg(m_runs));
    QVERIFY(QDir().mkpath(folder));
    request.outputPath = folder + QStringLiteral("/clip.mp4");
    wan::jobs::GenerationJob job(&client, &uploads, wan::core::ModelDescription::wan22ImageToVideo(), request);
    wan::jobs::PollPolicy policy;
    policy.firstPollMs = 100;
    policy.minPollMs = 50;
    policy.maxPollMs = 200;
    job.setPollPolicy(policy);
    job.setClipSettings([](const wan::jobs::GenerationResult &) {
        return QJsonObject{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                           {QStringLiteral("prompt"), QString(17 * 1024 * 1024, QLatin1Char('p'))}};
    });
    QSignalSpy succeeded(&job, &wan::jobs::GenerationJob::succeeded);
    QSignalSpy failed(&job, &wan::jobs::GenerationJob::failed);
    QSignalSpy notices(&job, &wan::jobs::GenerationJob::notice);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 60'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(wan::api::Mp4Probe::inspectFile(request.outputPath).complete);
    QVERIFY(!Mp4Metadata::read(request.outputPath).has_value());
    bool told = false;
    for (const QList<QVariant> &notice : std::as_const(notices))
        told = told || notice.first().toString().contains(QLatin1String("without its settings"));
    QVERIFY(told);
    QCOMPARE(partFilesUnder(folder), QStringList());
}

void TestRebuild::deletedLibrary_isRebuiltFromTheClips()
{
    const QString folder = m_dir.filePath(QStringLiteral("results-%1").arg(m_runs));
    const QList<QJsonObject> clips = makeTwoClips(folder);
    QCOMPARE(clips.size(), 2);
    // A file that is no clip of ours, in the same folder: reported, not listed.
    QVERIFY(QFile::copy(m_image, folder + QStringLiteral("/not-a-video.mp4")));
    const QString database = databasePath();
    QVERIFY(!database.isEmpty());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(!QFile::exists(database + suffix) || QFile::remove(database + suffix));
    QCOMPARE(libraryList().size(), 0);

    const Finished rebuilt = runCli({QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--from"), folder});
    QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(rebuilt.out.trimmed()).object();
    QCOMPARE(summary.value(QStringLiteral("found")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("unreadable")).toArray().size(), 1);
    QVERIFY(summary.value(QStringLiteral("unreadable")).toArray().first().toString().contains(QLatin1String("not-a-video.mp4")));
    QVERIFY2(rebuilt.err.contains("3 clip(s) found") || rebuilt.err.contains("3 clips found"), rebuilt.err.constData());
    verifyListed(libraryList(), clips);
}

void TestRebuild::garbageLibrary_isKeptAsideAndRebuilt()
{
    const QString folder = m_dir.filePath(QStringLiteral("results-%1").arg(m_runs));
    const QList<QJsonObject> clips = makeTwoClips(folder);
    QCOMPARE(clips.size(), 2);
    const QString database = databasePath();
    QVERIFY(!database.isEmpty());
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    const QByteArray garbage = QByteArray(16384, '\x5a');
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(garbage) == garbage.size());
    }

    const Finished listed = runCli({QStringLiteral("library"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 8);
    QVERIFY2(listed.err.contains("damaged") && listed.err.contains("wanstudio library rebuild"), listed.err.constData());

    const Finished rebuilt = runCli({QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--from"), folder});
    QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(rebuilt.out.trimmed()).object();
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 2);
    const QString aside = summary.value(QStringLiteral("moved_aside")).toString();
    QVERIFY(aside.startsWith(database + QStringLiteral(".damaged-")));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    QVERIFY(rebuilt.err.contains("moved aside"));
    verifyListed(libraryList(), clips);
}

void TestRebuild::rebuildTwice_addsNothingTheSecondTime()
{
    const QString folder = m_dir.filePath(QStringLiteral("results-%1").arg(m_runs));
    const QList<QJsonObject> clips = makeTwoClips(folder);
    QCOMPARE(clips.size(), 2);
    // On the healthy library that made them: all listed already.
    const Finished onHealthy = runCli({QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--from"), folder});
    QVERIFY2(onHealthy.exitCode == 0, onHealthy.err.constData());
    QCOMPARE(QJsonDocument::fromJson(onHealthy.out.trimmed()).object().value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(onHealthy.out.trimmed()).object().value(QStringLiteral("already_listed")).toInt(), 2);
    QCOMPARE(libraryList().size(), 2);

    const QString database = databasePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(!QFile::exists(database + suffix) || QFile::remove(database + suffix));
    const Finished first = runCli({QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--from"), folder});
    QCOMPARE(QJsonDocument::fromJson(first.out.trimmed()).object().value(QStringLiteral("added")).toInt(), 2);
    const Finished second = runCli({QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--from"), folder,
                                    QStringLiteral("--from"), folder + QStringLiteral("/nested")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(second.out.trimmed()).object();
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("already_listed")).toInt(), 2);
    verifyListed(libraryList(), clips);
}

// The window, as `wanstudio` starts it, finds the library damaged, offers to
// rebuild it, and lists the clip of its results folder again.
void TestRebuild::studioWindow_offersToRebuildADamagedLibrary()
{
    QCOMPARE(runCli({QStringLiteral("library"), QStringLiteral("list")}).exitCode, 0); // makes the library
    const QString database = databasePath();
    QVERIFY(!database.isEmpty());
    const QString results = QFileInfo(database).absolutePath() + QStringLiteral("/results");
    const Finished made = runCli(generateArguments(results + QStringLiteral("/window.mp4"), QStringLiteral("a lighthouse at dusk")));
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString requestId = QJsonDocument::fromJson(made.out.trimmed()).object().value(QStringLiteral("request_id")).toString();
    QVERIFY(!requestId.isEmpty());
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QByteArray(8192, '\x42')) == 8192);
    }

    QProcess studio;
    QProcessEnvironment env = wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    studio.setProcessEnvironment(env);
    studio.start(QStringLiteral(WANSTUDIO_STUDIO_DRIVER_PATH), QStringList());
    QVERIFY(studio.waitForFinished(90'000));
    const QByteArray said = studio.readAllStandardOutput();
    QVERIFY2(studio.exitStatus() == QProcess::NormalExit && studio.exitCode() == 0,
             QByteArray(said + studio.readAllStandardError()).constData());
    QVERIFY2(said.contains("rebuild-driver: offered \"Library damaged\""), said.constData());
    QVERIFY2(said.contains("1 clip listed again."), said.constData()); // the English plural form (translations/wanstudio_en.ts)

    const QJsonArray entries = libraryList();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("request_id")).toString(), requestId);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("prompt")).toString(), QStringLiteral("a lighthouse at dusk"));
    const QStringList aside = QDir(QFileInfo(database).absolutePath()).entryList({QStringLiteral("library.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
}

void TestRebuild::libraryThatCannotBeMade_exitsWith8()
{
    // The data folder's place is taken by a file: no library can be made there.
    QVERIFY(QDir().mkpath(m_profile));
    QFile blocker(m_profile + QStringLiteral("/data"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("rebuild")});
    QCOMPARE(f.exitCode, 8);
    QVERIFY2(f.err.contains("could not be rebuilt"), f.err.constData());
    QVERIFY(f.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRebuild)
#include "tst_rebuild.moc"
