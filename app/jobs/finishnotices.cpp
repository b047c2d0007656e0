#include "finishnotices.h"

namespace wan::jobs {

FinishNotices::FinishNotices(const JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(queue, &JobQueue::jobFinished, this, [this](int id) {
        m_ended.insert(id);
        const FinishNotice n = noticeFor(id);
        if (!n.title.isEmpty())
            emit notice(n);
    });
    connect(queue, &JobQueue::batchStopped, this, [this](const QString &, int cancelled) {
        emit notice({ tr("A batch was stopped"),
                      tr("Your balance would not cover the next run; %n run(s) were not sent.", nullptr, cancelled), true });
    });
}

FinishNotice FinishNotices::noticeFor(int id) const
{
    const JobRecord *record = m_queue->record(id);
    if (!record || !m_ended.contains(id))
        return {};
    if (record->batchId.isEmpty()) {
        if (record->stage == JobStage::Completed)
            return { tr("Your clip is ready"), record->request.prompt.left(80), false };
        if (record->stage == JobStage::Failed)
            return { tr("A run failed"), record->error.message, true };
        return {};
    }
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    for (int other : m_queue->ids()) {
        const JobRecord *member = m_queue->record(other);
        if (!member || member->batchId != record->batchId)
            continue;
        // A run's stage says Completed a moment before the queue reports it
        // ended; the batch has ended when the queue has reported every run.
        if (!m_ended.contains(other))
            return {}; // the batch is still going: one notice at its end
        done += member->stage == JobStage::Completed ? 1 : 0;
        failed += member->stage == JobStage::Failed ? 1 : 0;
        cancelled += member->stage == JobStage::Cancelled ? 1 : 0;
    }
    if (done == 0 && failed == 0)
        return {}; // cancelled as a whole: the user knows
    QString body = tr("%n clip(s) ready", nullptr, done);
    if (failed > 0)
        body += tr(", %n failed", nullptr, failed);
    if (cancelled > 0)
        body += tr(", %n cancelled", nullptr, cancelled);
    return { failed > 0 ? tr("A batch finished with failures") : tr("Your batch is ready"), body, failed > 0 };
}

} // namespace wan::jobs
