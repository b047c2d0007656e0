// Bad image files, each refused with its typed reason and a message that names
// the file and says what to do: empty, truncated, not a picture (text, a
// program), decompression bombs, formats without a decoder, and files no one
// can read as a picture (sockets, FIFOs, devices, failing reads). Split from
// tst_imagepreparer, which checks what comes out for good pictures.

#include "image/imagepreparer.h"
#include "preparertestsupport.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocalServer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>

using namespace wan::image;
using namespace wan::test;
using Kind = ImageError::Kind;

Q_DECLARE_METATYPE(wan::image::ImageError::Kind)

class TestImageRefusal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void badFile_isRejectedWithReason_data();
    void badFile_isRejectedWithReason();
    void unreadableFile_isRejectedWithReason_data();
    void unreadableFile_isRejectedWithReason();
    void pathWithSpacesAndNonLatinLetters_isPreparedAndNamedIntact();
    void pastedBytes_areNamedInMessages();
    void largePictureInAFormatDecodedWhole_isRefusedNamingTheFormat_data();
    void largePictureInAFormatDecodedWhole_isRefusedNamingTheFormat();
    void pictureFarLongerThanTheFrame_isRefusedAsTooLongAndNarrow();
    void deepPngWithinPixelLimit_isRefusedForMemory_notPixels();

private:
    QTemporaryDir m_dir;
    QString m_large; // 4000 x 3000 photo-like JPEG
};

void TestImageRefusal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_large = writeLargeJpeg(m_dir.path());
    QVERIFY(!m_large.isEmpty());
}

void TestImageRefusal::badFile_isRejectedWithReason_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxPixels");
    QTest::addColumn<Kind>("expected");

    const QString dir = m_dir.path();
    const qint64 defaultLimit = ImagePreparationOptions {}.maxPixels;
    QDir(dir).mkdir(QStringLiteral("folder.jpg"));

    const QByteArray jpeg = photoLikeJpeg(QSize(800, 600));
    // An EXIF thumbnail carries its own EOI marker; it must not count as the end of the file.
    const QByteArray withThumbnailEoi
        = insertJpegSegment(jpeg, 0xE1, QByteArray("Exif\0\0", 6) + QByteArray(64, '\x11') + "\xFF\xD9");
    // Damage inside the first IDAT chunk only, so the chunk structure stays whole.
    QByteArray corruptPng = encode(photoLikeImage(QSize(300, 200)), "png");
    const qsizetype idat = corruptPng.indexOf("IDAT");
    QVERIFY(idat > 0);
    for (qsizetype i = idat + 20; i < idat + 2000; i += 3)
        corruptPng[i] = char(~corruptPng[i]);
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    noise[0] = 'x'; // no accidental magic

    QTest::newRow("missing") << QString(dir + QStringLiteral("/missing.jpg")) << defaultLimit << Kind::NotFound;
    QTest::newRow("folder") << QString(dir + QStringLiteral("/folder.jpg")) << defaultLimit << Kind::NotAnImage;
    QTest::newRow("empty") << writeEmptyFile(dir) << defaultLimit << Kind::Empty;
    QTest::newRow("text named .jpg") << writeTextAsJpeg(dir) << defaultLimit << Kind::NotAnImage;
    {
        // A real program: the first 64 kB of this test's own executable (an ELF file).
        QFile self(QCoreApplication::applicationFilePath());
        QVERIFY(self.open(QIODevice::ReadOnly));
        const QByteArray program = self.read(64 * 1024);
        QVERIFY(program.startsWith("\x7F" "ELF"));
        QTest::newRow("executable named .png") << writeFile(dir, QStringLiteral("program.png"), program) << defaultLimit
                                               << Kind::NotAnImage;
    }
    QTest::newRow("random bytes") << writeFile(dir, QStringLiteral("noise.png"), noise) << defaultLimit << Kind::NotAnImage;
    QTest::newRow("truncated JPEG") << writeTruncatedJpeg(dir) << defaultLimit << Kind::Truncated;
    QTest::newRow("JPEG cut in its header") << writeFile(dir, QStringLiteral("header-only.jpg"), jpeg.left(300)) << defaultLimit
                                            << Kind::Truncated;
    QTest::newRow("truncated JPEG with EOI in metadata")
        << writeFile(dir, QStringLiteral("thumb-eoi.jpg"), withThumbnailEoi.left(withThumbnailEoi.size() / 2)) << defaultLimit
        << Kind::Truncated;
    QTest::newRow("truncated PNG") << writeTruncatedPng(dir) << defaultLimit << Kind::Truncated;
    QTest::newRow("JPEG without a frame") << writeFile(dir, QStringLiteral("no-frame.jpg"), QByteArray("\xFF\xD8\xFF\xD9"))
                                          << defaultLimit << Kind::DecodeFailed;
    QTest::newRow("PNG with corrupt data") << writeFile(dir, QStringLiteral("corrupt.png"), corruptPng) << defaultLimit
                                           << Kind::DecodeFailed;
    QTest::newRow("decompression bomb") << writeDecompressionBombPng(dir) << defaultLimit << Kind::TooLarge;
    QTest::newRow("over the pixel limit") << m_large << qint64(10'000'000) << Kind::TooLarge;
    QTest::newRow("HEIC") << writeHeicLike(dir) << defaultLimit << Kind::Unsupported;
    QTest::newRow("AVIF") << writeAvifLike(dir) << defaultLimit << Kind::Unsupported;
}

