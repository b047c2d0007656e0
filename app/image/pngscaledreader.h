#pragma once

// Decodes a PNG row by row with libpng while area-averaging it into a smaller
// size, so that a 12000 x 12000 picture never exists at full size in memory:
// the working set is the target image (4 bytes per target pixel), one source
// row (4 bytes per source column) and two target rows of sums. Interlaced
// (Adam7) files are read pass by pass into sums for the whole target (32 bytes
// per target pixel), so they need no full-size image either. What comes out
// matches QImageReader + QImage::scaled(SmoothTransformation): 8 bits per
// channel (16-bit files rounded), palette and grey expanded, alpha (and tRNS)
// premultiplied, the file's colour space (iCCP, sRGB, or gAMA with cHRM) attached
// and not yet applied. Thread-safe; callers run it on a worker thread.

#include <QCoreApplication>
#include <QImage>
#include <QImageIOHandler>
#include <QSize>
#include <QString>

class QIODevice;

namespace wan::image {

class PngScaledReader final
{
    Q_DECLARE_TR_FUNCTIONS(wan::image::PngScaledReader)
public:
    struct Result
    {
        QImage image;    // target size; ARGB32_Premultiplied with alpha, else RGB32; null on failure
        QString problem; // why not (libpng's words), when image is null
    };

    // device must be open and at the PNG signature; target must not be larger
    // than the stored size on either axis (it is clamped to it).
    static Result read(QIODevice &device, QSize target);
    // Width and height from the IHDR chunk of the first 24 bytes; invalid if they are not a PNG's.
    static QSize headerSize(const QByteArray &head);
    // True when the first 29 bytes are a PNG header that says Adam7.
    static bool isInterlaced(const QByteArray &head);
    // True unless the PNG is interlaced and barely shrinks: Adam7 needs sums for
    // the whole target (32 bytes a pixel), more than QImageReader's full decode
    // (4 to 8 bytes a source pixel) when the target is over an eighth of the source.
    static bool worthStreaming(const QByteArray &head, QSize stored, QSize target);
    // What QImageReader::setAutoTransform() does with a transformation read from the file.
    static QImage transformed(QImage image, QImageIOHandler::Transformations transformation);
    // How many images read() has decoded in this process (tests: the streaming path was taken).
    static int decodedCount();
};

} // namespace wan::image
