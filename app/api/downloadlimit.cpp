#include "downloadlimit.h"

#include "core/modeldescription.h"

#include <algorithm>

namespace wan::api {

namespace {
constexpr qint64 FloorBytes = qint64(16) * 1024 * 1024;
constexpr qint64 BytesPerPixelPerFrame = 1;
constexpr qint64 BytesPerSecond = qint64(256) * 1024;
// Used when the model does not say (an old record, a model file without frame sizes).
constexpr int FallbackFrames = 1000;
const QSize FallbackFrame(1920, 1080);

int valueOr(const QJsonObject &request, const core::ModelDescription &model, const QString &name, bool wantMaximum)
{
    const int given = request.value(name).toInt(0);
    const core::ParameterSpec *spec = model.parameter(name);
    if (spec && spec->hasRange()) {
        const int low = static_cast<int>(*spec->minimum);
        const int high = static_cast<int>(*spec->maximum);
        if (given >= low && given <= high)
            return given;
        return wantMaximum ? high : std::max(1, low);
    }
    if (given > 0)
        return given;
    return wantMaximum ? FallbackFrames : 1;
}

} // namespace

qint64 DownloadLimit::bytesFor(QSize frame, int frames, int fps)
{
    const qint64 pixels = qint64(std::max(1, frame.width())) * std::max(1, frame.height());
    const qint64 count = std::max(1, frames);
    const qint64 rate = std::max(1, fps);
    const qint64 seconds = (count + rate - 1) / rate;
    return FloorBytes + pixels * count * BytesPerPixelPerFrame + seconds * BytesPerSecond;
}

qint64 DownloadLimit::forClip(const core::ModelDescription &model, const QJsonObject &parameters)
{
    const QJsonObject full = model.buildRequest({}, {}, parameters);
    // More frames and fewer frames per second make the limit larger: out of
    // range, take the side that errs towards keeping a clip.
    const int frames = valueOr(full, model, QStringLiteral("num_frames"), true);
    const int fps = valueOr(full, model, QStringLiteral("frames_per_second"), false);
    QSize frame = model.frameSize(parameters);
    if (!frame.isValid() || frame.isEmpty())
        frame = FallbackFrame;
    return bytesFor(frame, frames, fps);
}

} // namespace wan::api
