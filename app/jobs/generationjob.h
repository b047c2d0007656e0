#pragma once

// One generation from start to finish: validate, prepare the image off the UI
// thread, upload it once (by content hash), submit, poll, fetch, download.
// A run the service has accepted is never submitted again by this class: after
// acceptance every retry is a poll or a download, which cost nothing.

#include "api/apierror.h"
#include "api/apiresponses.h"
#include "core/modeldescription.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace wan::api {
class SegmindClient;
class VideoDownload;
}
namespace wan::image {
class UploadCache;
struct PreparedImage;
}

namespace wan::jobs {

enum class GenerationMode { Async, Sync };

struct GenerationRequest
{
    QString image;              // a local file path, or an https URL passed through as is
    QString prompt;
    QJsonObject parameters;     // tunable parameters; missing ones take the model's defaults
    bool randomSeed = false;    // choose a seed for this run (and record it)
    GenerationMode mode = GenerationMode::Async;
    QString outputPath;         // where the finished MP4 goes
    // A continuation: the image is frame parentFrame of the clip of library run
    // parentId (request parentRequestId). parentFrame -1: not a continuation.
    qint64 parentId = 0;
    int parentFrame = -1;
    QString parentRequestId;
};

enum class JobStage {
    Waiting,      // created, not started
    Preparing,    // reading and scaling the image
    Uploading,
    Submitting,
    Queued,
    Processing,
    Downloading,
    Completed,
    Failed,
    Cancelled,
};

struct GenerationResult
{
    QString outputPath;
    qint64 seed = 0;
    QString requestId;            // empty for a sync run
    QString imageUrl;             // what the service was given
    QSize preparedSize;           // of the uploaded image, when one was prepared
    QString preparedImagePath;    // a copy of the uploaded JPEG, when a folder was given for it
    bool uploadReused = false;    // the upload cache had the image
    std::optional<double> credits;
    std::optional<double> inferenceSeconds;
    std::optional<double> cost;   // as the service accounted it (v2 metrics.cost, v1 x-cost); unknown otherwise
};

// Timing of the conversation with the service; tests shorten it.
struct PollPolicy
{
    int firstPollMs = 2000;
    int maxPollMs = 8000;
    int minPollMs = 250;
    double pollFraction = 0.1;        // each poll waits this fraction of the run's time so far
    // How long one process watches a run before it stops waiting (Segmind's own SDK
    // waits this long). Counted from when this process started watching, never from
    // the submission: only the service's answer (404: the record is gone) ends a run.
    int maxRunSeconds = 600;
    int maxRateLimitRetries = 4;      // 429 on submit or on a sync call
    int maxTransientPollFailures = 5; // in a row, while polling
    int maxDownloadAttempts = 3;
    int maxBackoffMs = 60'000;

    // Polls are dense where the run is likely to end and sparse elsewhere: a finished
    // clip should wait on the service about half a dense interval, not a tenth of
    // the run's age (five seconds near the end of a 54 s run).
    int denseIntervalMs = 1250;
    double fractionBeforeLikely = 0.4;   // before the likely window: this fraction of the run's age
    qint64 likelyFromMs = 0;             // since submission; 0 and 0: not known (pollFraction throughout)
    qint64 likelyUntilMs = 0;
    double timeScale = 1.0;              // WANSTUDIO_POLL_SCALE: runs take this much of their real time
    bool useLikelyWindow = true;         // false: a fraction of the run's age throughout (the rule before)
    // Where this account's recent runs ended (their 90th percentile, unpadded;
    // 0: not known). One poll lands just after it (landingMs()) instead of a
    // moment before it, which would find the run still at work and leave it
    // waiting a dense step more.
    qint64 likelyEndMs = 0;

