// Image preparation: what comes out for good pictures (orientation, size,
// alpha, colour), and that damaged bytes never crash it. The typed reason for
// each kind of bad file is in tst_imagerefusal.

#include "image/imagepreparer.h"
#include "preparertestsupport.h"
#include "testimages.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace wan::image;
using namespace wan::test;
using Kind = ImageError::Kind;

Q_DECLARE_METATYPE(wan::image::ImageError::Kind)

namespace {


QImage decodedOutput(const ImagePreparer::Result &result)
{
    return QImage::fromData(result.image.jpeg, "JPEG");
}

} // namespace

class TestImagePreparer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void targetSize_coversFrameWithoutEnlarging_data();
    void targetSize_coversFrameWithoutEnlarging();

    void exifOrientedJpeg_comesOutUpright_data();
    void exifOrientedJpeg_comesOutUpright();
    void exifOrientedJpeg_isScaledEquallyOnBothAxes_data();
    void exifOrientedJpeg_isScaledEquallyOnBothAxes();
    void pngWithAlpha_isFlattenedOntoWhite();
    void otherSourceKinds_prepareFine_data();
    void otherSourceKinds_prepareFine();
    void animatedGif_usesFirstFrameAndSaysSo();
    void wideGamutPng_isConvertedToSrgb();
    void largerThanFrame_isScaledToCoverFrame_data();
    void largerThanFrame_isScaledToCoverFrame();
    void smallerThanFrame_isNotEnlarged_data();
    void smallerThanFrame_isNotEnlarged();

    void output_isPlainRgbJpegWithMatchingSha256();
    void output_dropsSourceMetadata();
    void jpegQuality_isApplied();
    void sameBytes_giveSameOutput();
    void dataAfterEndOfImage_isAccepted();
    void concurrentCalls_giveIdenticalResults();
    void damagedBytes_areRejectedOrPrepared();


private:
    QTemporaryDir m_dir;
    QString m_large; // 4000 x 3000 photo-like JPEG
    QString m_largePng; // 4000 x 3000 PNG
    QString m_portrait; // 3000 x 4000 photo-like JPEG
    QString m_small; // 400 x 300 photo-like JPEG
};

void TestImagePreparer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_large = writeLargeJpeg(m_dir.path());
    m_largePng = writeImage(m_dir.path(), QStringLiteral("large.png"), quadrantImage(QSize(4000, 3000)), "png");
    m_portrait = writePhotoLikeJpeg(m_dir.path(), QStringLiteral("portrait.jpg"), QSize(3000, 4000));
    m_small = writeSmallJpeg(m_dir.path());
    QVERIFY(!m_large.isEmpty() && !m_largePng.isEmpty() && !m_portrait.isEmpty() && !m_small.isEmpty());
}

void TestImagePreparer::targetSize_coversFrameWithoutEnlarging_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("frame");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("4:3 into 480p landscape") << QSize(4000, 3000) << QSize(832, 480) << QSize(832, 624);
    QTest::newRow("4:3 into 480p portrait") << QSize(4000, 3000) << QSize(480, 832) << QSize(1110, 832);
    QTest::newRow("3:4 into 480p landscape") << QSize(3000, 4000) << QSize(832, 480) << QSize(832, 1110);
    QTest::newRow("3:4 into 480p portrait") << QSize(3000, 4000) << QSize(480, 832) << QSize(624, 832);
    QTest::newRow("4:3 into 720p portrait") << QSize(4000, 3000) << QSize(720, 1280) << QSize(1707, 1280);
    QTest::newRow("16:9 into 720p exactly") << QSize(1920, 1080) << QSize(1280, 720) << QSize(1280, 720);
    QTest::newRow("9:16 into 720p exactly") << QSize(1080, 1920) << QSize(720, 1280) << QSize(720, 1280);
    QTest::newRow("same as frame") << QSize(832, 480) << QSize(832, 480) << QSize(832, 480);
    QTest::newRow("2:1 height binds") << QSize(1000, 500) << QSize(832, 480) << QSize(960, 480);
    QTest::newRow("smaller: unchanged") << QSize(400, 300) << QSize(832, 480) << QSize(400, 300);
    QTest::newRow("one side short: unchanged") << QSize(900, 480) << QSize(832, 480) << QSize(900, 480);
    QTest::newRow("panorama: unchanged") << QSize(8000, 400) << QSize(832, 480) << QSize(8000, 400);
    QTest::newRow("empty source") << QSize() << QSize(832, 480) << QSize();
}

