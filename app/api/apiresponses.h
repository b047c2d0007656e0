#pragma once

// Pure parsers for the Segmind API's answers: bytes in, a value or a reason
// out. No network, no state, so each is easy to test row by row and to fuzz.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QDateTime;

#include <optional>

namespace wan::api {

template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString problem;   // why the answer could not be read (translated), when !value
    bool ok() const { return value.has_value(); }
};

enum class RunStatus { Queued, Processing, Completed, Failed };

struct SubmitTicket
{
    QString requestId;
    QUrl statusUrl;
    QUrl responseUrl;
    RunStatus status = RunStatus::Queued;
};

struct RunState
{
    RunStatus status = RunStatus::Queued;
    std::optional<double> inferenceSeconds;
    QString error;       // when Failed
    QUrl outputUrl;      // when Completed and the answer carries an output
    // v2 accounting, from the finished run's "metrics" (absent on a FAILED run: not billed).
    std::optional<double> cost;
    std::optional<double> remainingCredits;
};

class ApiResponses final
{
    Q_DECLARE_TR_FUNCTIONS(wan::api::ApiResponses)
public:
    // Answers larger than this are refused without parsing.
    static constexpr qint64 MaxJsonBytes = qint64(4) * 1024 * 1024;

    static Parsed<SubmitTicket> parseSubmit(const QByteArray &body, const QUrl &baseForRelative);
    static Parsed<RunState> parseStatus(const QByteArray &body);
    // The full result; for a completed run outputUrl is the video's URL (empty
    // when the service finished without one).
    static Parsed<RunState> parseResult(const QByteArray &body, const QUrl &baseForRelative);
    // The balance the user can spend: "credits" plus "free-credits" (both are spent).
    static Parsed<double> parseCredits(const QByteArray &body);
    static Parsed<QUrl> parseUpload(const QByteArray &body);
    // The x-remaining-credits header value, when it is a number.
    static std::optional<double> parseCreditsHeader(const QByteArray &value);
    // Retry-After as seconds (delta-seconds or an HTTP date), when present and sane.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // x-rate-limit-reset-at-utc: the moment the rate window opens again, as an ISO 8601
    // time, an HTTP date or epoch seconds (or milliseconds). Nothing for garbage, for a
    // moment more than a minute in the past, or more than an hour ahead: the caller
    // then falls back to a bounded back-off.
    static std::optional<QDateTime> parseRateLimitReset(const QByteArray &value, const QDateTime &now);
    // The text a body gives for a run that ended FAILED, when the body names that
    // terminal status whatever the HTTP code (Segmind answers a failed run with 422).
    static std::optional<QString> failedRunReason(const QByteArray &body);
    // The error text of an error answer ("error", "message" or "detail" of a JSON
    // object), or a short description when the body is HTML, empty or not JSON.
    static QString errorText(const QByteArray &body);
    // The error text only when the body is the API's own JSON error object (not a
    // gateway's page or plain text): proof that the API itself answered.
    static QString jsonErrorText(const QByteArray &body);
    static bool looksLikeHtml(const QByteArray &body);
    static std::optional<RunStatus> statusFromString(const QString &status);
};

} // namespace wan::api

Q_DECLARE_METATYPE(wan::api::SubmitTicket)
