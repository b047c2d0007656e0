// Continuation through the real `wanstudio` binary against the emulator: a
// clip's exact last frame is the next run's image (the emulator receives a
// picture of the output frame's size), the run records its parent and the
// frame, three shots list as a chain in order, and each clip's own settings
// carry the lineage. Bad input is refused with exit code 2 and a reason.

#include "cliprocess.h"
#include "emulatorfixture.h"
#include "jobs/continuation.h"
#include "library/mp4metadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Finished = wan::test::CliRun;

class TestContinuation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threeShots_continueFromTheLastFrame_andListAsAChain();
    void badInput_isRefusedWithItsReason_data();
    void badInput_isRefusedWithItsReason();
    void framesLeftByStoppedProcesses_areRemoved_othersKept();

private:
    Finished runCli(const QStringList &arguments);
    QJsonObject jsonLine(const Finished &f) const { return QJsonDocument::fromJson(f.out.trimmed().split('\n').last()).object(); }

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_image;
};

void TestContinuation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}));
    QImage picture(1000, 700, QImage::Format_RGB32);
    picture.fill(QColor(200, 120, 40));
    m_image = m_dir.filePath(QStringLiteral("harbour.png"));
    QVERIFY(picture.save(m_image));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
}

Finished TestContinuation::runCli(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), arguments,
                                    wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile));
}

void TestContinuation::threeShots_continueFromTheLastFrame_andListAsAChain()
{
    QVERIFY(m_emulator.reset());
    const QString one = m_dir.filePath(QStringLiteral("one.mp4"));
    const Finished first = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                                   QStringLiteral("slow push in on the harbour"), QStringLiteral("--out"), one,
                                   QStringLiteral("--frames"), QStringLiteral("90")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const qint64 firstId = jsonLine(first).value(QStringLiteral("library_id")).toInteger();

    // Shot two from shot one's library id; its settings are the defaults (90 frames).
    const QString two = m_dir.filePath(QStringLiteral("two.mp4"));
    const Finished second = runCli({QStringLiteral("generate"), QStringLiteral("--continue-from"), QString::number(firstId),
                                    QStringLiteral("--prompt"), QStringLiteral("pan left along the quay"), QStringLiteral("--out"), two});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject secondLine = jsonLine(second);
    QCOMPARE(secondLine.value(QStringLiteral("parent_id")).toInteger(), firstId);
    QCOMPARE(secondLine.value(QStringLiteral("parent_frame")).toInt(), 89); // the last of 90
    const qint64 secondId = secondLine.value(QStringLiteral("library_id")).toInteger();

    // Shot three from shot two's clip file, at the last frame.
    const QString three = m_dir.filePath(QStringLiteral("three.mp4"));
    const Finished third = runCli({QStringLiteral("generate"), QStringLiteral("--continue-from"), two, QStringLiteral("--at"),
                                   QStringLiteral("last"), QStringLiteral("--prompt"), QStringLiteral("tilt up to the sky"),
                                   QStringLiteral("--out"), three});
    QVERIFY2(third.exitCode == 0, third.err.constData());
    const QJsonObject thirdLine = jsonLine(third);
    QCOMPARE(thirdLine.value(QStringLiteral("parent_id")).toInteger(), secondId);
    QCOMPARE(thirdLine.value(QStringLiteral("parent_frame")).toInt(), 89);
    const qint64 thirdId = thirdLine.value(QStringLiteral("library_id")).toInteger();

    // The service was given the frame itself: a picture of the output frame's size (832x480).
    const QJsonArray jobs = m_emulator.stats().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 3);
    for (int i = 1; i < 3; ++i)
        QCOMPARE(jobs.at(i).toObject().value(QStringLiteral("imageSize")).toString(), QStringLiteral("832x480"));

    // The chain, first shot first.
    const Finished chain = runCli({QStringLiteral("library"), QStringLiteral("chain"), QString::number(thirdId)});
    QVERIFY2(chain.exitCode == 0, chain.err.constData());
    const QJsonArray shots = QJsonDocument::fromJson(chain.out.trimmed()).object().value(QStringLiteral("chain")).toArray();
    QCOMPARE(shots.size(), 3);
    QCOMPARE(shots.at(0).toObject().value(QStringLiteral("id")).toInteger(), firstId);
    QCOMPARE(shots.at(1).toObject().value(QStringLiteral("id")).toInteger(), secondId);
    QCOMPARE(shots.at(2).toObject().value(QStringLiteral("id")).toInteger(), thirdId);
    QCOMPARE(shots.at(2).toObject().value(QStringLiteral("parent_frame")).toInt(), 89);

    // `library show` gives the lineage both ways.
    const Finished shown = runCli({QStringLiteral("library"), QStringLiteral("show"), QString::number(secondId)});
    const QJsonObject secondShown = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(secondShown.value(QStringLiteral("parent_id")).toInteger(), firstId);
    QCOMPARE(secondShown.value(QStringLiteral("continued_by")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), thirdId);

    // The clip carries it too: a rebuilt library can link the shots again.
    const auto settings = wan::library::Mp4Metadata::read(three);
    QVERIFY(settings);
    const QJsonObject continues = settings->value(QStringLiteral("continues")).toObject();
    QCOMPARE(continues.value(QStringLiteral("frame")).toInt(), 89);
    QCOMPARE(continues.value(QStringLiteral("requestId")).toString(), secondLine.value(QStringLiteral("request_id")).toString());
}