void TestImagePreparer::targetSize_coversFrameWithoutEnlarging()
{
    QFETCH(QSize, source);
    QFETCH(QSize, frame);
    QFETCH(QSize, expected);

    const QSize target = ImagePreparer::targetSize(source, frame);
    QCOMPARE(target, expected);
    if (!source.isEmpty()) {
        QVERIFY(target.width() <= source.width() && target.height() <= source.height());
    }
}

void TestImagePreparer::exifOrientedJpeg_comesOutUpright_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("displaySize");
    QTest::addColumn<QSize>("expectedSize");

    for (int orientation = 1; orientation <= 8; ++orientation) {
        QTest::addRow("orientation %d, scaled", orientation) << orientation << QSize(1600, 1200) << QSize(832, 624);
    }
    for (int orientation : { 3, 5, 6, 8 }) {
        QTest::addRow("orientation %d, small", orientation) << orientation << QSize(400, 300) << QSize(400, 300);
    }
    QTest::newRow("orientation 6, portrait display") << 6 << QSize(1200, 1600) << QSize(832, 1110);
}

void TestImagePreparer::exifOrientedJpeg_comesOutUpright()
{
    QFETCH(int, orientation);
    QFETCH(QSize, displaySize);
    QFETCH(QSize, expectedSize);

    const QString path = writeExifOrientedJpeg(m_dir.path(), orientation, displaySize);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QImageReader(path).transformation() != QImageIOHandler::TransformationNone, orientation != 1);

    const auto result = ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.originalSize, displaySize);
    QCOMPARE(result.image.preparedSize, expectedSize);

    const QImage out = decodedOutput(result);
    QCOMPARE(out.size(), expectedSize);
    const struct
    {
        double fx, fy;
        Quadrant quadrant;
    } spots[] = { { 0.25, 0.25, Quadrant::TopLeft },
                  { 0.75, 0.25, Quadrant::TopRight },
                  { 0.25, 0.75, Quadrant::BottomLeft },
                  { 0.75, 0.75, Quadrant::BottomRight } };
    for (const auto &spot : spots) {
        const QColor actual = colorAt(out, spot.fx, spot.fy);
        QVERIFY2(isNear(actual, quadrantColor(spot.quadrant)),
                 qPrintable(QStringLiteral("at (%1, %2): got %3, expected %4")
                                .arg(spot.fx)
                                .arg(spot.fy)
                                .arg(actual.name(), quadrantColor(spot.quadrant).name())));
    }
}

void TestImagePreparer::exifOrientedJpeg_isScaledEquallyOnBothAxes_data()
{
    QTest::addColumn<int>("orientation");
    for (int orientation : { 1, 3, 5, 6, 7, 8 })
        QTest::addRow("orientation %d", orientation) << orientation;
}

void TestImagePreparer::exifOrientedJpeg_isScaledEquallyOnBothAxes()
{
    // Scaling is requested in the stored orientation; asking for the display
    // size on a rotated file squeezes one axis and stretches it back, which
    // the stripes running that way do not survive.
    QFETCH(int, orientation);
    const QByteArray jpeg = exifOrientedJpeg(stripesImage(QSize(1600, 1200), 6), orientation, 95);
    const auto result = ImagePreparer::prepareData(jpeg, optionsFor(QSize(832, 480)), QStringLiteral("stripes.jpg"));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.preparedSize, QSize(832, 624));

    const QImage out = decodedOutput(result);
    const double vertical = contrastAt(out, 0.25, 0.5);
    const double horizontal = contrastAt(out, 0.75, 0.5);
    const QString detail = QStringLiteral("contrast %1 (vertical stripes) vs %2 (horizontal)").arg(vertical).arg(horizontal);
    QVERIFY2(vertical > 40 && horizontal > 40, qPrintable(detail));
    QVERIFY2(qMax(vertical, horizontal) < 1.25 * qMin(vertical, horizontal), qPrintable(detail));
}

void TestImagePreparer::pngWithAlpha_isFlattenedOntoWhite()
{
    const QString path = writePngWithAlpha(m_dir.path(), QSize(1200, 900));
    QVERIFY(QImage(path).hasAlphaChannel());

    const auto result = ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.sourceFormat, QStringLiteral("png"));
    QCOMPARE(result.image.preparedSize, QSize(832, 624));

    const QImage out = decodedOutput(result);
    QVERIFY(!out.hasAlphaChannel());
    // Transparent black must become white, not black.
    QVERIFY2(isNear(colorAt(out, 1.0 / 6, 0.5), Qt::white, 6), qPrintable(colorAt(out, 1.0 / 6, 0.5).name()));
    QVERIFY2(isNear(colorAt(out, 0.5, 0.5), QColor(255, 127, 127), 12), qPrintable(colorAt(out, 0.5, 0.5).name()));
    QVERIFY2(isNear(colorAt(out, 5.0 / 6, 0.5), QColor(0, 0, 255), 12), qPrintable(colorAt(out, 5.0 / 6, 0.5).name()));
}

