#pragma once

// Clips made as the emulator makes them (tests/emulator/clipencoding), with
// optional extra encoder arguments (a shorter GOP, B-frames, colour tags), and
// the frames ffmpeg itself decodes from them, to hold the app's decoder to.

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace wan::test {

struct TestClip
{
    QSize size;
    int frames = 81;
    int fps = 16;
    // Placed before the output: "-g 24", "-bf 3", "-colorspace bt709" ...
    QStringList encoderArguments;
};

bool haveFfmpeg();
// Encodes clip into path; false with ffmpeg's complaint in *error.
bool makeClip(const TestClip &clip, const QString &path, QString *error = nullptr);

// How the ffmpeg program turns the frame into RGB.
enum class Conversion {
    // Chroma interpolated to every pixel, accurate rounding, the stream's
    // matrix: a scale filter with flags=bicubic+accurate_rnd+full_chroma_int
    // (ffmpeg 5.1's -sws_flags does not reach the scaler it adds by itself).
    Accurate,
    // What `ffmpeg -i clip -vf select=... frame.png` does by itself: the fast
    // path, each chroma sample shared by a pair of pixels.
    Plain,
};

// Frame n (from 0, as select=eq(n,N) counts) of the clip, decoded by the ffmpeg
// program into a PNG and read back as RGB888. Null (with the reason in *error)
// when ffmpeg fails.
QImage ffmpegFrame(const QString &clipPath, qint64 n, QString *error = nullptr, Conversion conversion = Conversion::Accurate);

// Peak signal-to-noise ratio of two pictures of one size over R, G and B, in
// dB; infinity when equal, -1 when the sizes differ.
double psnr(const QImage &a, const QImage &b);

} // namespace wan::test
