// `wanstudio frame` as a person runs it (the real binary): the exact frame as
// a PNG with its stamp and a JSON line, and every bad input refused with exit
// code 2 and a message that names the problem.

#include "cliprocess.h"
#include "library/mp4metadata.h"
#include "media/framepng.h"
#include "testclips.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using wan::test::CliRun;

class TestFrameCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void last_savesTheExactFrame_withItsStamp();
    void at_takesEveryForm_data();
    void at_takesEveryForm();
    void badInput_exits2AndNamesTheProblem_data();
    void badInput_exits2AndNamesTheProblem();
    void existingPng_isReplacedOnlyWithOverwrite();
    void theClipItself_isNeverTheOutput();
    void help_listsTheCommand();
    void helpAndMistakes_endCleanly_whileTheLibrariesLoad();

private:
    CliRun frame(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_profile;
    QString m_clip;      // 81 frames, 832x480, with Wan Studio settings
    QString m_plainClip; // 100 frames, 480x832, without
    QJsonObject m_settings;
};

void TestFrameCommand::initTestCase()
{
    if (!wan::test::haveFfmpeg())
        QSKIP("ffmpeg is needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    m_clip = m_dir.filePath(QStringLiteral("lighthouse.mp4"));
    m_plainClip = m_dir.filePath(QStringLiteral("plain.mp4"));
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(832, 480), 81, 16, {}}, m_clip, &problem), qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(480, 832), 100, 16, {QStringLiteral("-g"), QStringLiteral("30")}}, m_plainClip, &problem),
             qPrintable(problem));
    m_settings = {{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                  {QStringLiteral("version"), 2},
                  {QStringLiteral("prompt"), QStringLiteral("waves break on the lighthouse")},
                  {QStringLiteral("seed"), 1234}};
    QVERIFY2(wan::library::Mp4Metadata::write(m_clip, m_settings, &problem), qPrintable(problem));
}

void TestFrameCommand::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

CliRun TestFrameCommand::frame(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), QStringList{QStringLiteral("frame")} + arguments,
                                    wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile->path()),
                                    60'000, m_dir.path());
}

QString TestFrameCommand::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestFrameCommand::last_savesTheExactFrame_withItsStamp()
{
    const QString out = m_dir.filePath(QStringLiteral("last.png"));
    const CliRun run = frame({m_clip, QStringLiteral("--at"), QStringLiteral("last"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // nothing from FFmpeg on the terminal
    const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("frame")).toInt(), 80);
    QCOMPARE(line.value(QStringLiteral("time")).toDouble(), 5.0);
    QCOMPARE(line.value(QStringLiteral("out")).toString(), out);
    QCOMPARE(line.value(QStringLiteral("width")).toInt(), 832);
    QCOMPARE(line.value(QStringLiteral("height")).toInt(), 480);
    QCOMPARE(line.value(QStringLiteral("frames")).toInt(), 81);
    QCOMPARE(line.value(QStringLiteral("fps")).toDouble(), 16.0);

    QImageReader reader(out);
    QCOMPARE(reader.text(wan::media::FramePng::FrameKey), QStringLiteral("80"));
    QCOMPARE(reader.text(wan::media::FramePng::SourceKey), QStringLiteral("lighthouse.mp4"));
    QCOMPARE(QJsonDocument::fromJson(reader.text(wan::media::FramePng::SettingsKey).toUtf8()).object(), m_settings);
    const QImage saved = reader.read();
    QCOMPARE(saved.size(), QSize(832, 480));
    const double db = wan::test::psnr(saved, wan::test::ffmpegFrame(m_clip, 80));
    QVERIFY2(db >= 50.0, qPrintable(QStringLiteral("%1 dB").arg(db)));
    QVERIFY(wan::test::psnr(saved, wan::test::ffmpegFrame(m_clip, 79)) < 45.0);
}

void TestFrameCommand::at_takesEveryForm_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("index");
    QTest::newRow("first") << QStringLiteral("first") << 0;
    QTest::newRow("an index") << QStringLiteral("57") << 57;
    QTest::newRow("seconds") << QStringLiteral("2.5") << 40;
    QTest::newRow("seconds where a step lands") << QStringLiteral("2.562") << 41;
    QTest::newRow("last") << QStringLiteral("last") << 99;
}

void TestFrameCommand::at_takesEveryForm()
{
    QFETCH(QString, at);
    QFETCH(int, index);
    const QString out = QStringLiteral("at-%1.png").arg(index); // relative: to the working folder
    const CliRun run = frame({m_plainClip, QStringLiteral("--at"), at, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("frame")).toInt(), index);
    QCOMPARE(line.value(QStringLiteral("out")).toString(), m_dir.filePath(out));
    QImageReader reader(m_dir.filePath(out));
    // A clip without Wan Studio settings: stamped with what is known.
    QCOMPARE(reader.text(wan::media::FramePng::FrameKey), QString::number(index));
    QVERIFY(reader.text(wan::media::FramePng::SettingsKey).isEmpty());
    const double db = wan::test::psnr(reader.read(), wan::test::ffmpegFrame(m_plainClip, index));
    QVERIFY2(db >= 50.0, qPrintable(QStringLiteral("%1 dB").arg(db)));
}