enum class Content { Quadrants, GrayHalves };
Q_DECLARE_METATYPE(Content)

void TestImagePreparer::otherSourceKinds_prepareFine_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<Content>("content");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<QString>("skipReason");

    const QString dir = m_dir.path();
    const QSize size(1200, 900);
    QString whyNoCmyk;
    const QString cmyk = writeCmykJpeg(dir, size, &whyNoCmyk);
    QTest::newRow("CMYK JPEG") << cmyk << QStringLiteral("jpeg") << Content::Quadrants << 40 << whyNoCmyk;
    QTest::newRow("grayscale PNG") << writeGrayscalePng(dir, size) << QStringLiteral("png") << Content::GrayHalves << 6
                                   << QString();
    QTest::newRow("grayscale JPEG") << writeGrayscaleJpeg(dir, size) << QStringLiteral("jpeg") << Content::GrayHalves << 8
                                    << QString();
    QTest::newRow("16-bit RGBA PNG") << write16BitPng(dir, size, false) << QStringLiteral("png") << Content::Quadrants << 6
                                     << QString();
    QTest::newRow("16-bit grayscale PNG") << write16BitPng(dir, size, true) << QStringLiteral("png") << Content::GrayHalves << 6
                                          << QString();

    const auto optional = [&](const char *format, const char *suffix) {
        const bool writable = QImageWriter::supportedImageFormats().contains(format);
        const QString path = writable
            ? writeImage(dir, QStringLiteral("quadrants.") + QLatin1String(suffix), quadrantImage(size), format, 100)
            : QString();
        QTest::addRow("%s", format) << path << QString::fromLatin1(format) << Content::Quadrants << 12
                                    << (writable ? QString() : QStringLiteral("Qt cannot write this format here"));
    };
    optional("webp", "webp");
    optional("bmp", "bmp");
    optional("tiff", "tif");
}

void TestImagePreparer::otherSourceKinds_prepareFine()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(Content, content);
    QFETCH(int, tolerance);
    QFETCH(QString, skipReason);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));
    QVERIFY(!path.isEmpty());

    const auto result = ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.sourceFormat, format);
    QCOMPARE(result.image.originalSize, QSize(1200, 900));
    QCOMPARE(result.image.preparedSize, QSize(832, 624));

    const QImage out = decodedOutput(result);
    QCOMPARE(out.size(), QSize(832, 624));
    if (content == Content::Quadrants) {
        QVERIFY(isNear(colorAt(out, 0.25, 0.25), quadrantColor(Quadrant::TopLeft), tolerance));
        QVERIFY(isNear(colorAt(out, 0.75, 0.25), quadrantColor(Quadrant::TopRight), tolerance));
        QVERIFY(isNear(colorAt(out, 0.25, 0.75), quadrantColor(Quadrant::BottomLeft), tolerance));
        QVERIFY2(isNear(colorAt(out, 0.75, 0.75), quadrantColor(Quadrant::BottomRight), tolerance),
                 qPrintable(colorAt(out, 0.75, 0.75).name()));
    } else {
        QVERIFY(isNear(colorAt(out, 0.25, 0.5), QColor(64, 64, 64), tolerance));
        QVERIFY(isNear(colorAt(out, 0.75, 0.5), QColor(192, 192, 192), tolerance));
    }
}

void TestImagePreparer::animatedGif_usesFirstFrameAndSaysSo()
{
    const QString path = writeAnimatedGif(m_dir.path());
    QImageReader reader(path);
    QCOMPARE(reader.imageCount(), 3); // the generator itself is sound

    const auto result = ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.sourceFormat, QStringLiteral("gif"));
    QVERIFY(!result.image.note.isEmpty());
    QCOMPARE(result.image.preparedSize, QSize(160, 120));
    QVERIFY(isNear(colorAt(decodedOutput(result), 0.5, 0.5), Qt::red, 8)); // frame 1 is red

    const auto still = ImagePreparer::prepareData(animatedGif(QSize(160, 120), 1), optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(still);
    QVERIFY2(still.image.note.isEmpty(), qPrintable(still.image.note));
}

