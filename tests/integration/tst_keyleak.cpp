// The API key is a secret: whatever the command line does (successful runs,
// sync runs, failures, resume, credits, the library commands) and whatever the
// studio window does (a key from the environment or typed into the welcome
// dialog, a finished run, failed runs), with debug logging on, the key never
// lands in a file of the profile (settings, library database and its
// -wal/-shm, caches, media, temporary files), in the clips or their sidecars,
// in anything printed, nor in what the emulator printed about the requests.

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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString Key = QStringLiteral("SG_deadbeef5ca1ab1e");

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every form the key could take in a file or a log.
QList<QPair<QByteArray, QByteArray>> needles()
{
    const QByteArray key = Key.toLatin1();
    QByteArray utf16;
    for (const char c : key)
        utf16.append(c).append('\0');
    return {
        {"key", key},
        {"hex tail", key.mid(3)},
        {"base64", key.toBase64()},
        {"base64url", key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {"utf-16", utf16},
    };
}

struct SearchResult
{
    int files = 0;
    qint64 bytes = 0;
    QStringList hits; // "where: which form"
};

void searchBytes(const QByteArray &data, const QString &where, SearchResult *result)
{
    result->bytes += data.size();
    for (const auto &[name, needle] : needles()) {
        if (data.contains(needle))
            result->hits.append(QStringLiteral("%1: %2").arg(where, QString::fromLatin1(name)));
    }
}

void searchTree(const QString &directory, SearchResult *result)
{
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result->hits.append(QStringLiteral("%1: could not be read").arg(path));
            continue;
        }
        ++result->files;
        searchBytes(file.readAll(), path, result);
    }
}

} // namespace

class TestKeyLeak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_findsPlantedKey_data();
    void search_findsPlantedKey();
    void everyCommand_leavesNoKeyAnywhere();
    void studioWindow_leavesNoKeyAnywhere();

private:
    Finished runCli(const QStringList &arguments);
    QStringList generateArguments(const QString &out) const;
    qint64 lastLibraryId(const QByteArray &json) const;

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_outputs;
    QString m_image;
    QList<QPair<QString, QByteArray>> m_printed; // every captured stdout/stderr
};

void TestKeyLeak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_emulator.start({QStringLiteral("--key"), Key, QStringLiteral("--latency-ms"), QStringLiteral("300")}),
             m_emulator.output().constData());
    QCOMPARE(m_emulator.apiKey(), Key);
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_outputs = m_dir.filePath(QStringLiteral("outputs"));
    QVERIFY(QDir().mkpath(m_profile));
    QVERIFY(QDir().mkpath(m_outputs));
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(QColor(40, 90, 160));
    m_image = m_dir.filePath(QStringLiteral("still.png"));
    QVERIFY(picture.save(m_image));
}

// The search must be able to fail: a key planted in the profile is found in every form.
void TestKeyLeak::search_findsPlantedKey_data()
{
    QTest::addColumn<QByteArray>("needle");
    for (const auto &[name, needle] : needles())
        QTest::newRow(name.constData()) << needle;
}

void TestKeyLeak::search_findsPlantedKey()
{
    QFETCH(QByteArray, needle);
    const QString directory = m_dir.filePath(QStringLiteral("planted/data/deep"));
    QVERIFY(QDir().mkpath(directory));
    const QString path = directory + QStringLiteral("/library.sqlite-wal");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x01') + needle + QByteArray(77, '\0'));
    }
    SearchResult result;
    searchTree(m_dir.filePath(QStringLiteral("planted")), &result);
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("planted"))).removeRecursively());
    QCOMPARE(result.files, 1);
    QVERIFY2(!result.hits.isEmpty(), "a planted key was not found: the search is broken");
    SearchResult printed;
    searchBytes("before " + needle + " after", QStringLiteral("stderr"), &printed);
    QVERIFY(!printed.hits.isEmpty());
}

QStringList TestKeyLeak::generateArguments(const QString &out) const
{
    return {QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
            QStringLiteral("a lantern drifting"), QStringLiteral("--out"), out};
}

Finished TestKeyLeak::runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = wan::test::cliEnvironment(Key, m_emulator.apiBase(), m_profile);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("wanstudio.*.debug=true"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WANSTUDIO_CLI_PATH), arguments);
    Finished f;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
    } else {
        f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    f.out = process.readAllStandardOutput();
    f.err = process.readAllStandardError();
    const QString label = arguments.join(QLatin1Char(' '));
    m_printed.append({QStringLiteral("stdout of `%1`").arg(label), f.out});
    m_printed.append({QStringLiteral("stderr of `%1`").arg(label), f.err});
    return f;
}

qint64 TestKeyLeak::lastLibraryId(const QByteArray &json) const
{
    return QJsonDocument::fromJson(json.trimmed()).object().value(QStringLiteral("library_id")).toInteger();
}

