#include "ratewindow.h"

#include <algorithm>

namespace wan::api {

namespace {
constexpr qint64 LongestWindowMs = 3'600'000;  // Segmind's windows are a minute; an hour is already absurd
// A submission unanswered this long no longer holds the others back (its own
// time-out ends it anyway).
constexpr qint64 LongestTurnMs = 15'000;
constexpr qint64 TurnPollMs = 50;
}

void RateWindow::startOver()
{
    m_windowStart = {};
    m_sent = 0;
    m_admitted = 0;
}

qint64 RateWindow::msUntilOpen(const QDateTime &now) const
{
    if (!m_opensAt.isValid())
        return 0;
    return std::max<qint64>(0, now.msecsTo(m_opensAt));
}

qint64 RateWindow::msUntilAdmitted(const QDateTime &now) const
{
    if (m_opensAt.isValid())
        return msUntilOpen(now);
    const bool windowOver = m_windowStart.isValid() && m_lengthMs > 0 && m_windowStart.msecsTo(now) >= m_lengthMs;
    if (!windowOver && m_limit > 0 && m_sent >= m_limit && m_windowStart.isValid() && m_lengthMs > 0)
        return std::max<qint64>(1, now.msecsTo(m_windowStart.addMSecs(m_lengthMs)));
    return 0;
}

RateWindow::Turn RateWindow::take(const QDateTime &now, bool answered)
{
    if (m_opensAt.isValid()) {
        if (now < m_opensAt)
            return {now.msecsTo(m_opensAt), false};
        m_opensAt = {};
        startOver();
    }
    if (m_inFlightSince.isValid() && m_inFlightSince.msecsTo(now) < LongestTurnMs)
        return {TurnPollMs, true};
    if (m_windowStart.isValid() && m_lengthMs > 0 && m_windowStart.msecsTo(now) >= m_lengthMs)
        startOver();
    if (m_limit > 0 && m_sent >= m_limit && m_windowStart.isValid() && m_lengthMs > 0)
        return {std::max<qint64>(1, now.msecsTo(m_windowStart.addMSecs(m_lengthMs))), false};
    if (!m_windowStart.isValid())
        m_windowStart = now;
    ++m_sent;
    m_inFlightSince = answered ? now : QDateTime();
    return {};
}

void RateWindow::admitted()
{
    ++m_admitted;
}

void RateWindow::refused(const QDateTime &opensAt, const QDateTime &now)
{
    // What this window admitted is the pace from now on. Another process of the
    // same account may have used part of it: that only makes the pace slower.
    if (m_admitted > 0)
        m_limit = m_admitted;
    // Counted from this client's first submission, the length comes out a little
    // long (by one trip to the service), which errs on the side of waiting.
    if (m_windowStart.isValid()) {
        const qint64 length = m_windowStart.msecsTo(opensAt);
        if (length > 0 && length <= LongestWindowMs)
            m_lengthMs = std::max(m_lengthMs, length);
    }
    if (opensAt > now && (!m_opensAt.isValid() || opensAt > m_opensAt))
        m_opensAt = opensAt;
}

} // namespace wan::api