void TestImagePreparer::wideGamutPng_isConvertedToSrgb()
{
    QImage p3(QSize(400, 300), QImage::Format_RGB32);
    p3.fill(QColor(60, 170, 90));
    p3.setColorSpace(QColorSpace::DisplayP3);
    const QByteArray png = encode(p3, "png");
    QVERIFY(QImage::fromData(png).colorSpace().isValid());

    QImage reference = p3;
    reference.convertToColorSpace(QColorSpace::SRgb);
    const QColor expected = reference.pixelColor(0, 0);
    QVERIFY(!isNear(expected, QColor(60, 170, 90), 4)); // the conversion is visible

    const auto result = ImagePreparer::prepareData(png, optionsFor(QSize(832, 480)), QStringLiteral("p3.png"));
    REQUIRE_PREPARED(result);
    const QImage out = decodedOutput(result);
    QVERIFY(!out.colorSpace().isValid() || out.colorSpace() == QColorSpace(QColorSpace::SRgb));
    QVERIFY2(isNear(colorAt(out, 0.5, 0.5), expected, 4),
             qPrintable(QString(colorAt(out, 0.5, 0.5).name() + QStringLiteral(" vs ") + expected.name())));
}

void TestImagePreparer::largerThanFrame_isScaledToCoverFrame_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("frame");
    QTest::addColumn<QSize>("original");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("4:3 JPEG, 480p 16:9") << m_large << QSize(832, 480) << QSize(4000, 3000) << QSize(832, 624);
    QTest::newRow("4:3 JPEG, 480p 9:16") << m_large << QSize(480, 832) << QSize(4000, 3000) << QSize(1110, 832);
    QTest::newRow("4:3 JPEG, 720p 16:9") << m_large << QSize(1280, 720) << QSize(4000, 3000) << QSize(1280, 960);
    QTest::newRow("4:3 JPEG, 720p 9:16") << m_large << QSize(720, 1280) << QSize(4000, 3000) << QSize(1707, 1280);
    QTest::newRow("3:4 JPEG, 480p 9:16") << m_portrait << QSize(480, 832) << QSize(3000, 4000) << QSize(624, 832);
    QTest::newRow("3:4 JPEG, 720p 16:9") << m_portrait << QSize(1280, 720) << QSize(3000, 4000) << QSize(1280, 1707);
    QTest::newRow("4:3 PNG, 480p 16:9") << m_largePng << QSize(832, 480) << QSize(4000, 3000) << QSize(832, 624);
}

void TestImagePreparer::largerThanFrame_isScaledToCoverFrame()
{
    QFETCH(QString, path);
    QFETCH(QSize, frame);
    QFETCH(QSize, original);
    QFETCH(QSize, expected);

    const auto result = ImagePreparer::prepareFile(path, optionsFor(frame));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.originalSize, original);
    QCOMPARE(result.image.preparedSize, expected);
    QCOMPARE(decodedOutput(result).size(), expected);
    QVERIFY(expected.width() >= frame.width() && expected.height() >= frame.height());
}

void TestImagePreparer::smallerThanFrame_isNotEnlarged_data()
{
    QTest::addColumn<QSize>("frame");
    QTest::newRow("480p 16:9") << QSize(832, 480);
    QTest::newRow("480p 9:16") << QSize(480, 832);
    QTest::newRow("720p 16:9") << QSize(1280, 720);
    QTest::newRow("720p 9:16") << QSize(720, 1280);
}

void TestImagePreparer::smallerThanFrame_isNotEnlarged()
{
    QFETCH(QSize, frame);
    const auto result = ImagePreparer::prepareFile(m_small, optionsFor(frame));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.originalSize, QSize(400, 300));
    QCOMPARE(result.image.preparedSize, QSize(400, 300));
    QCOMPARE(decodedOutput(result).size(), QSize(400, 300));
}

