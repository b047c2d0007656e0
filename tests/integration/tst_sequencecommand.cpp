// `wanstudio sequence` through the real binary: a sequence of a clip and its
// continuation kept in the library (schema version 5), listed, shown,
// exported with the seam rule (A + B - 1 frames), and handed to an editor as
// an MLT project that `melt` renders to the same length. Bad input exits 2.

#include "cliprocess.h"
#include "library/library.h"
#include "mediaprobe.h"
#include "testclips.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wan::test::CliRun;

class TestSequenceCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void create_list_show();
    void export_joinsWithTheSeamRule();
    void mlt_rendersWithMelt();
    void badInput_exits2AndWritesNothing_data();
    void badInput_exits2AndWritesNothing();

private:
    CliRun run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    QString m_database;
    qint64 m_first = 0;   // 20 frames
    qint64 m_second = 0;  // 20 frames, continuing m_first from its frame 19
    qint64 m_sequence = 0;
    qint64 m_empty = 0;
};

CliRun TestSequenceCommand::run(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), QStringList{QStringLiteral("sequence")} + arguments,
                                    wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile.path()), 120'000,
                                    m_dir.path());
}

void TestSequenceCommand::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid() && m_profile.isValid());
    // The profile's library, made by the program, then filled here.
    QCOMPARE(run({QStringLiteral("list")}).exitCode, 0);
    QDirIterator it(m_profile.path(), {QStringLiteral("library.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    m_database = it.next();
    wan::library::Library lib(m_database);
    QString problem;
    QVERIFY2(lib.open(&problem), qPrintable(problem));
    QCOMPARE(lib.schemaVersion(), wan::library::Library::SchemaVersion);
    const QString a = m_dir.filePath(QStringLiteral("harbour-1.mp4"));
    const QString b = m_dir.filePath(QStringLiteral("harbour-2.mp4"));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 20, 16, {}}, a, &problem), qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 20, 16, {QStringLiteral("-vf"), QStringLiteral("negate")}}, b, &problem),
             qPrintable(problem));
    wan::library::Entry first;
    first.status = wan::library::EntryStatus::Completed;
    first.prompt = QStringLiteral("a boat leaves the harbour");
    first.outputPath = a;
    first.requestId = QStringLiteral("seq-a");
    m_first = lib.insert(first);
    wan::library::Entry second = first;
    second.prompt = QStringLiteral("the boat sails on");
    second.outputPath = b;
    second.requestId = QStringLiteral("seq-b");
    second.parentId = m_first;
    second.parentFrame = 19;
    m_second = lib.insert(second);
    QVERIFY(m_first > 0 && m_second > 0);
    m_empty = lib.createSequence(QStringLiteral("Nothing yet"), {});
    QVERIFY(m_empty > 0);
}

void TestSequenceCommand::create_list_show()
{
    CliRun r = run({QStringLiteral("create"), QStringLiteral("Harbour"), QString::number(m_first), QString::number(m_second)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject made = QJsonDocument::fromJson(r.out.trimmed()).object();
    m_sequence = made.value(QStringLiteral("id")).toInteger();
    QVERIFY(m_sequence > 0);
    QCOMPARE(made.value(QStringLiteral("clips")).toInt(), 2);

    r = run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // newest first
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("name")).toString(), QStringLiteral("Harbour"));

    r = run({QStringLiteral("show"), QString::number(m_sequence)});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray clips = QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("clips")).toArray();
    QCOMPARE(clips.size(), 2);
    QCOMPARE(clips.at(0).toObject().value(QStringLiteral("library_id")).toInteger(), m_first);
    QCOMPARE(clips.at(1).toObject().value(QStringLiteral("prompt")).toString(), QStringLiteral("the boat sails on"));
}

void TestSequenceCommand::export_joinsWithTheSeamRule()
{
    QVERIFY(m_sequence > 0);
    CliRun r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("mp4"),
                    QStringLiteral("--out"), QStringLiteral("harbour.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 39);
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("harbour.mp4"))).frames, 20 + 20 - 1);
    r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("gif"),
             QStringLiteral("--width"), QStringLiteral("160"), QStringLiteral("--out"), QStringLiteral("harbour.gif")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const wan::test::MediaFacts gif = wan::test::probeVideo(m_dir.filePath(QStringLiteral("harbour.gif")));
    QCOMPARE(gif.frames, 39);
    QCOMPARE(gif.size, QSize(160, 120));
    // Colours matched at the join: the same frames, re-encoded.
    r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--match-colour"), QStringLiteral("--format"),
             QStringLiteral("mp4"), QStringLiteral("--out"), QStringLiteral("harbour-matched.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 39);
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("harbour-matched.mp4"))).frames, 39);
}

void TestSequenceCommand::mlt_rendersWithMelt()
{
    QVERIFY(m_sequence > 0);
    const QString project = m_dir.filePath(QStringLiteral("harbour.mlt"));
    const CliRun r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("mlt"),
                          QStringLiteral("--out"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 39);
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    // The original clips, by path, the second from its frame 1 (its frame 0 repeats the first's last).
    QVERIFY(xml.contains(m_dir.filePath(QStringLiteral("harbour-1.mp4")).toUtf8()));
    QVERIFY(xml.contains(R"(<entry producer="clip1" in="1" out="19"/>)"));
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QSKIP("melt renders the project (Debian package melt, packaging/install-deps.sh test)");
    const QString rendered = m_dir.filePath(QStringLiteral("melted.mp4"));
    QProcess melt;
    melt.setProcessChannelMode(QProcess::MergedChannels);
    melt.start(QStringLiteral("melt"), {project, QStringLiteral("-consumer"), QStringLiteral("avformat:") + rendered,
                                        QStringLiteral("vcodec=libx264"), QStringLiteral("an=1"), QStringLiteral("real_time=-1")});
    QVERIFY(melt.waitForFinished(120'000));
    QVERIFY2(melt.exitCode() == 0, melt.readAll().constData());
    const wan::test::MediaFacts facts = wan::test::probeVideo(rendered);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, 39);
    QCOMPARE(facts.fps, 16.0);
    QCOMPARE(facts.size, QSize(320, 240));
}

void TestSequenceCommand::badInput_exits2AndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no clips") << QStringList{QStringLiteral("create"), QStringLiteral("Empty")} << QStringLiteral("at least one clip");
    QTest::newRow("unknown run") << QStringList{QStringLiteral("create"), QStringLiteral("Lost"), QStringLiteral("9999")}
                                 << QStringLiteral("9999");
    QTest::newRow("unknown sequence") << QStringList{QStringLiteral("export"), QStringLiteral("9999"), QStringLiteral("--format"),
                                                     QStringLiteral("mp4"), QStringLiteral("--out"), QStringLiteral("none.mp4")}
                                      << QStringLiteral("9999");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("rename")} << QStringLiteral("rename");
    QTest::newRow("mlt with match-colour") << QStringList{QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"),
                                                          QStringLiteral("mlt"), QStringLiteral("--match-colour"), QStringLiteral("--out"),
                                                          QStringLiteral("none.mp4")}
                                           << QStringLiteral("--match-colour");
}

void TestSequenceCommand::badInput_exits2AndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.mp4"))));
    // An empty sequence (made by the window, say) exports nothing.
    const CliRun empty = run({QStringLiteral("export"), QString::number(m_empty), QStringLiteral("--format"), QStringLiteral("gif"),
                              QStringLiteral("--out"), QStringLiteral("empty.gif")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("empty"), empty.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("empty.gif"))));
}

QTEST_GUILESS_MAIN(TestSequenceCommand)
#include "tst_sequencecommand.moc"
