// wanstudio-soak: many generations against the Segmind emulator with a random
// (seeded, so reproducible) fault before each, through the same core the window
// uses (one long-lived JobQueue and LibraryService in this process, restarted
// queues for resumes) and, for kills and full disks, through the real
// `wanstudio` binary, recovered by two `wanstudio resume --queued` at once. At
// the end every run the emulator charged must be a complete clip on disk or a
// stated "may have been charged"; it prints the figures and exits non-zero when
// anything was lost or submitted twice.
//
// Usage: wanstudio-soak [--runs N] [--seed S] [--cli PATH]   (see tests/soak/soak.sh)

#include "api/mp4probe.h"
#include "api/segmindclient.h"
#include "cliprocess.h"
#include "core/modeldescription.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "jobs/runrecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace wan;

namespace {

constexpr int LatencyMs = 150;
constexpr qint64 AfterBytes = 50'000;

struct Figures
{
    int runs = 0;
    int completed = 0; // completed despite the fault, without help
    int resumed = 0; // fetched after a restart or `wanstudio resume`
    int failedWithMessage = 0;
    int statedMaybeCharged = 0; // of those: the service may have accepted it, no request id came back
    int lost = 0;
    int doubleSubmissions = 0;
    int crashes = 0;
    int unclear = 0; // ended in a state that is neither finished nor resumable
    qint64 rssFirstKb = 0;
    qint64 rssLastKb = 0;
    qint64 rssWarmKb = 0; // after 25 generations, once every path has been taken at least once or so
    QHash<QString, int> byScenario;
};

// What one generation left behind: the runs the service accepted during it, and
// whether its library entry states that it may have been charged without a request id.
struct Generation
{
    QString scenario;
    QStringList acceptedRuns;
    bool stated = false;
};

QSet<QString> requestIds(const QJsonObject &stats)
{
    QSet<QString> ids;
    for (const QJsonValue &job : stats.value(QStringLiteral("jobs")).toArray())
        ids.insert(job.toObject().value(QStringLiteral("request_id")).toString());
    return ids;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonObject fault(const char *route, const char *kind, int count, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("route"), QLatin1String(route));
    extra.insert(QStringLiteral("kind"), QLatin1String(kind));
    extra.insert(QStringLiteral("count"), count);
    return extra;
}

// The faults, each with a name for the report. A persistent fault (count -1)
// outlasts the job's own retries: the run ends resumable, the fault is cleared
// (the network is back) and a restarted queue fetches it.
struct Scenario
{
    const char *name;
    QJsonObject fault; // empty: no fault
    enum Via { InProcess, CliKill, CliDiskFull, CliDiskFullBeforeSending } via = InProcess;
};

QList<Scenario> scenarios()
{
    const QJsonObject status500 { { QStringLiteral("status"), 500 } };
    const QJsonObject held { { QStringLiteral("afterBytes"), AfterBytes } };
    return {
        { "none", {} },
        { "none", {} },
        { "none", {} },
        { "upload reset once", fault("upload", "reset", 2) },
        { "upload 500 once", fault("upload", "status", 1, status500) },
        { "upload 500 always", fault("upload", "status", -1, status500) },
        { "submit 429 x3",
          fault("submit", "status", 3, { { QStringLiteral("status"), 429 }, { QStringLiteral("retryAfter"), 0 } }) },
        { "submit 500 (refused)", fault("submit", "status", 1, status500) },
        { "submit reset after accept", fault("submit", "reset-after-accept", 1) },
        // After acceptance only a gateway answers 5xx (the API's JSON 500 is a refusal, not billed).
        { "submit 502 page after accept",
          fault("submit", "status", 1,
                { { QStringLiteral("status"), 502 }, { QStringLiteral("body"), QStringLiteral("html") }, { QStringLiteral("accept"), true } }) },
        // Segmind's own answers: a 429 with only its reset time, a run that fails on the service (422), a 406, a 403.
        { "submit 429 with reset time",
          fault("submit", "status", 1, { { QStringLiteral("status"), 429 }, { QStringLiteral("resetInMs"), 300 } }) },
        { "run failed on the service (422)", fault("status", "failed", 1) },
        { "submit 406 credits", fault("submit", "status", 1, { { QStringLiteral("status"), 406 } }) },
        { "submit 403 not permitted", fault("submit", "status", 1, { { QStringLiteral("status"), 403 } }) },
        { "status reset once", fault("status", "reset", 2) },
        { "status 500 once", fault("status", "status", 1, status500) },
        { "status stall once", fault("status", "stall", 1) },
        { "status reset always", fault("status", "reset", -1) },
        { "status stall always", fault("status", "stall", -1) },
        { "result 500 once", fault("result", "status", 1, status500) },
        { "download reset once", fault("download", "reset", 1, held) },
        { "download truncate once", fault("download", "truncate", 1) },
        { "download 500 always", fault("download", "status", -1, status500) },
        { "download stall always", fault("download", "stall", -1, held) },
        { "cli killed at random", {}, Scenario::CliKill },
        { "cli disk full downloading", {}, Scenario::CliDiskFull },
        { "cli disk full before sending", {}, Scenario::CliDiskFullBeforeSending },
    };
}

class Soak final : public QObject
{
public:
    Soak(int runs, quint32 seed, QString cli)
        : m_runs(runs)
        , m_random(seed)
        , m_cli(std::move(cli))
    {
    }

