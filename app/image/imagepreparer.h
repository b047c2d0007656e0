#pragma once

// Turns a local picture into the JPEG that is uploaded for a run: EXIF
// orientation applied, scaled down (never up) to the smallest size that still
// covers the model's output frame, alpha flattened, encoded as JPEG. Pure and
// thread-safe: callers run it on a worker thread, never on the UI thread.

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

class QIODevice;

namespace wan::image {

struct PreparedImage
{
    QByteArray jpeg;          // the bytes to upload
    QByteArray sha256;        // hex SHA-256 of jpeg, the upload cache key
    QSize originalSize;       // as displayed, orientation applied
    QSize preparedSize;       // size of jpeg
    QString sourceFormat;     // "jpeg", "png", ... as detected from the bytes
    QString note;             // something the user should know (e.g. "animated GIF: first frame used"), or empty
};

struct ImageError
{
    enum class Kind {
        None,
        NotFound,       // the file does not exist (any more)
        Unreadable,     // exists but cannot be opened (permissions)
        Empty,          // 0 bytes
        NotAnImage,     // contents are not an image format we can read
        Unsupported,    // an image format this system cannot decode (HEIC, AVIF...)
        Truncated,      // the file ends early
        TooLarge,       // pixel count or allocation beyond the limit
        DecodeFailed,   // anything else the decoder refused
    };
    Kind kind = Kind::None;
    QString message;    // one sentence, translated, says what happened
    QString hint;       // one sentence, translated, says what to do
};

struct ImagePreparationOptions
{
    QSize outputFrame{832, 480};     // the model's output frame for the chosen resolution/aspect
    int jpegQuality = 88;
    qint64 maxPixels = 150'000'000;  // larger images are refused before decoding
};

class ImagePreparer final
{
    Q_DECLARE_TR_FUNCTIONS(wan::image::ImagePreparer)
public:
    struct Result
    {
        PreparedImage image;
        ImageError error;
        bool ok() const { return error.kind == ImageError::Kind::None; }
    };

    // Reads and prepares the file at path. Never throws; never touches the network.
    static Result prepareFile(const QString &path, const ImagePreparationOptions &options);
    // Same, for bytes already in memory (clipboard, downloaded preview).
    static Result prepareData(const QByteArray &data, const ImagePreparationOptions &options);
    // Same, naming the image displayName in messages (prepareData() says "Pasted image").
    static Result prepareData(const QByteArray &data, const ImagePreparationOptions &options,
                              const QString &displayName);

    // The size the image is scaled to: the smallest size (keeping the aspect
    // ratio) that covers outputFrame on both axes, never larger than source.
    static QSize targetSize(QSize source, QSize outputFrame);

private:
    // The work of prepareData() on a seekable device; whole is the device's
    // bytes when they are in memory (a PNG file is read from disk as it is decoded).
    static Result prepareFrom(QIODevice &device, const QByteArray *whole, const ImagePreparationOptions &options,
                              const QString &displayName);
};

} // namespace wan::image
