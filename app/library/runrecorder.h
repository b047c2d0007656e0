#pragma once

// Keeps a run's library entry in step with its GenerationJob: recorded before
// anything is sent, updated at every step (the request id the moment the
// service accepts, so a crash after that can be resumed), and finished with
// the clip or the error. Used the same way by the window and the command line.

#include "jobs/generationjob.h"
#include "library/libraryentry.h"

#include <QObject>

#include <functional>

namespace wan::library {

class RunRecorder final : public QObject
{
    Q_OBJECT
public:
    using Persist = std::function<void(const Entry &)>;
    // Writes the entry and says whether it reached the library.
    using CheckedPersist = std::function<void(const Entry &, std::function<void(bool written)>)>;

    // entry must already be in the library (entry.id set); persist writes it back.
    RunRecorder(jobs::GenerationJob *job, Entry entry, Persist persist, QObject *parent = nullptr);

    const Entry &entry() const { return m_entry; }
    // Before every submission the entry is written as being sent through persist,
    // and the job sends the run only once that write succeeded: a run the library
    // does not know was sent could otherwise be sent again by a later resume.
    void recordBeforeSending(CheckedPersist persist);

    // The entry to insert for a new run, before it starts.
    static Entry entryFor(const jobs::GenerationRequest &request, const core::ModelDescription &model,
                          std::optional<double> creditsBefore);
    // What to give GenerationJob to start or resume this entry.
    static jobs::GenerationRequest requestFrom(const Entry &entry);
    static api::SubmitTicket ticketFrom(const Entry &entry);
    // Accepted by the service and not finished: poll it again, never resubmit.
    static bool isResumable(const Entry &entry);
    // Recorded but never sent (or, for sync runs, sent without a way back).
    static bool wasNeverSent(const Entry &entry);

private:
    void onStage(jobs::JobStage stage);
    void onFailed(const api::ApiError &error);
    void save();
    void applyResult(Entry *entry, const jobs::GenerationResult &result) const;

    jobs::GenerationJob *m_job;
    Entry m_entry;
    Persist m_persist;
};

} // namespace wan::library
