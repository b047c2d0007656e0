#include "clipencoding.h"

namespace wan::emulator {

QStringList patternInputArguments(QSize size, int fps)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=%1x%2:rate=%3").arg(size.width()).arg(size.height()).arg(fps)};
}

QStringList clipOutputArguments(int frames, int fps, const QString &target)
{
    return {QStringLiteral("-frames:v"), QString::number(frames), QStringLiteral("-r"), QString::number(fps),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-movflags"), QStringLiteral("+faststart"),
            QStringLiteral("-an"), QStringLiteral("-f"), QStringLiteral("mp4"), target};
}

} // namespace wan::emulator
