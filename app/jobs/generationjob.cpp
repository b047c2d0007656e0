#include "generationjob.h"
#include "generationjob_p.h"

#include "api/downloadlimit.h"
#include "api/mp4probe.h"
#include "api/segmindclient.h"
#include "api/videodownload.h"
#include "core/backgroundwork.h"
#include "core/logging.h"
#include "image/imagepreparer.h"
#include "image/preparedimagecache.h"
#include "image/uploadcache.h"
#include "library/mp4metadata.h"
#include "staleparts.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QSaveFile>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace wan::jobs {

using namespace detail;
using api::ApiError;
using api::ApiErrors;
using Kind = api::ApiError::Kind;


GenerationJob::GenerationJob(api::SegmindClient *client, image::UploadCache *uploads, const core::ModelDescription &model,
                             GenerationRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uploads(uploads)
    , m_model(model)
    , m_request(std::move(request))
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a poll due when the run should be
    // done would then find it still processing and wait a whole step more.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &GenerationJob::poll);
    connect(client, &api::SegmindClient::creditsObserved, this, [this](double credits) { m_credits = credits; });
}

GenerationJob::~GenerationJob()
{
    endUpload({}); // runs waiting for this one's upload go on their own
}

QString GenerationJob::stageName(JobStage stage)
{
    switch (stage) {
    case JobStage::Waiting: return tr("Waiting");
    case JobStage::Preparing: return tr("Preparing the image");
    case JobStage::Uploading: return tr("Uploading the image");
    case JobStage::Submitting: return tr("Submitting");
    case JobStage::Queued: return tr("Queued");
    case JobStage::Processing: return tr("Processing");
    case JobStage::Downloading: return tr("Downloading");
    case JobStage::Completed: return tr("Done");
    case JobStage::Failed: return tr("Failed");
    case JobStage::Cancelled: return tr("Cancelled");
    }
    return {};
}

bool GenerationJob::isFinished() const
{
    return m_stage == JobStage::Completed || m_stage == JobStage::Failed || m_stage == JobStage::Cancelled;
}

qint64 GenerationJob::seed() const
{
    return m_parameters.value(seedKey()).toInteger();
}

void GenerationJob::setStage(JobStage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    qCDebug(lcJobs) << "job" << requestId() << "->" << stageName(stage);
    emit stageChanged(stage);
}

QList<core::ValidationIssue> GenerationJob::validate() const
{
    QJsonObject parameters = m_model.defaults();
    for (auto it = m_request.parameters.begin(); it != m_request.parameters.end(); ++it)
        parameters.insert(it.key(), it.value());
    // The image is checked when it is read; here only that there is one.
    auto issues = m_model.validate(m_model.buildRequest(m_request.image, m_request.prompt, parameters));
    for (auto it = m_request.parameters.begin(); it != m_request.parameters.end(); ++it) {
        if (!m_model.parameter(it.key()))
            issues.append({it.key(), tr("%1 is not a parameter of %2.").arg(it.key(), m_model.title())});
    }
    if (m_request.outputPath.isEmpty())
        issues.append({QStringLiteral("out"), tr("No output file was given.")});
    return issues;
}

bool GenerationJob::prepareParameters()
{
    const auto issues = validate();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto &issue : issues)
            lines.append(issue.message);
        fail(ApiErrors::invalidInput(lines.join(QLatin1Char(' ')), tr("Correct the value and try again; nothing was sent.")));
        return false;
    }
    m_parameters = m_model.defaults();
    for (auto it = m_request.parameters.begin(); it != m_request.parameters.end(); ++it)
        m_parameters.insert(it.key(), it.value());
    if (m_request.randomSeed) {
        // Non-negative and within 32 bits, which every client of the API can repeat.
        m_parameters.insert(seedKey(), static_cast<qint64>(QRandomGenerator::global()->bounded(std::numeric_limits<qint32>::max())));
    }
    return true;
}

void GenerationJob::start()
{
    if (m_stage != JobStage::Waiting)
        return;
    m_elapsed.start();
    if (m_policy.useLikelyWindow && !m_policy.knowsLikelyWindow())
        m_policy.expectCompletion({}, m_model.typicalSeconds());
    removeStalePartsLater();
    if (!m_client) {
        fail(ApiErrors::network(tr("the client is gone"), tr("starting")));
        return;
    }
    if (!m_client->hasApiKey()) {
        fail(ApiErrors::keyMissing());
        return;
    }
    if (!prepareParameters())
        return;
    if (isRemoteImage(m_request.image)) {
        const QUrl url(m_request.image);
        if (auto problem = api::Endpoints::transportProblem(url)) {
            fail(ApiErrors::invalidInput(tr("The image address cannot be used: %1").arg(*problem),
                                         tr("Use an https:// image address, or choose a file on this computer.")));
            return;
        }
        m_imageUrl = url.toString(QUrl::FullyEncoded);
        send();
        return;
    }
    prepareImage();
}