void TestImageRefusal::badFile_isRejectedWithReason()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxPixels);
    QFETCH(Kind, expected);
    QVERIFY(!path.isEmpty());
    if (expected == Kind::Unsupported && QImageReader::supportedImageFormats().contains(QFileInfo(path).suffix().toLatin1()))
        QSKIP("this system has a decoder for the format");

    ImagePreparationOptions options = optionsFor(QSize(832, 480));
    options.maxPixels = maxPixels;
    const auto result = ImagePreparer::prepareFile(path, options);
    QCOMPARE(kindName(result.error.kind), kindName(expected));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(!result.error.hint.isEmpty());
    QVERIFY2(result.error.message.contains(QFileInfo(path).fileName()), qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(m_dir.path()), "messages name the file, not where it lives");
    QVERIFY(result.image.jpeg.isEmpty());
}

void TestImageRefusal::unreadableFile_isRejectedWithReason_data()
{
    // Tests run as root on CI, where permission bits do not stop a read; the other
    // rows are things no one can read as a picture, root included.
    QTest::addColumn<QString>("what");
    QTest::newRow("no read permission") << QStringLiteral("permissions");
    QTest::newRow("a socket named .jpg") << QStringLiteral("socket");
    QTest::newRow("a FIFO named .jpg") << QStringLiteral("fifo"); // opening it would wait for a writer for ever
    QTest::newRow("a device named .jpg") << QStringLiteral("device"); // /dev/zero never ends
    QTest::newRow("a file whose reads fail") << QStringLiteral("failing-read");
}

