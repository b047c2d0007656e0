#include "testimages.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTransform>

#include <cmath>
#include <cstdlib>

namespace wan::test {

namespace {

void appendBigEndian16(QByteArray &out, quint32 value)
{
    out.append(char((value >> 8) & 0xFF));
    out.append(char(value & 0xFF));
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    appendBigEndian16(out, value >> 16);
    appendBigEndian16(out, value & 0xFFFF);
}

void appendLittleEndian16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

void appendPngChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian32(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    appendBigEndian32(png, crc32(typed));
}

QImage rotated(const QImage &image, int degrees)
{
    return image.transformed(QTransform().rotate(degrees));
}

// Packs variable-width LZW codes least significant bit first, as GIF wants.
class GifBitWriter
{
public:
    void put(quint32 code, int bits)
    {
        m_accumulator |= code << m_bitCount;
        m_bitCount += bits;
        while (m_bitCount >= 8) {
            m_bytes.append(char(m_accumulator & 0xFF));
            m_accumulator >>= 8;
            m_bitCount -= 8;
        }
    }
    QByteArray finish()
    {
        if (m_bitCount > 0)
            m_bytes.append(char(m_accumulator & 0xFF));
        m_accumulator = 0;
        m_bitCount = 0;
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    quint32 m_accumulator = 0;
    int m_bitCount = 0;
};

} // namespace

QColor quadrantColor(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::TopLeft:
        return QColor(220, 30, 30);
    case Quadrant::TopRight:
        return QColor(30, 200, 30);
    case Quadrant::BottomLeft:
        return QColor(30, 30, 220);
    case Quadrant::BottomRight:
        return QColor(230, 210, 20);
    }
    return {};
}

QImage quadrantImage(QSize size, QImage::Format format)
{
    QImage image(size, QImage::Format_RGB32);
    const int halfW = size.width() / 2;
    const int halfH = size.height() / 2;
    QPainter painter(&image);
    painter.fillRect(0, 0, halfW, halfH, quadrantColor(Quadrant::TopLeft));
    painter.fillRect(halfW, 0, size.width() - halfW, halfH, quadrantColor(Quadrant::TopRight));
    painter.fillRect(0, halfH, halfW, size.height() - halfH, quadrantColor(Quadrant::BottomLeft));
    painter.fillRect(halfW, halfH, size.width() - halfW, size.height() - halfH, quadrantColor(Quadrant::BottomRight));
    painter.end();
    return format == QImage::Format_RGB32 ? image : image.convertToFormat(format);
}

QImage storedForOrientation(const QImage &upright, int exifOrientation)
{
    switch (exifOrientation) {
    case 2: // mirrored horizontally: its own inverse
        return upright.mirrored(true, false);
    case 3:
        return rotated(upright, 180);
    case 4:
        return upright.mirrored(false, true);
    case 5: // transpose: its own inverse
        return rotated(upright, 90).mirrored(true, false);
    case 6: // viewers rotate 90 degrees clockwise, so the camera stored it counter-clockwise
        return rotated(upright, 270);
    case 7: // transverse: its own inverse
        return rotated(upright, 90).mirrored(false, true);
    case 8:
        return rotated(upright, 90);
    default:
        return upright;
    }
}

QImage stripesImage(QSize size, int period)
{
    QImage image(size, QImage::Format_Grayscale8);
    const int half = size.width() / 2;
    const int on = qMax(1, period / 2);
    for (int y = 0; y < size.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const int along = x < half ? x : y;
            line[x] = (along % period) < on ? 0 : 255;
        }
    }
    return image;
}

double contrastAt(const QImage &image, double fx, double fy, int window)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int cx = int(fx * gray.width());
    const int cy = int(fy * gray.height());
    double sum = 0;
    double sumSquares = 0;
    int count = 0;
    for (int y = qMax(0, cy - window / 2); y < qMin(gray.height(), cy + window / 2); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = qMax(0, cx - window / 2); x < qMin(gray.width(), cx + window / 2); ++x) {
            sum += line[x];
            sumSquares += double(line[x]) * line[x];
            ++count;
        }
    }
    if (count == 0)
        return 0;
    const double mean = sum / count;
    return std::sqrt(qMax(0.0, sumSquares / count - mean * mean));
}

QColor colorAt(const QImage &image, double fx, double fy)
{
    const int x = qBound(0, int(fx * image.width()), image.width() - 1);
    const int y = qBound(0, int(fy * image.height()), image.height() - 1);
    return image.pixelColor(x, y);
}

