#include "imagechildren.h"

#include "benchsupport.h"
#include "image/imageinspector.h"
#include "image/imagepreparer.h"
#include "testimages.h"

#include <QBuffer>
#include <QColorSpace>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cstdio>

namespace wan::bench {

namespace {

int fail(const char *what)
{
    std::fprintf(stderr, "wanstudio-bench child: %s\n", what);
    return 2;
}

// 12000x12000 (144 MP, accepted: the limit is 150): the photo-like content of
// figure 2, so the file is as large as a real picture's (hundreds of MB).
int makeLargePng(const QString &out)
{
    const QImage image = test::photoLikeImage(QSize(12000, 12000), 9);
    QImageWriter writer(out, "png");
    writer.setCompression(1); // fast to make; the reader's work is the same
    if (image.isNull() || !writer.write(image))
        return fail("cannot write the PNG");
    printBenchResult({{QStringLiteral("bytes"), QFile(out).size()}});
    return 0;
}

// What ImagePreparer did for a PNG before it decoded row by row: the file
// read into memory, QImageReader with a scaled size (which its PNG handler
// reaches by decoding at full size), then the same conversion and JPEG.
int preparePreviousPath(const QString &path, bool withThumbnail)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("cannot open the PNG");
    const QByteArray data = file.readAll();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    reader.setAutoTransform(true);
    QImageReader::setAllocationLimit(0);
    const QSize target = image::ImagePreparer::targetSize(reader.size(), image::ImagePreparationOptions().outputFrame);
    reader.setScaledSize(target);
    QImage decoded;
    if (!reader.read(&decoded))
        return fail(qPrintable(reader.errorString()));
    decoded.convertTo(decoded.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (decoded.size() != target)
        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (decoded.colorSpace().isValid() && decoded.colorSpace() != QColorSpace(QColorSpace::SRgb))
        decoded.convertToColorSpace(QColorSpace::SRgb);
    QImage canvas(decoded.size(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter(&canvas).drawImage(0, 0, decoded);
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(88);
    if (!writer.write(canvas))
        return fail("JPEG encoding failed");
    if (withThumbnail) {
        // The image well's thumbnail as it was read: QImageReader with a scaled size.
        QFile again(path);
        if (!again.open(QIODevice::ReadOnly))
            return fail("cannot open the PNG again");
        QImageReader thumbnailReader(&again);
        thumbnailReader.setAutoTransform(true);
        thumbnailReader.setScaledSize(thumbnailReader.size().scaled(1024, 1024, Qt::KeepAspectRatio));
        if (thumbnailReader.read().isNull())
            return fail("thumbnail decode failed");
    }
    printBenchResult({{QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6},
                      {QStringLiteral("bytes"), jpeg.size()},
                      {QStringLiteral("width"), canvas.width()},
                      {QStringLiteral("height"), canvas.height()}});
    return 0;
}

// What the studio window's image well runs when a picture is chosen: the
// prepared facts and the display thumbnail.
int inspect(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const image::ImageInspector::Result result = image::ImageInspector::inspectFileNow(path, QSize(832, 480));
    if (!result.ok())
        return fail(qPrintable(result.error.message));
    printBenchResult({{QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6},
                      {QStringLiteral("width"), result.inspection.preparedSize.width()},
                      {QStringLiteral("height"), result.inspection.preparedSize.height()},
                      {QStringLiteral("thumbnail"), QStringLiteral("%1x%2")
                                                        .arg(result.inspection.thumbnail.width())
                                                        .arg(result.inspection.thumbnail.height())}});
    return 0;
}

} // namespace

int runImageChild(const QString &mode, const QStringList &args)
{
    if (mode == QLatin1String("make-large-png") && args.size() == 1)
        return makeLargePng(args.at(0));
    if (mode == QLatin1String("prepare-previous") && args.size() == 1)
        return preparePreviousPath(args.at(0), false);
    if (mode == QLatin1String("inspect-previous") && args.size() == 1)
        return preparePreviousPath(args.at(0), true);
    if (mode == QLatin1String("inspect") && args.size() == 1)
        return inspect(args.at(0));
    return -1;
}

QList<PngFigure> measurePngFigures(const std::function<RunResult(const QString &, const QStringList &)> &child,
                                   const QString &png, int runs)
{
    if (!QFileInfo::exists(png) && child(QStringLiteral("make-large-png"), {png}).exitCode != 0)
        return {};
    const struct
    {
        const char *label;
        const char *ours;
        const char *reference;
    } rows[] = {{"2c. 12000x12000 PNG to upload-ready JPEG: peak memory", "prepare", "prepare-previous"},
                {"2d. 12000x12000 PNG in the image well: peak memory", "inspect", "inspect-previous"}};
    QList<PngFigure> figures;
    for (const auto &row : rows) {
        QList<double> ours;
        QList<double> reference;
        QList<double> oursCpu;
        QList<double> referenceCpu;
        PngFigure figure;
        figure.label = QLatin1String(row.label);
        figure.ok = true;
        for (int i = 0; i < runs; ++i) {
            const RunResult a = child(QLatin1String(row.ours), {png});
            const RunResult b = child(QLatin1String(row.reference), {png});
            figure.ok = figure.ok && a.exitCode == 0 && b.exitCode == 0;
            ours << double(a.maxRssKb);
            reference << double(b.maxRssKb);
            oursCpu << a.cpuMs;
            referenceCpu << b.cpuMs;
        }
        figure.oursKb = median(ours);
        figure.referenceKb = median(reference);
        figure.note = QStringLiteral("%1 MB photo-like RGB file; reference: the previous path (file read into memory, "
                                     "QImageReader, then scaled); peak RSS of the whole process; CPU: ours %2 ms, "
                                     "reference %3 ms")
                          .arg(QFileInfo(png).size() / 1e6, 0, 'f', 0)
                          .arg(median(oursCpu), 0, 'f', 1)
                          .arg(median(referenceCpu), 0, 'f', 1);
        figures << figure;
    }
    return figures;
}

} // namespace wan::bench
