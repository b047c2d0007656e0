#pragma once

// What to tell the user, outside the window, when runs end: one notice per
// single run (ready or failed), and one per batch (variations, sweeps) when
// its last run ends, instead of one for each of its runs; a batch stopped for
// want of credits says so.

#include "jobs/jobqueue.h"

#include <QObject>
#include <QSet>

namespace wan::jobs {

struct FinishNotice
{
    QString title;
    QString body;
    bool failure = false; // some run failed: more urgent
};

class FinishNotices final : public QObject
{
    Q_OBJECT
public:
    explicit FinishNotices(const JobQueue *queue, QObject *parent = nullptr);

    // The notice for a run the queue reported ended, or an empty title when
    // it says nothing (a cancelled run, or a batch with runs still going).
    FinishNotice noticeFor(int id) const;

signals:
    void notice(const wan::jobs::FinishNotice &notice);

private:
    const JobQueue *m_queue;
    QSet<int> m_ended; // runs the queue has reported ended
};

} // namespace wan::jobs