void GenerationJob::resume(const api::SubmitTicket &ticket, const QDateTime &submittedAt, const QUrl &videoUrl)
{
    if (m_stage != JobStage::Waiting)
        return;
    m_elapsed.start();
    m_watching.start();
    if (m_policy.useLikelyWindow && !m_policy.knowsLikelyWindow())
        m_policy.expectCompletion({}, m_model.typicalSeconds());
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_ticket = ticket;
    m_submittedAt = submittedAt;
    m_parameters = m_request.parameters;
    setStage(JobStage::Queued);
    // A client stopped right after its download was renamed into place has
    // the clip already; only its record says otherwise. The rename happens
    // only once the file is a complete MP4, and the file must be newer than
    // the submission (an older file at that path is someone else's).
    const QString path = m_request.outputPath;
    const QDateTime startedAt = m_startedAt;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, videoUrl] {
        watcher->deleteLater();
        if (m_cancelled)
            return;
        if (watcher->result()) {
            emit notice(tr("The clip had been saved before Wan Studio stopped: %1").arg(QDir::toNativeSeparators(path)));
            finishSuccess(path);
            return;
        }
        // No local guess about expiry: the service answers 404 once it no longer has the run.
        if (videoUrl.isValid()) {
            download(videoUrl);
            return;
        }
        m_pollDelayMs = m_policy.firstPollMs;
        poll();
    });
    watcher->setFuture(QtConcurrent::run([path, submittedAt, startedAt] {
        if (path.isEmpty())
            return false;
        removeStaleParts(path, startedAt);
        const QFileInfo file(path);
        if (!file.isFile() || (submittedAt.isValid() && file.lastModified() < submittedAt)) {
            // This process owns the run now: a partial download left by a process
            // that stopped is of no use, and nobody else is writing it.
            QFile::remove(api::VideoDownload::partPath(path));
            return false;
        }
        return api::Mp4Probe::inspectFile(path).complete;
    }));
}

void GenerationJob::send()
{
    // The client knows the service's rate window (from a 429): wait for it here,
    // before the run is marked as being sent, instead of spending a request, and
    // a 429, to learn the same again.
    if (const qint64 wait = m_client ? m_client->msUntilSubmissionAdmitted() : 0; wait > 0) {
        waitForRateWindow(wait, &GenerationJob::send);
        return;
    }
    if (m_request.mode == GenerationMode::Sync)
        submitSync();
    else
        submitAsync();
}

void GenerationJob::waitForRateWindow(qint64 waitMs, void (GenerationJob::*then)())
{
    const qint64 ms = waitMs + RateWindowMarginMs;
    emit notice(tr("Waiting %1 s for the service's rate limit window to open.").arg(ms / 1000.0, 0, 'f', 1));
    QTimer::singleShot(std::chrono::milliseconds(ms), this, [this, then] {
        if (!m_cancelled && !isFinished())
            (this->*then)();
    });
}

bool GenerationJob::takeTurn(void (GenerationJob::*retry)())
{
    if (!m_client)
        return true;
    const api::RateWindow::Turn turn = m_client->takeSubmissionSlot(m_request.mode != GenerationMode::Sync);
    if (turn.waitMs == 0)
        return true;
    if (turn.behindAnother) {
        // Another submission of this client is out: its answer comes in a moment.
        QTimer::singleShot(std::chrono::milliseconds(turn.waitMs), this, [this, retry] {
            if (!m_cancelled && !isFinished())
                (this->*retry)();
        });
    } else {
        waitForRateWindow(turn.waitMs, retry);  // the answer just before this one closed the window
    }
    return false;
}

int GenerationJob::backoffMs(int attempt, const ApiError &error) const
{
    // The moment the window opens again (x-rate-limit-reset-at-utc), plus a little:
    // sending earlier would only meet the closed window again.
    if (error.retryAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(error.retryAt) + RateWindowMarginMs;
        return static_cast<int>(std::clamp<qint64>(ms, 0, 3'600'000));
    }
    if (error.retryAfterSeconds >= 0)
        return std::min(error.retryAfterSeconds * 1000, m_policy.maxBackoffMs);
    const double ms = m_policy.firstPollMs * std::pow(2.0, attempt);
    return static_cast<int>(std::min<double>(ms, m_policy.maxBackoffMs));
}

