// Large PNGs are decoded row by row into the size that is sent (or shown),
// never at full size: the output matches Qt's full decode + smooth scaling,
// for every kind of PNG (8/16-bit, palette, grey, alpha, Adam7), and the
// preparer and the image well's thumbnail take that path (counted: memory
// itself is measured by the benchmark, figure 2c, not by a test).

#include "image/imageinspector.h"
#include "image/imagepreparer.h"
#include "image/pngscaledreader.h"
#include "testimages.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <png.h>

#include <cmath>

using namespace wan::image;
using namespace wan::test;

namespace {

// What the preparer did before: the whole picture decoded, then scaled.
QImage qtScaled(const QByteArray &png, QSize target)
{
    QImage image = QImage::fromData(png, "PNG");
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// Mean absolute difference per channel (0-255), premultiplied as stored.
double meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1e9;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    double total = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            total += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col])) + std::abs(qAlpha(p[col]) - qAlpha(q[col]));
        }
    }
    return total / (4.0 * x.width() * x.height());
}

// Soft alpha over the photo: a diagonal ramp with a fully transparent corner.
QImage withAlpha(const QImage &photo)
{
    QImage image = photo.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int a = std::clamp((x + y) * 255 / (image.width() + image.height()) * 2 - 60, 0, 255);
            line[x] = qRgba(qRed(line[x]), qGreen(line[x]), qBlue(line[x]), a);
        }
    }
    return image;
}

void pngWrite(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void pngFlush(png_structp) {}

// An 8-bit RGBA PNG written by libpng with Adam7 interlacing (Qt writes none).
QByteArray interlacedPng(const QImage &source)
{
    const QImage rgba = source.convertToFormat(QImage::Format_RGBA8888);
    QByteArray out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return {};
    }
    png_set_write_fn(png, &out, pngWrite, pngFlush);
    png_set_IHDR(png, info, png_uint_32(rgba.width()), png_uint_32(rgba.height()), 8, PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_ADAM7, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    const int passes = png_set_interlace_handling(png);
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < rgba.height(); ++y)
            png_write_row(png, const_cast<png_bytep>(rgba.constScanLine(y)));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return out;
}

PngScaledReader::Result readScaled(const QByteArray &png, QSize target)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    return PngScaledReader::read(buffer, target);
}

} // namespace

class TestPngScaledReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void scaledOutput_matchesQtsFullDecodeAndSmoothScaling_data();
    void scaledOutput_matchesQtsFullDecodeAndSmoothScaling();
    void interlacedPng_givesTheSamePixelsAsPlain();
    void fileColourSpace_isAttachedAsQtDoes();
    void damagedPixelData_isAFailureNotACrash();

    void preparerAndWell_takeTheRowByRowPath();
    void preparedPng_matchesThePreviousPath();
    void thumbnailOfALargePng_isDecodedScaled();

private:
    QTemporaryDir m_dir;
    QImage m_photo;
};

void TestPngScaledReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_photo = photoLikeImage(QSize(1201, 901), 7);
    QVERIFY(!m_photo.isNull());
}

void TestPngScaledReader::scaledOutput_matchesQtsFullDecodeAndSmoothScaling_data()
{
    QTest::addColumn<QByteArray>("png");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<double>("tolerance");

    const QImage alpha = withAlpha(m_photo);
    // Palette with transparency: Qt writes PLTE + tRNS.
    QImage indexed = alpha.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::ThresholdAlphaDither);
    const QList<std::pair<const char *, QByteArray>> files{
        {"RGB 8-bit", encode(m_photo, "png")},
        {"RGBA 8-bit", encode(alpha, "png")},
        {"RGBA 16-bit", encode(alpha.convertToFormat(QImage::Format_RGBA64), "png")},
        {"grey 8-bit", encode(m_photo.convertToFormat(QImage::Format_Grayscale8), "png")},
        {"grey 16-bit", encode(m_photo.convertToFormat(QImage::Format_Grayscale16), "png")},
        {"palette with tRNS", encode(indexed, "png")},
        {"mono", encode(m_photo.convertToFormat(QImage::Format_Mono), "png")},
        {"Adam7 RGBA", interlacedPng(alpha)},
    };
    for (const QSize target : {QSize(320, 240), QSize(833, 625), QSize(1201, 901)}) {
        for (const auto &[name, png] : files)
            QTest::addRow("%s %dx%d", name, target.width(), target.height()) << png << target << (qstrcmp(name, "mono") == 0 ? 1.5 : 1.0);
    }
}

