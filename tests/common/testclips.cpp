#include "testclips.h"

#include "clipencoding.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

namespace wan::test {

namespace {

bool runFfmpeg(const QStringList &arguments, QString *error)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                                                       QStringLiteral("error"), QStringLiteral("-nostdin"), QStringLiteral("-y")}
                                               + arguments);
    const bool ok = ffmpeg.waitForFinished(180'000) && ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
    if (!ok && error)
        *error = QStringLiteral("ffmpeg %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(ffmpeg.readAll()));
    return ok;
}

} // namespace

bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty();
}

bool makeClip(const TestClip &clip, const QString &path, QString *error)
{
    QStringList arguments = emulator::patternInputArguments(clip.size, clip.fps);
    QStringList output = emulator::clipOutputArguments(clip.frames, clip.fps, path);
    // Extra encoder settings go before the target (the last argument), after the
    // emulator's own, so that they win where they differ (-preset).
    for (const QString &extra : clip.encoderArguments)
        output.insert(output.size() - 1, extra);
    return runFfmpeg(arguments + output, error);
}

QImage ffmpegFrame(const QString &clipPath, qint64 n, QString *error, Conversion conversion)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("ref.png"));
    QString filter = QStringLiteral("select=eq(n\\,%1)").arg(n);
    if (conversion == Conversion::Accurate)
        filter += QStringLiteral(",scale=flags=bicubic+accurate_rnd+full_chroma_int,format=rgb24");
    if (!runFfmpeg({QStringLiteral("-i"), clipPath, QStringLiteral("-vf"), filter, QStringLiteral("-vsync"), QStringLiteral("0"),
                    QStringLiteral("-frames:v"), QStringLiteral("1"), png},
                   error))
        return {};
    QImage image(png);
    if (image.isNull() && error)
        *error = QStringLiteral("ffmpeg wrote no frame %1 of %2").arg(n).arg(clipPath);
    return image.convertToFormat(QImage::Format_RGB888);
}

double psnr(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i) {
            const double d = double(p[i]) - double(q[i]);
            sum += d * d;
        }
    }
    const double mse = sum / (double(x.width()) * x.height() * 3);
    if (mse == 0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(255.0 * 255.0 / mse);
}

} // namespace wan::test
