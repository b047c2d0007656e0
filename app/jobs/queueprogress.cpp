#include "queueprogress.h"

#include <QDateTime>

#include <algorithm>

namespace wan::jobs {

namespace {
// Where each stage starts, as a share of the whole run. The service's work is
// most of it; the upload and the download are short on a good connection.
constexpr double PreparingStart = 0.02;
constexpr double UploadingStart = 0.05;
constexpr double SubmittingStart = 0.08;
constexpr double WorkStart = 0.10;
constexpr double DownloadStart = 0.90;
} // namespace

QueueProgress::QueueProgress(const JobQueue *queue, int typicalSeconds, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_typicalSeconds(std::max(1, typicalSeconds))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &QueueProgress::update);
    connect(queue, &JobQueue::jobAdded, this, &QueueProgress::onJobAdded);
    connect(queue, &JobQueue::jobChanged, this, &QueueProgress::update);
    connect(queue, &JobQueue::jobFinished, this, &QueueProgress::onJobFinished);
    // Runs queued before this object existed (resumed after a restart) belong to the first wave.
    for (int id : queue->ids()) {
        if (const JobRecord *record = queue->record(id); record && !record->isFinished())
            m_wave.insert(id);
    }
    update();
}

double QueueProgress::runFraction(const JobRecord &record, qint64 nowMsecs, int typicalSeconds)
{
    if (record.isFinished())
        return 1.0;
    switch (record.stage) {
    case JobStage::Waiting:
        return 0.0;
    case JobStage::Preparing:
        return PreparingStart;
    case JobStage::Uploading:
        return UploadingStart;
    case JobStage::Submitting:
        return SubmittingStart;
    case JobStage::Queued:
    case JobStage::Processing: {
        const qint64 started
            = record.submittedAt.isValid() ? record.submittedAt.toMSecsSinceEpoch() : record.startedMsecsSinceEpoch;
        if (started <= 0 || typicalSeconds <= 0)
            return WorkStart;
        const double share = std::clamp(double(nowMsecs - started) / (typicalSeconds * 1000.0), 0.0, 1.0);
        return WorkStart + share * (DownloadStart - WorkStart);
    }
    case JobStage::Downloading:
        if (record.total > 0)
            return DownloadStart + (1.0 - DownloadStart) * std::clamp(double(record.received) / double(record.total), 0.0, 1.0);
        return DownloadStart;
    default:
        return 0.0;
    }
}

QueueProgressState QueueProgress::aggregate(const QList<const JobRecord *> &wave, qint64 nowMsecs, int typicalSeconds)
{
    QueueProgressState state;
    if (wave.isEmpty())
        return state;
    double sum = 0;
    for (const JobRecord *record : wave) {
        sum += runFraction(*record, nowMsecs, typicalSeconds);
        state.count += record->isFinished() ? 0 : 1;
    }
    state.visible = state.count > 0;
    state.progress = state.visible ? sum / double(wave.size()) : 0.0;
    return state;
}

void QueueProgress::acknowledge()
{
    m_failed = false;
    update();
}

void QueueProgress::onJobAdded(int id)
{
    // A run added to an idle queue starts a new wave.
    bool idle = true;
    for (int member : std::as_const(m_wave)) {
        const JobRecord *record = m_queue->record(member);
        if (record && !record->isFinished()) {
            idle = false;
            break;
        }
    }
    if (idle)
        m_wave.clear();
    m_wave.insert(id);
    update();
}

void QueueProgress::onJobFinished(int id)
{
    if (const JobRecord *record = m_queue->record(id); record && record->stage == JobStage::Failed)
        m_failed = true;
    update();
}

void QueueProgress::update()
{
    QList<const JobRecord *> wave;
    for (int id : std::as_const(m_wave)) {
        if (const JobRecord *record = m_queue->record(id))
            wave.append(record);
    }
    QueueProgressState state = aggregate(wave, m_clock(), m_typicalSeconds);
    state.urgent = m_failed;
    if (state.visible && !m_tick.isActive())
        m_tick.start();
    else if (!state.visible)
        m_tick.stop();
    if (state != m_state) {
        m_state = state;
        emit changed(m_state);
    }
}

} // namespace wan::jobs