void TestContinuation::badInput_isRefusedWithItsReason_data()
{
    QTest::addColumn<QStringList>("continueArguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no such run") << QStringList{QStringLiteral("--continue-from"), QStringLiteral("99999")} << QStringLiteral("no run 99999");
    QTest::newRow("not a video") << QStringList{QStringLiteral("--continue-from"), QStringLiteral("NOTAVIDEO")} << QStringLiteral("not a video");
    QTest::newRow("frame past the end") << QStringList{QStringLiteral("--continue-from"), QStringLiteral("CLIP"), QStringLiteral("--at"), QStringLiteral("5000")}
                                        << QStringLiteral("5000");
    QTest::newRow("with an image too") << QStringList{QStringLiteral("--continue-from"), QStringLiteral("CLIP"), QStringLiteral("--image"), QStringLiteral("IMAGE")}
                                       << QStringLiteral("cannot be used together");
}

void TestContinuation::badInput_isRefusedWithItsReason()
{
    QFETCH(QStringList, continueArguments);
    QFETCH(QString, reason);
    QVERIFY(m_emulator.reset());
    const QString notVideo = m_dir.filePath(QStringLiteral("notes.mp4"));
    {
        QFile file(notVideo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a video\n");
    }
    QString clip = m_dir.filePath(QStringLiteral("one.mp4"));
    if (!QFileInfo::exists(clip)) {
        const Finished made = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                                      QStringLiteral("a clip to continue"), QStringLiteral("--out"), clip});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    continueArguments.replaceInStrings(QStringLiteral("NOTAVIDEO"), notVideo);
    continueArguments.replaceInStrings(QStringLiteral("CLIP"), clip);
    continueArguments.replaceInStrings(QStringLiteral("IMAGE"), m_image);
    const int before = m_emulator.submissions();
    const Finished f = runCli(QStringList{QStringLiteral("generate"), QStringLiteral("--prompt"), QStringLiteral("next"),
                                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.mp4"))}
                              + continueArguments);
    QCOMPARE(f.exitCode, 2);
    QVERIFY2(QString::fromUtf8(f.err).contains(reason, Qt::CaseInsensitive), f.err.constData());
    QCOMPARE(m_emulator.submissions(), before); // nothing was sent
}

QTEST_GUILESS_MAIN(TestContinuation)
void TestContinuation::framesLeftByStoppedProcesses_areRemoved_othersKept()
{
    QTemporaryDir inputs;
    QVERIFY(inputs.isValid());
    // A process that has ended: its id names no process now.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForStarted(10'000));
    const qint64 gone = ended.processId();
    QVERIFY(ended.waitForFinished(10'000));
    QVERIFY(gone > 0);
    const qint64 me = QCoreApplication::applicationPid();
    const QStringList leftovers { QStringLiteral(".prefetch-%1-continue-abc-frame-80.png").arg(gone),
                                  QStringLiteral("continue-abc-pending-%1-7ffe12.png").arg(gone) };
    const QStringList kept { QStringLiteral(".prefetch-%1-continue-abc-frame-80.png").arg(me),      // this process's
                             QStringLiteral(".prefetch-1-continue-abc-frame-80.png"),                // a live one's (init)
                             QStringLiteral("continue-abc-pending-%1-7ffe12.png").arg(me),
                             QStringLiteral("continue-abc-frame-80.png"),                            // the shared frame
                             QStringLiteral("photo.jpg") };
    for (const QString &name : leftovers + kept) {
        QFile file(QDir(inputs.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("png");
    }
    const QStringList removed = wan::jobs::Continuation::removeLeftovers(inputs.path());
    QCOMPARE(removed.size(), leftovers.size());
    for (const QString &name : leftovers)
        QVERIFY2(!QFile::exists(QDir(inputs.path()).filePath(name)), qPrintable(name));
    for (const QString &name : kept)
        QVERIFY2(QFile::exists(QDir(inputs.path()).filePath(name)), qPrintable(name));
}

#include "tst_continuation.moc"