void TestPngScaledReader::scaledOutput_matchesQtsFullDecodeAndSmoothScaling()
{
    QFETCH(QByteArray, png);
    QFETCH(QSize, target);
    QFETCH(double, tolerance);
    QVERIFY(!png.isEmpty());
    const PngScaledReader::Result result = readScaled(png, target);
    QVERIFY2(!result.image.isNull(), qPrintable(result.problem));
    QCOMPARE(result.image.size(), target);
    const QImage reference = qtScaled(png, target);
    QCOMPARE(result.image.hasAlphaChannel(), reference.hasAlphaChannel());
    const double difference = meanDifference(result.image, reference);
    QVERIFY2(difference <= tolerance, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
}

void TestPngScaledReader::interlacedPng_givesTheSamePixelsAsPlain()
{
    const QImage alpha = withAlpha(m_photo);
    const QByteArray adam7 = interlacedPng(alpha);
    QVERIFY(PngScaledReader::isInterlaced(adam7.left(32)));
    const QByteArray plain = encode(alpha, "png");
    QVERIFY(!PngScaledReader::isInterlaced(plain.left(32)));
    for (const QSize target : {QSize(300, 225), QSize(7, 5), QSize(1201, 901)}) {
        const QImage a = readScaled(adam7, target).image;
        const QImage b = readScaled(plain, target).image;
        QVERIFY(!a.isNull());
        QCOMPARE(a, b); // area sums do not depend on the order pixels arrive in
    }
}

void TestPngScaledReader::fileColourSpace_isAttachedAsQtDoes()
{
    QImage p3 = m_photo;
    p3.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
    QImage gamma = m_photo;
    gamma.setColorSpace(QColorSpace(QColorSpace::Primaries::SRgb, 1.8f)); // written as iCCP by Qt
    for (const QImage &image : {p3, gamma, m_photo}) {
        const QByteArray png = encode(image, "png");
        const QImage ours = readScaled(png, QSize(100, 75)).image;
        QCOMPARE(ours.colorSpace(), QImage::fromData(png, "PNG").colorSpace());
    }
}

void TestPngScaledReader::damagedPixelData_isAFailureNotACrash()
{
    QByteArray png = encode(m_photo, "png");
    const qsizetype idat = png.indexOf("IDAT");
    QVERIFY(idat > 0);
    for (qsizetype i = idat + 100; i < idat + 400; ++i)
        png[i] = char(png[i] ^ 0x5A);
    const PngScaledReader::Result result = readScaled(png, QSize(100, 75));
    QVERIFY(result.image.isNull());
    QVERIFY(!result.problem.isEmpty());
    // Cut short: the reader says the file ends early.
    const PngScaledReader::Result cut = readScaled(encode(m_photo, "png").left(2000), QSize(100, 75));
    QVERIFY(cut.image.isNull());
    QVERIFY2(cut.problem.contains(QLatin1String("ends")), qPrintable(cut.problem));
}

void TestPngScaledReader::preparerAndWell_takeTheRowByRowPath()
{
    const QString path = m_dir.filePath(QStringLiteral("large.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(encode(photoLikeImage(QSize(3000, 2000), 3), "png")) > 0);
    file.close();
    const int decoded = PngScaledReader::decodedCount();
    const ImagePreparer::Result result = ImagePreparer::prepareFile(path, ImagePreparationOptions());
    const ImageInspector::Result inspected = ImageInspector::inspectFileNow(path, QSize(832, 480));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.image.originalSize, QSize(3000, 2000));
    QCOMPARE(result.image.preparedSize, QSize(832, 555));
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.message));
    QCOMPARE(inspected.inspection.thumbnail.size(), QSize(3000, 2000).scaled(1024, 1024, Qt::KeepAspectRatio));
    QVERIFY(PngScaledReader::decodedCount() >= decoded + 3); // preparer twice, thumbnail once
}

void TestPngScaledReader::preparedPng_matchesThePreviousPath()
{
    // The JPEG sent for a PNG with alpha: flattened onto white as before, nearly the same pixels.
    const QImage alpha = withAlpha(photoLikeImage(QSize(2400, 1600), 11));
    const QByteArray png = encode(alpha, "png");
    const int decoded = PngScaledReader::decodedCount();
    const ImagePreparer::Result result = ImagePreparer::prepareData(png, ImagePreparationOptions(), QStringLiteral("a.png"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(PngScaledReader::decodedCount(), decoded + 1);
    QCOMPARE(result.image.preparedSize, QSize(832, 555));
    QImage reference(QSize(832, 555), QImage::Format_RGB32);
    reference.fill(Qt::white);
    {
        QPainter painter(&reference);
        painter.drawImage(0, 0, qtScaled(png, QSize(832, 555)));
    }
    const QImage sent = QImage::fromData(result.image.jpeg, "JPEG");
    const QImage referenceJpeg = QImage::fromData(encode(reference, "jpeg", 88), "JPEG");
    const double difference = meanDifference(sent, referenceJpeg);
    QVERIFY2(difference <= 1.5, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
}

void TestPngScaledReader::thumbnailOfALargePng_isDecodedScaled()
{
    const QImage alpha = withAlpha(photoLikeImage(QSize(2000, 1500), 5));
    const QString path = m_dir.filePath(QStringLiteral("thumb.png"));
    QVERIFY(alpha.save(path, "PNG"));
    const int decoded = PngScaledReader::decodedCount();
    const ImageInspector::Result inspected = ImageInspector::inspectFileNow(path, QSize(832, 480));
    QVERIFY2(inspected.ok(), qPrintable(inspected.error.message));
    QCOMPARE(PngScaledReader::decodedCount(), decoded + 2); // the prepared facts and the thumbnail
    const QImage thumbnail = inspected.inspection.thumbnail;
    QCOMPARE(thumbnail.size(), QSize(2000, 1500).scaled(1024, 1024, Qt::KeepAspectRatio));
    const double difference = meanDifference(thumbnail, qtScaled(encode(alpha, "png"), thumbnail.size()));
    QVERIFY2(difference <= 1.0, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
}

QTEST_GUILESS_MAIN(TestPngScaledReader)
#include "tst_pngscaledreader.moc"
