#include "imagepreparer.h"

#include "core/logging.h"
#include "pngscaledreader.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cstring>
#include <mutex>

namespace wan::image {

namespace {

// Reading more than this into memory is refused outright; no picture we can
// decode within maxPixels needs a file this big.
constexpr qint64 kMaxFileBytes = qint64(1) << 30;
// Formats Qt can only decode whole (all but JPEG and PNG) are taken up to this
// many pixels: a 16-bit RGBA TIFF of 10 MP is 80 MB on disk, 80 MB decoded and
// 40 MB converted, which stays under the 256 MB bound of a preparation.
constexpr qint64 kMaxWholeDecodePixels = 10'000'000;
// The most pixels the picture that is sent may have (it covers the output frame,
// at most 1280 x 720, so only a panorama far from 16:9 comes near it).
constexpr qint64 kMaxPreparedPixels = 12'000'000;

// What the leading bytes say the data is. qtName is the QImageReader format
// name ("jpeg"); label is what a person calls it ("HEIC").
struct Sniffed
{
    QByteArray qtName;
    QString label;
};

bool startsWith(const QByteArray &data, const char *magic, qsizetype length, qsizetype at = 0)
{
    return data.size() >= at + length && std::memcmp(data.constData() + at, magic, size_t(length)) == 0;
}

// ISO base media files (HEIF, AVIF) start with an 'ftyp' box whose major brand says what they are.
Sniffed sniffIsoBmff(const QByteArray &data)
{
    if (!startsWith(data, "ftyp", 4, 4) || data.size() < 12)
        return {};
    const QByteArray brand = data.mid(8, 4);
    static const char *const heifBrands[] = { "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" };
    for (const char *heif : heifBrands) {
        if (brand == heif)
            return { QByteArrayLiteral("heif"), QStringLiteral("HEIC") };
    }
    if (brand == "avif" || brand == "avis")
        return { QByteArrayLiteral("avif"), QStringLiteral("AVIF") };
    if (brand == "jxl ")
        return { QByteArrayLiteral("jxl"), QStringLiteral("JPEG XL") };
    return {};
}

Sniffed sniffFormat(const QByteArray &data)
{
    if (startsWith(data, "\xFF\xD8\xFF", 3))
        return { QByteArrayLiteral("jpeg"), QStringLiteral("JPEG") };
    if (startsWith(data, "\x89PNG\r\n\x1A\n", 8))
        return { QByteArrayLiteral("png"), QStringLiteral("PNG") };
    if (startsWith(data, "GIF87a", 6) || startsWith(data, "GIF89a", 6))
        return { QByteArrayLiteral("gif"), QStringLiteral("GIF") };
    if (startsWith(data, "RIFF", 4) && startsWith(data, "WEBP", 4, 8))
        return { QByteArrayLiteral("webp"), QStringLiteral("WebP") };
    if (startsWith(data, "II*\0", 4) || startsWith(data, "MM\0*", 4))
        return { QByteArrayLiteral("tiff"), QStringLiteral("TIFF") };
    if (startsWith(data, "\xFF\x0A", 2) || startsWith(data, "\0\0\0\x0CJXL \r\n\x87\n", 12))
        return { QByteArrayLiteral("jxl"), QStringLiteral("JPEG XL") };
    if (startsWith(data, "\0\0\0\x0CjP  \r\n\x87\n", 12) || startsWith(data, "\xFF\x4F\xFF\x51", 4))
        return { QByteArrayLiteral("jp2"), QStringLiteral("JPEG 2000") };
    if (startsWith(data, "8BPS", 4))
        return { QByteArrayLiteral("psd"), QStringLiteral("Photoshop") };
    if (startsWith(data, "qoif", 4))
        return { QByteArrayLiteral("qoi"), QStringLiteral("QOI") };
    if (startsWith(data, "icns", 4))
        return { QByteArrayLiteral("icns"), QStringLiteral("ICNS") };
    return sniffIsoBmff(data);
}

enum class Structure { Complete, Truncated, Unknown };

// Walks the JPEG marker segments and the entropy-coded scans until EOI. A file
// that runs out first is truncated; libjpeg would pad it with grey and report
// success. Data after EOI (e.g. the video of a "motion photo") is allowed.
Structure jpegStructure(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 2; // past SOI
    bool inScan = false;
    while (true) {
        if (inScan) {
            // Inside a scan FF is either stuffed (FF 00), a restart marker or
            // the start of the next marker.
            const void *hit = std::memchr(p + i, 0xFF, size_t(n - i));
            if (!hit)
                return Structure::Truncated;
            qsizetype j = static_cast<const uchar *>(hit) - p;
            qsizetype k = j + 1;
            while (k < n && p[k] == 0xFF)
                ++k;
            if (k >= n)
                return Structure::Truncated;
            if (p[k] == 0x00 || (p[k] >= 0xD0 && p[k] <= 0xD7)) {
                i = k + 1;
                continue;
            }
            i = j;
            inScan = false;
        }
        if (i >= n)
            return Structure::Truncated;
        if (p[i] != 0xFF)
            return Structure::Unknown;
        while (i < n && p[i] == 0xFF)
            ++i;
        if (i >= n)
            return Structure::Truncated;
        const uchar marker = p[i++];
        if (marker == 0xD9)
            return Structure::Complete;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length field
        if (i + 2 > n)
            return Structure::Truncated;
        const qsizetype length = (qsizetype(p[i]) << 8) | p[i + 1];
        if (length < 2)
            return Structure::Unknown;
        if (i + length > n)
            return Structure::Truncated;
        i += length;
        if (marker == 0xDA)
            inScan = true;
    }
}

quint32 readBigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Walks the PNG chunks; a complete file has an IEND chunk.
Structure pngStructure(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 8; // past the signature
    while (true) {
        if (i + 8 > n)
            return Structure::Truncated;
        const quint32 length = readBigEndian32(p + i);
        if (length > 0x7FFFFFFFu)
            return Structure::Unknown;
        if (std::memcmp(p + i + 4, "IEND", 4) == 0)
            return Structure::Complete;
        if (i + 12 + qsizetype(length) > n)
            return Structure::Truncated;
        i += 12 + qsizetype(length);
    }
}

// The same walk on a seekable device, reading chunk headers only: a PNG file
// is checked without being read into memory.
Structure pngStructure(QIODevice &device)
{
    const qint64 n = device.size();
    qint64 i = 8; // past the signature
    while (true) {
        if (i + 8 > n || !device.seek(i))
            return Structure::Truncated;
        const QByteArray header = device.read(8);
        if (header.size() < 8)
            return Structure::Truncated;
        const quint32 length = readBigEndian32(reinterpret_cast<const uchar *>(header.constData()));
        if (length > 0x7FFFFFFFu)
            return Structure::Unknown;
        if (header.mid(4, 4) == "IEND")
            return Structure::Complete;
        if (i + 12 + qint64(length) > n)
            return Structure::Truncated;
        i += 12 + qint64(length);
    }
}

Structure structureOf(const QByteArray &format, const QByteArray &data)
{
    if (format == "jpeg")
        return jpegStructure(data);
    if (format == "png")
        return pngStructure(data);
    return Structure::Unknown;
}

// PNG width/height straight from IHDR, for when the decoder cannot say.
QSize pngHeaderSize(const QByteArray &data)
{
    if (data.size() < 24 || !startsWith(data, "IHDR", 4, 12))
        return {};
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const quint32 w = readBigEndian32(p + 16);
    const quint32 h = readBigEndian32(p + 20);
    if (w == 0 || h == 0 || w > 0x7FFFFFFFu || h > 0x7FFFFFFFu)
        return {};
    return QSize(int(w), int(h));
}

bool isTransposed(QImageIOHandler::Transformations t)
{
    return t.testFlag(QImageIOHandler::TransformationRotate90);
}

// The allocation limit is process-wide in Qt 6, so it is raised once (never
// lowered) to what the default pixel limit needs at 4 bytes per pixel; our own
// header check does the per-call limiting.
void ensureAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const qint64 bytes = ImagePreparationOptions {}.maxPixels * 4;
        const int megabytes = int((bytes + (1 << 20) - 1) >> 20);
        if (QImageReader::allocationLimit() != 0 && QImageReader::allocationLimit() < megabytes)
            QImageReader::setAllocationLimit(megabytes);
    });
}