void GenerationJob::afterGate(void (GenerationJob::*next)())
{
    if (m_sendCheck) {
        QPointer<GenerationJob> self(this);
        m_sendCheck([self, next](std::optional<ApiError> hold) {
            if (!self || self->m_cancelled || self->isFinished())
                return;
            if (hold) {
                hold->mayHaveBeenCharged = false;
                hold->heldBeforeSending = true;
                self->fail(*hold);
                return;
            }
            self->passGate(next);
        });
        return;
    }
    passGate(next);
}

void GenerationJob::passGate(void (GenerationJob::*next)())
{
    if (!m_submitGate) {
        (this->*next)();
        return;
    }
    QPointer<GenerationJob> self(this);
    m_submitGate([self, next](bool recorded) {
        if (!self || self->m_cancelled || self->isFinished())
            return;
        if (!recorded) {
            // Sending a run the library does not know is being sent would let a
            // later resume send it again: a second charge, and the first result lost.
            ApiError error;
            error.kind = Kind::Disk;
            error.message = tr("The run could not be recorded in the library (is the disk full?), so it was not sent; "
                               "nothing was charged.");
            error.hint = tr("Free some disk space, then send it again.");
            self->fail(error);
            return;
        }
        (self.data()->*next)();
    });
}

void GenerationJob::submitAsync()
{
    setStage(JobStage::Submitting);
    afterGate(&GenerationJob::postSubmission);
}

void GenerationJob::postSubmission()
{
    if (!takeTurn(&GenerationJob::postSubmission))
        return;
    const QJsonObject body = m_model.buildRequest(m_imageUrl, m_request.prompt, m_parameters);
    m_reply = m_client->submit(m_model.endpoint(), body, this, [this](api::Outcome<api::SubmitTicket> outcome) {
        if (m_cancelled)
            return;
        if (!outcome.ok()) {
            // A 429 is a refusal with a status: nothing was accepted, so sending again cannot charge twice.
            if (outcome.error.kind == Kind::RateLimited && m_rateLimitRetries < m_policy.maxRateLimitRetries) {
                const int wait = backoffMs(m_rateLimitRetries++, outcome.error);
                emit notice(tr("Rate limited by the service; trying again in %1 s.").arg(wait / 1000.0, 0, 'f', 1));
                QTimer::singleShot(wait, this, [this] {
                    if (!m_cancelled)
                        send();  // through the rate window: others of the batch may have taken it
                });
                return;
            }
            ApiError error = outcome.error;
            if (error.mayHaveBeenCharged)
                error.hint = tr("The service may have accepted this run and may charge for it, so Wan Studio will not send it again "
                                "by itself. Check the request history in your Segmind console before generating again.");
            fail(error);
            return;
        }
        m_ticket = *outcome.value;
        m_submittedAt = QDateTime::currentDateTimeUtc();
        m_watching.start();
        emit accepted(*m_ticket);
        setStage(outcome.value->status == api::RunStatus::Processing ? JobStage::Processing : JobStage::Queued);
        m_pollDelayMs = m_policy.firstPollDelayMs();
        schedulePoll();
    });
}

bool GenerationJob::runTimedOut() const
{
    // This watch's limit, not the run's age: a run resumed long after it was sent
    // gets its full time, and the service decides whether it still exists.
    return m_watching.isValid() && m_watching.elapsed() > qint64(m_policy.maxRunSeconds) * 1000;
}

void GenerationJob::schedulePoll()
{
    m_pollTimer.start(m_pollDelayMs);
    // The poll after this one, by the run's age at this one: dense where the run
    // is likely to end, sparse before, a fraction of its age after (PollPolicy).
    const qint64 sinceSubmission =
        (m_submittedAt.isValid() ? std::max<qint64>(0, m_submittedAt.msecsTo(QDateTime::currentDateTimeUtc())) : 0) + m_pollDelayMs;
    m_pollDelayMs = m_policy.nextPollDelayMs(sinceSubmission);
}

void GenerationJob::updatePollPolicy(const PollPolicy &policy)
{
    m_policy = policy;
    const qint64 landing = policy.landingMs();
    if (landing <= 0 || !m_pollTimer.isActive() || !m_ticket || !m_submittedAt.isValid())
        return;
    const qint64 age = std::max<qint64>(0, m_submittedAt.msecsTo(QDateTime::currentDateTimeUtc()));
    const qint64 due = age + m_pollTimer.remainingTime();
    // Already asked after that moment, or asking soon after it anyway: nothing to move.
    constexpr qint64 SlackMs = 10;
    if (m_lastPollAgeMs >= landing || due <= landing + SlackMs)
        return;
    const qint64 at = std::max(age, landing);
    m_pollTimer.start(static_cast<int>(at - age));
    m_pollDelayMs = m_policy.nextPollDelayMs(at);
}

