#pragma once

// What this client has learnt of the service's rate window. Segmind admits a
// number of submissions per window (about 5 a minute on the free plan, 50 on
// Pro) and answers the next one 429 with x-rate-limit-reset-at-utc only. One 429
// shows both the count the window admitted and, with the moment this client's
// window began, its length; from then on submissions are paced to that count
// per window, so a batch meets the limit once, not once per window. Until then
// v2 submissions go one at a time (each is answered in a moment), so the first
// 429 is met by one submission, not by every run of a batch that started at once.
//
// Pure bookkeeping with the time passed in: no timers, no network.

#include <QDateTime>

namespace wan::api {

class RateWindow
{
public:
    struct Turn
    {
        qint64 waitMs = 0;          // 0: go now (counted as sent in this window)
        bool behindAnother = false; // waiting for another submission's answer, not for the window
    };
    // answered: the submission answers at once (v2 submit) and holds the turn
    // until answered() is called; a v1 call runs the whole generation and does not.
    Turn take(const QDateTime &now, bool answered = false);
    // Nothing counted: how long until the window stated by the last 429 opens.
    qint64 msUntilOpen(const QDateTime &now) const;
    // Nothing counted: how long until the window admits a submission (the stated
    // window, or the pace learnt); a turn held by another submission is not counted.
    qint64 msUntilAdmitted(const QDateTime &now) const;

    // A submission went through (2xx).
    void admitted();
    // The submission that took its turn with answered=true has its answer, whatever it was.
    void answered() { m_inFlightSince = {}; }
    // A 429 said the window opens again at opensAt.
    void refused(const QDateTime &opensAt, const QDateTime &now);

    // Learnt so far (0: not known).
    int admitsPerWindow() const { return m_limit; }
    qint64 windowLengthMs() const { return m_lengthMs; }

private:
    void startOver();

    QDateTime m_opensAt;      // closed until then (UTC), as the service stated
    QDateTime m_inFlightSince;  // a v2 submission is out and not yet answered
    QDateTime m_windowStart;  // this client's first submission of the current window
    int m_sent = 0;
    int m_admitted = 0;
    int m_limit = 0;
    qint64 m_lengthMs = 0;
};

} // namespace wan::api