    int run();

private:
    bool setUp();
    std::unique_ptr<jobs::JobQueue> makeQueue(const QString &results);
    void inProcess(const Scenario &scenario, int index);
    void throughCli(const Scenario &scenario, int index);
    bool waitFinished(jobs::JobQueue *queue, int id);
    std::optional<library::Entry> entry(qint64 id);
    QJsonArray cliEntries();
    int runCli(const QStringList &arguments, qint64 fileSizeLimit, int killAfterMs, bool *killed, QByteArray *err = nullptr);
    void audit();
    void print() const;

    int m_runs;
    QRandomGenerator m_random;
    QString m_cli;
    Figures m_f;
    test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_image;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::SegmindClient> m_client;
    std::unique_ptr<image::UploadCache> m_uploads;
    std::unique_ptr<library::LibraryService> m_library;
    std::unique_ptr<jobs::JobQueue> m_queue;
    qint64 m_videoSize = 0;
    QList<Generation> m_generations;
};

bool Soak::setUp()
{
    if (!m_dir.isValid()
        || !m_emulator.start({ QStringLiteral("--latency-ms"), QString::number(LatencyMs), QStringLiteral("--credits"),
                               QStringLiteral("100000") }))
        return false;
    QImage picture(900, 600, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, ((x / 9) ^ (y / 7)) * 37 % 256, (x * y) % 256));
    }
    m_image = m_dir.filePath(QStringLiteral("still.png"));
    if (!picture.save(m_image))
        return false;
    m_client = std::make_unique<api::SegmindClient>(&m_network, api::Endpoints(m_emulator.apiBase(), m_emulator.apiBase()));
    m_client->setApiKey(m_emulator.apiKey());
    // Stalls must outlast these quickly: 0.4 s for an API call, 0.5 s without a byte of video.
    api::ClientTimeouts timeouts;
    timeouts.requestMs = 400;
    timeouts.uploadMs = 800;
    timeouts.downloadStallMs = 500;
    timeouts.syncRunMs = 10'000;
    m_client->setTimeouts(timeouts);
    m_uploads = std::make_unique<image::UploadCache>(m_dir.filePath(QStringLiteral("upload-cache.json")));
    m_library = std::make_unique<library::LibraryService>(m_dir.filePath(QStringLiteral("library.sqlite")),
                                                          m_dir.filePath(QStringLiteral("media")));
    bool opened = false;
    bool answered = false;
    m_library->open(this, [&](bool ok, const QString &) {
        opened = ok;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10'000))
        return false;
    m_queue = makeQueue(m_dir.filePath(QStringLiteral("results")));
    return opened;
}

std::unique_ptr<jobs::JobQueue> Soak::makeQueue(const QString &results)
{
    auto queue
        = std::make_unique<jobs::JobQueue>(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), results);
    jobs::PollPolicy policy = queue->pollPolicy();
    policy.firstPollMs = 50;
    policy.maxPollMs = 150;
    policy.maxBackoffMs = 200;
    queue->setPollPolicy(policy);
    queue->setMaxConcurrent(1);
    queue->setLibrary(m_library.get(), m_dir.filePath(QStringLiteral("media/inputs")));
    return queue;
}