bool isNear(const QColor &actual, const QColor &expected, int tolerance)
{
    return std::abs(actual.red() - expected.red()) <= tolerance && std::abs(actual.green() - expected.green()) <= tolerance
        && std::abs(actual.blue() - expected.blue()) <= tolerance;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

QImage photoLikeImage(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    const int w = qMax(1, size.width());
    const int h = qMax(1, size.height());
    quint32 state = seed * 2654435761u + 0x9E3779B9u;
    if (state == 0)
        state = 1;
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int noise = int(state & 31) - 16;
            const int plaid = ((x ^ y) >> 5) & 0x3F;
            const int r = 40 + x * 170 / w + noise;
            const int g = 30 + y * 160 / h + plaid + noise;
            const int b = 60 + ((x / 97 + y / 61) % 3) * 50 + noise;
            line[x] = qRgb(qBound(0, r, 255), qBound(0, g, 255), qBound(0, b, 255));
        }
    }
    return image;
}

QByteArray photoLikeJpeg(QSize size, int quality, quint32 seed)
{
    return encode(photoLikeImage(size, seed), "jpeg", quality);
}

QByteArray exifOrientationSegment(int orientation)
{
    // TIFF header (big endian), IFD0 with one SHORT entry, no next IFD.
    QByteArray tiff("MM\0\x2A", 4);
    appendBigEndian32(tiff, 8);
    appendBigEndian16(tiff, 1); // entry count
    appendBigEndian16(tiff, 0x0112); // Orientation
    appendBigEndian16(tiff, 3); // SHORT
    appendBigEndian32(tiff, 1); // count
    appendBigEndian16(tiff, quint32(orientation));
    appendBigEndian16(tiff, 0); // padding of the 4-byte value field
    appendBigEndian32(tiff, 0); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;

    QByteArray segment("\xFF\xE1", 2);
    appendBigEndian16(segment, quint32(payload.size() + 2));
    return segment + payload;
}

QByteArray insertJpegSegment(const QByteArray &jpeg, quint8 marker, const QByteArray &payload)
{
    if (jpeg.size() < 2 || payload.size() > 65533)
        return {};
    QByteArray segment;
    segment.append(char(0xFF));
    segment.append(char(marker));
    appendBigEndian16(segment, quint32(payload.size() + 2));
    segment.append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    return jpeg.left(2) + exifOrientationSegment(orientation) + jpeg.mid(2);
}

QByteArray exifOrientedJpeg(const QImage &upright, int orientation, int quality)
{
    const QByteArray jpeg = encode(storedForOrientation(upright, orientation), "jpeg", quality);
    return jpeg.isEmpty() ? QByteArray() : withExifOrientation(jpeg, orientation);
}

int jpegComponentCount(const QByteArray &jpeg)
{
    const auto *p = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    qsizetype i = 2;
    while (i + 4 <= n && p[i] == 0xFF) {
        const uchar marker = p[i + 1];
        const qsizetype length = (qsizetype(p[i + 2]) << 8) | p[i + 3];
        const bool isSof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (isSof)
            return i + 9 < n ? p[i + 9] : -1;
        if (marker == 0xDA)
            return -1;
        i += 2 + length;
    }
    return -1;
}

QByteArray decompressionBombPng(QSize declared)
{
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    QByteArray header;
    appendBigEndian32(header, quint32(declared.width()));
    appendBigEndian32(header, quint32(declared.height()));
    header.append(char(8)); // bit depth
    header.append(char(0)); // grayscale
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace
    appendPngChunk(png, "IHDR", header);
    // A few all-black rows; a decoder would have to invent the remaining ones.
    const QByteArray rows(4 * (qMin(declared.width(), 1 << 20) + 1), '\0');
    appendPngChunk(png, "IDAT", qCompress(rows, 9).mid(4)); // qCompress prefixes a 4-byte length
    appendPngChunk(png, "IEND", {});
    return png;
}

QByteArray deepDecompressionBombPng(QSize declared)
{
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    QByteArray header;
    appendBigEndian32(header, quint32(declared.width()));
    appendBigEndian32(header, quint32(declared.height()));
    header.append(char(16)); // bit depth
    header.append(char(6));  // RGBA
    header.append(char(0));  // deflate
    header.append(char(0));  // adaptive filtering
    header.append(char(0));  // no interlace
    appendPngChunk(png, "IHDR", header);
    const QByteArray rows(4 * (qsizetype(declared.width()) * 8 + 1), '\0');
    appendPngChunk(png, "IDAT", qCompress(rows, 9).mid(4));
    appendPngChunk(png, "IEND", {});
    return png;
}