    // The likely window from this account's recent service times (seconds; the
    // 10th to 90th percentile, a second wider each side), or from the model's
    // typical time (85 % to 115 %) when there are fewer than three.
    void expectCompletion(const QList<double> &recentSeconds, int typicalSeconds);
    bool knowsLikelyWindow() const { return likelyUntilMs > 0; }
    // The step inside the likely window: an eighth of the window, within
    // minPollMs and denseIntervalMs. Runs of a minute keep denseIntervalMs; runs
    // of two seconds (a window of two) poll every minPollMs, so that a poll sent
    // a moment before the end costs a quarter second, not 1.25 s (figure 8).
    int denseStepMs() const;
    // The wait before the next status request, for a poll made this long after
    // submission. Never steps over landingMs(): lands on it.
    int nextPollDelayMs(qint64 sinceSubmissionMs) const;
    // The first poll after the service accepted the run: firstPollMs, or
    // landingMs() when that comes sooner or less than a dense step later.
    int firstPollDelayMs() const;
    // Just after likelyEndMs (by a hundredth of it, at least 10 ms); 0 when not known.
    qint64 landingMs() const;

    // The defaults, with every wait multiplied by WANSTUDIO_POLL_SCALE when set
    // (e.g. 0.05 against the local emulator, whose runs take seconds, not a minute).
    static PollPolicy fromEnvironment();
};

class GenerationJob final : public QObject
{
    Q_OBJECT
public:
    GenerationJob(api::SegmindClient *client, image::UploadCache *uploads, const core::ModelDescription &model,
                  GenerationRequest request, QObject *parent = nullptr);
    ~GenerationJob() override;

    void setPollPolicy(const PollPolicy &policy) { m_policy = policy; }
    // A newer policy while the run is watched (the queue learned from runs that
    // ended meanwhile): a poll waiting past the moment those runs ended comes at
    // that moment instead, once (PollPolicy::landingMs()).
    void updatePollPolicy(const PollPolicy &policy);
    const core::ModelDescription &model() const { return m_model; }
    // Where to keep a copy of the prepared (uploaded) image, named by its hash.
    void setPreparedImageDirectory(const QString &directory) { m_preparedImageDirectory = directory; }
    // Asked before every submission, with a continuation: the run is sent only when
    // it is called with true (the library has recorded that the run is being sent).
    using SubmitGate = std::function<void(std::function<void(bool recorded)>)>;
    void setSubmitGate(SubmitGate gate) { m_submitGate = std::move(gate); }
    // Asked at the moment of sending, before the submit gate: answering an error
    // holds the run (a budget cap, jobs::BudgetCheck), which then ends (cancelled) with that
    // error, unsent and uncharged. nullopt lets it go. May answer later (async).
    using SendCheck = std::function<void(std::function<void(std::optional<api::ApiError> hold)>)>;
    void setSendCheck(SendCheck check) { m_sendCheck = std::move(check); }
    // The settings to write into the clip (library::ClipSettings), asked once the
    // video is downloaded. They go into the downloaded file before it is renamed
    // into place; when that fails the clip is still saved, and a notice says so.
    using ClipSettingsSource = std::function<QJsonObject(const GenerationResult &sofar)>;
    void setClipSettings(ClipSettingsSource source) { m_clipSettings = std::move(source); }
    ClipSettingsSource clipSettings() const { return m_clipSettings; }

    // Checks the request without sending anything: empty when it may be sent.
    QList<core::ValidationIssue> validate() const;

    void start();
    // Picks up a v2 run the service already accepted (after a restart): polls and
    // downloads, never submits. However long ago it was sent: the service says
    // whether it still has the run. With a known videoUrl (the run had finished)
    // the file is downloaded at once; it outlives the service's record of the run.
    void resume(const api::SubmitTicket &ticket, const QDateTime &submittedAt, const QUrl &videoUrl = {});
    void cancel();

