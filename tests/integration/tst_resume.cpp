// Never lose a paid result: a run the service accepted is fetched after the
// client was killed, or after its connection dropped while polling or while
// downloading, by `wanstudio resume`, without submitting it again, however long
// ago it was sent: only the service's own answer (its record is gone) ends a
// run "expired", with the service's reason. One run has one owner: a live
// process's runs are never sent, polled or fetched by another, and a dead
// process's runs are taken over at once.

#include "cliprocess.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

namespace {

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestResume final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void killedAfterSubmission_isFetchedByResume_withOneSubmission();
    void droppedConnection_isFetchedByResume_data();
    void droppedConnection_isFetchedByResume();
    void resultOlderThanRetention_endsExpired();
    void clipSavedJustBeforeTheKill_isKeptEvenAfterExpiry_data();
    void clipSavedJustBeforeTheKill_isKeptEvenAfterExpiry();
    void nothingToResume_saysSo();

    void resumedLongAfterSubmission_fetchesTheClip_data();
    void resumedLongAfterSubmission_fetchesTheClip();
    void serviceRecordGone_knownVideoUrl_isStillDownloaded();
    void resumeQueued_leavesARunALiveGenerateIsUploading();
    void concurrentResumes_fetchEachRunOnce_data();
    void concurrentResumes_fetchEachRunOnce();
    void acceptanceNotRecorded_completedClipIsNotCalledUnknown();
    void outputPlaceGone_isNamed_andResumeOutSavesItElsewhere();

private:
    QString cliPath() const;
    QString databasePath() const;
    bool sql(const QString &statement);
    int ownerFiles() const;
    void makeAcceptedRuns(int count);
    QStringList generateArguments(const QString &out) const;
    void startCli(QProcess &process, const QStringList &arguments);
    Finished runCli(const QStringList &arguments);
    QJsonObject libraryShow(qint64 id);
    qint64 onlyLibraryId();

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_image;
    int m_runs = 0;
};

void TestResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("2500")}));
    QImage picture(900, 600, QImage::Format_RGB32);
    picture.fill(QColor(200, 120, 40));
    m_image = m_dir.filePath(QStringLiteral("still.png"));
    QVERIFY(picture.save(m_image));
}

void TestResume::init()
{
    QVERIFY(m_emulator.reset());
    // A fresh profile (and so a fresh library) for every test.
    m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_runs));
}

QStringList TestResume::generateArguments(const QString &out) const
{
    return {QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
            QStringLiteral("embers rising"), QStringLiteral("--out"), out};
}

void TestResume::startCli(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile));
    process.start(cliPath(), arguments);
}

// WANSTUDIO_TEST_CLI runs these tests against another build (to see them fail on older code).
QString TestResume::cliPath() const
{
    return qEnvironmentVariable("WANSTUDIO_TEST_CLI", QStringLiteral(WANSTUDIO_CLI_PATH));
}

QString TestResume::databasePath() const
{
    QDirIterator it(m_profile, {QStringLiteral("library.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

// Changes the library the way time or another program would, through a connection of its own.
bool TestResume::sql(const QString &statement)
{
    const QString name = QStringLiteral("tst_resume_raw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath());
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << statement << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int TestResume::ownerFiles() const
{
    const QString db = databasePath();
    if (db.isEmpty())
        return 0;
    return static_cast<int>(QDir(QFileInfo(db).dir().filePath(QStringLiteral("owners"))).entryList({QStringLiteral("*.lock")}, QDir::Files).size());
}

// Runs the service accepted but this computer never received: each generate loses
// its connection while polling, so the library says "submitted".
void TestResume::makeAcceptedRuns(int count)
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    for (int i = 0; i < count; ++i) {
        const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("pending-%1-%2.mp4").arg(m_runs).arg(i))));
        QCOMPARE(f.exitCode, 6);
    }
    QVERIFY(m_emulator.clearFaults());
    QCOMPARE(m_emulator.submissions(), count);
}

Finished TestResume::runCli(const QStringList &arguments)
{
    QProcess process;
    startCli(process, arguments);
    Finished f;
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        return f;
    }
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    f.out = process.readAllStandardOutput();
    f.err = process.readAllStandardError();
    return f;
}

QJsonObject TestResume::libraryShow(qint64 id)
{
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("show"), QString::number(id)});
    return QJsonDocument::fromJson(f.out).object();
}

qint64 TestResume::onlyLibraryId()
{
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(f.out.trimmed()).array();
    return entries.size() == 1 ? entries.first().toObject().value(QStringLiteral("id")).toInteger() : 0;
}