void TestImageRefusal::unreadableFile_isRejectedWithReason()
{
    QFETCH(QString, what);
    const QDir dir(m_dir.path());
    QString path;
    QString expected;
    QLocalServer server;
    if (what == QLatin1String("socket")) {
        path = dir.absoluteFilePath(QStringLiteral("socket.jpg"));
        server.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY2(server.listen(path), qPrintable(server.errorString()));
        QVERIFY(QFileInfo::exists(path));
        expected = QStringLiteral("pipe, socket or device");
    } else if (what == QLatin1String("fifo")) {
        path = dir.absoluteFilePath(QStringLiteral("pipe.jpg"));
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        expected = QStringLiteral("pipe, socket or device");
    } else if (what == QLatin1String("device")) {
        path = dir.absoluteFilePath(QStringLiteral("zeros.jpg"));
        QFile::remove(path);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        expected = QStringLiteral("pipe, socket or device");
    } else if (what == QLatin1String("failing-read")) {
        // /proc/self/mem is a regular file of 0 bytes that opens for reading, but a
        // read at offset 0 (an unmapped address) fails with EIO: a real failing read.
        if (!QFileInfo(QStringLiteral("/proc/self/mem")).isFile())
            QSKIP("no /proc/self/mem on this system");
        path = dir.absoluteFilePath(QStringLiteral("memory.jpg"));
        QFile::remove(path);
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), path));
        expected = QStringLiteral("could not be read");
    } else {
        path = writeSmallJpeg(m_dir.path());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions (root?)");
        expected = QStringLiteral("cannot be opened");
    }

    // On a worker, so that a read that blocks (the FIFO before it was refused) fails
    // this row instead of hanging the whole test.
    QFuture<ImagePreparer::Result> future
        = QtConcurrent::run([path] { return ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480))); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10'000);
    const auto result = future.result();
    QCOMPARE(kindName(result.error.kind), kindName(Kind::Unreadable));
    QVERIFY2(result.error.message.contains(expected), qPrintable(result.error.message));
    QVERIFY(!result.error.hint.isEmpty());
    QVERIFY(result.error.message.contains(QFileInfo(path).fileName()));
    QVERIFY(result.image.jpeg.isEmpty());
}

void TestImageRefusal::pathWithSpacesAndNonLatinLetters_isPreparedAndNamedIntact()
{
    const QString folder = m_dir.filePath(QStringLiteral("Ferien am Meer \u2013 \u6771\u4EAC \u03A9\u03BC\u03AD\u03B3\u03B1"));
    QVERIFY(QDir().mkpath(folder));
    const QString name = QStringLiteral("Stra\u00DFe  am Hafen \u0645\u064A\u0646\u0627\u0621 \U0001F30A.jpg");
    const QString path = writeFile(folder, name, photoLikeJpeg(QSize(1200, 900)));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo::exists(path));

    const auto result = ImagePreparer::prepareFile(path, optionsFor(QSize(832, 480)));
    REQUIRE_PREPARED(result);
    QCOMPARE(result.image.originalSize, QSize(1200, 900));

    // A bad file at such a path is named exactly as the person sees it.
    const QString empty = writeEmptyFile(folder, QStringLiteral("leer \u7A7A.jpg"));
    const auto refused = ImagePreparer::prepareFile(empty, optionsFor(QSize(832, 480)));
    QCOMPARE(kindName(refused.error.kind), kindName(Kind::Empty));
    QVERIFY2(refused.error.message.contains(QStringLiteral("leer \u7A7A.jpg")), qPrintable(refused.error.message));
}

void TestImageRefusal::pastedBytes_areNamedInMessages()
{
    const auto pasted = ImagePreparer::prepareData(QByteArray("not a picture"), optionsFor(QSize(832, 480)));
    QCOMPARE(kindName(pasted.error.kind), kindName(Kind::NotAnImage));
    QVERIFY2(pasted.error.message.contains(QStringLiteral("Pasted image")), qPrintable(pasted.error.message));

    const auto named = ImagePreparer::prepareData(QByteArray(), optionsFor(QSize(832, 480)), QStringLiteral("preview.png"));
    QCOMPARE(kindName(named.error.kind), kindName(Kind::Empty));
    QVERIFY(named.error.message.contains(QStringLiteral("preview.png")));
}

void TestImageRefusal::largePictureInAFormatDecodedWhole_isRefusedNamingTheFormat_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("accepted");
    // Qt decodes BMP and TIFF whole: 12 MP of them would break the memory bound.
    QTest::newRow("BMP 4000x3000") << QByteArray("bmp") << QSize(4000, 3000) << false;
    QTest::newRow("TIFF 4000x3000") << QByteArray("tiff") << QSize(4000, 3000) << false;
    QTest::newRow("BMP 3000x2000") << QByteArray("bmp") << QSize(3000, 2000) << true;
    // PNG is decoded row by row into the reduced size: no such limit.
    QTest::newRow("PNG 4000x3000") << QByteArray("png") << QSize(4000, 3000) << true;
}

