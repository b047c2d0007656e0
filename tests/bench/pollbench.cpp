// bench-polling: how long a finished clip waits before it is on screen, and how
// many status requests a run costs, for the polling rule Wan Studio uses beside
// the rule it replaced, in the same run against the same emulator.
//
// N runs of each rule go to the Segmind emulator at once (real time, no
// scaling), each taking 54 s +- 8 s of service time (uniform, seeded). For every
// run: from the moment the emulator marked it COMPLETED (its wall clock, same
// machine) to the first decoded frame of the downloaded clip (a QMediaPlayer
// into a QVideoSink, as the player shows it); and the status requests the
// emulator counted for it. Prints one table row per rule and a BENCH line.
//
// Usage: bench-polling [--runs N] [--spread-ms MS]    (./bench.sh runs it as figure 10)

#include "api/segmindclient.h"
#include "benchsupport.h"
#include "core/modeldescription.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/generationjob.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoSink>

#include <cstdio>
#include <memory>

using namespace wan;

namespace {

struct Run
{
    QString rule;
    std::unique_ptr<jobs::GenerationJob> job;
    QString requestId;
    qint64 firstFrameAtMs = -1; // wall clock
    bool failed = false;
};

// The rule before this change: a tenth of the run's age, 2 s to 8 s, no likely window.
jobs::PollPolicy previousRule()
{
    jobs::PollPolicy policy;
    policy.useLikelyWindow = false;
    return policy;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int perRule = 8;
    int spreadMs = 8000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            perRule = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--spread-ms") && i + 1 < args.size())
            spreadMs = std::max(0, args.at(++i).toInt());
        else {
            std::fprintf(stderr, "usage: bench-polling [--runs N] [--spread-ms MS]\n");
            return 2;
        }
    }
    const auto &model = core::ModelDescription::wan22ImageToVideo();
    QTemporaryDir dir;
    test::EmulatorFixture emulator;
    if (!dir.isValid() || !emulator.start({QStringLiteral("--latency-ms"), QString::number(model.typicalSeconds() * 1000)})
        || !emulator.configure({{QStringLiteral("latencySpreadMs"), spreadMs}, {QStringLiteral("credits"), 1000.0}})) {
        std::fprintf(stderr, "bench-polling: the emulator did not start\n");
        return 1;
    }
    QImage picture(832, 480, QImage::Format_RGB32);
    picture.fill(QColor(90, 60, 30));
    const QString image = dir.filePath(QStringLiteral("still.jpg"));
    picture.save(image, "JPEG", 90);

    QNetworkAccessManager network;
    api::SegmindClient client(&network, api::Endpoints(emulator.apiBase(), emulator.apiBase()));
    client.setApiKey(emulator.apiKey());
    image::UploadCache uploads{QString()};