void GenerationJob::poll()
{
    if (m_cancelled || !m_ticket)
        return;
    m_lastPollAgeMs = m_submittedAt.isValid() ? std::max<qint64>(0, m_submittedAt.msecsTo(QDateTime::currentDateTimeUtc())) : -1;
    if (runTimedOut()) {
        ApiError error = ApiErrors::timeout(tr("waiting for the run"));
        error.hint = tr("The run is still on the service; resume it later to fetch the result (it is kept for an hour).");
        error.mayHaveBeenCharged = true;
        fail(error);
        return;
    }
    m_reply = m_client->fetchStatus(m_ticket->statusUrl, this, [this](api::Outcome<api::RunState> outcome) {
        if (m_cancelled)
            return;
        if (!outcome.ok()) {
            if (isTransient(outcome.error) && ++m_pollFailures < m_policy.maxTransientPollFailures) {
                emit notice(tr("Checking progress failed (%1); trying again.").arg(outcome.error.message));
                m_pollTimer.start(backoffMs(m_pollFailures, outcome.error));
                return;
            }
            ApiError error = outcome.error;
            error.mayHaveBeenCharged = true;
            fail(error);
            return;
        }
        m_pollFailures = 0;
        const api::RunState &state = *outcome.value;
        if (state.inferenceSeconds)
            m_inferenceSeconds = state.inferenceSeconds;
        switch (state.status) {
        case api::RunStatus::Queued:
            setStage(JobStage::Queued);
            schedulePoll();
            break;
        case api::RunStatus::Processing:
            setStage(JobStage::Processing);
            schedulePoll();
            break;
        case api::RunStatus::Completed:
            takeAccounting(state);
            fetchResult();
            break;
        case api::RunStatus::Failed:
            fail(ApiErrors::runFailed(state.error.isEmpty() ? tr("no reason given") : m_client->redact(state.error)));
            break;
        }
    });
}

void GenerationJob::removeStalePartsLater()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (m_request.outputPath.isEmpty())
        return;
    // Only files older than this run: its own download starts later.
    (void)QtConcurrent::run([path = m_request.outputPath, startedAt = m_startedAt] { removeStaleParts(path, startedAt); });
}

void GenerationJob::finishSuccess(const QString &path)
{
    const GenerationResult result = resultFor(path);
    setStage(JobStage::Completed);
    emit succeeded(result);
}

GenerationResult GenerationJob::resultFor(const QString &path) const
{
    GenerationResult result;
    result.outputPath = path;
    result.seed = seed();
    result.requestId = requestId();
    result.imageUrl = m_imageUrl;
    result.preparedSize = m_preparedSize;
    result.preparedImagePath = m_preparedImagePath;
    result.uploadReused = m_uploadReused;
    result.credits = m_credits;
    result.inferenceSeconds = m_inferenceSeconds;
    result.cost = m_cost;
    return result;
}

void GenerationJob::takeAccounting(const api::RunState &state)
{
    if (state.cost)
        m_cost = state.cost;
    // This run's own figure, not whatever balance another run's answer carried last.
    if (state.remainingCredits)
        m_credits = state.remainingCredits;
}

void GenerationJob::fail(ApiError error)
{
    if (isFinished())
        return;
    m_pollTimer.stop();
    if (m_client)
        error.message = m_client->redact(error.message);
    if (error.kind == Kind::InsufficientCredits && !error.credits && m_credits)
        error.credits = m_credits;
    // A run a budget cap held was not sent: it did not fail, it was stopped.
    setStage(error.kind == Kind::Cancelled || error.heldBeforeSending ? JobStage::Cancelled : JobStage::Failed);
    emit failed(error);
}

void GenerationJob::cancel()
{
    if (isFinished())
        return;
    const bool accepted = m_ticket.has_value()
        || (m_request.mode == GenerationMode::Sync && m_stage == JobStage::Processing);
    m_cancelled = true;
    endUpload({});
    m_pollTimer.stop();
    if (m_download)
        m_download->abort();
    if (m_reply)
        m_reply->abort();
    ApiError error = ApiErrors::cancelled(accepted);
    m_stage = JobStage::Cancelled;
    emit stageChanged(m_stage);
    emit failed(error);
}

} // namespace wan::jobs
