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

    bool isFinished() const { return stage == JobStage::Completed || stage == JobStage::Failed || stage == JobStage::Cancelled; }
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
    void setSendCheck(SendCheck check) { m_sendCheck = std::move(check); }

    // Queues a run; an empty outputPath gets a unique name in the results folder.
    int enqueue(GenerationRequest request, const QString &batchId = {});
    // After a restart: polls the runs the service accepted (never submitting them
    // again), marks the ones whose fate is unknown, and holds the never-sent ones
    // until sendHeld() or discardHeld().
    void resumeFromLibrary();
    int heldCount() const { return static_cast<int>(m_held.size()); }
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
    QList<library::Entry> m_held;
    QTimer m_follow;
    // The newest runs' service times, for the polling's likely window.
    static constexpr int RecentServiceTimes = 20;
    QList<double> m_recentServiceSeconds;
    void learnServiceTime(std::optional<double> seconds);
};

} // namespace wan::jobs
