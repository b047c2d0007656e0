// Never lose a paid result: a run the service accepted is fetched after the
// client was killed, or after its connection dropped while polling or while
// downloading, by `wanstudio resume`, without submitting it again. A result
// older than the service keeps it ends "expired", with the reason.

#include "cliprocess.h"
#include "emulatorfixture.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
    process.start(QStringLiteral(WANSTUDIO_CLI_PATH), arguments);
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
    QVERIFY(resumed.err.contains("one hour"));
    const QJsonObject entry = libraryShow(onlyLibraryId());
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(entry.value(QStringLiteral("error")).toString().contains(QLatin1String("one hour")));
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

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
