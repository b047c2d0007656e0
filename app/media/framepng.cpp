#include "framepng.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QSaveFile>

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <csetjmp>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace wan::media {

namespace {

struct Writer
{
    QIODevice *device;
    QString problem;
};

void onWriteError(png_structp png, png_const_charp message)
{
    auto *writer = static_cast<Writer *>(png_get_error_ptr(png));
    if (writer->problem.isEmpty())
        writer->problem = QString::fromLatin1(message);
    png_longjmp(png, 1);
}

void onWrite(png_structp png, png_bytep data, png_size_t length)
{
    auto *writer = static_cast<Writer *>(png_get_io_ptr(png));
    if (writer->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        writer->problem = writer->device->errorString();
        png_error(png, "write failed");
    }
}

void onFlush(png_structp)
{
}

// The pixels with the Paeth filter on every row and zlib's run-length
// strategy. QImageWriter leaves libpng to try every filter on every row with
// zlib's level 6: on a 720p frame of a photo that took six times as long
// (300 ms against 49 ms) for a larger file (643 kB against 628 kB), on the
// test pattern three times (56 ms against 16 ms; 202 kB against 195 kB).
// No C++ object with a destructor lives in this frame: png_error() jumps back
// here over libpng's frames only.
bool writeImage(png_structp png, png_infop info, const QImage &rgb, png_textp texts, int textCount)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, png_uint_32(rgb.width()), png_uint_32(rgb.height()), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_PAETH);
    png_set_compression_strategy(png, Z_RLE);
    if (textCount > 0)
        png_set_text(png, info, texts, textCount);
    png_write_info(png, info);
    for (int y = 0; y < rgb.height(); ++y)
        png_write_row(png, rgb.constScanLine(y));
    png_write_end(png, info);
    return true;
}

void onError(png_structp png, png_const_charp message)
{
    qCDebug(lcMedia) << "libpng:" << message;
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp message)
{
    qCDebug(lcMedia) << "libpng:" << message;
}

void onRead(png_structp png, png_bytep data, png_size_t length)
{
    auto *device = static_cast<QIODevice *>(png_get_io_ptr(png));
    if (device->read(reinterpret_cast<char *>(data), qint64(length)) != qint64(length))
        png_error(png, "the file ends early");
}

// Reads up to the first pixel data, where the writer puts its text. No C++
// object with a destructor lives in this frame: png_error() jumps back here.
bool readInfo(png_structp png, png_infop info)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_read_info(png, info);
    return true;
}

QHash<QString, QString> readTextChunks(QIODevice &device)
{
    QHash<QString, QString> texts;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        return texts;
    }
    png_set_read_fn(png, &device, onRead);
    if (readInfo(png, info)) {
        png_textp chunks = nullptr;
        const int count = png_get_text(png, info, &chunks, nullptr);
        for (int i = 0; i < count; ++i) {
            // iTXt is UTF-8; tEXt and zTXt are Latin-1.
            const bool international = chunks[i].compression >= PNG_ITXT_COMPRESSION_NONE;
            const QByteArray text(chunks[i].text, qsizetype(international ? chunks[i].itxt_length : chunks[i].text_length));
            texts.insert(QString::fromLatin1(chunks[i].key), international ? QString::fromUtf8(text) : QString::fromLatin1(text));
        }
    }
    png_destroy_read_struct(&png, &info, nullptr);
    return texts;
}

} // namespace

bool FramePng::write(const QImage &image, const FrameStamp &stamp, const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [error, &name](const QString &why) {
        if (error)
            *error = tr("The frame could not be saved as \u201C%1\u201D: %2").arg(name, why);
        return false;
    };
    if (image.isNull())
        return fail(tr("there is no picture to save."));
    const QImage rgb = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);

    // The text lives in these arrays until libpng has written it.
    QList<QPair<QByteArray, QByteArray>> texts;
    if (!stamp.source.isEmpty())
        texts.append({SourceKey.toLatin1(), stamp.source.toUtf8()});
    if (stamp.frame >= 0)
        texts.append({FrameKey.toLatin1(), QByteArray::number(stamp.frame)});
    if (!stamp.settingsJson.isEmpty())
        texts.append({SettingsKey.toLatin1(), stamp.settingsJson});
    std::vector<png_text> chunks(size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        png_text &chunk = chunks[size_t(i)];
        chunk = {};
        chunk.key = texts[i].first.data();
        chunk.text = texts[i].second.data();
        // ASCII as plain tEXt, which every tool shows; anything else as UTF-8 in iTXt.
        const bool ascii = std::all_of(texts[i].second.cbegin(), texts[i].second.cend(),
                                       [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7F; });
        if (ascii) {
            chunk.compression = PNG_TEXT_COMPRESSION_NONE;
            chunk.text_length = size_t(texts[i].second.size());
        } else {
            chunk.compression = PNG_ITXT_COMPRESSION_NONE;
            chunk.itxt_length = size_t(texts[i].second.size());
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    Writer writer{&file, {}};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &writer, onWriteError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    bool written = png && info;
    if (written) {
        png_set_write_fn(png, &writer, onWrite, onFlush);
        written = writeImage(png, info, rgb, chunks.data(), int(chunks.size()));
    }
    png_destroy_write_struct(&png, &info);
    if (!written) {
        file.cancelWriting();
        return fail(writer.problem.isEmpty() ? file.errorString() : writer.problem);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

FrameStamp FramePng::readStamp(const QString &path)
{
    FrameStamp stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stamp;
    const QHash<QString, QString> texts = readTextChunks(file);
    stamp.source = texts.value(SourceKey);
    bool ok = false;
    const qint64 frame = texts.value(FrameKey).toLongLong(&ok);
    stamp.frame = ok ? frame : -1;
    stamp.settingsJson = texts.value(SettingsKey).toUtf8();
    return stamp;
}

} // namespace wan::media
