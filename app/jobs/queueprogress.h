#pragma once

// How far the runs in flight have got, as one figure for the taskbar and the
// window title: the mean of every run in the current wave (the runs queued
// since the queue was last idle), so a batch of ten moves from 0 to 100 once
// rather than jumping back whenever a run ends and the next begins.

#include "jobs/jobqueue.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <cmath>
#include <functional>

namespace wan::jobs {

// What the taskbar shows. Equal states send nothing twice.
struct QueueProgressState
{
    double progress = 0; // 0..1, meaningful while visible
    bool visible = false; // some run of the wave is not finished
    int count = 0; // runs of the wave not finished yet
    bool urgent = false; // a run failed and the user has not looked since

    int percent() const { return static_cast<int>(std::lround(progress * 100)); }
    bool operator==(const QueueProgressState &other) const
    {
        return percent() == other.percent() && visible == other.visible && count == other.count && urgent == other.urgent;
    }
    bool operator!=(const QueueProgressState &other) const { return !(*this == other); }
};

class QueueProgress final : public QObject
{
    Q_OBJECT
public:
    // typicalSeconds: how long the service usually takes (the estimate while it works).
    explicit QueueProgress(const JobQueue *queue, int typicalSeconds, QObject *parent = nullptr);

    // How far one run has got, 0..1, by its stage; while the service works,
    // by the time it has taken against the typical time (never past 90 %).
    static double runFraction(const JobRecord &record, qint64 nowMsecs, int typicalSeconds);
    // The mean over the given runs (finished runs count as done).
    static QueueProgressState aggregate(const QList<const JobRecord *> &wave, qint64 nowMsecs, int typicalSeconds);

    QueueProgressState state() const { return m_state; }
    // The user has seen the window: a failure no longer asks for attention.
    void acknowledge();
    // Tests set the clock; by default the system time.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

signals:
    void changed(const wan::jobs::QueueProgressState &state);

private:
    void onJobAdded(int id);
    void onJobFinished(int id);
    void update();

    const JobQueue *m_queue;
    int m_typicalSeconds;
    QSet<int> m_wave;
    bool m_failed = false;
    QueueProgressState m_state;
    QTimer m_tick; // the estimate moves while the service works
    std::function<qint64()> m_clock;
};

} // namespace wan::jobs