void TestFrameCommand::badInput_exits2AndNamesTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QFile real(m_clip);
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray clip = real.readAll();
    const QString out = m_dir.filePath(QStringLiteral("refused.png"));
    const QString text = write(QStringLiteral("notes.mp4"), "Shopping: bread, milk.\n");
    const QString empty = write(QStringLiteral("empty.mp4"), {});
    const QString half = write(QStringLiteral("half.mp4"), clip.left(clip.size() / 2));
    const auto at = [](const QString &where) { return QStringList{QStringLiteral("--at"), where}; };
    const QStringList to{QStringLiteral("--out"), out};

    QTest::newRow("a text file named .mp4") << (QStringList{text} + to) << QStringLiteral("is not a video");
    QTest::newRow("an empty file") << (QStringList{empty} + to) << QStringLiteral("is empty");
    QTest::newRow("the first half of a clip") << (QStringList{half} + to) << QStringLiteral("is incomplete");
    QTest::newRow("no such clip") << (QStringList{m_dir.filePath(QStringLiteral("gone.mp4"))} + to) << QStringLiteral("does not exist");
    QTest::newRow("an index past the end") << (QStringList{m_clip} + at(QStringLiteral("81")) + to)
                                           << QStringLiteral("the clip has 81 frames, numbered 0 to 80");
    QTest::newRow("a time past the end") << (QStringList{m_clip} + at(QStringLiteral("5.1")) + to)
                                         << QStringLiteral("the clip lasts 5.0625 s");
    QTest::newRow("--at nonsense") << (QStringList{m_clip} + at(QStringLiteral("middle")) + to) << QStringLiteral("--at:");
    QTest::newRow("--at negative") << (QStringList{m_clip} + at(QStringLiteral("-3")) + to) << QStringLiteral("count from 0");
    QTest::newRow("no --out") << QStringList{m_clip} << QStringLiteral("--out is required");
    QTest::newRow("--out not a PNG") << QStringList{m_clip, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.jpg"))}
                                     << QStringLiteral(".png");
    QTest::newRow("no clip") << to << QStringLiteral("name the clip");
    QTest::newRow("two clips") << (QStringList{m_clip, m_plainClip} + to) << QStringLiteral("one clip at a time");
}

void TestFrameCommand::badInput_exits2AndNamesTheProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun run = frame(arguments);
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY2(err.startsWith(QStringLiteral("Error: ")), qPrintable(err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.png"))));
}

void TestFrameCommand::existingPng_isReplacedOnlyWithOverwrite()
{
    const QString out = write(QStringLiteral("keep.png"), "my precious picture");
    CliRun run = frame({m_clip, QStringLiteral("--at"), QStringLiteral("first"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("my precious picture"));
    kept.close();

    run = frame({m_clip, QStringLiteral("--at"), QStringLiteral("first"), QStringLiteral("--out"), out, QStringLiteral("--overwrite")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImageReader(out).text(wan::media::FramePng::FrameKey), QStringLiteral("0"));
}

void TestFrameCommand::theClipItself_isNeverTheOutput()
{
    // A clip someone named .png: --overwrite or not, it is not replaced by its own frame.
    const QString odd = m_dir.filePath(QStringLiteral("odd.png"));
    QVERIFY(QFile::copy(m_clip, odd));
    const CliRun run = frame({odd, QStringLiteral("--out"), odd, QStringLiteral("--overwrite")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("the clip the frame comes from"), run.err.constData());
    QCOMPARE(QFileInfo(odd).size(), QFileInfo(m_clip).size());
}

void TestFrameCommand::help_listsTheCommand()
{
    const CliRun run = wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("--help")},
                                                wan::test::cliEnvironment({}, QUrl(), m_profile->path()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("wanstudio frame CLIP"), run.out.constData());
    const CliRun own = frame({QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.out.contains("--at") && own.out.contains("--overwrite"), own.out.constData());
}

void TestFrameCommand::helpAndMistakes_endCleanly_whileTheLibrariesLoad()
{
    // `frame` loads FFmpeg's libraries on a second thread from its first
    // moment; --help and a mistake in the options end the process at once.
    // They used to end it under that thread, which crashed about one time in
    // sixteen: many starts of each, every one ending as it should.
    for (int i = 0; i < 40; ++i) {
        const CliRun help = frame({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(QStringLiteral("start %1: exit %2").arg(i).arg(help.exitCode)));
        const CliRun wrong = frame({QStringLiteral("--no-such-option")});
        QVERIFY2(wrong.exitCode == 2, qPrintable(QStringLiteral("start %1: exit %2").arg(i).arg(wrong.exitCode)));
    }
}

QTEST_GUILESS_MAIN(TestFrameCommand)
#include "tst_framecommand.moc"