bool Soak::waitFinished(jobs::JobQueue *queue, int id)
{
    return QTest::qWaitFor([&] { return queue->record(id) && queue->record(id)->isFinished(); }, 120'000);
}

std::optional<library::Entry> Soak::entry(qint64 id)
{
    std::optional<library::Entry> found;
    bool answered = false;
    m_library->entry(id, this, [&](std::optional<library::Entry> e) {
        found = std::move(e);
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10'000))
        return std::nullopt;
    return found;
}

void Soak::inProcess(const Scenario &scenario, int index)
{
    if (!scenario.fault.isEmpty())
        m_emulator.addFault(scenario.fault);
    jobs::GenerationRequest request;
    request.image = m_image;
    if (scenario.fault.value(QStringLiteral("route")).toString() == QLatin1String("upload")) {
        // An image never sent before, so that it is uploaded (the cache would skip the upload).
        QImage picture(m_image);
        picture.setPixel(index % picture.width(), 0, qRgb(index % 256, 255 - index % 256, 7));
        request.image = m_dir.filePath(QStringLiteral("still-%1.png").arg(index));
        picture.save(request.image);
    }
    request.prompt = QStringLiteral("soak run %1: %2").arg(index).arg(QLatin1String(scenario.name));
    request.parameters = { { QStringLiteral("seed"), index } };
    const int id = m_queue->enqueue(request);
    if (!waitFinished(m_queue.get(), id)) {
        ++m_f.unclear;
        std::fprintf(stderr, "run %d (%s): did not finish\n", index, scenario.name);
        return;
    }
    m_emulator.clearFaults(); // whatever it was, it is over now
    const jobs::JobRecord record = *m_queue->record(id);
    if (record.stage == jobs::JobStage::Completed) {
        ++m_f.completed;
        return;
    }
    m_library->waitForIdle();
    const std::optional<library::Entry> e = entry(record.libraryId);
    if (!e) {
        ++m_f.unclear;
        return;
    }
    if (jobs::RunRecorder::isResumable(*e)) {
        // As after a restart: a new queue picks the run up from the library.
        auto restarted = makeQueue(m_dir.filePath(QStringLiteral("results")));
        restarted->resumeFromLibrary();
        bool allDone = QTest::qWaitFor([&] { return !restarted->ids().isEmpty(); }, 10'000);
        bool allCompleted = allDone;
        for (int rid : restarted->ids()) {
            allDone = allDone && waitFinished(restarted.get(), rid);
            allCompleted = allCompleted && restarted->record(rid)->stage == jobs::JobStage::Completed;
        }
        restarted->discardHeld();
        if (allCompleted) {
            ++m_f.resumed;
        } else {
            ++m_f.unclear;
            std::fprintf(stderr, "run %d (%s): the resume did not complete\n", index, scenario.name);
        }
        return;
    }
    if (record.error.message.isEmpty() || e->errorMessage.isEmpty()) {
        ++m_f.unclear;
        return;
    }
    ++m_f.failedWithMessage;
    std::fprintf(stderr, "run %d (%s): failed%s: %s\n", index, scenario.name,
                 e->mayHaveBeenCharged ? " (may have been charged)" : "", qPrintable(e->errorMessage));
    if (e->mayHaveBeenCharged && e->requestId.isEmpty())
        ++m_f.statedMaybeCharged, m_generations.last().stated = true;
}

int Soak::runCli(const QStringList &arguments, qint64 fileSizeLimit, int killAfterMs, bool *killed, QByteArray *err)
{
    QProcess process;
    process.setProcessEnvironment(
        test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_dir.filePath(QStringLiteral("cli-profile"))));
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
    }
    process.setStandardOutputFile(QProcess::nullDevice());
    if (!err)
        process.setStandardErrorFile(QProcess::nullDevice());
    process.start(m_cli, arguments);
    if (!process.waitForStarted())
        return -1;
    *killed = false;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill();
        *killed = true;
    }
    process.waitForFinished(120'000);
    if (err)
        *err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit && !*killed) {
        ++m_f.crashes;
        return -2;
    }
    return process.exitCode();
}

QJsonArray Soak::cliEntries()
{
    QProcess process;
    process.setProcessEnvironment(
        test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_dir.filePath(QStringLiteral("cli-profile"))));
    process.start(m_cli,
                  { QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                    QStringLiteral("100000") });
    process.waitForFinished(30'000);
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).array();
}

