#pragma once

// Speaks Segmind's HTTP API through one injected QNetworkAccessManager:
// credits, upload-asset, v2 submit/status/result. Adds the API key only to
// requests for the configured Segmind hosts, follows redirects only when they
// neither downgrade nor carry the key to another host, reads
// x-remaining-credits from every answer, and turns every failure into an
// ApiError whose text never contains the key.

#include "apierror.h"
#include "apiresponses.h"
#include "endpoints.h"
#include "ratewindow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace wan::api {

template<typename T>
struct Outcome
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
};

// What came back from one request whose body is small (JSON or an error page).
struct HttpAnswer
{
    int status = 0;                 // HTTP status, 0 when none arrived
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    bool tooLarge = false;          // body exceeded the cap and was cut off
    bool redirectRefused = false;
    QByteArray retryAfter;
    QByteArray rateLimitReset;      // x-rate-limit-reset-at-utc
    QByteArray contentEncoding;     // Content-Encoding of the answer (gzip, deflate, ...), when given
    bool redirectLimitReached = false;  // followed redirects until Qt's limit: a redirect loop
};

struct ClientTimeouts
{
    int requestMs = 30'000;         // a JSON call: no byte for this long = timeout
    int uploadMs = 120'000;         // upload-asset: no progress for this long = timeout
    int downloadStallMs = 60'000;   // a video download: no byte for this long = timeout
    int syncRunMs = 660'000;        // v1: the whole run happens inside one request

    // The defaults, each multiplied by WANSTUDIO_TIMEOUT_SCALE when set (0 < scale <= 1;
    // fault tests make a stalled answer time out in a second, not a minute).
    static ClientTimeouts fromEnvironment();
};

class SegmindClient final : public QObject
{
    Q_OBJECT
public:
    SegmindClient(QNetworkAccessManager *network, Endpoints endpoints, QObject *parent = nullptr);

    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    const Endpoints &endpoints() const { return m_endpoints; }
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    const ClientTimeouts &timeouts() const { return m_timeouts; }
    void setTimeouts(const ClientTimeouts &timeouts) { m_timeouts = timeouts; }
    QNetworkAccessManager *network() const { return m_network; }

    using CreditsCallback = std::function<void(Outcome<double>)>;
    using UrlCallback = std::function<void(Outcome<QUrl>)>;
    using TicketCallback = std::function<void(Outcome<SubmitTicket>)>;
    using StateCallback = std::function<void(Outcome<RunState>)>;

    // Every call below returns the reply so the caller can abort it; the callback
    // runs once, in context's thread, unless context is destroyed first.
    QNetworkReply *fetchCredits(QObject *context, CreditsCallback done);
    QNetworkReply *uploadImage(const QByteArray &jpeg, QObject *context, UrlCallback done);
    QNetworkReply *submit(const QString &modelEndpoint, const QJsonObject &body, QObject *context, TicketCallback done);
    QNetworkReply *fetchStatus(const QUrl &statusUrl, QObject *context, StateCallback done);
    QNetworkReply *fetchResult(const QUrl &responseUrl, QObject *context, StateCallback done);

    // Raw requests with the transport rules applied; used by the calls above and by
    // the video download. A URL that breaks the rules gives a reply that fails at once.
    QNetworkReply *get(const QUrl &url, int timeoutMs);
    // Once::Only for a request that runs (and charges for) the model: Qt's HTTP
    // stack silently resends a request whose connection dropped before the
    // answer; such a body cannot be read twice, so the resend fails instead.
    enum class Once { Resendable, Only };
    // accept: the Accept header, when the route requires one.
    QNetworkReply *postJson(const QUrl &url, const QJsonObject &body, int timeoutMs, Once once = Once::Resendable,
                            const QByteArray &accept = {});

    // Collects a small answer (capped) and calls done with it.
    void collect(QNetworkReply *reply, QObject *context, std::function<void(const HttpAnswer &)> done);
    // The error for an answer that did not succeed; what = "checking the balance" etc.
    ApiError errorFor(const HttpAnswer &answer, const QString &what) const;
    // Scrubs the key from text that came from outside.
    QString redact(const QString &text) const { return ApiKey::redact(text, m_apiKey); }

    // A submission (v1 or v2) may go now: 0, and it is counted in the service's
    // rate window. Otherwise how many ms to wait: until the window the last 429
    // stated (x-rate-limit-reset-at-utc) opens, or, once a 429 has shown how many
    // submissions a window admits, until the next window when this one is used up.
    // So a batch meets the limit once, not once per window. See RateWindow.
    // answered: a v2 submission, which holds the turn until its answer (see RateWindow).
    RateWindow::Turn takeSubmissionSlot(bool answered);
    // The same wait, without taking a turn: to wait before a run is marked as being sent.
    qint64 msUntilSubmissionAdmitted() const { return m_rate.msUntilAdmitted(QDateTime::currentDateTimeUtc()); }
    // A submission went through (2xx): counts towards what a window admits.
    void noteSubmissionAdmitted();
    const RateWindow &rateWindow() const { return m_rate; }

signals:
    // The balance, whenever an answer carries it (x-remaining-credits or get-user-credits).
    void creditsObserved(double credits);
    // What a finished run cost, as the service accounted it (v2 metrics.cost, v1 x-cost).
    void costObserved(double cost);

private:
    QNetworkRequest makeRequest(const QUrl &url, int timeoutMs) const;
    QNetworkReply *guard(QNetworkReply *reply, bool carriesKey);
    QNetworkReply *refused(const QUrl &url, const QString &why);
    void observeHeaders(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    Endpoints m_endpoints;
    QString m_apiKey;
    ClientTimeouts m_timeouts = ClientTimeouts::fromEnvironment();
    // Learnt from any 429 this client is told of (errorFor() is where answers are read).
    mutable RateWindow m_rate;
    void observeRunAccounting(const RunState &state);
};

} // namespace wan::api
