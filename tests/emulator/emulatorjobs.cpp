// The life of a run: accepted, QUEUED for the first quarter of its latency,
// PROCESSING until both the latency has passed and its video exists, then
// COMPLETED and charged once (or FAILED and never charged).
#include "faultanswers.h"
#include "segmindemulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace wan::emulator {

namespace {

double roundedCredits(double value)
{
    // Keep the balance free of binary noise (10 - 0.09 is not 9.91 in doubles).
    return std::round(value * 1e6) / 1e6;
}

} // namespace

QString SegmindEmulator::startJob(const VideoSpec &video, bool sync, const Responder &responder,
                                  const std::optional<Fault> &acceptFault, const std::optional<Fault> &jobFault)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.sync = sync;
    job.submittedMs = m_clock.elapsed();
    job.latencyMs = m_config.latencyMs;
    if (m_config.latencySpreadMs > 0)
        job.latencyMs = std::max(0, job.latencyMs + int(m_latencyRandom.bounded(2 * m_config.latencySpreadMs + 1)) - m_config.latencySpreadMs);
    job.cost = m_config.cost;
    job.video = video;
    job.responder = responder;
    job.acceptFault = acceptFault;
    if (jobFault && jobFault->kind == FaultKind::Failed)
        job.failWith = jobFault->error;
    if (jobFault && jobFault->kind == FaultKind::NeverComplete)
        job.neverComplete = true;
    const QString id = job.id;
    m_jobs.insert(id, job);
    if (sync)
        ++m_submissionsV1;
    else
        ++m_submissionsV2;
    const char *fate = !job.failWith.isEmpty() ? " (will fail)" : job.neverComplete ? " (never completes)" : "";
    const QString filming = video.sourceImage.isEmpty() ? QString() : QStringLiteral(" filming ") + video.motion.describe();
    qCInfo(lcEmulator).noquote().nospace() << (sync ? "v1" : "v2") << " run accepted: " << id << ' '
                                           << video.cacheKey() << fate << filming;

    // Precise: a run takes its latency, not up to 5 % more or less.
    QTimer::singleShot(job.latencyMs, Qt::PreciseTimer, this, [this, id] { onLatencyElapsed(id); });
    // A run that is going to fail, or never end, needs no video.
    if (job.failWith.isEmpty() && !job.neverComplete && !m_config.resultVideo.isEmpty()) {
        const QString path = m_config.resultVideo;
        QTimer::singleShot(0, this, [this, id, path] { onVideoReady(id, path, QString()); });
    } else if (job.failWith.isEmpty() && !job.neverComplete) {
        m_videos.request(video, this, [this, id](const QString &path, const QString &error) {
            onVideoReady(id, path, error);
        });
    }
    return id;
}

void SegmindEmulator::onLatencyElapsed(const QString &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return; // reset or expired meanwhile
    it->latencyElapsed = true;
    tryFinish(*it);
}

void SegmindEmulator::onVideoReady(const QString &id, const QString &path, const QString &error)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->videoReady = true;
    it->videoPath = path;
    it->videoError = error;
    tryFinish(*it);
}

void SegmindEmulator::tryFinish(Job &job)
{
    if (job.state != JobState::Running || job.neverComplete || !job.latencyElapsed)
        return;
    if (!job.failWith.isEmpty()) {
        finishFailed(job, job.failWith);
        return;
    }
    if (job.videoReady && !job.videoError.isEmpty()) {
        finishFailed(job, job.videoError);
        return;
    }
    if (!job.videoReady)
        return; // completes when the video arrives
    job.state = JobState::Completed;
    job.finishedMs = m_clock.elapsed();
    job.finishedAtUtcMs = QDateTime::currentMSecsSinceEpoch();
    job.charged = true;
    m_config.credits = roundedCredits(m_config.credits - job.cost);
    job.creditsAfter = m_config.credits;
    ++m_charged;
    ++m_completed;
    qCInfo(lcEmulator).noquote() << "run completed:" << job.id << "charged" << job.cost << "balance"
                                 << m_config.credits;
    if (job.sync)
        answerSync(job);
}

void SegmindEmulator::finishFailed(Job &job, const QString &error)
{
    job.state = JobState::Failed;
    job.finishedMs = m_clock.elapsed();
    job.error = error;
    ++m_failed;
    qCInfo(lcEmulator).noquote() << "run failed:" << job.id << error;
    if (job.sync)
        answerSync(job);
}