void TestImageRefusal::pictureFarLongerThanTheFrame_isRefusedAsTooLongAndNarrow()
{
    // Never enlarged, so 30000 x 450 would be sent whole (13.5 MP); 8000 x 400 (3.2 MP) still goes.
    const QString longPath = writeImage(m_dir.path(), QStringLiteral("long.png"), quadrantImage(QSize(30000, 450)), "png");
    const auto refused = ImagePreparer::prepareFile(longPath, ImagePreparationOptions());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.kind, ImageError::Kind::TooLarge);
    QVERIFY2(refused.error.message.contains(QLatin1String("too long and narrow")), qPrintable(refused.error.message));
    QVERIFY2(refused.error.hint.contains(QLatin1String("Crop")), qPrintable(refused.error.hint));
    const QString panorama = writeImage(m_dir.path(), QStringLiteral("panorama.png"), quadrantImage(QSize(8000, 400)), "png");
    const auto accepted = ImagePreparer::prepareFile(panorama, ImagePreparationOptions());
    QVERIFY2(accepted.ok(), qPrintable(accepted.error.message));
    QCOMPARE(accepted.image.preparedSize, QSize(8000, 400));
}

void TestImageRefusal::largePictureInAFormatDecodedWhole_isRefusedNamingTheFormat()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(bool, accepted);
    if (!QImageWriter::supportedImageFormats().contains(format))
        QSKIP("Qt cannot write this format here");
    const QString path = writeImage(m_dir.path(), QStringLiteral("big.") + QString::fromLatin1(format), quadrantImage(size), format.constData());
    QVERIFY(!path.isEmpty());
    const auto result = ImagePreparer::prepareFile(path, ImagePreparationOptions());
    QCOMPARE(result.ok(), accepted);
    if (accepted)
        return;
    QCOMPARE(result.error.kind, ImageError::Kind::TooLarge);
    QVERIFY2(result.error.message.contains(QString::fromLatin1(format.toUpper())), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("10 megapixels")), qPrintable(result.error.message));
    QVERIFY2(result.error.hint.contains(QLatin1String("JPEG or PNG")), qPrintable(result.error.hint));
}

// 144 megapixels is within the 150-megapixel limit; what is too much is the
// memory a 16-bit decode needs, and the message must say that, not the pixel limit.
void TestImageRefusal::deepPngWithinPixelLimit_isRefusedForMemory_notPixels()
{
    const QString path = writeFile(m_dir.path(), QStringLiteral("deep-144mp.png"), deepDecompressionBombPng(QSize(12000, 12000)));
    QVERIFY(!path.isEmpty());
    const ImagePreparationOptions options = optionsFor(QSize(832, 480));
    QVERIFY(qint64(12000) * 12000 <= options.maxPixels);
    const auto result = ImagePreparer::prepareFile(path, options);
    if (result.ok())
        QSKIP("this build decodes the picture within the memory limit: nothing is refused");
    QVERIFY2(!result.error.message.contains(QStringLiteral("megapixel")), qPrintable(result.error.message));
    if (result.error.kind == Kind::DecodeFailed || result.error.kind == Kind::Truncated) {
        // PNG is decoded row by row into the size that is sent (PngScaledReader), so
        // memory is no reason to refuse it; this file lacks the rows it declares.
        QVERIFY2(result.error.message.contains(QStringLiteral("deep-144mp.png")), qPrintable(result.error.message));
        return;
    }
    QCOMPARE(kindName(result.error.kind), kindName(Kind::TooLarge));
    QVERIFY2(!result.error.message.contains(QStringLiteral("megapixel")), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("memory")), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("MB")), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("deep-144mp.png")), qPrintable(result.error.message));
    QVERIFY(!result.error.hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestImageRefusal)
#include "tst_imagerefusal.moc"
