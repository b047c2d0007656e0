// When GenerationJob asks the service about a run: dense where the run is
// likely to end, sparse before, a fraction of its age after (see PollPolicy).

#include "generationjob.h"

#include <algorithm>
#include <cmath>

namespace wan::jobs {

PollPolicy PollPolicy::fromEnvironment()
{
    PollPolicy policy;
    bool ok = false;
    const double scale = qEnvironmentVariable("WANSTUDIO_POLL_SCALE").toDouble(&ok);
    if (ok && scale > 0.0 && scale <= 1.0) {
        auto scaled = [scale](int ms) { return std::max(10, static_cast<int>(ms * scale)); };
        policy.firstPollMs = scaled(policy.firstPollMs);
        policy.maxPollMs = scaled(policy.maxPollMs);
        policy.minPollMs = scaled(policy.minPollMs);
        policy.maxBackoffMs = scaled(policy.maxBackoffMs);
        policy.denseIntervalMs = scaled(policy.denseIntervalMs);
        policy.timeScale = scale;
    }
    return policy;
}

void PollPolicy::expectCompletion(const QList<double> &recentSeconds, int typicalSeconds)
{
    QList<double> seconds;
    for (double s : recentSeconds) {
        if (s > 0.0 && std::isfinite(s))
            seconds.append(s);
    }
    double from = 0.85 * typicalSeconds;
    double until = 1.15 * typicalSeconds;
    if (seconds.size() >= 3) {
        std::sort(seconds.begin(), seconds.end());
        const auto at = [&seconds](double q) { return seconds.at(static_cast<int>(std::lround(q * double(seconds.size() - 1)))); };
        from = at(0.1) - 1.0;
        until = at(0.9) + 1.0;
    }
    if (until <= 0.0)
        return;
    likelyEndMs = seconds.size() >= 3 ? std::llround((until - 1.0) * 1000.0 * timeScale) : 0;
    likelyFromMs = std::max<qint64>(0, std::llround(from * 1000.0 * timeScale));
    likelyUntilMs = std::max<qint64>(likelyFromMs + 1, std::llround(until * 1000.0 * timeScale));
}

int PollPolicy::denseStepMs() const
{
    constexpr qint64 StepsPerWindow = 8;
    const qint64 step = (likelyUntilMs - likelyFromMs) / StepsPerWindow;
    return static_cast<int>(std::clamp<qint64>(step, minPollMs, std::max(minPollMs, denseIntervalMs)));
}

qint64 PollPolicy::landingMs() const
{
    if (!useLikelyWindow || likelyEndMs <= 0)
        return 0;
    constexpr qint64 MinMarginMs = 10;
    return likelyEndMs + std::max<qint64>(MinMarginMs, likelyEndMs / 100);
}

int PollPolicy::firstPollDelayMs() const
{
    const qint64 landing = landingMs();
    if (landing > 0 && (landing < firstPollMs || landing - firstPollMs < denseStepMs()))
        return static_cast<int>(landing);
    return firstPollMs;
}

int PollPolicy::nextPollDelayMs(qint64 sinceSubmissionMs) const
{
    const qint64 t = std::max<qint64>(0, sinceSubmissionMs);
    auto bounded = [this](qint64 ms) { return static_cast<int>(std::clamp<qint64>(ms, minPollMs, std::max(minPollMs, maxPollMs))); };
    int delay = 0;
    if (!useLikelyWindow || !knowsLikelyWindow() || t > likelyUntilMs) {
        delay = bounded(static_cast<qint64>(static_cast<double>(t) * pollFraction));
    } else if (t >= likelyFromMs) {
        delay = bounded(denseStepMs());
    } else {
        // Sparse before the window, but never past its start.
        const qint64 sparse = static_cast<qint64>(static_cast<double>(t) * fractionBeforeLikely);
        delay = bounded(std::min(sparse, likelyFromMs - t));
    }
    // Not over the moment recent runs ended: on it (unless this poll was already
    // a moment before it).
    constexpr qint64 MinGapMs = 10;
    const qint64 landing = landingMs();
    if (landing - t >= MinGapMs && t + delay > landing)
        delay = static_cast<int>(landing - t);
    return delay;
}

} // namespace wan::jobs
