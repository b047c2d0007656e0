#include "pngscaledreader.h"

#include "core/logging.h"

#include <QColorSpace>
#include <QIODevice>
#include <QTransform>

#include <png.h>

#include <algorithm>
#include <atomic>
#include <csetjmp>
#include <vector>

namespace wan::image {

namespace {

std::atomic<int> g_decoded{0};

// Where a source pixel (or row) lands in the target: all of its weight in
// `first`, or split between `first` and `first + 1`. Weights are in units of
// 1/source of a target pixel, so a source pixel weighs `target` units in all
// and every target pixel collects `source` units along that axis.
struct Span
{
    int first = 0;
    quint32 weight = 0; // into first; the rest (target - weight) into first + 1
};

Span spanOf(qint64 position, qint64 source, qint64 target)
{
    const qint64 begin = position * target;
    const qint64 end = begin + target;
    Span span;
    span.first = static_cast<int>(begin / source);
    const qint64 boundary = (span.first + 1) * source;
    span.weight = static_cast<quint32>(end <= boundary ? target : boundary - begin);
    return span;
}

// Sums of premultiplied channels (red*alpha, green*alpha, blue*alpha, alpha)
// per target pixel, weighted by area. Rows that arrive in order (a plain PNG)
// need only two target rows of sums: a target row is written out as soon as
// the source has moved past it. Adam7 passes revisit every row, so for them
// the sums of the whole target are kept (32 bytes per target pixel).
class AreaAccumulator
{
public:
    AreaAccumulator(QSize source, QSize target, bool rowsInOrder)
        : m_source(source)
        , m_target(target)
        , m_rolling(rowsInOrder)
        , m_out(target, QImage::Format_ARGB32_Premultiplied)
        , m_sums(size_t(target.width()) * size_t(rowsInOrder ? 2 : target.height()) * 4, 0)
        , m_row(size_t(target.width()) * 4, 0)
        , m_columns(size_t(source.width()))
    {
        for (int x = 0; x < source.width(); ++x)
            m_columns[size_t(x)] = spanOf(x, source.width(), target.width());
    }

    bool isValid() const { return !m_out.isNull(); }

    // rgba: `count` pixels of source row y, at x = firstX, firstX + step, ...
    void addRow(const uchar *rgba, int count, int y, int firstX, int step)
    {
        std::fill(m_row.begin(), m_row.end(), 0);
        const quint32 tw = static_cast<quint32>(m_target.width());
        const int lastColumn = m_target.width() - 1;
        for (int i = 0, x = firstX; i < count; ++i, x += step, rgba += 4) {
            const quint64 a = rgba[3];
            if (a == 0)
                continue;
            const quint64 values[4] = {rgba[0] * a, rgba[1] * a, rgba[2] * a, a};
            const Span span = m_columns[size_t(x)];
            quint64 *cell = m_row.data() + size_t(span.first) * 4;
            for (int c = 0; c < 4; ++c)
                cell[c] += values[c] * span.weight;
            if (span.weight < tw && span.first < lastColumn) {
                const quint64 rest = tw - span.weight;
                for (int c = 0; c < 4; ++c)
                    cell[4 + c] += values[c] * rest;
            }
        }
        const Span span = spanOf(y, m_source.height(), m_target.height());
        if (m_rolling) {
            while (m_written < span.first)
                writeRow(m_written++);
        }
        addRowTo(span.first, span.weight);
        const quint32 th = static_cast<quint32>(m_target.height());
        if (span.weight < th && span.first < m_target.height() - 1)
            addRowTo(span.first + 1, th - span.weight);
    }

    QImage finish(bool hasAlpha)
    {
        while (m_written < m_target.height())
            writeRow(m_written++);
        if (!hasAlpha)
            m_out.reinterpretAsFormat(QImage::Format_RGB32); // every alpha is 255
        return std::move(m_out);
    }

private:
    quint64 *sumsOf(int targetRow)
    {
        const int slot = m_rolling ? targetRow % 2 : targetRow;
        return m_sums.data() + size_t(slot) * size_t(m_target.width()) * 4;
    }

    void addRowTo(int targetRow, quint64 weight)
    {
        quint64 *sums = sumsOf(targetRow);
        const size_t n = m_row.size();
        for (size_t i = 0; i < n; ++i)
            sums[i] += m_row[i] * weight;
    }