void TestKeyLeak::everyCommand_leavesNoKeyAnywhere()
{
    auto fault = [](const char *route, const char *kind, int count) {
        return QJsonObject{{QStringLiteral("route"), QLatin1String(route)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("count"), count}};
    };

    // A successful run, then the synchronous call.
    Finished f = runCli(generateArguments(m_outputs + QStringLiteral("/async.mp4")));
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QVERIFY(lastLibraryId(f.out) > 0);
    f = runCli(generateArguments(m_outputs + QStringLiteral("/sync.mp4")) << QStringLiteral("--sync"));
    QVERIFY2(f.exitCode == 0, f.err.constData());

    // The submission fails with a server error.
    QVERIFY(m_emulator.addFault(fault("submit", "status", -1)));
    f = runCli(generateArguments(m_outputs + QStringLiteral("/submit500.mp4")));
    QVERIFY2(f.exitCode != 0, f.out.constData());
    QVERIFY(m_emulator.clearFaults());

    // The connection drops while polling; resume fetches it after.
    QVERIFY(m_emulator.addFault(fault("status", "reset", -1)));
    f = runCli(generateArguments(m_outputs + QStringLiteral("/dropped.mp4")));
    QCOMPARE(f.exitCode, 6);
    QVERIFY(m_emulator.clearFaults());
    f = runCli({QStringLiteral("resume")});
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QVERIFY(QFile::exists(m_outputs + QStringLiteral("/dropped.mp4")));

    // The download is not an MP4.
    QVERIFY(m_emulator.addFault(fault("download", "not-mp4", -1)));
    f = runCli(generateArguments(m_outputs + QStringLiteral("/notmp4.mp4")));
    QVERIFY2(f.exitCode != 0, f.out.constData());
    QVERIFY(m_emulator.clearFaults());

    f = runCli({QStringLiteral("credits")});
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QVERIFY(f.out.contains("credits"));
    f = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(f.out.trimmed()).array();
    QVERIFY2(entries.size() >= 5, f.out.constData());
    for (const QJsonValue &entry : entries) {
        const qint64 id = entry.toObject().value(QStringLiteral("id")).toInteger();
        f = runCli({QStringLiteral("library"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(f.exitCode == 0, f.err.constData());
    }
    // Debug logging was really on (so the logs had every chance to leak it).
    const bool sawDebug = std::any_of(m_printed.cbegin(), m_printed.cend(), [](const auto &printed) {
        return printed.second.contains("wanstudio.jobs: job") && printed.second.contains("wanstudio.library: opened");
    });
    QVERIFY2(sawDebug, "no wanstudio debug lines were printed: QT_LOGGING_RULES did not take effect");

    // Now look everywhere.
    SearchResult profile;
    searchTree(m_profile, &profile);
    SearchResult outputs;
    searchTree(m_outputs, &outputs);
    SearchResult printed;
    for (const auto &[where, bytes] : std::as_const(m_printed)) {
        ++printed.files;
        searchBytes(bytes, where, &printed);
    }
    SearchResult emulator;
    const QByteArray emulatorOutput = m_emulator.output();
    ++emulator.files;
    searchBytes(emulatorOutput, QStringLiteral("emulator output"), &emulator);

    QStringList profileFiles;
    QDirIterator it(m_profile, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        profileFiles.append(QDir(m_profile).relativeFilePath(it.next()));
    qInfo("searched the profile: %d files, %lld bytes (%s)", profile.files, profile.bytes,
          qPrintable(profileFiles.join(QLatin1String(", "))));
    qInfo("searched the outputs: %d files, %lld bytes", outputs.files, outputs.bytes);
    qInfo("searched %d captured stdout/stderr streams, %lld bytes", printed.files, printed.bytes);
    qInfo("searched the emulator's output: %lld bytes", emulator.bytes);
    qInfo("for %lld forms of the key", static_cast<long long>(needles().size()));

    QVERIFY(profile.files > 0);
    QVERIFY2(std::any_of(profileFiles.cbegin(), profileFiles.cend(),
                         [](const QString &p) { return p.endsWith(QLatin1String("library.sqlite")); }),
             "the library database was not where the search looked");
    QVERIFY(outputs.files >= 3);
    const QStringList hits = profile.hits + outputs.hits + printed.hits + emulator.hits;
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the key was found in:\n") + hits.join(QLatin1Char('\n'))));
}

// The window's loop, in the real studio (keyleak-studio: runStudio() and a
// driver that clicks through it), three times in one profile: a key from the
// environment and a finished run; a key typed into the welcome dialog and a
// run the service refuses; the environment's key again and a run that fails
// with the service's reason.
void TestKeyLeak::studioWindow_leavesNoKeyAnywhere()
{
    QVERIFY(m_emulator.clearFaults());
    const QString profileDir = m_dir.filePath(QStringLiteral("studio-profile"));
    const QDir profile(profileDir);
    QVERIFY(QDir().mkpath(profile.filePath(QStringLiteral("home"))));
    QVERIFY(QDir().mkpath(profile.filePath(QStringLiteral("tmp"))));
    struct Run
    {
        const char *name;
        bool keyFromEnvironment;
        QJsonObject fault;
        const char *expect;
        const char *messageContains;
    };
    const QList<Run> runs = {
        { "environment key, finished run", true, {}, "done", "" },
        { "typed key, service refuses it", false,
          QJsonObject { { QStringLiteral("route"), QStringLiteral("submit") },
                        { QStringLiteral("kind"), QStringLiteral("status") },
                        { QStringLiteral("status"), 401 },
                        { QStringLiteral("count"), -1 } },
          "failed", "API key" },
        { "environment key, run fails", true,
          QJsonObject { { QStringLiteral("route"), QStringLiteral("status") },
                        { QStringLiteral("kind"), QStringLiteral("failed") },
                        { QStringLiteral("error"), QStringLiteral("GPU fell over") } },
          "failed", "GPU fell over" },
    };
    QList<QPair<QString, QByteArray>> printed;
    for (const Run &run : runs) {
        QVERIFY(m_emulator.clearFaults());
        if (!run.fault.isEmpty())
            QVERIFY(m_emulator.addFault(run.fault));
        QProcessEnvironment env
            = wan::test::cliEnvironment(run.keyFromEnvironment ? Key : QString(), m_emulator.apiBase(), profileDir);
        if (!run.keyFromEnvironment)
            env.remove(QStringLiteral("SEGMIND_API_KEY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("wanstudio.*.debug=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), profile.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("TMPDIR"), profile.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("KEYLEAK_IMAGE"), m_image);
        env.insert(QStringLiteral("KEYLEAK_TYPE_KEY"), run.keyFromEnvironment ? QString() : Key);
        env.insert(QStringLiteral("KEYLEAK_EXPECT"), QLatin1String(run.expect));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WANSTUDIO_STUDIO_DRIVER_PATH), {});
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
        }
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        printed.append({ QStringLiteral("studio stdout (%1)").arg(QLatin1String(run.name)), out });
        printed.append({ QStringLiteral("studio stderr (%1)").arg(QLatin1String(run.name)), err });
        const QByteArray both = out + err;
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("%1: exit %2\n%3")
                                .arg(QLatin1String(run.name))
                                .arg(process.exitCode())
                                .arg(QString::fromUtf8(both))));
        QVERIFY2(out.contains(QByteArray(QByteArray("keyleak-driver: closed after ") + run.expect)), out.constData());
        if (!run.keyFromEnvironment) {
            QVERIFY2(out.contains("keyleak-driver: welcome dialog: typing the key"), out.constData());
            QVERIFY2(out.contains("keyleak-driver: welcome dialog: key test: ✓"), out.constData());
        }
        QVERIFY2(out.contains(run.messageContains), out.constData());
        // Debug logging was really on.
        QVERIFY2(err.contains("wanstudio.jobs: job") && err.contains("wanstudio.library: opened"), err.constData());
        // Nothing asked the library before it was open (the window and the queue
        // used to, at every start, and got nothing back).
        QVERIFY2(!err.contains("The library is not open"), err.constData());
    }

    SearchResult files;
    searchTree(profileDir, &files);
    SearchResult streams;
    for (const auto &[where, bytes] : std::as_const(printed)) {
        ++streams.files;
        searchBytes(bytes, where, &streams);
    }
    SearchResult emulator;
    searchBytes(m_emulator.output(), QStringLiteral("emulator output"), &emulator);

    QStringList written;
    QDirIterator it(profileDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(profile.relativeFilePath(it.next()));
    qInfo("searched the studio's profile: %d files, %lld bytes (%s)", files.files, files.bytes,
          qPrintable(written.join(QLatin1String(", "))));
    qInfo("searched %d captured stdout/stderr streams of the studio, %lld bytes", streams.files, streams.bytes);
    auto wrote = [&written](const QString &suffix) {
        return std::any_of(written.cbegin(), written.cend(), [&suffix](const QString &p) { return p.endsWith(suffix); });
    };
    // The search covered what the window writes: settings, library, clip, sidecar.
    QVERIFY2(wrote(QStringLiteral(".conf")), qPrintable(written.join(QLatin1Char(' '))));
    QVERIFY2(wrote(QStringLiteral("library.sqlite")), qPrintable(written.join(QLatin1Char(' '))));
    QVERIFY2(wrote(QStringLiteral(".mp4")), qPrintable(written.join(QLatin1Char(' '))));
    QVERIFY2(wrote(QStringLiteral(".json")), qPrintable(written.join(QLatin1Char(' '))));
    const QStringList hits = files.hits + streams.hits + emulator.hits;
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the key was found in:\n") + hits.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
