// GenerationJob, second half: the finished run's result, its download (bounded,
// with the clip's settings written in before it is renamed into place), and the
// one-call v1 run whose answer is the video itself.

#include "generationjob.h"
#include "generationjob_p.h"

#include "api/downloadlimit.h"
#include "api/segmindclient.h"
#include "api/videodownload.h"
#include "library/mp4metadata.h"

#include <QNetworkReply>
#include <QTimer>

namespace wan::jobs {

using namespace detail;
using api::ApiError;
using api::ApiErrors;
using Kind = api::ApiError::Kind;

void GenerationJob::fetchResult()
{
    m_reply = m_client->fetchResult(m_ticket->responseUrl, this, [this](api::Outcome<api::RunState> outcome) {
        if (m_cancelled)
            return;
        if (!outcome.ok()) {
            if (isTransient(outcome.error) && ++m_pollFailures < m_policy.maxTransientPollFailures) {
                emit notice(tr("Fetching the result failed (%1); trying again.").arg(outcome.error.message));
                QTimer::singleShot(backoffMs(m_pollFailures, outcome.error), this, [this] {
                    if (!m_cancelled)
                        fetchResult();
                });
                return;
            }
            ApiError error = outcome.error;
            error.mayHaveBeenCharged = true;
            fail(error);
            return;
        }
        const api::RunState &state = *outcome.value;
        if (state.inferenceSeconds)
            m_inferenceSeconds = state.inferenceSeconds;
        if (state.status == api::RunStatus::Failed) {
            fail(ApiErrors::runFailed(state.error.isEmpty() ? tr("no reason given") : m_client->redact(state.error)));
        } else if (state.status == api::RunStatus::Completed) {
            emit videoUrlKnown(state.outputUrl);
            takeAccounting(state);
            download(state.outputUrl);
        } else {
            schedulePoll();  // the status ran ahead of the result; look again shortly
        }
    });
}

void GenerationJob::download(const QUrl &videoUrl)
{
    setStage(JobStage::Downloading);
    m_videoUrl = videoUrl;
    // The video's host is storage, not Segmind: the client sends it no key.
    attachDownload(m_client->get(videoUrl, m_client->timeouts().downloadStallMs), tr("downloading the video"), true);
}

void GenerationJob::attachDownload(QNetworkReply *reply, const QString &what, bool retryable)
{
    m_download = new api::VideoDownload(m_client, reply, m_request.outputPath, what, this);
    m_download->setSizeLimit(api::DownloadLimit::forClip(m_model, m_parameters));
    if (m_clipSettings) {
        // Asked once the video is complete: the run's figures are final by then.
        m_download->setBeforeRename([this]() -> api::VideoDownload::BeforeRename {
            const QJsonObject settings = m_clipSettings(resultFor(m_request.outputPath));
            return [settings](const QString &partPath) {
                QString problem;
                return library::Mp4Metadata::write(partPath, settings, &problem) ? QString() : problem;
            };
        });
    }
    connect(m_download, &api::VideoDownload::progress, this, &GenerationJob::downloadProgress);
    connect(m_download, &api::VideoDownload::finished, this, [this, retryable](const api::Outcome<QString> &outcome) {
        m_download->deleteLater();
        if (m_cancelled)
            return;
        if (outcome.ok()) {
            if (!m_download->beforeRenameProblem().isEmpty())
                emit notice(tr("The clip was saved, but without its settings inside: %1")
                                .arg(m_download->beforeRenameProblem()));
            finishSuccess(*outcome.value);
            return;
        }
        ApiError error = outcome.error;
        if (retryable && (error.httpStatus == 403 || error.httpStatus == 404 || error.httpStatus == 410)) {
            // The storage host no longer has the file: the service's copy has expired.
            error = ApiErrors::expired();
            error.message = tr("The finished video is no longer available for download (HTTP %1).").arg(outcome.error.httpStatus);
        }
        // An answer over the clip's size limit would be over it again: fetched once per run.
        const bool redownloadable = !m_download->exceededLimit() && (error.kind == Kind::BadVideo || isTransient(error));
        if (retryable && redownloadable && ++m_downloadAttempts < m_policy.maxDownloadAttempts) {
            emit notice(tr("Download failed (%1); trying again.").arg(error.message));
            QTimer::singleShot(backoffMs(m_downloadAttempts - 1, error), this, [this] {
                if (!m_cancelled)
                    download(m_videoUrl);
            });
            return;
        }
        if (retryable) {
            error.mayHaveBeenCharged = true;  // the run finished on the service
        } else if (error.kind == Kind::RateLimited && m_rateLimitRetries < m_policy.maxRateLimitRetries) {
            // Sync: a 429 refused the call before any work, so sending again is safe.
            const int wait = backoffMs(m_rateLimitRetries++, error);
            emit notice(tr("Rate limited by the service; trying again in %1 s.").arg(wait / 1000.0, 0, 'f', 1));
            QTimer::singleShot(wait, this, [this] {
                if (!m_cancelled)
                    send();  // through the rate window: others of the batch may have taken it
            });
            return;
        } else {
            // Sync: only an answer with an error status proves the run did not happen.
            error.mayHaveBeenCharged = error.httpStatus == 0 || error.httpStatus == 200 || error.kind == Kind::BadVideo;
            if (error.mayHaveBeenCharged && error.kind != Kind::Timeout)
                error.hint = tr("The run may have finished and been charged, but the one-call API keeps no copy to download again. "
                                "Submit-and-poll mode (the default) can fetch a result again after a dropped connection.");
        }
        fail(error);
    });
}

void GenerationJob::submitSync()
{
    setStage(JobStage::Processing);
    afterGate(&GenerationJob::postSyncRun);
}

void GenerationJob::postSyncRun()
{
    if (!takeTurn(&GenerationJob::postSyncRun))
        return;
    const QJsonObject body = m_model.buildRequest(m_imageUrl, m_request.prompt, m_parameters);
    QNetworkReply *reply = m_client->postJson(m_client->endpoints().syncUrl(m_model.endpoint()), body,
                                                m_client->timeouts().syncRunMs, api::SegmindClient::Once::Only);
    // v1 keeps its accounting in headers: what the call cost and the seed used.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        if (m_client && !reply->property("wanAdmitted").toBool()) {
            reply->setProperty("wanAdmitted", true);  // headers can be announced more than once
            m_client->noteSubmissionAdmitted();
        }
        if (auto cost = api::ApiResponses::parseCreditsHeader(reply->rawHeader("x-cost")); cost && *cost >= 0.0) {
            m_cost = cost;
            if (m_client)
                emit m_client->costObserved(*cost);
        }
        bool ok = false;
        const qint64 seed = reply->rawHeader("x-seed-value").trimmed().toLongLong(&ok);
        if (ok)
            m_parameters.insert(seedKey(), seed);
    });
    attachDownload(reply, tr("running the generation"), false);
}

} // namespace wan::jobs