void Soak::throughCli(const Scenario &scenario, int index)
{
    const QString out = m_dir.filePath(QStringLiteral("cli-clips/run-%1.mp4").arg(index));
    const QStringList generate { QStringLiteral("generate"),
                                 QStringLiteral("--image"),
                                 m_image,
                                 QStringLiteral("--prompt"),
                                 QStringLiteral("soak run %1").arg(index),
                                 QStringLiteral("--seed"),
                                 QString::number(index),
                                 QStringLiteral("--out"),
                                 out };
    bool killed = false;
    int code = 0;
    QByteArray generateErr;
    if (scenario.via == Scenario::CliKill) {
        code = runCli(generate, -1, int(m_random.bounded(1500)), &killed, &generateErr);
    } else if (scenario.via == Scenario::CliDiskFull) {
        code = runCli(generate, m_videoSize > 0 ? m_videoSize / 3 : 100'000, -1, &killed, &generateErr);
    } else {
        // The library barely grows any more: the run must not be sent unrecorded.
        const QString database = m_dir.filePath(QStringLiteral("cli-profile/data/WanStudio/wanstudio/library.sqlite"));
        code = runCli(generate, std::max<qint64>(QFileInfo(database).size(), 60'000) + 32'000, -1, &killed, &generateErr);
    }
    if (code == -2)
        return; // counted as a crash
    if (code == 0 && !killed) {
        ++m_f.completed;
        return;
    }
    // A second process of the user recovers at the same moment (another terminal, a
    // window): the runs have one owner, so the audit still finds one submission each.
    QProcess second;
    second.setProcessEnvironment(
        test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_dir.filePath(QStringLiteral("cli-profile"))));
    second.setStandardOutputFile(QProcess::nullDevice());
    second.setStandardErrorFile(QProcess::nullDevice());
    second.start(m_cli, { QStringLiteral("resume"), QStringLiteral("--queued") });
    bool resumeKilled = false; // `killed` must still say whether the generation was killed
    const int resumed = runCli({ QStringLiteral("resume"), QStringLiteral("--queued") }, -1, -1, &resumeKilled);
    second.waitForFinished(120'000);
    if (second.exitStatus() == QProcess::CrashExit)
        ++m_f.crashes;
    if (resumed == -2)
        return;
    const QJsonArray list = cliEntries();
    QJsonObject mine;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("output")).toString() == out)
            mine = v.toObject();
    }
    const QString status = mine.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("completed")) {
        ++m_f.resumed;
    } else if (status == QLatin1String("failed") && !mine.value(QStringLiteral("error")).toString().isEmpty()) {
        ++m_f.failedWithMessage;
        if (mine.value(QStringLiteral("may_have_been_charged")).toBool()
            && mine.value(QStringLiteral("request_id")).toString().isEmpty())
            ++m_f.statedMaybeCharged, m_generations.last().stated = true;
    } else if (mine.isEmpty() && (killed || generateErr.contains("Error: "))) {
        // Killed before the run was recorded, or it could not be recorded (and so was
        // not sent): the user runs it again. The audit checks that nothing was charged for it.
        ++m_f.failedWithMessage;
    } else {
        ++m_f.unclear;
        std::fprintf(stderr, "run %d (%s): left %s\n", index, scenario.name, qPrintable(status));
    }
}

void Soak::audit()
{
    // Let the service finish every run it accepted, so that it has charged for them.
    const bool settled = QTest::qWaitFor(
        [this] {
            for (const QJsonValue &job : m_emulator.stats().value(QStringLiteral("jobs")).toArray()) {
                const QString status = job.toObject().value(QStringLiteral("status")).toString();
                if (status != QLatin1String("COMPLETED") && status != QLatin1String("FAILED"))
                    return false;
            }
            return true;
        },
        60'000);
    if (!settled)
        std::fprintf(stderr, "the emulator still had unfinished runs after a minute\n");
    m_library->waitForIdle();
    library::Library lib(m_dir.filePath(QStringLiteral("library.sqlite")));
    lib.open();
    library::Query all;
    all.limit = 100'000;
    QHash<QString, QString> outputByRequest; // request id -> clip, for completed runs
    for (const library::Entry &e : lib.find(all)) {
        if (e.status == library::EntryStatus::Completed)
            outputByRequest.insert(e.requestId, e.outputPath);
    }
    for (const QJsonValue &v : cliEntries()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("status")).toString() == QLatin1String("completed"))
            outputByRequest.insert(e.value(QStringLiteral("request_id")).toString(),
                                   e.value(QStringLiteral("output")).toString());
    }
    const QJsonObject stats = m_emulator.stats();
    QSet<QString> charged;
    for (const QJsonValue &v : stats.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject job = v.toObject();
        if (job.value(QStringLiteral("charged")).toBool())
            charged.insert(job.value(QStringLiteral("request_id")).toString());
    }
    // Each charged run is a complete clip on disk, or the generation that sent it
    // states "may have been charged" (the service's answer with its id never came).
    int chargedStated = 0;
    for (int g = 0; g < m_generations.size(); ++g) {
        for (const QString &id : std::as_const(m_generations.at(g).acceptedRuns)) {
            if (!charged.contains(id))
                continue;
            const QString clip = outputByRequest.value(id);
            if (!clip.isEmpty() && api::Mp4Probe::inspectFile(clip).complete)
                continue;
            if (m_generations.at(g).stated) {
                ++chargedStated;
                continue;
            }
            ++m_f.lost;
            std::fprintf(stderr, "run %d (%s): request %s was charged and is not on disk\n", g,
                         qPrintable(m_generations.at(g).scenario), qPrintable(id));
        }
    }
    std::printf("emulator: submissions %d, charged %d, charged and stated without a request id %d\n",
                stats.value(QStringLiteral("submissions")).toInt(), stats.value(QStringLiteral("charged")).toInt(),
                chargedStated);
}

