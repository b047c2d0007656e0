#pragma once

// The most bytes a finished clip can take, from what was asked for (frame
// size, frame count, frame rate). VideoDownload refuses an answer above it
// before writing anything, or stops as soon as the bytes pass it: a service
// that sends gigabytes of padding or never ends its body cannot fill the disk.

#include <QJsonObject>
#include <QSize>
#include <QtGlobal>

namespace wan::core {
class ModelDescription;
}

namespace wan::api {

class DownloadLimit final
{
public:
    // limit = 16 MiB + width x height x frames x 1 byte + ceil(frames / fps) x 256 KiB
    //
    // One byte per pixel per frame is 8 bits per pixel: four times what H.264
    // needs at a very high quality (about 2 bits per pixel per frame; Wan's own
    // clips use about 0.1), and two thirds of the raw YUV 4:2:0 frames. The
    // 256 KiB per second leaves room for an audio track of 2 Mbit/s; the 16 MiB
    // for the boxes of the container and for tiny clips. 480p 16:9 at the
    // defaults (81 frames, 16 fps) gives 48.3 MiB; the largest clip the model
    // allows (720p, 100 frames, 5 fps) gives 108.9 MiB.
    static qint64 bytesFor(QSize frame, int frames, int fps);
    // The same for a parameter set of model (defaults filled in). Unknown or
    // missing values count as the largest the model allows, so a run resumed
    // from an old record is never refused for want of a value.
    static qint64 forClip(const core::ModelDescription &model, const QJsonObject &parameters);
};

} // namespace wan::api