void SegmindEmulator::answerSync(Job &job)
{
    const Responder responder = std::exchange(job.responder, Responder());
    if (job.state == JobState::Failed) {
        answerApi(responder, HttpResponse::error(500, job.error), false);
        return;
    }
    if (job.acceptFault) {
        answerApi(responder, faultAnswer(*job.acceptFault), true);
        return;
    }
    QFile file(job.videoPath);
    if (!file.open(QIODevice::ReadOnly)) {
        answerApi(responder, HttpResponse::error(500, QStringLiteral("the emulator lost the video")), true);
        return;
    }
    HttpResponse answer = HttpResponse::raw(200, "video/mp4", file.readAll());
    // v1 keeps its accounting in headers.
    answer.setHeader("x-cost", QByteArray::number(job.cost, 'g', 12));
    answer.setHeader("x-seed-value", QByteArray::number(job.seed));
    if (auto fault = takeFault(FaultRoute::V1, {}, isDeliveryFault))
        applyDeliveryFault(*fault, answer);
    answerApi(responder, answer, true);
}

QString SegmindEmulator::reportedStatus(const Job &job) const
{
    if (job.state == JobState::Failed)
        return QStringLiteral("FAILED");
    if (job.state == JobState::Completed && !job.neverComplete)
        return QStringLiteral("COMPLETED");
    const qint64 elapsed = m_clock.elapsed() - job.submittedMs;
    return elapsed < job.latencyMs / 4 ? QStringLiteral("QUEUED") : QStringLiteral("PROCESSING");
}

QJsonObject SegmindEmulator::runStateJson(const Job &job, bool full) const
{
    const QString status = reportedStatus(job);
    QJsonObject metrics;
    const bool done = status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
    if (done && job.finishedMs >= 0) {
        const double total = std::round(double(job.finishedMs - job.submittedMs)) / 1000.0;
        const double queued = std::min(total, std::round(double(job.latencyMs) / 4.0) / 1000.0);
        metrics.insert(QStringLiteral("inference_time"), total);
        metrics.insert(QStringLiteral("queue_time"), queued);
        metrics.insert(QStringLiteral("total_time"), total + queued);
        // Billing fields only where the run was billed.
        if (status == QLatin1String("COMPLETED") && job.charged) {
            metrics.insert(QStringLiteral("cost"), job.cost);
            metrics.insert(QStringLiteral("remaining_credits"), job.creditsAfter);
            metrics.insert(QStringLiteral("retry_count"), 0);
        }
    }
    QJsonObject state{
        {QStringLiteral("request_id"), job.id},
        {QStringLiteral("status"), status},
        {QStringLiteral("metrics"), metrics},
    };
    if (status == QLatin1String("FAILED"))
        state.insert(QStringLiteral("error"), job.error);
    if (full) {
        state.insert(QStringLiteral("model"), QStringLiteral("wan-2.2-i2v-fast"));
        if (status == QLatin1String("COMPLETED"))
            state.insert(QStringLiteral("output"), videoUrl(job));
    }
    return state;
}

bool SegmindEmulator::isExpired(const Job &job) const
{
    return m_clock.elapsed() - job.submittedMs >= qint64(m_config.retentionSeconds) * 1000;
}

void SegmindEmulator::purgeExpiredJobs()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        // A v1 run still waiting to answer its client stays until it has.
        if (isExpired(*it) && !(it->sync && it->state == JobState::Running))
            it = m_jobs.erase(it);
        else
            ++it;
    }
}

double SegmindEmulator::availableCredits() const
{
    // Runs accepted but not yet charged hold their cost back, so that the
    // balance cannot go below zero by submitting many runs at once.
    double reserved = 0.0;
    for (const Job &job : m_jobs) {
        if (job.state == JobState::Running && !job.neverComplete && job.failWith.isEmpty())
            reserved += job.cost;
    }
    return m_config.credits - reserved;
}

std::optional<HttpResponse> SegmindEmulator::rateWindowClosed()
{
    if (m_config.rateLimit <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    if (m_rateWindowStartMs < 0 || now - m_rateWindowStartMs >= m_config.rateWindowMs) {
        m_rateWindowStartMs = now;
        m_rateWindowCount = 0;
    }
    if (m_rateWindowCount < m_config.rateLimit) {
        ++m_rateWindowCount;
        return std::nullopt;
    }
    ++m_rateLimited;
    const QDateTime opens = QDateTime::currentDateTimeUtc().addMSecs(m_rateWindowStartMs + m_config.rateWindowMs - now);
    HttpResponse answer = HttpResponse::error(429, QStringLiteral("Rate limit exceeded. Please try again later."));
    answer.setHeader("x-rate-limit-reset-at-utc", opens.toString(Qt::ISODateWithMs).toLatin1());
    return answer;
}

QByteArray SegmindEmulator::creditsText() const
{
    return QByteArray::number(m_config.credits, 'g', 12);
}

QString SegmindEmulator::apiBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(apiPort());
}

QString SegmindEmulator::storageBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(storagePort());
}

QString SegmindEmulator::videoUrl(const Job &job) const
{
    return storageBase() + QStringLiteral("/files/") + job.id + QStringLiteral(".mp4");
}

} // namespace wan::emulator
