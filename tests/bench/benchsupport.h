#pragma once

// The benchmark's plumbing: run a program and measure its wall time and peak
// resident memory (wait4), read this process's memory, wait on the event loop
// without sleeping (a sleep would show up as a UI stall), medians.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace wan::bench {

struct RunResult
{
    int exitCode = -1; // -1: did not start or was killed
    double wallMs = 0;
    qint64 maxRssKb = 0; // the child's peak resident set (ru_maxrss)
    double cpuMs = 0; // the child's user + system CPU time
    QByteArray out;
    QByteArray err;
};

// Runs program with args (PATH is searched); env entries are set on top of
// this process's environment. Killed after timeoutSeconds.
RunResult runMeasured(const QString &program, const QStringList &args, const QHash<QString, QString> &env = {},
                      int timeoutSeconds = 600);

// The last line of out starting with "BENCH ", parsed as a JSON object.
QJsonObject benchResult(const QByteArray &out);
// Prints obj as that line.
void printBenchResult(const QJsonObject &obj);

// Fields of /proc/self/status, in kB: "VmRSS", "VmHWM".
qint64 procStatusKb(const char *field);
// Resets VmHWM to the current RSS (writes 5 to /proc/self/clear_refs); false if refused.
bool resetPeakRss();

// Runs the event loop until done() (checked every 2 ms, without sleeping) or timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for ms.
void spin(int ms);

double median(QList<double> values);

// The longest gap between two turns of the event loop, seen by a 1 ms timer.
class StallMonitor final
{
public:
    void start()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > 25)
                m_stalls.append(QJsonArray{qRound(m_last), qRound(now - m_last) });
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    // [start ms, length ms] of every gap over 25 ms, for finding their cause.
    QJsonArray stalls() const { return m_stalls; }
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    QJsonArray m_stalls;
};


} // namespace wan::bench
