#include "frametiming.h"

#include <cmath>

namespace wan::media {

namespace {

// The slack a readout in whole milliseconds needs (see indexAtMs).
constexpr double SlackMs = 1.0;

qint64 floorIndex(double ms, qreal frameMs)
{
    if (!(frameMs > 0) || !std::isfinite(ms))
        return 0;
    return qMax(qint64(0), qint64(std::floor((ms + SlackMs) / frameMs)));
}

} // namespace

qint64 FrameTiming::indexAtMs(qint64 positionMs, qreal frameMs)
{
    return floorIndex(double(positionMs), frameMs);
}

qint64 FrameTiming::indexAtSeconds(double seconds, qreal frameMs)
{
    return floorIndex(seconds * 1000.0, frameMs);
}

qint64 FrameTiming::lastIndexForDurationMs(qint64 durationMs, qreal frameMs)
{
    if (!(frameMs > 0) || durationMs <= 0)
        return 0;
    // The frame that holds the clip's last millisecond.
    return qMax(qint64(0), qint64(std::floor((durationMs - 1) / frameMs)));
}

} // namespace wan::media
