#pragma once

// The runs of one session: each generation is a job with its own status, a
// few run at once and the rest wait their turn. Finished clips are saved in
// the results folder with a JSON sidecar holding everything needed to
// reproduce them (image, prompt, every parameter, the seed actually used).

#include "api/apierror.h"
#include "jobs/generationjob.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

#include "library/library.h"
#include "library/libraryentry.h"

namespace wan::library {
class LibraryService;
}
namespace wan::core {
class CreditTracker;
}

namespace wan::jobs {

class RunRecorder;

struct JobRecord
{
    int id = 0;
    GenerationRequest request;
    JobStage stage = JobStage::Waiting;
    QDateTime created;
    qint64 startedMsecsSinceEpoch = 0;   // 0 until it starts
    qint64 finishedMsecsSinceEpoch = 0;  // 0 until it ends: a finished run's time stops here
    qint64 received = 0;                 // download progress
    qint64 total = 0;
    QString notice;                      // the latest transient message
    QString requestId;
    std::optional<GenerationResult> result;
    api::ApiError error;
    qint64 libraryId = 0;                // 0 until the library has recorded it
    QString batchId;                     // runs queued together (variations, sweeps)
    std::optional<api::SubmitTicket> resumeTicket;   // set for a run picked up after a restart
    QDateTime submittedAt;
    QUrl resumeVideoUrl;                 // a resumed run's finished video, when the library knows it
    // Another live Wan Studio process (this pid) owns the run: it is shown and
    // followed, never touched, and taken over when that process is gone.
    qint64 elsewherePid = 0;
    // Why the run is held (a budget cap's message, JobQueue::OnHold::WaitForUser):
    // not sent, not charged, waiting for the user. Empty when it is not held.
    QString heldBy;

    bool isFinished() const { return stage == JobStage::Completed || stage == JobStage::Failed || stage == JobStage::Cancelled; }
    bool isHeld() const { return !heldBy.isEmpty() && !isFinished(); }
    // Sets the stage; the first finished stage also stops the run's clock.
    void setStage(JobStage next);
};

class JobQueue final : public QObject
{
    Q_OBJECT
public:
    JobQueue(api::SegmindClient *client, image::UploadCache *uploads, const core::ModelDescription &model,
             QString resultsDirectory, QObject *parent = nullptr);
    ~JobQueue() override;

    void setMaxConcurrent(int n);
    int maxConcurrent() const { return m_maxConcurrent; }
    void setPollPolicy(const PollPolicy &policy) { m_policy = policy; }
    const PollPolicy &pollPolicy() const { return m_policy; }
    void setResultsDirectory(const QString &directory) { m_resultsDirectory = directory; }
    QString resultsDirectory() const { return m_resultsDirectory; }

    // Every run is recorded in this library before it is sent, and kept in step.
    void setLibrary(library::LibraryService *library, QString preparedImageDirectory);
    // A batch stops when this balance would not cover the next run.
    void setCreditTracker(const core::CreditTracker *credits) { m_credits = credits; }
    // Asked at the moment each run is sent (GenerationJob::setSendCheck), with its
    // record (libraryId set): answering an error holds the run (a budget cap).
    using SendCheck = std::function<void(const JobRecord &record, std::function<void(std::optional<api::ApiError>)> done)>;
    // What a hold does. Fail: the run ends with the error, unsent (the command line).
    // WaitForUser: the run waits, neither failed nor charged (its library row says
    // queued), and the rest of its batch waits with it, until sendAnyway() or dontSend()
    // (the window). jobqueue_hold.cpp.
    enum class OnHold { Fail, WaitForUser };
    void setSendCheck(SendCheck check, OnHold onHold = OnHold::Fail)
    {
        m_sendCheck = std::move(check);
        m_onHold = onHold;
    }
    // Sends a held run, and the held runs of its batch, deliberately: the check is not
    // asked again for that batch.
    void sendAnyway(int id);
    // Does not send a held run nor the held runs of its batch: they end cancelled,
    // recorded as held (library::HeldErrorCode), not as failures.
    void dontSend(int id);
    // The held runs of id's batch (id alone when it has none), oldest first.
    QList<int> heldWith(int id) const;

