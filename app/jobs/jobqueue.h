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

#include <optional>

namespace wan::jobs {

struct JobRecord
{
    int id = 0;
    GenerationRequest request;
    JobStage stage = JobStage::Waiting;
    QDateTime created;
    qint64 startedMsecsSinceEpoch = 0;   // 0 until it starts
    qint64 received = 0;                 // download progress
    qint64 total = 0;
    QString notice;                      // the latest transient message
    QString requestId;
    std::optional<GenerationResult> result;
    api::ApiError error;

    bool isFinished() const { return stage == JobStage::Completed || stage == JobStage::Failed || stage == JobStage::Cancelled; }
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
    void setResultsDirectory(const QString &directory) { m_resultsDirectory = directory; }
    QString resultsDirectory() const { return m_resultsDirectory; }

    // Queues a run; an empty outputPath gets a unique name in the results folder.
    int enqueue(GenerationRequest request);
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
    void jobAdded(int id);
    void jobChanged(int id);
    void jobFinished(int id);

private:
    struct Entry
    {
        JobRecord record;
        QPointer<GenerationJob> job;
    };
    Entry *entry(int id);
    void startWaiting();
    void startJob(Entry &entry);
    QString uniqueOutputPath(const GenerationRequest &request) const;
    void writeSidecar(const JobRecord &record) const;

    api::SegmindClient *m_client;
    image::UploadCache *m_uploads;
    const core::ModelDescription &m_model;
    QString m_resultsDirectory;
    PollPolicy m_policy;
    int m_maxConcurrent = 3;
    int m_nextId = 1;
    QList<Entry> m_entries;
};

} // namespace wan::jobs