void TestResume::killedAfterSubmission_isFetchedByResume_withOneSubmission()
{
    const QString out = m_dir.filePath(QStringLiteral("killed.mp4"));
    QProcess generate;
    startCli(generate, generateArguments(out));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += generate.readAllStandardError()).contains("Accepted as request"), 30'000);
    generate.kill();  // SIGKILL: no chance to clean up, as in a crash
    QVERIFY(generate.waitForFinished());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(ownerFiles(), 1); // the dead process's lease is left behind, unlocked

    const qint64 id = onlyLibraryId();
    QVERIFY(id > 0);
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(QFile::exists(out));
    const QJsonObject entry = libraryShow(id);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(entry.value(QStringLiteral("output")).toString(), out);
    QCOMPARE(m_emulator.submissions(), 1);
    QCOMPARE(ownerFiles(), 0); // found dead and removed; the resume's own removed at its exit
}

// The folder the run was to be saved in became unusable while the run was away (here
// a file now stands where the folder was): resume says so before fetching anything,
// keeps the run, and `resume --id N --out FOLDER` lands it elsewhere, fetched once.
void TestResume::outputPlaceGone_isNamed_andResumeOutSavesItElsewhere()
{
    const QString folder = m_dir.filePath(QStringLiteral("gone-%1").arg(m_runs));
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(QStringLiteral("clip.mp4"));
    QProcess generate;
    startCli(generate, generateArguments(out));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += generate.readAllStandardError()).contains("Accepted as request"), 30'000);
    generate.kill();
    QVERIFY(generate.waitForFinished());
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const qint64 id = onlyLibraryId();
    QVERIFY(id > 0);

    const Finished stuck = runCli({QStringLiteral("resume")});
    QCOMPARE(stuck.exitCode, 7);
    QVERIFY2(stuck.err.contains(QStringLiteral("resume --id %1 --out").arg(id).toUtf8()), stuck.err.constData());
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("downloads")).toInt(), 0);

    // Several runs cannot go to one file; a folder or --id says which.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere-%1").arg(m_runs));
    QVERIFY(QDir().mkpath(elsewhere));
    const Finished saved = runCli({QStringLiteral("resume"), QStringLiteral("--id"), QString::number(id), QStringLiteral("--out"), elsewhere});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const QString landed = QDir(elsewhere).filePath(QStringLiteral("clip.mp4"));
    QVERIFY(QFile::exists(landed));
    const QJsonObject entry = libraryShow(id);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(entry.value(QStringLiteral("output")).toString(), landed);
    QCOMPARE(m_emulator.submissions(), 1);
    QCOMPARE(m_emulator.stats().value(QStringLiteral("downloads")).toInt(), 1);
}

void TestResume::droppedConnection_isFetchedByResume_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("stage");
    QTest::newRow("while polling") << "status" << "submitted";
    QTest::newRow("while downloading") << "download" << "downloading";
}