    // Queues a run; an empty outputPath gets a unique name in the results folder.
    int enqueue(GenerationRequest request, const QString &batchId = {});
    // After a restart: polls the runs the service accepted (never submitting them
    // again), marks the ones whose fate is unknown, and holds the never-sent ones
    // until sendHeld() or discardHeld().
    void resumeFromLibrary();
    int heldCount() const { return static_cast<int>(m_held.size()); }
    // The runs heldRunsFound() is about, as the library had them.
    const QList<library::Entry> &heldRuns() const { return m_held; }
    // Reads them again and forgets the ones no longer waiting to be sent (another
    // process, `resume --queued` say, sent or discarded them), then calls done.
    void refreshHeld(std::function<void()> done);
    // How often the runs of other processes are looked at again.
    void setFollowIntervalMs(int ms) { m_follow.setInterval(ms); }
    void sendHeld();
    void discardHeld();
    void cancel(int id);
    // Forgets a finished job (its files stay).
    void remove(int id);

    QList<int> ids() const;
    const JobRecord *record(int id) const;
    int activeCount() const;
    int waitingCount() const;

    // The sidecar written next to a clip: clip.mp4 -> clip.json.
    static QString sidecarPath(const QString &videoPath);

signals:
    // Runs queued in an earlier session that were never sent; the user decides.
    void heldRunsFound(int count);
    // The send check held this run (OnHold::WaitForUser); message says why.
    void runHeld(int id, const QString &message);
    // A batch was stopped because the balance would not cover its next run.
    void batchStopped(const QString &batchId, int cancelled);
    void jobAdded(int id);
    void jobChanged(int id);
    void jobFinished(int id);

private:
    struct Slot
    {
        JobRecord record;
        QPointer<GenerationJob> job;
        bool recorded = false;   // the library has the row: only now may it be sent
        library::Entry entry;    // the row as recorded, kept in step by a RunRecorder
        QJsonObject clipSettings; // what went into the clip, for its sidecar
        QPointer<RunRecorder> recorder;
        // Held by the send check: answering it sends the run (nullopt) or stops it.
        std::function<void(std::optional<api::ApiError>)> releaseHeld;
        std::optional<api::ApiError> holdError; // the check's answer, for dontSend()
    };
    Slot *slot(int id);
    void startWaiting();
    void startJob(Slot &slot);
    int add(JobRecord record, const library::Entry &entry = {});
    void addResumed(const library::Entry &entry);
    void addElsewhere(const library::Entry &entry);
    void followElsewhere();
    void followed(int id, const library::Claim &claim);
    // A run whose process stopped while sending it, with no request id recorded:
    // completed if its clip was saved meanwhile, else "unknown outcome".
    void settleUnknownOutcome(const library::Entry &entry);
    void recordInLibrary(int id);
    // jobqueue_hold.cpp: the send check, and what a hold does.
    void askSendCheck(int id, std::function<void(std::optional<api::ApiError>)> done);
    void hold(int id, const api::ApiError &error, std::function<void(std::optional<api::ApiError>)> done);
    // A run of a held batch that has not started yet: waits (true), with a note saying why.
    bool waitsForItsBatch(Slot &slot);
    // A held run's error once the user decided not to send it.
    static api::ApiError notSentError(api::ApiError hold);
    bool stopBatchIfBroke(Slot &slot);
    QString uniqueOutputPath(const GenerationRequest &request) const;
    // Everything needed to reproduce a finished run and list it again (library::ClipSettings):
    // the clip's metadata and its sidecar. From the library's entry when there is one.
    QJsonObject reproduction(GenerationJob *job, const GenerationResult &result) const;
    void writeSidecar(const QJsonObject &settings, const QString &videoPath) const;

    api::SegmindClient *m_client;
    image::UploadCache *m_uploads;
    const core::ModelDescription &m_model;
    QString m_resultsDirectory;
    PollPolicy m_policy = PollPolicy::fromEnvironment();
    int m_maxConcurrent = 3;
    int m_nextId = 1;
    QList<Slot> m_slots;
    library::LibraryService *m_library = nullptr;
    QString m_preparedImageDirectory;
    const core::CreditTracker *m_credits = nullptr;
    SendCheck m_sendCheck;
    OnHold m_onHold = OnHold::Fail;
    QSet<QString> m_heldBatches;   // batches a hold stopped, until the user decides
    QSet<QString> m_sentAnyway;    // batches the user sent past the check
    QSet<QString> m_notSent;       // batches the user decided not to send
    QList<library::Entry> m_held;
    QTimer m_follow;
    // The newest runs' service times, for the polling's likely window.
    static constexpr int RecentServiceTimes = 20;
    QList<double> m_recentServiceSeconds;
    void learnServiceTime(std::optional<double> seconds);
};

} // namespace wan::jobs