void Soak::print() const
{
    std::printf("by fault:\n");
    QStringList names = m_f.byScenario.keys();
    names.sort();
    for (const QString &name : names)
        std::printf("  %-28s %d\n", qPrintable(name), m_f.byScenario.value(name));
    std::printf("generations: %d\n", m_f.runs);
    std::printf("completed: %d\n", m_f.completed);
    std::printf("resumed: %d\n", m_f.resumed);
    std::printf("failed-with-message: %d (of which stated \"may have been charged\" without a request id: %d)\n",
                m_f.failedWithMessage, m_f.statedMaybeCharged);
    std::printf("unclear: %d\n", m_f.unclear);
    std::printf("lost: %d\n", m_f.lost);
    std::printf("double submissions: %d\n", m_f.doubleSubmissions);
    std::printf("crashes: %d\n", m_f.crashes);
    std::printf("rss first: %lld kB, rss after 25: %lld kB, rss last: %lld kB, growth: %lld kB (%lld kB after 25)\n",
                m_f.rssFirstKb, m_f.rssWarmKb, m_f.rssLastKb, m_f.rssLastKb - m_f.rssFirstKb,
                m_f.rssWarmKb > 0 ? m_f.rssLastKb - m_f.rssWarmKb : 0);
}

int Soak::run()
{
    if (!setUp()) {
        std::fprintf(stderr, "wanstudio-soak: could not start the emulator or the library\n");
        return 2;
    }
    const QList<Scenario> all = scenarios();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < m_runs; ++i) {
        const Scenario &scenario = all.at(int(m_random.bounded(int(all.size()))));
        const QSet<QString> before = requestIds(m_emulator.stats());
        m_generations.append({ QLatin1String(scenario.name), {}, false });
        if (scenario.via == Scenario::InProcess)
            inProcess(scenario, i);
        else
            throughCli(scenario, i);
        // Runs go one at a time, and a recovery ends before the next run starts:
        // every run the service accepted meanwhile was sent for this generation.
        const QSet<QString> accepted = requestIds(m_emulator.stats()) - before;
        m_generations.last().acceptedRuns = QStringList(accepted.begin(), accepted.end());
        if (accepted.size() > 1) {
            ++m_f.doubleSubmissions;
            std::fprintf(stderr, "run %d (%s): %d submissions\n", i, scenario.name, int(accepted.size()));
        }
        ++m_f.runs;
        ++m_f.byScenario[QLatin1String(scenario.name)];
        if (m_videoSize == 0) {
            const QString first = m_dir.filePath(QStringLiteral("results"));
            for (const QFileInfo &clip : QDir(first).entryInfoList({ QStringLiteral("*.mp4") }, QDir::Files))
                m_videoSize = std::max(m_videoSize, clip.size());
        }
        if (i == 0)
            m_f.rssFirstKb = residentKb();
        if (i == 24)
            m_f.rssWarmKb = residentKb();
        if ((i + 1) % 25 == 0)
            std::fprintf(stderr, "%d/%d generations, %.0f s, rss %lld kB\n", i + 1, m_runs, clock.elapsed() / 1000.0,
                         residentKb());
    }
    m_f.rssLastKb = residentKb();
    audit();
    print();
    std::printf("elapsed: %.0f s\n", clock.elapsed() / 1000.0);
    return m_f.lost == 0 && m_f.doubleSubmissions == 0 && m_f.crashes == 0 && m_f.unclear == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak: many generations against the emulator with random faults."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("How many generations (default 300)."), QStringLiteral("N"),
                       QStringLiteral("300") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Seed of the fault choice (default 1)."), QStringLiteral("S"),
                       QStringLiteral("1") });
    parser.addOption({ QStringLiteral("cli"), QStringLiteral("The wanstudio binary for kills and full disks."),
                       QStringLiteral("PATH"), QStringLiteral(WANSTUDIO_CLI_PATH) });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    std::printf("wanstudio-soak --runs %d --seed %u\n", runs, seed);
    Soak soak(runs, seed, parser.value(QStringLiteral("cli")));
    return soak.run();
}
