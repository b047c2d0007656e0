#pragma once

// Generators for the pictures the image tests and benchmarks feed in: content
// a test can check by colour (which way is up, what became of alpha), plus the
// broken and hostile files a user will sooner or later pick. Byte builders
// return the file contents; write*() functions put a file into a directory
// (normally a QTemporaryDir) and return its absolute path, or an empty string
// on failure.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace wan::test {

// ---- Reference content -------------------------------------------------

enum class Quadrant { TopLeft, TopRight, BottomLeft, BottomRight };
// Red, green, blue and yellow: any rotation or mirror gives a different layout.
QColor quadrantColor(Quadrant quadrant);
// An upright picture in the four quadrant colours.
QImage quadrantImage(QSize size, QImage::Format format = QImage::Format_RGB32);
// What a camera stores for `upright` when it writes EXIF orientation
// `exifOrientation` (1-8): the inverse of the transform a viewer applies.
QImage storedForOrientation(const QImage &upright, int exifOrientation);
// Left half vertical stripes, right half horizontal ones, black and white,
// `period` pixels: after scaling both halves keep equal contrast only if both
// axes were scaled by the same factor.
QImage stripesImage(QSize size, int period = 6);
// Standard deviation of the gray level in a square window centred on a point
// given as fractions of the size: how much detail survived there.
double contrastAt(const QImage &image, double fx, double fy, int window = 64);
// The colour of image at a point given as a fraction of its width/height.
QColor colorAt(const QImage &image, double fx, double fy);
// True when every channel of actual is within tolerance of expected.
bool isNear(const QColor &actual, const QColor &expected, int tolerance = 24);
// The mean absolute difference of the colour channels of two pictures of one
// size (0-255; a huge value when the sizes differ).
double meanAbsoluteDifference(const QImage &a, const QImage &b);
// (weightEarlier * a + weightLater * b) / (sum), per channel: the blend a
// crossfade's frame should be.
QImage mix(const QImage &a, const QImage &b, int weightEarlier, int weightLater);

// ---- Byte builders -------------------------------------------------------

QByteArray encode(const QImage &image, const char *format, int quality = -1);
// Noise over gradients and soft shapes, so JPEG sizes and decode times are like a camera's.
QImage photoLikeImage(QSize size, quint32 seed = 1);
QByteArray photoLikeJpeg(QSize size, int quality = 90, quint32 seed = 1);
// An APP1 "Exif" segment (marker included) holding only an Orientation tag.
QByteArray exifOrientationSegment(int orientation);
// Inserts a marker segment (e.g. 0xE1 with payload) right after SOI.
QByteArray insertJpegSegment(const QByteArray &jpeg, quint8 marker, const QByteArray &payload);
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation);
// upright stored as a camera would (storedForOrientation) in a JPEG with EXIF orientation.
QByteArray exifOrientedJpeg(const QImage &upright, int orientation, int quality = 92);
// Number of colour components in the JPEG's SOF segment (3 = YCbCr, 4 = CMYK), or -1.
int jpegComponentCount(const QByteArray &jpeg);
// A small, valid PNG whose IHDR claims `declared` pixels (default 50000 x 50000, 8-bit gray).
QByteArray decompressionBombPng(QSize declared = QSize(50000, 50000));
// The same trick at 16 bits per channel, RGBA: within a pixel limit, but a full
// decode would need 8 bytes per pixel (12000 x 12000: 144 megapixels, 1.1 GB).
QByteArray deepDecompressionBombPng(QSize declared = QSize(12000, 12000));
// A hand-encoded GIF89a with `frames` frames (red, green, blue, ...), looping.
QByteArray animatedGif(QSize size = QSize(160, 120), int frames = 3);
// Leading bytes of HEIC / AVIF files (an 'ftyp' box with the right major brand).
QByteArray heicLikeBytes();
QByteArray avifLikeBytes();

// ---- Files ---------------------------------------------------------------

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);
QString writeImage(const QString &dir, const QString &name, const QImage &image, const char *format, int quality = -1);
// quadrantImage(displaySize) stored rotated/mirrored with EXIF orientation 1-8.
QString writeExifOrientedJpeg(const QString &dir, int orientation, QSize displaySize = QSize(1600, 1200));
// Thirds, left to right: transparent black, 50 % red, opaque blue.
QImage alphaThirdsImage(QSize size);
QString writePngWithAlpha(const QString &dir, QSize size = QSize(1200, 900));
// Left half gray 64, right half gray 192.
QImage grayHalvesImage(QSize size, QImage::Format format = QImage::Format_Grayscale8);
QString writeGrayscalePng(const QString &dir, QSize size = QSize(1200, 900));
QString writeGrayscaleJpeg(const QString &dir, QSize size = QSize(1200, 900));
// 16 bits per channel: quadrantImage in Format_RGBA64, or grayHalvesImage in Format_Grayscale16.
QString write16BitPng(const QString &dir, QSize size = QSize(1200, 900), bool grayscale = false);
QString writePhotoLikeJpeg(const QString &dir, const QString &name, QSize size, int quality = 90, quint32 seed = 1);
QString writeLargeJpeg(const QString &dir); // 4000 x 3000, photo-like
QString writeSmallJpeg(const QString &dir); // 400 x 300, photo-like
QString writeEmptyFile(const QString &dir, const QString &name = QStringLiteral("empty.jpg"));
QString writeTruncatedJpeg(const QString &dir); // a valid JPEG cut in half
QString writeTruncatedPng(const QString &dir); // a valid PNG cut in half
QString writeTextAsJpeg(const QString &dir); // plain text named .jpg
QString writeDecompressionBombPng(const QString &dir);
QString writeAnimatedGif(const QString &dir);
QString writeHeicLike(const QString &dir);
QString writeAvifLike(const QString &dir);

// ImageMagick ("magick" or "convert"), used for what Qt cannot write.
QString imageMagickProgram();
// quadrantImage(size) as a CMYK JPEG, made with ImageMagick. Empty (and
// *whyNot set) when ImageMagick is missing or fails: callers QSKIP then.
QString writeCmykJpeg(const QString &dir, QSize size = QSize(1200, 900), QString *whyNot = nullptr);

} // namespace wan::test