// Row by row when the picture shrinks; one that is sent at its own size is
// decoded by Qt (4 to 8 bytes a pixel, fewer than the row-by-row sums).
bool streamsPng(const QByteArray &head, QSize stored, QSize target)
{
    return target != stored && target.transposed() != stored && PngScaledReader::worthStreaming(head, stored, target);
}

ImagePreparer::Result failure(ImageError::Kind kind, QString message, QString hint)
{
    ImagePreparer::Result result;
    result.error.kind = kind;
    result.error.message = std::move(message);
    result.error.hint = std::move(hint);
    return result;
}

} // namespace

QSize ImagePreparer::targetSize(QSize source, QSize outputFrame)
{
    if (source.isEmpty() || outputFrame.isEmpty())
        return source;
    const qint64 sw = source.width();
    const qint64 sh = source.height();
    const qint64 fw = outputFrame.width();
    const qint64 fh = outputFrame.height();
    if (sw <= fw || sh <= fh)
        return source; // covering the frame would need enlarging (or nothing at all)
    qint64 w;
    qint64 h;
    if (fw * sh >= fh * sw) { // the frame's width is the binding side
        w = fw;
        h = (sh * fw + sw - 1) / sw;
    } else {
        h = fh;
        w = (sw * fh + sh - 1) / sh;
    }
    return QSize(int(qMin(w, sw)), int(qMin(h, sh)));
}

