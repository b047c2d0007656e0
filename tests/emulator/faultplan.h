#pragma once

// The faults the emulator injects, in the order they were added.
//
// A fault is {"route", "kind", "count" (default 1, -1 = always), params...}; on the
// command line "R:K[:key=value,key=value][xN]" (values cannot contain commas).
// Routes: v1, submit, status, result, download, upload, credits (status also
// covers the poll_url /v1/requests/<id>; download is the storage port's /files/).
//
// When a fault is used (one use of its count consumed):
// - Answer faults (status, html, empty, invalid-json, wrong-shape, huge-json, expired,
//   and reset/stall without afterBytes): when a request on the route arrives, before
//   the key or the body is looked at. On submit/v1 the submission is then NOT accepted.
//   With "accept": true (submit/v1 only) the submission is first validated and
//   accepted (it runs and is charged when it completes), then the fault answers:
//   reset-after-accept is reset with accept=true. On v1 an accepted fault answers
//   when the run is done, so it is taken only by a request that passed the checks.
// - Delivery faults (truncate, not-mp4, padded, endless, reset/stall with afterBytes;
//   download and v1): on download only when the file exists; on v1 after the run
//   completed (charged). padded: the clip followed by zero bytes, "sizeMb" (default
//   2048) in all, with that Content-Length; endless: the clip then zeros in a chunked
//   body that never ends (no Content-Length); as a safety net for a client without a
//   limit the connection is reset after "sizeMb" (default 4096). Neither holds the
//   zeros in memory.
// - Job faults (failed, never-complete on status/result; failed on v1): taken by the
//   next accepted submission (v2 for status/result, v1 for v1), which then ends FAILED
//   with "error" once its latency has passed (never charged), or stays PROCESSING for
//   ever. With "requestId" they change that existing job at once instead of waiting.
// - no-output (result): taken by the next result request that would answer COMPLETED.
// - "requestId" on any other status/result/download fault limits it to that job.
//
// What each answer fault sends: status -> that HTTP status with body "json"
// ({"error": "..."}, or {"error": "<message>"} when "message" is set: 403, the four
// 406s, 410 as Segmind words them), "html" (an error page) or "empty", plus
// Retry-After when "retryAfter" is set and x-rate-limit-reset-at-utc (that many ms
// ahead) when "resetInMs" is set (any kind; Segmind's 429 has only the latter); html, empty, invalid-json, wrong-shape ("json"
// or a default object without any expected field) and huge-json ("sizeMb", valid
// JSON) all answer 200; expired -> 404 {"error":"Request not found or expired"};
// reset -> TCP RST; stall -> the connection stays open and nothing comes;
// redirect-loop -> 302 to /redirect-loop, which redirects to itself for ever;
// gzip-bomb -> 200 with Content-Encoding: gzip, a small body that unpacks to
// "sizeMb" megabytes of zeros.
//
// count counts HTTP requests as they arrive. Note that Qt 6.4's
// QNetworkAccessManager resends a request (POST too) once when its connection
// drops before the answer's headers: against a Qt client, a reset or
// reset-after-accept with count 1 is used up by the first try and the resend
// goes through (for reset-after-accept: two accepted runs). Use count 2 or -1.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wan::emulator {

enum class FaultRoute { V1, Submit, Status, Result, Download, Upload, Credits };

enum class FaultKind {
    Status,
    Html,
    Empty,
    InvalidJson,
    WrongShape,
    HugeJson,
    Reset,
    Stall,
    Truncate,
    NotMp4,
    ResetAfterAccept,
    Failed,
    NeverComplete,
    NoOutput,
    Expired,
    Padded,
    Endless,
    RedirectLoop,
    GzipBomb,
};

struct Fault final {
    FaultRoute route = FaultRoute::Submit;
    FaultKind kind = FaultKind::Status;
    int count = 1;
    int httpStatus = 500;
    QString body = QStringLiteral("json"); // status: json | html | empty
    int retryAfterSeconds = -1;
    // A 429's x-rate-limit-reset-at-utc, this far ahead of the answer (Segmind's only hint).
    int resetInMs = -1;
    QString message; // status: the error text instead of the status's usual one
    qint64 afterBytes = -1;
    int sizeMb = 64;
    QString error = QStringLiteral("CUDA out of memory");
    QString requestId;
    bool accept = false;
    QJsonValue json; // wrong-shape: the exact JSON to answer with (optional)

    bool changesJob() const { return kind == FaultKind::Failed || kind == FaultKind::NeverComplete; }
    // True for faults answered as the request arrives (see the header comment).
    bool answersOnArrival() const;
    QJsonObject toJson() const;

    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);
};

QString routeName(FaultRoute route);
std::optional<FaultRoute> routeFromName(const QString &name);

// Ordered list of faults; take() consumes one use of the first fault that matches.
class FaultPlan final {
public:
    void add(const Fault &fault);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    std::optional<Fault> take(const std::function<bool(const Fault &)> &matches);
    QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace wan::emulator