    std::vector<std::unique_ptr<Run>> runs;
    std::vector<std::unique_ptr<QMediaPlayer>> players;
    std::vector<std::unique_ptr<QVideoSink>> sinks;
    const QStringList rules{QStringLiteral("likely window (now)"), QStringLiteral("tenth of the age (before)")};
    for (int i = 0; i < 2 * perRule; ++i) {
        auto run = std::make_unique<Run>();
        run->rule = rules.at(i % 2);
        jobs::GenerationRequest request;
        request.image = image;
        request.prompt = QStringLiteral("a lighthouse at dusk");
        request.parameters.insert(QStringLiteral("seed"), i + 1);
        request.outputPath = dir.filePath(QStringLiteral("clip-%1.mp4").arg(i));
        run->job = std::make_unique<jobs::GenerationJob>(&client, &uploads, model, request);
        if (i % 2 == 1)
            run->job->setPollPolicy(previousRule());
        Run *raw = run.get();
        QObject::connect(raw->job.get(), &jobs::GenerationJob::accepted, raw->job.get(),
                         [raw](const api::SubmitTicket &ticket) { raw->requestId = ticket.requestId; });
        QObject::connect(raw->job.get(), &jobs::GenerationJob::failed, raw->job.get(), [raw](const api::ApiError &error) {
            std::fprintf(stderr, "bench-polling: a run failed: %s\n", qPrintable(error.fullText()));
            raw->failed = true;
        });
        QObject::connect(raw->job.get(), &jobs::GenerationJob::succeeded, raw->job.get(),
                         [raw, &players, &sinks](const jobs::GenerationResult &result) {
                             auto player = std::make_unique<QMediaPlayer>();
                             auto sink = std::make_unique<QVideoSink>();
                             player->setVideoSink(sink.get());
                             QObject::connect(sink.get(), &QVideoSink::videoFrameChanged, sink.get(), [raw](const QVideoFrame &frame) {
                                 if (frame.isValid() && raw->firstFrameAtMs < 0)
                                     raw->firstFrameAtMs = QDateTime::currentMSecsSinceEpoch();
                             });
                             player->setSource(QUrl::fromLocalFile(result.outputPath));
                             player->play();
                             players.push_back(std::move(player));
                             sinks.push_back(std::move(sink));
                         });
        runs.push_back(std::move(run));
    }
    std::fprintf(stderr, "[bench] 10: %d runs of each polling rule at once, %d s +- %d s each\n", perRule, model.typicalSeconds(),
                 spreadMs / 1000);
    for (auto &run : runs)
        run->job->start();
    const bool done = bench::waitUntil(
        [&runs] {
            for (const auto &run : runs) {
                if (!run->failed && run->firstFrameAtMs < 0)
                    return false;
            }
            return true;
        },
        (model.typicalSeconds() * 1000 + spreadMs) * 3);

    const QJsonArray jobs = emulator.stats().value(QStringLiteral("jobs")).toArray();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : jobs)
        byId.insert(value.toObject().value(QStringLiteral("request_id")).toString(), value.toObject());
    QJsonObject report;
    std::printf("\n| figure | rule | median completion to first frame | worst | median status requests | most | runs |\n"
                "|---|---|---|---|---|---|---|\n");
    bool met = done;
    for (const QString &rule : rules) {
        QList<double> waits;
        QList<double> requests;
        int finished = 0;
        for (const auto &run : runs) {
            if (run->rule != rule || run->firstFrameAtMs < 0)
                continue;
            const QJsonObject job = byId.value(run->requestId);
            const qint64 completedAt = job.value(QStringLiteral("finishedAtUtcMs")).toInteger(-1);
            if (completedAt < 0)
                continue;
            ++finished;
            waits << double(run->firstFrameAtMs - completedAt);
            requests << job.value(QStringLiteral("statusRequests")).toDouble();
        }
        const double medianWait = bench::median(waits);
        const double medianRequests = bench::median(requests);
        const double worstWait = waits.isEmpty() ? 0 : *std::max_element(waits.begin(), waits.end());
        const double mostRequests = requests.isEmpty() ? 0 : *std::max_element(requests.begin(), requests.end());
        std::printf("| 10. service done to first frame | %s | %.0f ms | %.0f ms | %.0f | %.0f | %d of %d |\n", qPrintable(rule), medianWait,
                    worstWait, medianRequests, mostRequests, finished, perRule);
        report.insert(rule, QJsonObject{{QStringLiteral("medianWaitMs"), medianWait},
                                        {QStringLiteral("medianStatusRequests"), medianRequests},
                                        {QStringLiteral("mostStatusRequests"), mostRequests},
                                        {QStringLiteral("runs"), finished}});
        if (rule == rules.first())
            met = met && finished == perRule && medianWait <= 1000 && mostRequests <= 25;
    }
    std::printf("\nGoal for the rule in use: median <= 1000 ms and at most 25 status requests per run: %s\n", met ? "met" : "**not met**");
    std::fflush(stdout);
    bench::printBenchResult(report);
    return met ? 0 : 1;
}
