#pragma once

// A stand-in for Segmind on loopback: the v1/v2 routes of wan-2.2-i2v-fast,
// credits, upload-asset, and a separate storage origin for videos and assets,
// with every fault of faultplan.h on demand. Parameters are checked by the
// app's own ModelDescription, so the emulator cannot drift from the product.
#include "assetstore.h"
#include "faultplan.h"
#include "httpserver.h"
#include "videomaker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <optional>

namespace wan::emulator {

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

struct EmulatorConfig final {
    QString apiKey = QStringLiteral("SG_0000000000000000");
    int latencyMs = 3000;
    double credits = 10.0;
    double cost = 0.09;
    int retentionSeconds = 3600;
    QString uploadField = QStringLiteral("file_urls"); // or "urls"
    int maxPromptLength = 0; // > 0: longer prompts (in UTF-16 units) are refused with 400
    double freeCredits = 0.0; // get-user-credits' "free-credits"
    // Segmind's rate limit: at most rateLimit submissions (v1 and v2) per window of
    // rateWindowMs, counted from the window's first; past it 429 with
    // x-rate-limit-reset-at-utc (no Retry-After). 0: no limit.
    int rateLimit = 0;
    int rateWindowMs = 60'000;
    // Each run takes latencyMs plus or minus up to this much (uniform, from a
    // generator seeded at start and at every reset, so runs repeat exactly).
    int latencySpreadMs = 0;
    // When set, every completed run's video is this file instead of one made by
    // ffmpeg (benchmarks: a 200 MB result, or no encoding on a busy machine).
    QString resultVideo;

    // Everything but the key, which the emulator never repeats.
    QJsonObject toJson() const;
};

class SegmindEmulator final : public QObject {
    Q_OBJECT

public:
    SegmindEmulator(const EmulatorConfig &config, const QString &dataDirectory, const QString &ffmpegProgram,
                    QObject *parent = nullptr);
    ~SegmindEmulator() override;

    bool listen(quint16 apiPort, quint16 storagePort, QString *error);
    quint16 apiPort() const { return m_api.port(); }
    quint16 storagePort() const { return m_storage.port(); }

    // Adds a fault to the plan; a job fault with a requestId changes that job at
    // once instead. False (with *error) when that job does not exist.
    bool addFault(const Fault &fault, QString *error);

private:
    enum class JobState { Running, Completed, Failed };

    struct Job final {
        QString id;
        bool sync = false; // v1: answered with the video when the run ends
        qint64 submittedMs = 0;
        qint64 finishedMs = -1;
        int latencyMs = 0;
        double cost = 0.0;
        double creditsAfter = 0.0; // the balance right after this run was charged
        qint64 seed = 0;
        qint64 finishedAtUtcMs = -1; // wall clock, for clients that measure from the service's completion
        int statusRequests = 0;      // status and poll routes asked about this run
        VideoSpec video;
        JobState state = JobState::Running;
        bool latencyElapsed = false;
        bool videoReady = false;
        QString videoPath;
        QString videoError;
        bool neverComplete = false;
        QString failWith; // from a "failed" fault: ends FAILED once the latency has passed
        QString error;    // why it failed
        bool charged = false;
        Responder responder;              // v1 only
        std::optional<Fault> acceptFault; // v1 only: answers instead of the video
    };

    // segmindemulator.cpp: the API and storage routes
    void handleApi(const HttpRequest &request, const Responder &responder);
    void handleStorage(const HttpRequest &request, const Responder &responder);
    void answerApi(const Responder &responder, HttpResponse response, bool withCredits) const;
    void handleSubmission(const HttpRequest &request, const Responder &responder, bool sync);
    void handleRunState(const QString &id, bool full, bool resultRoute, const Responder &responder);
    void handleUpload(const HttpRequest &request, const Responder &responder);
    void handleDownload(const HttpRequest &request, const QString &id, const Responder &responder);
    std::optional<Fault> takeFault(FaultRoute route, const QString &id,
                                   const std::function<bool(const Fault &)> &also);

    // emulatorjobs.cpp: the life of a run
    QString startJob(const VideoSpec &video, bool sync, const Responder &responder,
                     const std::optional<Fault> &acceptFault, const std::optional<Fault> &jobFault);
    void onLatencyElapsed(const QString &id);
    void onVideoReady(const QString &id, const QString &path, const QString &error);
    void tryFinish(Job &job);
    void finishFailed(Job &job, const QString &error);
    void answerSync(Job &job);
    QString reportedStatus(const Job &job) const;
    QJsonObject runStateJson(const Job &job, bool full) const;
    bool isExpired(const Job &job) const;
    void purgeExpiredJobs();
    double availableCredits() const;
    QByteArray creditsText() const;
    // The 429 to answer a submission with while the rate window is full; counts the submission otherwise.
    std::optional<HttpResponse> rateWindowClosed();
    QString apiBase() const;
    QString storageBase() const;
    QString videoUrl(const Job &job) const;

    // controlroutes.cpp: /_emulator/...
    void handleControl(const HttpRequest &request, const Responder &responder);
    void recordRequest(const char *port, const HttpRequest &request);
    HttpResponse applyConfig(const QJsonObject &changes);
    void resetAll();
    QJsonObject stats() const;
    void noteFaultTaken(const Fault &fault);

    EmulatorConfig m_startConfig;
    EmulatorConfig m_config;
    HttpServer m_api;
    HttpServer m_storage;
    AssetStore m_assets;
    VideoMaker m_videos;
    FaultPlan m_faults;
    QElapsedTimer m_clock;
    QTimer m_purgeTimer;
    QHash<QString, Job> m_jobs;

    // Statistics, cleared by a reset.
    int m_submissionsV1 = 0;
    int m_submissionsV2 = 0;
    int m_uploads = 0;
    int m_charged = 0;
    int m_completed = 0;
    int m_failed = 0;
    int m_downloads = 0;
    int m_faultsTaken = 0;
    QList<QJsonObject> m_requestLog;
    // The raw body of the last submission (v1 or v2) that came with the right key,
    // so a test can compare the bytes the client sent (stats: lastSubmissionBody).
    QByteArray m_lastSubmissionBody;
    qint64 m_requestsDropped = 0;
    qint64 m_rateWindowStartMs = -1;
    int m_rateWindowCount = 0;
    int m_rateLimited = 0;          // submissions answered 429 by the rate window
    QByteArray m_lastUploadAccept;  // the Accept header of the last upload
    QRandomGenerator m_latencyRandom{1};
};

} // namespace wan::emulator