ImagePreparer::Result ImagePreparer::prepareFile(const QString &path, const ImagePreparationOptions &options)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    using Kind = ImageError::Kind;
    const auto notFound = [&name] {
        return failure(Kind::NotFound, tr("\u201C%1\u201D could not be found.").arg(name),
                       tr("Check that the file still exists, or choose it again."));
    };

    if (path.isEmpty() || !info.exists())
        return notFound();
    if (info.isDir()) {
        return failure(Kind::NotAnImage, tr("\u201C%1\u201D is a folder, not a picture.").arg(name),
                       tr("Choose a picture file inside it instead."));
    }
    if (!info.isFile()) {
        // A pipe, socket or device: opening a pipe waits for a writer for ever, and a
        // device (/dev/zero) never ends. Refused before it is opened.
        return failure(Kind::Unreadable,
                       tr("\u201C%1\u201D is not a picture file but a pipe, socket or device, so it cannot be read.").arg(name),
                       tr("Choose a picture file saved on a disk."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCDebug(lcImage) << "open failed:" << file.errorString();
        if (!file.exists()) // removed since the check above
            return notFound();
        return failure(Kind::Unreadable, tr("\u201C%1\u201D cannot be opened for reading.").arg(name),
                       tr("Check that you are allowed to read it (its permissions), or copy it to a folder you can read."));
    }
    const qint64 size = file.size();
    if (size > kMaxFileBytes) {
        return failure(Kind::TooLarge, tr("\u201C%1\u201D is too large (%2 MB).").arg(name).arg(size >> 20),
                       tr("Use a smaller picture, or reduce it in an image editor first."));
    }
    // A PNG is checked and decoded from the file as it is read: its bytes
    // (hundreds of MB for a large one) are never all in memory.
    if (sniffFormat(file.peek(64)).qtName == "png")
        return prepareFrom(file, nullptr, options, name);
    // In pieces, and never more than one piece past the limit: a file that grows (or a
    // /proc file that claims 0 bytes) cannot make this read without end.
    QByteArray data;
    data.reserve(qsizetype(qMin(size, kMaxFileBytes)));
    while (data.size() <= kMaxFileBytes) {
        const QByteArray piece = file.read(qint64(1) << 20);
        if (piece.isEmpty())
            break;
        data.append(piece);
    }
    if (data.size() > kMaxFileBytes) {
        return failure(Kind::TooLarge, tr("\u201C%1\u201D is too large (%2 MB).").arg(name).arg(data.size() >> 20),
                       tr("Use a smaller picture, or reduce it in an image editor first."));
    }
    // A failed read is said as such, even when the file claimed to be empty.
    if (file.error() != QFileDevice::NoError) {
        qCDebug(lcImage) << "read failed:" << file.errorString();
        return failure(Kind::Unreadable, tr("\u201C%1\u201D could not be read.").arg(name),
                       tr("Check that the disk or network share is available, then try again."));
    }
    return prepareData(data, options, name);
}

ImagePreparer::Result ImagePreparer::prepareData(const QByteArray &data, const ImagePreparationOptions &options)
{
    return prepareData(data, options, tr("Pasted image"));
}

ImagePreparer::Result ImagePreparer::prepareData(const QByteArray &data, const ImagePreparationOptions &options,
                                                 const QString &displayName)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return prepareFrom(buffer, &data, options, displayName);
}