    void writeRow(int targetRow)
    {
        const quint64 area = quint64(m_source.width()) * quint64(m_source.height());
        const quint64 colourArea = area * 255;
        const auto channel = [](quint64 total, quint64 divisor) {
            return static_cast<int>(std::min<quint64>(255, (total + divisor / 2) / divisor));
        };
        quint64 *sum = sumsOf(targetRow);
        auto *line = reinterpret_cast<QRgb *>(m_out.scanLine(targetRow));
        for (int x = 0; x < m_target.width(); ++x, sum += 4) {
            line[x] = qRgba(channel(sum[0], colourArea), channel(sum[1], colourArea), channel(sum[2], colourArea),
                            channel(sum[3], area));
            std::fill(sum, sum + 4, 0); // the slot is reused for row targetRow + 2
        }
    }

    QSize m_source;
    QSize m_target;
    bool m_rolling;
    int m_written = 0; // target rows [0, m_written) are final in m_out
    QImage m_out;
    std::vector<quint64> m_sums;
    std::vector<quint64> m_row;
    std::vector<Span> m_columns;
};

struct Decoder
{
    QIODevice *device = nullptr;
    png_structp png = nullptr;
    png_infop info = nullptr;
    QString problem;
    QSize size;
    bool interlaced = false;
    bool hasAlpha = false;
    QColorSpace colorSpace;
};

void onError(png_structp png, png_const_charp message)
{
    auto *decoder = static_cast<Decoder *>(png_get_error_ptr(png));
    decoder->problem = QString::fromLatin1(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp message)
{
    qCDebug(lcImage) << "libpng:" << message;
}

void onRead(png_structp png, png_bytep data, png_size_t length)
{
    auto *decoder = static_cast<Decoder *>(png_get_io_ptr(png));
    if (decoder->device->read(reinterpret_cast<char *>(data), qint64(length)) != qint64(length))
        png_error(png, "the file ends before the picture does");
}

// What QImageReader's PNG handler attaches: sRGB, else the ICC profile, else
// a gamma (with the cHRM primaries when present, else sRGB's).
QColorSpace colorSpaceOf(png_structp png, png_infop info)
{
    if (png_get_valid(png, info, PNG_INFO_sRGB))
        return QColorSpace(QColorSpace::SRgb);
    png_charp name = nullptr;
    int compression = 0;
    png_bytep profile = nullptr;
    png_uint_32 length = 0;
    if (png_get_iCCP(png, info, &name, &compression, &profile, &length) && profile && length > 0) {
        QColorSpace icc = QColorSpace::fromIccProfile(QByteArray(reinterpret_cast<const char *>(profile), qsizetype(length)));
        if (icc.isValid())
            return icc;
    }
    double gamma = 0.0;
    if (png_get_gAMA(png, info, &gamma) && gamma > 0.0) {
        double wx = 0, wy = 0, rx = 0, ry = 0, gx = 0, gy = 0, bx = 0, by = 0;
        if (png_get_cHRM(png, info, &wx, &wy, &rx, &ry, &gx, &gy, &bx, &by)) {
            QColorSpace chrm(QPointF(wx, wy), QPointF(rx, ry), QPointF(gx, gy), QPointF(bx, by),
                                   QColorSpace::TransferFunction::Gamma, float(1.0 / gamma));
            if (chrm.isValid())
                return chrm;
        }
        return QColorSpace(QColorSpace::Primaries::SRgb, QColorSpace::TransferFunction::Gamma, float(1.0 / gamma));
    }
    return {};
}

// Reads the header and asks libpng for 8-bit RGBA rows. No C++ object with a
// destructor lives in this frame: png_error() jumps back here over libpng's frames only.
bool readHeader(Decoder &d)
{
    if (setjmp(png_jmpbuf(d.png)))
        return false;
    png_read_info(d.png, d.info);
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    int depth = 0;
    int colorType = 0;
    int interlace = 0;
    png_get_IHDR(d.png, d.info, &width, &height, &depth, &colorType, &interlace, nullptr, nullptr);
    if (width == 0 || height == 0 || width > 0x7FFFFFFFu || height > 0x7FFFFFFFu)
        png_error(d.png, "invalid image size");
    d.size = QSize(int(width), int(height));
    d.interlaced = interlace != PNG_INTERLACE_NONE;
    d.hasAlpha = (colorType & PNG_COLOR_MASK_ALPHA) || png_get_valid(d.png, d.info, PNG_INFO_tRNS);
    d.colorSpace = colorSpaceOf(d.png, d.info);
    png_set_expand(d.png); // palette to RGB, grey below 8 bits to 8, tRNS to alpha
    if (depth == 16)
        png_set_scale_16(d.png);
    if (!(colorType & PNG_COLOR_MASK_COLOR))
        png_set_gray_to_rgb(d.png);
    if (!d.hasAlpha)
        png_set_filler(d.png, 0xFF, PNG_FILLER_AFTER);
    png_read_update_info(d.png, d.info);
    if (png_get_rowbytes(d.png, d.info) != png_size_t(width) * 4)
        png_error(d.png, "unexpected row layout");
    return true;
}

// Every row of every pass into the accumulator. Adam7 passes hold every n-th
// pixel of every m-th row; area averaging does not care in which order pixels come.
bool readRows(Decoder &d, uchar *row, AreaAccumulator &accumulator)
{
    if (setjmp(png_jmpbuf(d.png)))
        return false;
    const png_uint_32 width = png_uint_32(d.size.width());
    const png_uint_32 height = png_uint_32(d.size.height());
    if (!d.interlaced) {
        for (png_uint_32 y = 0; y < height; ++y) {
            png_read_row(d.png, row, nullptr);
            accumulator.addRow(row, int(width), int(y), 0, 1);
        }
    } else {
        for (int pass = 0; pass < 7; ++pass) {
            const png_uint_32 columns = PNG_PASS_COLS(width, pass);
            const png_uint_32 rows = PNG_PASS_ROWS(height, pass);
            if (columns == 0 || rows == 0)
                continue; // libpng skips empty passes too
            for (png_uint_32 r = 0; r < rows; ++r) {
                png_read_row(d.png, row, nullptr);
                accumulator.addRow(row, int(columns), int(PNG_ROW_FROM_PASS_ROW(r, pass)), int(PNG_COL_FROM_PASS_COL(0, pass)),
                                   int(PNG_PASS_COL_OFFSET(pass)));
            }
        }
    }
    png_read_end(d.png, nullptr);
    return true;
}

} // namespace

bool PngScaledReader::isInterlaced(const QByteArray &head)
{
    return headerSize(head).isValid() && head.size() >= 29 && head.at(28) != 0;
}

QSize PngScaledReader::headerSize(const QByteArray &head)
{
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1A\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const quint32 w = png_get_uint_32(p + 16);
    const quint32 h = png_get_uint_32(p + 20);
    if (w == 0 || h == 0 || w > 0x7FFFFFFFu || h > 0x7FFFFFFFu)
        return {};
    return QSize(int(w), int(h));
}

bool PngScaledReader::worthStreaming(const QByteArray &head, QSize stored, QSize target)
{
    if (!isInterlaced(head))
        return true;
    return qint64(target.width()) * target.height() * 8 <= qint64(stored.width()) * stored.height();
}

QImage PngScaledReader::transformed(QImage image, QImageIOHandler::Transformations transformation)
{
    if (transformation == QImageIOHandler::TransformationNone)
        return image;
    if (transformation == QImageIOHandler::TransformationRotate270)
        return image.transformed(QTransform().rotate(270));
    if (transformation & (QImageIOHandler::TransformationMirror | QImageIOHandler::TransformationFlip))
        image = image.mirrored(transformation.testFlag(QImageIOHandler::TransformationMirror),
                               transformation.testFlag(QImageIOHandler::TransformationFlip));
    if (transformation & QImageIOHandler::TransformationRotate90)
        image = image.transformed(QTransform().rotate(90));
    return image;
}

int PngScaledReader::decodedCount()
{
    return g_decoded.load();
}

PngScaledReader::Result PngScaledReader::read(QIODevice &device, QSize target)
{
    Result result;
    Decoder d;
    d.device = &device;
    d.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &d, onError, onWarning);
    if (!d.png) {
        result.problem = tr("the PNG decoder could not start");
        return result;
    }
    d.info = png_create_info_struct(d.png);
    if (!d.info) {
        png_destroy_read_struct(&d.png, nullptr, nullptr);
        result.problem = tr("the PNG decoder could not start");
        return result;
    }
    png_set_read_fn(d.png, &d, onRead);
    // The size check of the caller (maxPixels) is the limit; libpng's own default is 1,000,000 per side.
    png_set_user_limits(d.png, 0x7FFFFFFF, 0x7FFFFFFF);

    if (readHeader(d)) {
        const QSize scaled(std::clamp(target.width(), 1, d.size.width()), std::clamp(target.height(), 1, d.size.height()));
        AreaAccumulator accumulator(d.size, target.isValid() ? scaled : d.size, !d.interlaced);
        std::vector<uchar> row(size_t(d.size.width()) * 4);
        if (!accumulator.isValid()) {
            result.problem = tr("there is not enough memory for the scaled picture");
        } else if (readRows(d, row.data(), accumulator)) {
            result.image = accumulator.finish(d.hasAlpha);
            if (d.colorSpace.isValid())
                result.image.setColorSpace(d.colorSpace);
        }
    }
    if (result.image.isNull() && result.problem.isEmpty())
        result.problem = d.problem.isEmpty() ? tr("the PNG data is damaged") : d.problem;
    png_destroy_read_struct(&d.png, &d.info, nullptr);
    ++g_decoded;
    return result;
}

} // namespace wan::image