void TestResume::droppedConnection_isFetchedByResume()
{
    QFETCH(QString, route);
    QFETCH(QString, stage);
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), route}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    const QString out = m_dir.filePath(QStringLiteral("dropped-%1.mp4").arg(route));
    const Finished first = runCli(generateArguments(out));
    QCOMPARE(first.exitCode, 6);  // network error
    QVERIFY(first.err.contains("wanstudio resume"));
    QVERIFY(!QFile::exists(out));
    const qint64 id = onlyLibraryId();
    const QJsonObject before = libraryShow(id);
    QCOMPARE(before.value(QStringLiteral("status")).toString(), stage);
    QVERIFY(before.value(QStringLiteral("may_have_been_charged")).toBool());

    QVERIFY(m_emulator.clearFaults());  // the connection is back
    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(QFile::exists(out));
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestResume::resultOlderThanRetention_endsExpired()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("retentionSeconds"), 1}}));
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    const Finished first = runCli(generateArguments(m_dir.filePath(QStringLiteral("expired.mp4"))));
    QCOMPARE(first.exitCode, 6);
    QVERIFY(m_emulator.clearFaults());
    // Wait until the emulator itself says the run expired (its clock, not ours).
    auto expiredOnService = [this] {
        const QJsonArray jobs = m_emulator.stats().value(QStringLiteral("jobs")).toArray();
        // Expired runs are dropped from the list a little later.
        return jobs.isEmpty() || jobs.first().toObject().value(QStringLiteral("expired")).toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(expiredOnService(), 10'000);
    const Finished resumed = runCli({QStringLiteral("resume")});
    QCOMPARE(resumed.exitCode, 5);
    // The service decided, and said so: its own words ("Request <id> not found", as
    // Segmind words it) are in the message.
    const QJsonObject entry = libraryShow(onlyLibraryId());
    const QByteArray serviceWords = "Request " + entry.value(QStringLiteral("request_id")).toString().toUtf8() + " not found";
    QVERIFY2(resumed.err.contains(serviceWords), resumed.err.constData());
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(entry.value(QStringLiteral("error")).toString().contains(QString::fromUtf8(serviceWords)));
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestResume::clipSavedJustBeforeTheKill_isKeptEvenAfterExpiry_data()
{
    QTest::addColumn<bool>("newerThanTheRun");
    QTest::newRow("the run's own clip") << true;
    QTest::newRow("an older file at that path") << false;
}

// Killed between renaming the clip into place and recording it: the library
// still says "downloading". Resume keeps the clip on disk even when the
// service's copy has expired, and never mistakes an older file for it.
void TestResume::clipSavedJustBeforeTheKill_isKeptEvenAfterExpiry()
{
    QFETCH(bool, newerThanTheRun);
    // A real clip, made by a run in another profile.
    const QString profile = m_profile;
    m_profile = profile + QStringLiteral("-source");
    const QString source = m_dir.filePath(QStringLiteral("source-%1.mp4").arg(m_runs));
    QCOMPARE(runCli(generateArguments(source)).exitCode, 0);
    m_profile = profile;
    QVERIFY(m_emulator.reset());

    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("download")}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    const QString out = m_dir.filePath(QStringLiteral("saved-%1.mp4").arg(m_runs));
    QCOMPARE(runCli(generateArguments(out)).exitCode, 6);
    const qint64 id = onlyLibraryId();
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("downloading"));
    // The state a kill right after the rename leaves: the complete clip in place.
    QVERIFY(QFile::copy(source, out));
    if (!newerThanTheRun) {
        QFile old(out);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    QVERIFY(m_emulator.clearFaults());
    QVERIFY(m_emulator.configure({{QStringLiteral("retentionSeconds"), 1}}));
    QTest::qWait(2'500); // past the emulator's retention of 1 s: its copy is gone
    const Finished resumed = runCli({QStringLiteral("resume")});
    const QJsonObject entry = libraryShow(id);
    if (newerThanTheRun) {
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(entry.value(QStringLiteral("output")).toString(), out);
    } else {
        QVERIFY(resumed.exitCode != 0);
        QVERIFY(entry.value(QStringLiteral("status")).toString() != QLatin1String("completed"));
    }
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestResume::nothingToResume_saysSo()
{
    const Finished f = runCli({QStringLiteral("resume")});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.err.contains("Nothing to resume"));
}

void TestResume::resumedLongAfterSubmission_fetchesTheClip_data()
{
    QTest::addColumn<int>("minutesAgo");
    QTest::newRow("15 minutes ago (a closed laptop)") << 15;
    QTest::newRow("50 minutes ago") << 50;
}

// The service keeps a run an hour: a resume long after the submission still asks it.
void TestResume::resumedLongAfterSubmission_fetchesTheClip()
{
    QFETCH(int, minutesAgo);
    makeAcceptedRuns(1);
    const qint64 id = onlyLibraryId();
    QVERIFY(sql(QStringLiteral("UPDATE entries SET submitted_at = submitted_at - %1, created = created - %1")
                    .arg(qint64(minutesAgo) * 60'000)));
    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QJsonObject entry = libraryShow(id);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(QFile::exists(entry.value(QStringLiteral("output")).toString()));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("downloads")).toInt(), 1);
    QCOMPARE(m_emulator.submissions(), 1);
}

// The file outlives the service's record of the run: with the video's address
// recorded, a run whose record is gone (404) is still downloaded.
void TestResume::serviceRecordGone_knownVideoUrl_isStillDownloaded()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("download")}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    const QString out = m_dir.filePath(QStringLiteral("record-gone.mp4"));
    QCOMPARE(runCli(generateArguments(out)).exitCode, 6);
    const qint64 id = onlyLibraryId();
    QVERIFY(!libraryShow(id).value(QStringLiteral("output_url")).toString().isEmpty());
    QVERIFY(m_emulator.clearFaults());
    for (const char *route : {"status", "result"})
        QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QLatin1String(route)}, {QStringLiteral("kind"), QStringLiteral("expired")},
                                     {QStringLiteral("count"), -1}}));
    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(QFile::exists(out));
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(m_emulator.submissions(), 1);
}