ImagePreparer::Result ImagePreparer::prepareFrom(QIODevice &device, const QByteArray *whole, const ImagePreparationOptions &options,
                                                 const QString &displayName)
{
    using Kind = ImageError::Kind;
    const QString &name = displayName;
    const QByteArray head = whole ? whole->left(64) : device.peek(64);
    const auto decodeFailed = [&name] {
        return failure(Kind::DecodeFailed, tr("\u201C%1\u201D could not be decoded.").arg(name),
                       tr("The file may be damaged; try opening it in an image editor and saving it again."));
    };
    const auto tooLarge = [&name, &options](QSize pixels) {
        return failure(Kind::TooLarge,
                       tr("\u201C%1\u201D is too large: %2 \u00D7 %3 pixels (the limit is %4 megapixels).")
                           .arg(name)
                           .arg(pixels.width())
                           .arg(pixels.height())
                           .arg(double(options.maxPixels) / 1e6, 0, 'g', 4),
                       tr("Reduce it in an image editor to a few thousand pixels on each side, then try again."));
    };

    QElapsedTimer timer;
    timer.start();

    if (head.isEmpty()) {
        return failure(Kind::Empty, tr("\u201C%1\u201D is empty (0 bytes).").arg(name),
                       tr("The file may not have finished copying or downloading; choose it again when it has."));
    }

    const Sniffed sniffed = sniffFormat(head);
    const QList<QByteArray> readable = QImageReader::supportedImageFormats();
    if (!sniffed.qtName.isEmpty() && !readable.contains(sniffed.qtName)) {
        return failure(Kind::Unsupported,
                       tr("\u201C%1\u201D is a %2 image, which this system cannot decode.").arg(name, sniffed.label),
                       tr("Convert it to JPEG or PNG first (most photo apps can export it)."));
    }

    // Checked before decoding: libjpeg and libpng pad a short file and report success.
    const Structure structure = whole ? structureOf(sniffed.qtName, *whole)
                                      : sniffed.qtName == "png" ? pngStructure(device) : Structure::Unknown;
    if (structure == Structure::Truncated) {
        return failure(Kind::Truncated, tr("\u201C%1\u201D is incomplete: the file ends before the picture does.").arg(name),
                       tr("Copy or download the file again, or choose another picture."));
    }

    ensureAllocationLimit();
    if (!device.seek(0))
        return decodeFailed();
    QImageReader reader(&device, sniffed.qtName);
    reader.setAutoTransform(true);

    if (!reader.canRead()) {
        qCDebug(lcImage) << "no reader for" << name << sniffed.qtName << reader.errorString();
        if (!sniffed.qtName.isEmpty())
            return decodeFailed();
        return failure(Kind::NotAnImage, tr("\u201C%1\u201D is not a picture.").arg(name),
                       tr("Choose a JPEG, PNG, WebP, GIF, BMP or TIFF image."));
    }
    const QByteArray format = reader.format().toLower();

    // The header says how big the decode would be: refuse before allocating.
    QSize storedSize = reader.size();
    if (!storedSize.isValid() && format == "png")
        storedSize = pngHeaderSize(head);
    if (storedSize.isValid() && qint64(storedSize.width()) * storedSize.height() > options.maxPixels)
        return tooLarge(storedSize);
    // JPEG is decoded at a reduced scale and PNG row by row into the reduced
    // size; Qt decodes the other formats whole (up to 16 bytes a pixel with the
    // file's own bytes), so they are taken only up to a size that keeps
    // preparation within its memory bound (SECURITY.md).
    if (storedSize.isValid() && format != "jpeg" && format != "png"
        && qint64(storedSize.width()) * storedSize.height() > kMaxWholeDecodePixels) {
        return failure(Kind::TooLarge,
                       tr("\u201C%1\u201D is a %2 picture of %3 \u00D7 %4 pixels; pictures in that format are read only up "
                          "to %5 megapixels (JPEG and PNG up to %6).")
                           .arg(name, QString::fromLatin1(format.toUpper()))
                           .arg(storedSize.width())
                           .arg(storedSize.height())
                           .arg(double(kMaxWholeDecodePixels) / 1e6, 0, 'g', 4)
                           .arg(double(options.maxPixels) / 1e6, 0, 'g', 4),
                       tr("Save it as JPEG or PNG (any image editor can), or make it smaller, then try again."));
    }

    // Scaling happens in the file's stored orientation; the EXIF transform
    // is applied afterwards by the reader, so transposed images swap axes.
    const bool transposed = isTransposed(reader.transformation());
    const QSize displaySize = transposed ? storedSize.transposed() : storedSize;
    const QImageIOHandler::Transformations transformation = reader.transformation();
    QSize target;
    if (storedSize.isValid())
        target = targetSize(displaySize, options.outputFrame);
    // A picture is never enlarged, so one far longer than the frame's shape
    // (30000 x 450) would be sent nearly whole: refused, which also keeps the
    // working images of a preparation within the memory bound.
    if (target.isValid() && qint64(target.width()) * target.height() > kMaxPreparedPixels) {
        return failure(Kind::TooLarge,
                       tr("\u201C%1\u201D is %2 \u00D7 %3 pixels, too long and narrow for the video: the picture sent "
                          "would be %4 \u00D7 %5 pixels (the limit is %6 megapixels).")
                           .arg(name)
                           .arg(displaySize.width())
                           .arg(displaySize.height())
                           .arg(target.width())
                           .arg(target.height())
                           .arg(double(kMaxPreparedPixels) / 1e6, 0, 'g', 4),
                       tr("Crop it closer to the video's shape (16:9 or 9:16), then try again."));
    }

    // Counted on a reader of its own, from the start: Qt 6.4's TIFF handler
    // counts from the current device position, which size() has already moved.
    QString note;
    if (device.seek(0)) {
        QImageReader counter(&device, format);
        if (counter.imageCount() > 1) {
            note = counter.supportsAnimation() ? tr("Animated image: only the first frame is used.")
                                               : tr("The file holds several pictures: only the first is used.");
        }
    }

    // The decode reads the device from the start once more, on a reader of its own.
    QImage decoded;
    if (!device.seek(0))
        return decodeFailed();
    if (format == "png" && storedSize.isValid() && streamsPng(head, storedSize, target)) {
        // Row by row into the target size: a large PNG never exists at full size.
        PngScaledReader::Result scaled = PngScaledReader::read(device, transposed ? target.transposed() : target);
        if (scaled.image.isNull()) {
            qCDebug(lcImage) << "PNG decode failed for" << name << scaled.problem;
            return decodeFailed();
        }
        decoded = PngScaledReader::transformed(std::move(scaled.image), transformation);
    } else {
        QImageReader decoder(&device, format);
        decoder.setAutoTransform(true);
        decoder.setQuality(100); // accurate IDCT and smooth scaling in the JPEG decoder
        if (target.isValid() && target != displaySize)
            decoder.setScaledSize(transposed ? target.transposed() : target);
        if (!decoder.read(&decoded) || decoded.isNull()) {
            qCDebug(lcImage) << "decode failed for" << name << decoder.errorString();
            // Qt refuses allocations over its limit with the same generic error;
            // a full-size decode at 16 bits per channel is the worst case.
            const qint64 limitBytes = qint64(QImageReader::allocationLimit()) << 20;
            if (storedSize.isValid() && limitBytes > 0 && qint64(storedSize.width()) * storedSize.height() * 8 > limitBytes) {
                // Within the pixel limit, but too deep to decode: say so, not "over the pixel limit".
                const qint64 neededMb = (qint64(storedSize.width()) * storedSize.height() * 8 + (1 << 20) - 1) >> 20;
                return failure(Kind::TooLarge,
                               tr("\u201C%1\u201D (%2 \u00D7 %3 pixels) would need about %4 MB of memory to decode at 16 bits "
                                  "per channel; the limit is %5 MB.")
                                   .arg(name)
                                   .arg(displaySize.width())
                                   .arg(displaySize.height())
                                   .arg(neededMb)
                                   .arg(limitBytes >> 20),
                               tr("Save it with 8 bits per channel, or smaller, in an image editor, then try again."));
            }
            return decodeFailed();
        }
    }

    PreparedImage prepared;
    prepared.sourceFormat = QString::fromLatin1(format);
    prepared.originalSize = displaySize;
    prepared.note = note;
    if (!storedSize.isValid()) {
        // The format could not tell its size up front; check what was decoded.
        prepared.originalSize = decoded.size();
        if (qint64(decoded.width()) * decoded.height() > options.maxPixels)
            return tooLarge(decoded.size());
        target = targetSize(decoded.size(), options.outputFrame);
    }
    // Work in 8-bit RGB from here on; 16-bit and grayscale sources end up the same.
    const bool hasAlpha = decoded.hasAlphaChannel();
    decoded.convertTo(hasAlpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (decoded.size() != target)
        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (decoded.colorSpace().isValid() && decoded.colorSpace() != QColorSpace(QColorSpace::SRgb))
        decoded.convertToColorSpace(QColorSpace::SRgb);

    // A fresh canvas flattens alpha onto white and drops source metadata
    // (text chunks, comments) that the JPEG writer would otherwise copy.
    QImage canvas(decoded.size(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.drawImage(0, 0, decoded);
    }

    QBuffer out(&prepared.jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(qBound(1, options.jpegQuality, 100));
    writer.setOptimizedWrite(true);
    if (!writer.write(canvas)) {
        qCWarning(lcImage) << "JPEG encoding failed:" << writer.errorString();
        return failure(Kind::DecodeFailed, tr("\u201C%1\u201D could not be converted to JPEG.").arg(name),
                       tr("Try again; if it keeps failing, save the picture as PNG and use that."));
    }
    out.close();

    prepared.preparedSize = canvas.size();
    prepared.sha256 = QCryptographicHash::hash(prepared.jpeg, QCryptographicHash::Sha256).toHex();
    qCDebug(lcImage) << "prepared" << format << prepared.originalSize << "->" << prepared.preparedSize << prepared.jpeg.size()
                     << "bytes in" << timer.elapsed() << "ms";

    Result result;
    result.image = std::move(prepared);
    return result;
}

} // namespace wan::image
