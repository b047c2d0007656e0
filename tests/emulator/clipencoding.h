#pragma once

// How the emulator encodes a result clip with Debian's ffmpeg (H.264,
// yuv420p, exactly N frames at F fps, moov first), shared with the tests that
// make clips of their own, so those are the clips a run would download.

#include <QSize>
#include <QString>
#include <QStringList>

namespace wan::emulator {

// The moving test pattern as ffmpeg's input.
QStringList patternInputArguments(QSize size, int fps);
// Everything after the input: frame count, rate, codec, pixel format, container, target.
QStringList clipOutputArguments(int frames, int fps, const QString &target);

} // namespace wan::emulator