void TestImagePreparer::output_isPlainRgbJpegWithMatchingSha256()
{
    const auto result = ImagePreparer::prepareFile(m_largePng, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    const QByteArray &jpeg = result.image.jpeg;
    QVERIFY(jpeg.startsWith("\xFF\xD8\xFF"));
    QVERIFY(jpeg.endsWith("\xFF\xD9"));
    QCOMPARE(jpegComponentCount(jpeg), 3);
    QCOMPARE(result.image.sha256, QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    QCOMPARE(result.image.sha256.size(), 64);
    QVERIFY(result.image.note.isEmpty());
    QCOMPARE(QImageReader(m_largePng).format(), QByteArray("png")); // input untouched
}

void TestImagePreparer::output_dropsSourceMetadata()
{
    QImage tagged = quadrantImage(QSize(300, 200));
    tagged.setText(QStringLiteral("Comment"), QStringLiteral("private-note-7f3a"));
    const QByteArray png = encode(tagged, "png");
    QVERIFY(png.contains("private-note-7f3a"));

    const auto result = ImagePreparer::prepareData(png, optionsFor(QSize(832, 480)), QStringLiteral("tagged.png"));
    REQUIRE_PREPARED(result);
    QVERIFY(!result.image.jpeg.contains("private-note-7f3a"));
}

void TestImagePreparer::jpegQuality_isApplied()
{
    ImagePreparationOptions low = optionsFor(QSize(832, 480));
    low.jpegQuality = 40;
    ImagePreparationOptions high = low;
    high.jpegQuality = 95;
    const auto small = ImagePreparer::prepareFile(m_large, low);
    const auto big = ImagePreparer::prepareFile(m_large, high);
    REQUIRE_PREPARED(small);
    REQUIRE_PREPARED(big);
    QCOMPARE(small.image.preparedSize, big.image.preparedSize);
    QVERIFY2(small.image.jpeg.size() * 3 / 2 < big.image.jpeg.size(),
             qPrintable(QStringLiteral("%1 vs %2").arg(small.image.jpeg.size()).arg(big.image.jpeg.size())));
}

void TestImagePreparer::sameBytes_giveSameOutput()
{
    // The SHA-256 is the upload cache key: the same picture must hash the same.
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto options = optionsFor(QSize(832, 480));
    const auto fromFile = ImagePreparer::prepareFile(m_large, options);
    const auto fromData = ImagePreparer::prepareData(bytes, options);
    REQUIRE_PREPARED(fromFile);
    REQUIRE_PREPARED(fromData);
    QCOMPARE(fromData.image.sha256, fromFile.image.sha256);
    QCOMPARE(fromData.image.jpeg, fromFile.image.jpeg);
}

void TestImagePreparer::dataAfterEndOfImage_isAccepted()
{
    // Phones append a video after EOI ("motion photos"); the JPEG itself is whole.
    QByteArray jpeg = photoLikeJpeg(QSize(640, 480));
    jpeg += QByteArray("\0\0\0\x18"
                       "ftypmp42",
                       12)
        + QByteArray(5000, '\x33');
    const auto result = ImagePreparer::prepareData(jpeg, optionsFor(QSize(832, 480)), QStringLiteral("motion.jpg"));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.preparedSize, QSize(640, 480));
}

void TestImagePreparer::concurrentCalls_giveIdenticalResults()
{
    const QList<QString> paths(8, m_large);
    const auto options = optionsFor(QSize(832, 480));
    const QList<QByteArray> hashes = QtConcurrent::blockingMapped(paths, [options](const QString &path) {
        const auto result = ImagePreparer::prepareFile(path, options);
        return result.ok() ? result.image.sha256 : QByteArray();
    });
    QCOMPARE(hashes.size(), 8);
    for (const QByteArray &hash : hashes) {
        QVERIFY(!hash.isEmpty());
        QCOMPARE(hash, hashes.first());
    }
}

void TestImagePreparer::damagedBytes_areRejectedOrPrepared()
{
    // "Never crash", checked on damaged copies of good files (the sanitizer
    // preset turns any memory error here into a failure): each either
    // prepares into a real JPEG or is refused with a reason.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false\ndefault.warning=false"));
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    const QList<QByteArray> originals { photoLikeJpeg(QSize(320, 240)), exifOrientedJpeg(quadrantImage(QSize(160, 120)), 6),
                                        encode(alphaThirdsImage(QSize(120, 90)), "png"), animatedGif(QSize(40, 30), 2) };
    QRandomGenerator generator(7);
    int prepared = 0;
    int refused = 0;
    for (int i = 0; i < 240; ++i) {
        QByteArray bytes = originals.at(i % originals.size());
        if (i % 3 == 0)
            bytes.truncate(generator.bounded(bytes.size()));
        else {
            for (int flip = generator.bounded(1, 16); flip > 0; --flip)
                bytes[generator.bounded(bytes.size())] = char(generator.bounded(256));
        }
        const auto result = ImagePreparer::prepareData(bytes, optionsFor(QSize(832, 480)), QStringLiteral("damaged"));
        if (result.ok()) {
            ++prepared;
            QVERIFY2(!QImage::fromData(result.image.jpeg, "JPEG").isNull(), qPrintable(QString::number(i)));
        } else {
            ++refused;
            QVERIFY2(!result.error.message.isEmpty() && !result.error.hint.isEmpty(), qPrintable(QString::number(i)));
        }
    }
    QVERIFY(prepared > 0 && refused > 0); // both paths were exercised
}

QTEST_GUILESS_MAIN(TestImagePreparer)
#include "tst_imagepreparer.moc"