    JobStage stage() const { return m_stage; }
    bool isFinished() const;
    const GenerationRequest &request() const { return m_request; }
    // The parameters actually sent, seed included.
    QJsonObject sentParameters() const { return m_parameters; }
    qint64 seed() const;
    QString requestId() const { return m_ticket ? m_ticket->requestId : QString(); }
    std::optional<api::SubmitTicket> ticket() const { return m_ticket; }
    QDateTime submittedAt() const { return m_submittedAt; }
    QString imageUrl() const { return m_imageUrl; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    static QString stageName(JobStage stage);

signals:
    void stageChanged(wan::jobs::JobStage stage);
    // Emitted once the service accepted the run: store the ticket to resume later.
    void accepted(const wan::api::SubmitTicket &ticket);
    // The finished video's address, before it is downloaded: store it to download later.
    void videoUrlKnown(const QUrl &url);
    void downloadProgress(qint64 received, qint64 total);
    // A transient problem that the job is handling itself (rate limit, a failed poll).
    void notice(const QString &text);
    void succeeded(const wan::jobs::GenerationResult &result);
    void failed(const wan::api::ApiError &error);
    // This run's upload of the picture sha256 ended: its URL, or an invalid one
    // when it failed or was cancelled (runs waiting for it then upload).
    void imageUploadEnded(const QByteArray &sha256, const QUrl &url);

private:
    void setStage(JobStage stage);
    void fail(api::ApiError error);
    bool prepareParameters();
    void prepareImage();
    void keepPreparedImage(const image::PreparedImage &image, const QString &keepIn);
    void onImagePrepared(const image::PreparedImage &image, const QString &savedPath);
    void uploadOrReuse(const image::PreparedImage &prepared);
    void upload(const QByteArray &jpeg, const QByteArray &sha256);
    void endUpload(const QUrl &url);
    QString uploadKey(const QByteArray &sha256) const;
    static QHash<QString, QPointer<GenerationJob>> &uploadsUnderWay();
    void send();
    void waitForRateWindow(qint64 waitMs, void (GenerationJob::*then)());
    // Takes this client's turn to submit (see api::RateWindow); false: retry is called later.
    bool takeTurn(void (GenerationJob::*retry)());
    void afterGate(void (GenerationJob::*next)());
    void passGate(void (GenerationJob::*next)());
    void submitAsync();
    void postSubmission();
    void submitSync();
    void postSyncRun();
    void schedulePoll();
    void poll();
    void fetchResult();
    void download(const QUrl &videoUrl);
    void attachDownload(QNetworkReply *reply, const QString &what, bool retryable);
    void finishSuccess(const QString &path);
    GenerationResult resultFor(const QString &path) const;
    // Removes what an interrupted save of this run's output left behind (off this thread).
    void removeStalePartsLater();
    int backoffMs(int attempt, const api::ApiError &error) const;
    bool runTimedOut() const;

    QPointer<api::SegmindClient> m_client;
    image::UploadCache *m_uploads;
    const core::ModelDescription &m_model;
    GenerationRequest m_request;
    PollPolicy m_policy = PollPolicy::fromEnvironment();

    JobStage m_stage = JobStage::Waiting;
    QJsonObject m_parameters;
    QString m_imageUrl;
    QSize m_preparedSize;
    QString m_preparedImageDirectory;
    QString m_preparedImagePath;
    bool m_uploadReused = false;
    QByteArray m_uploadingSha;                        // while this run uploads
    QString m_uploadingKey;
    QMetaObject::Connection m_sharedUploadEnded;      // while waiting for another's
    QMetaObject::Connection m_sharedUploadGone;
    std::optional<api::SubmitTicket> m_ticket;
    QDateTime m_submittedAt;
    QUrl m_videoUrl;
    std::optional<double> m_credits;
    std::optional<double> m_inferenceSeconds;
    std::optional<double> m_cost;
    void takeAccounting(const api::RunState &state);

    QElapsedTimer m_elapsed;
    QElapsedTimer m_watching;   // since this process started waiting for the run
    QTimer m_pollTimer;
    int m_pollDelayMs = 0;
    qint64 m_lastPollAgeMs = -1; // the run's age at the last status request sent
    int m_rateLimitRetries = 0;
    int m_pollFailures = 0;
    int m_downloadAttempts = 0;
    QPointer<QNetworkReply> m_reply;
    QPointer<api::VideoDownload> m_download;
    bool m_cancelled = false;
    SubmitGate m_submitGate;
    SendCheck m_sendCheck;
    ClipSettingsSource m_clipSettings;
    QDateTime m_startedAt;
};

} // namespace wan::jobs

Q_DECLARE_METATYPE(wan::jobs::GenerationResult)
