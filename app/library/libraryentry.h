#pragma once

// One run as the library keeps it: everything needed to reproduce it (image,
// prompt, every parameter, the seed actually used), where it is on the
// service (request id and URLs, so it can be resumed), and what came of it.
// Media live as files beside the database; an entry only points at them.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace wan::library {

enum class EntryStatus {
    Queued,       // recorded, not sent yet (kept across restarts until the user starts it)
    Preparing,
    Uploading,
    Submitting,   // the request may be on its way: never send it again without asking
    Submitted,    // accepted: request id stored, resumable
    Processing,
    Downloading,
    Completed,
    Failed,
    Cancelled,
    Expired,      // the service no longer keeps the result (one hour after submission)
};

QString statusName(EntryStatus status);                        // stable, stored in the database: "queued", ...
std::optional<EntryStatus> statusFromName(const QString &name);
bool isFinished(EntryStatus status);                            // Completed, Failed, Cancelled, Expired

// Entry::errorCode of a run a budget cap held that was then not sent (cancelled):
// nothing was sent or charged, and the ledger does not count it as a failure.
inline constexpr char HeldErrorCode[] = "budget-held";

struct Entry
{
    qint64 id = 0;                    // 0 until inserted
    QDateTime created;                // UTC
    QDateTime updated;                // UTC
    EntryStatus status = EntryStatus::Queued;
    QString model;                    // "wan-2.2-i2v-fast"
    QString imageSource;              // the original path or URL the user chose
    QString preparedImagePath;        // the prepared JPEG kept in the library's media folder, if any
    QString imageUrl;                 // what the service was given
    QString prompt;
    QJsonObject parameters;           // every tunable parameter as sent (seed included)
    qint64 seed = 0;
    bool randomSeed = false;          // the seed was drawn for this run
    QString mode = QStringLiteral("async");   // "async" (v2) or "sync" (v1)
    QString requestId;
    QUrl statusUrl;
    QUrl responseUrl;
    QDateTime submittedAt;            // UTC; the service keeps the run's record about an hour
    QString errorCode;                // ApiError::code(), e.g. "key-rejected"
    QString errorMessage;
    QString errorHint;
    bool mayHaveBeenCharged = false;
    // cost (below) is the model's typical cost, recorded because the service
    // charged the run without saying how much (schema 5).
    bool costEstimated = false;
    QString outputPath;               // the MP4, when completed
    qint64 durationMs = -1;
    qint64 sizeBytes = -1;
    std::optional<double> creditsBefore;
    std::optional<double> creditsAfter;
    // What the run cost as the service accounted it (v2 metrics.cost, v1 x-cost);
    // unknown when the service said nothing (never guessed from two balances).
    std::optional<double> cost;
    std::optional<double> inferenceSeconds;
    bool favourite = false;
    QString batchId;                  // runs queued together (variations, sweeps)
    QUrl outputUrl;                   // the finished video's address, once the service gave it
    // The live process acting on this run (ProcessLease token; empty: nobody). Set by
    // Library::insert() and claim(), cleared when the run finishes; update() leaves it.
    QString ownerToken;
    qint64 ownerPid = 0;              // that process's id, to tell the user
    // Lineage: the run whose clip this one continues (its library id; 0: none)
    // and the index of the frame it started from (-1: none), plus that run's
    // request id, which names it in any library (a rebuilt one included).
    qint64 parentId = 0;
    int parentFrame = -1;
    QString parentRequestId;
    // How many runs of the library continue this one: read with the entry, never stored.
    int continuations = 0;
    // The run it continues was deleted (parentId names a run no longer here): read, never stored.
    bool parentMissing = false;

    bool isContinuation() const { return parentFrame >= 0; }
};

} // namespace wan::library

Q_DECLARE_METATYPE(wan::library::Entry)