// A `generate` still uploading has not sent its run yet, but it will: a
// `resume --queued` meanwhile must leave it alone, or the run is paid twice.
// Once that process is dead (SIGKILL), the next resume takes the run over at once.
void TestResume::resumeQueued_leavesARunALiveGenerateIsUploading()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("upload")}, {QStringLiteral("kind"), QStringLiteral("stall")},
                                 {QStringLiteral("count"), 1}}));
    const QString out = m_dir.filePath(QStringLiteral("uploading.mp4"));
    QProcess generate;
    startCli(generate, generateArguments(out));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += generate.readAllStandardError()).contains("Uploading"), 30'000);
    const qint64 id = onlyLibraryId();
    QTRY_COMPARE_WITH_TIMEOUT(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("uploading"), 10'000);

    const Finished resumed = runCli({QStringLiteral("resume"), QStringLiteral("--queued")});
    QCOMPARE(m_emulator.submissions(), 0);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains(QStringLiteral("pid %1").arg(generate.processId()).toUtf8()), resumed.err.constData());
    QVERIFY(libraryShow(id).value(QStringLiteral("status")).toString() != QLatin1String("completed"));

    generate.kill(); // dies before sending: the run is nobody's now
    QVERIFY(generate.waitForFinished());
    const Finished takenOver = runCli({QStringLiteral("resume"), QStringLiteral("--queued")});
    QVERIFY2(takenOver.exitCode == 0, takenOver.err.constData());
    QCOMPARE(libraryShow(id).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(QFile::exists(out));
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestResume::concurrentResumes_fetchEachRunOnce_data()
{
    QTest::addColumn<int>("resumes");
    QTest::newRow("two at once") << 2;
    QTest::newRow("three at once") << 3;
}

// Two windows, or a window and a resume: each run is polled and downloaded by one of them.
void TestResume::concurrentResumes_fetchEachRunOnce()
{
    QFETCH(int, resumes);
    makeAcceptedRuns(3);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < resumes; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        startCli(*processes.back(), {QStringLiteral("resume")});
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(90'000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    QCOMPARE(m_emulator.stats().value(QStringLiteral("downloads")).toInt(), 3);
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(f.out.trimmed()).array();
    QCOMPARE(entries.size(), 3);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = libraryShow(value.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QString output = entry.value(QStringLiteral("output")).toString();
        QVERIFY(QFile::exists(output));
        QVERIFY(!QFile::exists(output + QStringLiteral(".part")));
        QCOMPARE(QFileInfo(output).size(), entry.value(QStringLiteral("size_bytes")).toInteger());
    }
    QCOMPARE(m_emulator.submissions(), 3);
}

// The library refuses every write that carries the request id (as a database held
// by another program, or a full disk, would) for the whole run: the run goes on,
// the request id is printed, and the later resume finds the clip instead of
// calling the paid run "unknown outcome".
void TestResume::acceptanceNotRecorded_completedClipIsNotCalledUnknown()
{
    QCOMPARE(runCli({QStringLiteral("library"), QStringLiteral("list")}).exitCode, 0); // creates the library
    QVERIFY(!databasePath().isEmpty());
    QVERIFY(sql(QStringLiteral("CREATE TRIGGER refuse_accepted BEFORE UPDATE ON entries WHEN new.request_id != ''"
                               " BEGIN SELECT RAISE(ABORT, 'database is locked'); END")));
    const QString out = m_dir.filePath(QStringLiteral("unrecorded.mp4"));
    const Finished generated = runCli(generateArguments(out));
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QVERIFY(QFile::exists(out));
    const QJsonArray jobs = m_emulator.stats().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QByteArray requestId = jobs.first().toObject().value(QStringLiteral("request_id")).toString().toUtf8();
    QVERIFY(generated.err.contains(requestId));
    const qint64 id = onlyLibraryId();
    QVERIFY(libraryShow(id).value(QStringLiteral("status")).toString() != QLatin1String("completed"));

    QVERIFY(sql(QStringLiteral("DROP TRIGGER refuse_accepted")));
    const Finished resumed = runCli({QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QJsonObject entry = libraryShow(id);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(entry.value(QStringLiteral("error_code")).toString().isEmpty());
    QCOMPARE(entry.value(QStringLiteral("output")).toString(), out);
    QCOMPARE(m_emulator.submissions(), 1);
    // The user was told, in plain words, while the run went on.
    QVERIFY2(generated.err.contains("could not record"), generated.err.constData());
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