QByteArray animatedGif(QSize size, int frames)
{
    QByteArray gif("GIF89a");
    appendLittleEndian16(gif, quint32(size.width()));
    appendLittleEndian16(gif, quint32(size.height()));
    gif.append(char(0xF1)); // global colour table of 4 entries, 8-bit resolution
    gif.append(char(0)); // background index
    gif.append(char(0)); // no aspect ratio
    const char palette[] = { '\xFF', 0, 0, 0, '\xFF', 0, 0, 0, '\xFF', '\xFF', '\xFF', '\xFF' };
    gif.append(palette, sizeof(palette));
    gif.append(QByteArray("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19)); // loop forever

    constexpr int minCodeSize = 2;
    constexpr quint32 clearCode = 1u << minCodeSize;
    constexpr quint32 endCode = clearCode + 1;
    constexpr int codeBits = minCodeSize + 1;
    for (int frame = 0; frame < frames; ++frame) {
        gif.append(QByteArray("\x21\xF9\x04\x04\x0A\x00\x00\x00", 8)); // 100 ms, keep previous frame
        gif.append(char(0x2C));
        appendLittleEndian16(gif, 0);
        appendLittleEndian16(gif, 0);
        appendLittleEndian16(gif, quint32(size.width()));
        appendLittleEndian16(gif, quint32(size.height()));
        gif.append(char(0)); // no local colour table, not interlaced
        gif.append(char(minCodeSize));

        // A clear code before every pixel keeps the code width fixed: no
        // compression, but no LZW dictionary to get wrong either.
        GifBitWriter bits;
        const quint32 index = quint32(frame % 3);
        const qint64 pixels = qint64(size.width()) * size.height();
        for (qint64 i = 0; i < pixels; ++i) {
            bits.put(clearCode, codeBits);
            bits.put(index, codeBits);
        }
        bits.put(endCode, codeBits);
        const QByteArray data = bits.finish();
        for (qsizetype at = 0; at < data.size(); at += 255) {
            const QByteArray block = data.mid(at, 255);
            gif.append(char(block.size()));
            gif.append(block);
        }
        gif.append(char(0)); // end of image data
    }
    gif.append(char(0x3B));
    return gif;
}

QByteArray heicLikeBytes()
{
    QByteArray bytes("\0\0\0\x18"
                     "ftypheic\0\0\0\0mif1heic",
                     24);
    bytes.append(QByteArray("\0\0\0\x10"
                            "mdat",
                            8));
    bytes.append(QByteArray(8, '\x5A'));
    return bytes;
}

QByteArray avifLikeBytes()
{
    QByteArray bytes("\0\0\0\x1C"
                     "ftypavif\0\0\0\0avifmif1miaf",
                     28);
    bytes.append(QByteArray("\0\0\0\x10"
                            "mdat",
                            8));
    bytes.append(QByteArray(8, '\x5A'));
    return bytes;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString writeImage(const QString &dir, const QString &name, const QImage &image, const char *format, int quality)
{
    const QByteArray bytes = encode(image, format, quality);
    return bytes.isEmpty() ? QString() : writeFile(dir, name, bytes);
}

QString writeExifOrientedJpeg(const QString &dir, int orientation, QSize displaySize)
{
    const QByteArray jpeg = exifOrientedJpeg(quadrantImage(displaySize), orientation);
    if (jpeg.isEmpty())
        return {};
    return writeFile(dir, QStringLiteral("exif-orientation-%1.jpg").arg(orientation), jpeg);
}

QImage alphaThirdsImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const int third = size.width() / 3;
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(0, 0, third, size.height(), QColor(0, 0, 0, 0));
    painter.fillRect(third, 0, third, size.height(), QColor(255, 0, 0, 128));
    painter.fillRect(2 * third, 0, size.width() - 2 * third, size.height(), QColor(0, 0, 255));
    painter.end();
    return image;
}

QString writePngWithAlpha(const QString &dir, QSize size)
{
    return writeImage(dir, QStringLiteral("alpha.png"), alphaThirdsImage(size), "png");
}

QImage grayHalvesImage(QSize size, QImage::Format format)
{
    QImage image(size, QImage::Format_Grayscale8);
    const int half = size.width() / 2;
    for (int y = 0; y < size.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x)
            line[x] = x < half ? 64 : 192;
    }
    return format == QImage::Format_Grayscale8 ? image : image.convertToFormat(format);
}

QString writeGrayscalePng(const QString &dir, QSize size)
{
    return writeImage(dir, QStringLiteral("gray.png"), grayHalvesImage(size), "png");
}

QString writeGrayscaleJpeg(const QString &dir, QSize size)
{
    return writeImage(dir, QStringLiteral("gray.jpg"), grayHalvesImage(size), "jpeg", 92);
}

QString write16BitPng(const QString &dir, QSize size, bool grayscale)
{
    if (grayscale) {
        return writeImage(dir, QStringLiteral("gray16.png"), grayHalvesImage(size, QImage::Format_Grayscale16), "png");
    }
    return writeImage(dir, QStringLiteral("rgba64.png"), quadrantImage(size, QImage::Format_RGBA64), "png");
}

QString writePhotoLikeJpeg(const QString &dir, const QString &name, QSize size, int quality, quint32 seed)
{
    const QByteArray jpeg = photoLikeJpeg(size, quality, seed);
    return jpeg.isEmpty() ? QString() : writeFile(dir, name, jpeg);
}

QString writeLargeJpeg(const QString &dir)
{
    return writePhotoLikeJpeg(dir, QStringLiteral("large-4000x3000.jpg"), QSize(4000, 3000));
}

QString writeSmallJpeg(const QString &dir)
{
    return writePhotoLikeJpeg(dir, QStringLiteral("small-400x300.jpg"), QSize(400, 300));
}

QString writeEmptyFile(const QString &dir, const QString &name)
{
    return writeFile(dir, name, QByteArray());
}

QString writeTruncatedJpeg(const QString &dir)
{
    const QByteArray jpeg = photoLikeJpeg(QSize(800, 600));
    return writeFile(dir, QStringLiteral("truncated.jpg"), jpeg.left(jpeg.size() / 2));
}

QString writeTruncatedPng(const QString &dir)
{
    const QByteArray png = encode(photoLikeImage(QSize(800, 600)), "png");
    return writeFile(dir, QStringLiteral("truncated.png"), png.left(png.size() / 2));
}

QString writeTextAsJpeg(const QString &dir)
{
    QByteArray text;
    for (int i = 0; i < 40; ++i)
        text += "This is a text file with a picture's name, not a picture.\n";
    return writeFile(dir, QStringLiteral("notes.jpg"), text);
}

QString writeDecompressionBombPng(const QString &dir)
{
    return writeFile(dir, QStringLiteral("bomb.png"), decompressionBombPng());
}

QString writeAnimatedGif(const QString &dir)
{
    return writeFile(dir, QStringLiteral("animated.gif"), animatedGif());
}

QString writeHeicLike(const QString &dir)
{
    return writeFile(dir, QStringLiteral("photo.heic"), heicLikeBytes());
}

QString writeAvifLike(const QString &dir)
{
    return writeFile(dir, QStringLiteral("photo.avif"), avifLikeBytes());
}

QString imageMagickProgram()
{
    for (const QString &name : { QStringLiteral("magick"), QStringLiteral("convert") }) {
        const QString program = QStandardPaths::findExecutable(name);
        if (!program.isEmpty())
            return program;
    }
    return {};
}

QString writeCmykJpeg(const QString &dir, QSize size, QString *whyNot)
{
    const auto fail = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return QString();
    };
    const QString program = imageMagickProgram();
    if (program.isEmpty())
        return fail(QStringLiteral("ImageMagick (magick/convert) is not installed"));
    const QString source = writeImage(dir, QStringLiteral("cmyk-source.png"), quadrantImage(size), "png");
    if (source.isEmpty())
        return fail(QStringLiteral("could not write the source PNG"));
    const QString target = QDir(dir).absoluteFilePath(QStringLiteral("cmyk.jpg"));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program,
                  { source, QStringLiteral("-colorspace"), QStringLiteral("CMYK"), QStringLiteral("-quality"),
                    QStringLiteral("92"), target });
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(QStringLiteral("ImageMagick failed: ") + QString::fromLocal8Bit(process.readAll()));
    }
    QFile file(target);
    if (!file.open(QIODevice::ReadOnly) || jpegComponentCount(file.readAll()) != 4)
        return fail(QStringLiteral("ImageMagick did not produce a CMYK JPEG"));
    return target;
}

double meanAbsoluteDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1e9;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 4; ++i) {
            if (i % 4 != 3)
                sum += std::abs(int(p[i]) - int(q[i]));
        }
    }
    return sum / (double(x.width()) * x.height() * 3);
}

QImage mix(const QImage &a, const QImage &b, int weightEarlier, int weightLater)
{
    QImage out(a.size(), QImage::Format_RGB32);
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    const int total = weightEarlier + weightLater;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        uchar *o = out.scanLine(row);
        for (int i = 0; i < x.width() * 4; ++i)
            o[i] = uchar((p[i] * weightEarlier + q[i] * weightLater + total / 2) / total);
    }
    return out;
}

} // namespace wan::test
