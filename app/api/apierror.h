#pragma once

// A failure of any step of a generation, typed so callers can react (retry,
// ask for a key, top up) and worded so a person understands it: what happened
// and what to do. Messages never contain the API key.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace wan::api {

struct ApiError
{
    enum class Kind {
        None,
        InvalidInput,         // a parameter or the image is not acceptable (before or from the server: 400)
        KeyMissing,           // no API key configured
        KeyRejected,          // 401
        NotPermitted,         // 403: this account or team may not use the model (the key is fine)
        ModelRetired,         // 410: the model was retired or deprecated
        NotFound,             // 404/405 on an API route: wrong API base or model
        InsufficientCredits,  // 406
        RateLimited,          // 429 after the automatic retries ran out
        ServiceFailed,        // 500/503, FAILED, or a result without a video
        Network,              // connection refused, reset, DNS, TLS
        Timeout,              // no answer in time
        BadResponse,          // HTML, empty or not JSON where JSON was due, or JSON of the wrong shape
        BadVideo,             // truncated or not an MP4
        Expired,              // the request id is older than the service keeps results
        InsecureUrl,          // not https (loopback excepted), or a redirect that would downgrade or leak the key
        Disk,                 // the result could not be written
        Cancelled,            // the user stopped it
    };

    Kind kind = Kind::None;
    QString message;                    // what happened, one or two sentences
    QString hint;                       // what to do
    int httpStatus = 0;
    std::optional<double> credits;      // the balance, when known
    int retryAfterSeconds = -1;         // from Retry-After, when given
    QDateTime retryAt;                  // UTC; from x-rate-limit-reset-at-utc, when given and sane
    // True when the server may already have accepted (and will charge) the run:
    // a retry could charge twice, so it needs the user's say.
    bool mayHaveBeenCharged = false;
    // A send check (a budget cap) held the run before anything was sent: not
    // charged, and not a failure of the run (the library records it as held).
    bool heldBeforeSending = false;

    bool isError() const { return kind != Kind::None; }
    // "Key rejected", "Not enough credits", ... short, translated.
    static QString title(Kind kind);
    // The command line's exit code for this kind (2 input, 3 key, 4 credits, 5 service, 6 network, 7 disk,
    // 9 the model is not available to this account: not permitted or retired).
    static int exitCode(Kind kind);
    // A stable machine name: "key-rejected", "insufficient-credits", ...
    static QString code(Kind kind);
    QString fullText() const;
};

// Builds an ApiError; all user-facing wording of the API layer lives here.
class ApiErrors final
{
    Q_DECLARE_TR_FUNCTIONS(wan::api::ApiErrors)
public:
    // From an HTTP status code and the answer's error text (already redacted).
    static ApiError fromHttpStatus(int status, const QString &serverText, const QString &what);
    // 406: content type, credits (with both amounts in the text), a refused parameter or a team spend limit.
    static ApiError notAcceptable(const QString &serverText, const QString &what);
    static ApiError keyMissing();
    static ApiError network(const QString &detail, const QString &what);
    static ApiError timeout(const QString &what);
    static ApiError badResponse(const QString &detail, const QString &what);
    static ApiError badVideo(const QString &detail);
    static ApiError expired();
    static ApiError serviceFailed(const QString &detail);
    // A run the service executed and reported FAILED (v2: HTTP 422): not charged.
    static ApiError runFailed(const QString &reason);
    static ApiError insecureUrl(const QString &detail);
    static ApiError disk(const QString &detail);
    static ApiError cancelled(bool mayHaveBeenCharged);
    static ApiError invalidInput(const QString &detail, const QString &hint);
};

} // namespace wan::api

Q_DECLARE_METATYPE(wan::api::ApiError)
