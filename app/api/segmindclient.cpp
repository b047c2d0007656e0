#include "segmindclient.h"

#include "core/logging.h"
#include "core/terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

namespace wan::api {

namespace {

constexpr char TimedOutProperty[] = "wanTimedOut";
constexpr char RedirectRefusedProperty[] = "wanRedirectRefused";
constexpr char RefusedReasonProperty[] = "wanRefusedReason";
constexpr char RedirectsProperty[] = "wanRedirects";

// A reply for a request that the transport rules refused: it fails at once,
// through the same signals as a real one, and nothing leaves the machine.
class RefusedReply final : public QNetworkReply
{
public:
    RefusedReply(const QUrl &url, const QString &why, QObject *parent)
        : QNetworkReply(parent)
    {
        setUrl(url);
        setProperty(RefusedReasonProperty, why);
        open(QIODevice::ReadOnly);
        setError(QNetworkReply::ProtocolUnknownError, why);
        QTimer::singleShot(0, this, [this] {
            setFinished(true);
            emit errorOccurred(error());
            emit finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

// A request body that can be read exactly once. QNetworkAccessManager resends a
// request when a kept-alive connection drops before the answer; for a submission
// that would run and charge the model twice. With this body (and no buffering)
// the resend fails with ContentReSendError, which we report as "may have been
// accepted" and leave to the user.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }
    bool atEnd() const override { return m_pos >= m_bytes.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_bytes.size() - m_pos);
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

// Aborts a reply that makes no progress for timeoutMs, and marks it as timed out.
void armStallTimer(QNetworkReply *reply, int timeoutMs)
{
    if (timeoutMs <= 0)
        return;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    auto restart = [timer] { timer->start(); };
    QObject::connect(reply, &QNetworkReply::downloadProgress, timer, restart);
    QObject::connect(reply, &QNetworkReply::uploadProgress, timer, restart);
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    timer->start();
}

} // namespace

ClientTimeouts ClientTimeouts::fromEnvironment()
{
    ClientTimeouts timeouts;
    bool ok = false;
    const double scale = qEnvironmentVariable("WANSTUDIO_TIMEOUT_SCALE").toDouble(&ok);
    if (ok && scale > 0.0 && scale <= 1.0) {
        auto scaled = [scale](int ms) { return std::max(200, static_cast<int>(ms * scale)); };
        timeouts.requestMs = scaled(timeouts.requestMs);
        timeouts.uploadMs = scaled(timeouts.uploadMs);
        timeouts.downloadStallMs = scaled(timeouts.downloadStallMs);
        timeouts.syncRunMs = scaled(timeouts.syncRunMs);
    }
    return timeouts;
}

SegmindClient::SegmindClient(QNetworkAccessManager *network, Endpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
{
    Q_ASSERT(m_network);
}

QNetworkRequest SegmindClient::makeRequest(const QUrl &url, int timeoutMs) const
{
    Q_UNUSED(timeoutMs)
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("WanStudio/%1").arg(QLatin1String(WANSTUDIO_VERSION)));
    // The key goes to the Segmind hosts and nowhere else.
    if (m_endpoints.isSegmindHost(url) && !m_apiKey.isEmpty())
        request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    return request;
}

QNetworkReply *SegmindClient::refused(const QUrl &url, const QString &why)
{
    qCWarning(lcApi) << "refused request to" << redact(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)) << ":" << redact(why);
    return new RefusedReply(url, why, this);
}

QNetworkReply *SegmindClient::guard(QNetworkReply *reply, bool carriesKey)
{
    const QUrl original = reply->url();
    // By the time redirected() fires, Qt 6.4 has already set reply->url() to the
    // target, so the hop's origin is tracked here, not read from the reply.
    auto from = std::make_shared<QUrl>(original);
    connect(reply, &QNetworkReply::redirected, reply, [reply, original, from, carriesKey](const QUrl &target) {
        const QUrl resolved = from->resolved(target);
        if (Endpoints::redirectAllowed(*from, resolved, carriesKey)) {
            *from = resolved;
            reply->setProperty(RedirectsProperty, reply->property(RedirectsProperty).toInt() + 1);
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "refused a redirect from" << original.host() << "to" << resolved.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        reply->setProperty(RedirectRefusedProperty, true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { observeHeaders(reply); });
    return reply;
}

void SegmindClient::observeHeaders(QNetworkReply *reply)
{
    // Only Segmind knows the balance: a download host (or a redirect target) could claim anything.
    if (!m_endpoints.isSegmindHost(reply->url()) || !reply->hasRawHeader("x-remaining-credits"))
        return;
    if (auto credits = ApiResponses::parseCreditsHeader(reply->rawHeader("x-remaining-credits")))
        emit creditsObserved(*credits);
}

QNetworkReply *SegmindClient::get(const QUrl &url, int timeoutMs)
{
    if (auto problem = Endpoints::transportProblem(url))
        return refused(url, *problem);
    const QNetworkRequest request = makeRequest(url, timeoutMs);
    QNetworkReply *reply = guard(m_network->get(request), request.hasRawHeader("x-api-key"));
    armStallTimer(reply, timeoutMs);
    return reply;
}

QNetworkReply *SegmindClient::postJson(const QUrl &url, const QJsonObject &body, int timeoutMs, Once once, const QByteArray &accept)
{
    if (auto problem = Endpoints::transportProblem(url))
        return refused(url, *problem);
    QNetworkRequest request = makeRequest(url, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *raw = nullptr;
    if (once == Once::Only) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(std::move(bytes), nullptr);
        raw = m_network->post(request, device);
        device->setParent(raw);
    } else {
        raw = m_network->post(request, bytes);
    }
    QNetworkReply *reply = guard(raw, request.hasRawHeader("x-api-key"));
    armStallTimer(reply, timeoutMs);
    return reply;
}

void SegmindClient::collect(QNetworkReply *reply, QObject *context, std::function<void(const HttpAnswer &)> done)
{
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QIODevice::readyRead, reply, [reply, body, tooLarge] {
        if (*tooLarge) {
            reply->readAll();
            return;
        }
        body->append(reply->readAll());
        if (body->size() > ApiResponses::MaxJsonBytes) {
            // Stop reading a runaway answer: keep memory bounded.
            *tooLarge = true;
            body->clear();
            reply->abort();
        }
    });
    QPointer<QObject> guardContext(context);
    connect(reply, &QNetworkReply::finished, context, [reply, body, tooLarge, done = std::move(done), guardContext] {
        reply->deleteLater();
        if (!guardContext)
            return;
        if (!*tooLarge && reply->isOpen())  // an aborted reply is closed: reading it only warns
            body->append(reply->readAll());
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = *body;
        answer.tooLarge = *tooLarge;
        answer.networkError = reply->error();
        answer.networkErrorText = reply->property(RefusedReasonProperty).toString();
        if (answer.networkErrorText.isEmpty())
            answer.networkErrorText = reply->errorString();
        answer.timedOut = reply->property(TimedOutProperty).toBool() || reply->error() == QNetworkReply::TimeoutError;
        answer.redirectRefused = reply->property(RedirectRefusedProperty).toBool();
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.rateLimitReset = reply->rawHeader("x-rate-limit-reset-at-utc");
        answer.contentEncoding = reply->rawHeader("Content-Encoding");
        // Qt 6.4 does not always end a redirect loop with TooManyRedirectsError: under
        // UserVerifiedRedirectPolicy it may stop part-way with no error and status 100
        // ("Unknown error"). Either way no answer came after following redirects.
        const int redirects = reply->property(RedirectsProperty).toInt();
        const bool noFinalAnswer = answer.status < 200 || (answer.status >= 300 && answer.status < 400);
        answer.redirectLimitReached = reply->error() == QNetworkReply::TooManyRedirectsError
            || redirects >= reply->request().maximumRedirectsAllowed()
            || (redirects > 0 && reply->error() == QNetworkReply::NoError && noFinalAnswer);
        done(answer);
    });
}

ApiError SegmindClient::errorFor(const HttpAnswer &answer, const QString &what) const
{
    ApiError error;
    if (answer.tooLarge) {
        error = ApiErrors::badResponse(tr("the answer is larger than %1 MB").arg(ApiResponses::MaxJsonBytes / (qint64(1024) * 1024)), what);
    } else if (answer.redirectRefused) {
        error = ApiErrors::insecureUrl(tr("The service redirected to an address Wan Studio will not follow while %1 (it would downgrade to http or send your key to another host).").arg(what));
    } else if (answer.timedOut) {
        error = ApiErrors::timeout(what);
    } else if (answer.redirectLimitReached) {
        // Qt's text for this reads like a network failure; it is the server (or
        // something in front of it) sending the request round in circles.
        error = ApiErrors::badResponse(tr("the service kept redirecting the request without ever answering it (a redirect loop)"), what);
        error.hint = tr("Check the API base address in Settings; a proxy or captive portal may be redirecting. "
                        "If it keeps happening, try again later.");
    } else if (!answer.contentEncoding.isEmpty() && answer.networkError != QNetworkReply::NoError && answer.status >= 200
               && answer.status < 300) {
        // Qt stops unpacking a compressed answer that grows far beyond its size
        // (a "zip bomb") or is damaged, with the empty text "Decompression failed: ."
        error = ApiErrors::badResponse(
            tr("the answer was compressed (%1) and could not be unpacked: it is damaged, or would unpack to far more "
               "than any real answer")
                .arg(core::printableText(QString::fromLatin1(answer.contentEncoding.left(20)), core::LineBreaks::AsSpaces).simplified()),
            what);
    } else if (answer.networkError == QNetworkReply::ProtocolUnknownError && answer.status == 0) {
        error = ApiErrors::insecureUrl(redact(answer.networkErrorText));
    } else if (answer.status >= 400 || (answer.status == 0 && answer.networkError == QNetworkReply::NoError)) {
        error = ApiErrors::fromHttpStatus(answer.status, redact(ApiResponses::errorText(answer.body)), what);
        if (!answer.retryAfter.isEmpty())
            error.retryAfterSeconds = ApiResponses::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc()).value_or(-1);
        if (answer.status == 429 && !answer.rateLimitReset.isEmpty()) {
            // Segmind sends no Retry-After, only the moment its window opens again.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (auto at = ApiResponses::parseRateLimitReset(answer.rateLimitReset, now)) {
                error.retryAt = *at;
                m_rate.refused(*at, now);
            }
        }
    } else if (answer.networkError == QNetworkReply::ContentReSendError) {
        // Qt's text for this is "Unknown error": the request went out, the connection
        // closed before any answer, and the one-shot body refused to be sent again.
        error = ApiErrors::network(tr("the connection closed before the service answered"), what);
        // NOLINTNEXTLINE(bugprone-branch-clone): the last branch says the same for another reason (see there)
    } else if (answer.networkError != QNetworkReply::NoError && answer.status == 0) {
        error = ApiErrors::network(redact(answer.networkErrorText), what);
    } else if (answer.status >= 300) {
        error = ApiErrors::fromHttpStatus(answer.status, {}, what);
    } else {
        // A 2xx that still failed part-way (e.g. the connection dropped mid-body).
        error = ApiErrors::network(redact(answer.networkErrorText), what);
    }
    return error;
}

QNetworkReply *SegmindClient::fetchCredits(QObject *context, CreditsCallback done)
{
    QNetworkReply *reply = get(m_endpoints.creditsUrl(), m_timeouts.requestMs);
    collect(reply, context, [this, done = std::move(done)](const HttpAnswer &answer) {
        const QString what = tr("checking the credit balance");
        if (answer.status != 200 || answer.networkError != QNetworkReply::NoError) {
            done({std::nullopt, errorFor(answer, what)});
            return;
        }
        const auto parsed = ApiResponses::parseCredits(answer.body);
        if (!parsed.ok()) {
            done({std::nullopt, ApiErrors::badResponse(parsed.problem, what)});
            return;
        }
        emit creditsObserved(*parsed.value);
        done({parsed.value, {}});
    });
    return reply;
}

QNetworkReply *SegmindClient::uploadImage(const QByteArray &jpeg, QObject *context, UrlCallback done)
{
    const QJsonObject body{{QStringLiteral("data_urls"),
                            QJsonArray{QString(QLatin1String("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64()))}}};
    // upload-asset's documentation marks this Accept header as required.
    QNetworkReply *reply = postJson(m_endpoints.uploadUrl(), body, m_timeouts.uploadMs, Once::Resendable,
                                    QByteArrayLiteral("application/json, text/plain, */*"));
    collect(reply, context, [this, done = std::move(done)](const HttpAnswer &answer) {
        const QString what = tr("uploading the image");
        if (answer.status != 200 || answer.networkError != QNetworkReply::NoError) {
            done({std::nullopt, errorFor(answer, what)});
            return;
        }
        const auto parsed = ApiResponses::parseUpload(answer.body);
        if (!parsed.ok()) {
            done({std::nullopt, ApiErrors::badResponse(parsed.problem, what)});
            return;
        }
        done({parsed.value, {}});
    });
    return reply;
}

QNetworkReply *SegmindClient::submit(const QString &modelEndpoint, const QJsonObject &body, QObject *context, TicketCallback done)
{
    const QUrl url = m_endpoints.asyncUrl(modelEndpoint);
    QNetworkReply *reply = postJson(url, body, m_timeouts.requestMs, Once::Only);
    // Whatever the answer, and even when the caller is gone: the next submission may go.
    connect(reply, &QNetworkReply::finished, this, [this] { m_rate.answered(); });
    collect(reply, context, [this, url, done = std::move(done)](const HttpAnswer &answer) {
        const QString what = tr("submitting the run");
        if (answer.status != 200 || answer.networkError != QNetworkReply::NoError) {
            ApiError error = errorFor(answer, what);
            // No HTTP answer (reset, timeout) after the body went out: the service
            // may have accepted the run. Errors with a 4xx status were refusals.
            // A 2xx cut off mid-body was an acceptance too.
            // A 5xx is no verdict either: a gateway or server error may come after the
            // run was queued (and will be charged), so it must not read as "nothing was made".
            // But the API itself answering its JSON error is a refusal: Segmind publishes
            // that a 500 is not billed and such a submit may be sent again (by the user).
            const bool apiRefusal = answer.status >= 500 && answer.status < 600 && !answer.tooLarge
                && !ApiResponses::looksLikeHtml(answer.body) && !ApiResponses::jsonErrorText(answer.body).isEmpty();
            const bool serverError = answer.status >= 500 && answer.status < 600 && !apiRefusal;
            const bool noVerdict = answer.status == 0 || (answer.status >= 200 && answer.status < 300) || serverError;
            error.mayHaveBeenCharged = noVerdict && error.kind != ApiError::Kind::InsecureUrl;
            if (apiRefusal) {
                error.message = tr("The service refused the run with HTTP %1 while %2; nothing was charged.").arg(answer.status).arg(what);
                const QString said = redact(ApiResponses::errorText(answer.body));
                error.message += tr(" The service said: \"%1\".").arg(said.left(300));
                error.hint = tr("Send it again; if it keeps failing, try other settings or check Segmind's status page.");
            } else if (serverError) {
                const QString said = redact(ApiResponses::errorText(answer.body));
                error.message = tr("The service answered HTTP %1 while %2; it may still have accepted the run.")
                                    .arg(answer.status)
                                    .arg(what);
                if (!said.isEmpty())
                    error.message += tr(" The service said: \"%1\".").arg(said.left(300));
            }
            done({std::nullopt, error});
            return;
        }
        m_rate.admitted();
        const auto parsed = ApiResponses::parseSubmit(answer.body, url);
        if (!parsed.ok()) {
            ApiError error = ApiErrors::badResponse(parsed.problem, what);
            error.mayHaveBeenCharged = true;  // a 200 means it was probably accepted
            done({std::nullopt, error});
            return;
        }
        done({parsed.value, {}});
    });
    return reply;
}

namespace {

// Segmind answers a run that was executed and FAILED with 422 (and any client
// should read a body that names a terminal status whatever the code): that is
// the run's outcome, not a failure to ask about it.
std::optional<RunState> failedRun(const HttpAnswer &answer)
{
    if (answer.status < 400 || answer.tooLarge)
        return std::nullopt;
    const auto reason = ApiResponses::failedRunReason(answer.body);
    if (!reason)
        return std::nullopt;
    RunState state;
    state.status = RunStatus::Failed;
    state.error = *reason;
    return state;
}

} // namespace

QNetworkReply *SegmindClient::fetchStatus(const QUrl &statusUrl, QObject *context, StateCallback done)
{
    QNetworkReply *reply = get(statusUrl, m_timeouts.requestMs);
    collect(reply, context, [this, done = std::move(done)](const HttpAnswer &answer) {
        const QString what = tr("checking the run's progress");
        if (auto failed = failedRun(answer)) {
            done({failed, {}});
            return;
        }
        if (answer.status != 200 || answer.networkError != QNetworkReply::NoError) {
            ApiError error = errorFor(answer, what);
            if (answer.status == 404) {
                // The service's own verdict on the run: its record is gone.
                error = ApiErrors::expired();
                const QString said = redact(ApiResponses::errorText(answer.body));
                if (!said.isEmpty())
                    error.message += tr(" The service said: \"%1\".").arg(said.left(300));
            }
            done({std::nullopt, error});
            return;
        }
        const auto parsed = ApiResponses::parseStatus(answer.body);
        if (!parsed.ok()) {
            done({std::nullopt, ApiErrors::badResponse(parsed.problem, what)});
            return;
        }
        observeRunAccounting(*parsed.value);
        done({parsed.value, {}});
    });
    return reply;
}

QNetworkReply *SegmindClient::fetchResult(const QUrl &responseUrl, QObject *context, StateCallback done)
{
    QNetworkReply *reply = get(responseUrl, m_timeouts.requestMs);
    collect(reply, context, [this, responseUrl, done = std::move(done)](const HttpAnswer &answer) {
        const QString what = tr("fetching the result");
        if (auto failed = failedRun(answer)) {
            done({failed, {}});
            return;
        }
        if (answer.status != 200 || answer.networkError != QNetworkReply::NoError) {
            ApiError error = errorFor(answer, what);
            if (answer.status == 404) {
                // The service's own verdict on the run: its record is gone.
                error = ApiErrors::expired();
                const QString said = redact(ApiResponses::errorText(answer.body));
                if (!said.isEmpty())
                    error.message += tr(" The service said: \"%1\".").arg(said.left(300));
            }
            done({std::nullopt, error});
            return;
        }
        const auto parsed = ApiResponses::parseResult(answer.body, responseUrl);
        if (!parsed.ok()) {
            done({std::nullopt, ApiErrors::badResponse(parsed.problem, what)});
            return;
        }
        if (parsed.value->status == RunStatus::Completed && !parsed.value->outputUrl.isValid()) {
            // Finished means charged: the usual "a failed run is not charged" would be wrong here.
            ApiError error = ApiErrors::serviceFailed(tr("the finished result has no video"));
            error.hint = tr("The run finished on the service and may have been charged. Check it in the request "
                            "history of your Segmind console before generating again.");
            error.mayHaveBeenCharged = true;
            done({std::nullopt, error});
            return;
        }
        observeRunAccounting(*parsed.value);
        done({parsed.value, {}});
    });
    return reply;
}

RateWindow::Turn SegmindClient::takeSubmissionSlot(bool answered)
{
    return m_rate.take(QDateTime::currentDateTimeUtc(), answered);
}

void SegmindClient::noteSubmissionAdmitted()
{
    m_rate.admitted();
}

void SegmindClient::observeRunAccounting(const RunState &state)
{
    // Only a finished run is billed; its metrics are the account's own figures.
    if (state.status != RunStatus::Completed)
        return;
    if (state.cost)
        emit costObserved(*state.cost);
    if (state.remainingCredits)
        emit creditsObserved(*state.remainingCredits);
}

} // namespace wan::api
