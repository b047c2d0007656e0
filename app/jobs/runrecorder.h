#pragma once

// Keeps a run's library entry in step with its GenerationJob: recorded before
// anything is sent, updated at every step (the request id the moment the
// service accepts, so a crash after that can be resumed), and finished with
// the clip or the error. Used the same way by the window and the command line.

#include "jobs/generationjob.h"
#include "library/libraryentry.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace wan::jobs {

class RunRecorder final : public QObject
{
    Q_OBJECT
public:
    // Writes the entry and says whether it reached the library.
    using CheckedPersist = std::function<void(const library::Entry &, std::function<void(bool written)>)>;

    // entry must already be in the library (entry.id set); persist writes it back.
    // Every write is checked: the request id, the video's address and the result are
    // what a later resume depends on. A write that fails is tried again (the newest
    // state, a few times with growing pauses) while the run goes on, and the user is
    // told, with the request id, so that nothing depends on that write alone.
    RunRecorder(jobs::GenerationJob *job, library::Entry entry, CheckedPersist persist, QObject *parent = nullptr);

    const library::Entry &entry() const { return m_entry; }
    // No write in flight and none waiting to be tried again.
    bool isSettled() const { return m_inFlight == 0 && !m_retry.isActive(); }
    // The row as written lags behind the run (the last write failed).
    bool isBehind() const { return m_failures > 0; }
    // Before every submission the entry is written as being sent through persist,
    // and the job sends the run only once that write succeeded: a run the library
    // does not know was sent could otherwise be sent again by a later resume.
    void recordBeforeSending(CheckedPersist persist);
    // The send check held the run and it waits for the user (JobQueue::OnHold::WaitForUser):
    // the row says queued (never sent), not failed; sending it later records it as usual.
    void markHeld();

    // The entry to insert for a new run, before it starts.
    static library::Entry entryFor(const jobs::GenerationRequest &request, const core::ModelDescription &model,
                          std::optional<double> creditsBefore);
    // What to give GenerationJob to start or resume this entry.
    static jobs::GenerationRequest requestFrom(const library::Entry &entry);
    static api::SubmitTicket ticketFrom(const library::Entry &entry);
    // Accepted by the service and not finished: poll it again, never resubmit.
    static bool isResumable(const library::Entry &entry);
    // Recorded but never sent (or, for sync runs, sent without a way back).
    static bool wasNeverSent(const library::Entry &entry);
    // For a run that was being sent when its process stopped, with no request id
    // recorded: whether its complete clip is at its output path, newer than the run
    // (the process finished it but could not record that). Reads the disk.
    static bool clipSaved(const library::Entry &entry);
    // The row for such a run: completed with its clip, or "unknown outcome".
    static void markCompletedFromClip(library::Entry &entry);
    static void markUnknownOutcome(library::Entry &entry);

    // Tries between the first failed write and giving up.
    static constexpr int MaxWriteRetries = 5;

signals:
    // A write the run depends on failed (retrying), or failed for good: plain words,
    // with the request id once there is one. Show it to the user.
    void writeProblem(const QString &text);
    // Every write has landed or been given up (see isSettled()).
    void settled();

private:
    void onStage(jobs::JobStage stage);
    void onFailed(const api::ApiError &error);
    void save();
    void write();
    void written(quint64 sequence, bool ok);
    void applyResult(library::Entry *entry, const jobs::GenerationResult &result) const;

    jobs::GenerationJob *m_job;
    library::Entry m_entry;
    bool m_gated = false; // recordBeforeSending(): the gate marks the run as Submitting
    CheckedPersist m_persist;
    QTimer m_retry;
    quint64 m_sequence = 0;
    int m_inFlight = 0;
    int m_failures = 0;
};

} // namespace wan::jobs
