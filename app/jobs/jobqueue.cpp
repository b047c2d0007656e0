#include "jobqueue.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::jobs {

JobQueue::JobQueue(api::SegmindClient *client, image::UploadCache *uploads, const core::ModelDescription &model,
                   QString resultsDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uploads(uploads)
    , m_model(model)
    , m_resultsDirectory(std::move(resultsDirectory))
{
}

JobQueue::~JobQueue()
{
    for (auto &e : m_entries) {
        if (e.job)
            e.job->disconnect(this);
    }
}

void JobQueue::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(1, n);
    startWaiting();
}

QString JobQueue::sidecarPath(const QString &videoPath)
{
    const QFileInfo info(videoPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString JobQueue::uniqueOutputPath(const GenerationRequest &request) const
{
    Q_UNUSED(request)
    QDir().mkpath(m_resultsDirectory);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 0;; ++n) {
        const QString name = n == 0 ? QStringLiteral("wan-%1.mp4").arg(stamp) : QStringLiteral("wan-%1-%2.mp4").arg(stamp).arg(n);
        const QString path = QDir(m_resultsDirectory).filePath(name);
        bool taken = QFile::exists(path) || QFile::exists(path + QStringLiteral(".part"));
        for (const auto &e : m_entries)
            taken = taken || e.record.request.outputPath == path;
        if (!taken)
            return path;
    }
}

int JobQueue::enqueue(GenerationRequest request)
{
    if (request.outputPath.isEmpty())
        request.outputPath = uniqueOutputPath(request);
    Entry e;
    e.record.id = m_nextId++;
    e.record.request = std::move(request);
    e.record.created = QDateTime::currentDateTime();
    m_entries.append(e);
    const int id = e.record.id;
    emit jobAdded(id);
    startWaiting();
    return id;
}

JobQueue::Entry *JobQueue::entry(int id)
{
    for (auto &e : m_entries) {
        if (e.record.id == id)
            return &e;
    }
    return nullptr;
}

const JobRecord *JobQueue::record(int id) const
{
    for (const auto &e : m_entries) {
        if (e.record.id == id)
            return &e.record;
    }
    return nullptr;
}

QList<int> JobQueue::ids() const
{
    QList<int> result;
    for (const auto &e : m_entries)
        result.append(e.record.id);
    return result;
}

int JobQueue::activeCount() const
{
    int n = 0;
    for (const auto &e : m_entries)
        n += (e.record.stage != JobStage::Waiting && !e.record.isFinished()) ? 1 : 0;
    return n;
}

int JobQueue::waitingCount() const
{
    int n = 0;
    for (const auto &e : m_entries)
        n += e.record.stage == JobStage::Waiting ? 1 : 0;
    return n;
}

void JobQueue::startWaiting()
{
    for (auto &e : m_entries) {
        if (activeCount() >= m_maxConcurrent)
            return;
        if (e.record.stage == JobStage::Waiting && !e.job)
            startJob(e);
    }
}

void JobQueue::startJob(Entry &e)
{
    const int id = e.record.id;
    auto *job = new GenerationJob(m_client, m_uploads, m_model, e.record.request, this);
    job->setPollPolicy(m_policy);
    e.job = job;
    e.record.startedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    connect(job, &GenerationJob::stageChanged, this, [this, id](JobStage stage) {
        if (Entry *x = entry(id)) {
            x->record.stage = stage;
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::accepted, this, [this, id](const api::SubmitTicket &ticket) {
        if (Entry *x = entry(id)) {
            x->record.requestId = ticket.requestId;
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::notice, this, [this, id](const QString &text) {
        if (Entry *x = entry(id)) {
            x->record.notice = text;
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::downloadProgress, this, [this, id](qint64 received, qint64 total) {
        if (Entry *x = entry(id)) {
            x->record.received = received;
            x->record.total = total;
            emit jobChanged(id);
        }
    });
    auto finish = [this, id, job] {
        job->deleteLater();
        emit jobChanged(id);
        emit jobFinished(id);
        startWaiting();
    };
    connect(job, &GenerationJob::succeeded, this, [this, id, finish](const GenerationResult &result) {
        if (Entry *x = entry(id)) {
            x->record.stage = JobStage::Completed;
            x->record.result = result;
            x->record.request.parameters = x->job ? x->job->sentParameters() : x->record.request.parameters;
            writeSidecar(x->record);
        }
        finish();
    });
    connect(job, &GenerationJob::failed, this, [this, id, finish](const api::ApiError &error) {
        if (Entry *x = entry(id)) {
            x->record.stage = error.kind == api::ApiError::Kind::Cancelled ? JobStage::Cancelled : JobStage::Failed;
            x->record.error = error;
        }
        finish();
    });
    job->start();
}

void JobQueue::cancel(int id)
{
    Entry *e = entry(id);
    if (!e || e->record.isFinished())
        return;
    if (e->job) {
        e->job->cancel();
        return;
    }
    // Never started: nothing was sent.
    e->record.stage = JobStage::Cancelled;
    e->record.error = api::ApiErrors::cancelled(false);
    emit jobChanged(id);
    emit jobFinished(id);
}

void JobQueue::remove(int id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).record.id == id && m_entries.at(i).record.isFinished()) {
            m_entries.removeAt(i);
            return;
        }
    }
}

void JobQueue::writeSidecar(const JobRecord &record) const
{
    QJsonObject o{{QStringLiteral("model"), m_model.id()},
                  {QStringLiteral("image"), record.request.image},
                  {QStringLiteral("prompt"), record.request.prompt},
                  {QStringLiteral("parameters"), record.request.parameters},
                  {QStringLiteral("mode"), record.request.mode == GenerationMode::Sync ? QStringLiteral("sync") : QStringLiteral("async")},
                  {QStringLiteral("created"), record.created.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (record.result) {
        o.insert(QStringLiteral("seed"), record.result->seed);
        o.insert(QStringLiteral("uploadedImageUrl"), record.result->imageUrl);
        if (!record.result->requestId.isEmpty())
            o.insert(QStringLiteral("requestId"), record.result->requestId);
        if (record.result->credits)
            o.insert(QStringLiteral("creditsAfter"), *record.result->credits);
        if (record.result->inferenceSeconds)
            o.insert(QStringLiteral("inferenceSeconds"), *record.result->inferenceSeconds);
    }
    const QString path = sidecarPath(record.request.outputPath);
    const QByteArray bytes = QJsonDocument(o).toJson();
    // Disk writes stay off the UI thread.
    QThreadPool::globalInstance()->start([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            qCWarning(lcJobs) << "could not write" << path << file.errorString();
    });
}

} // namespace wan::jobs
