#pragma once

// A frame saved as a PNG that remembers where it came from: the clip's file
// name, the frame's index and the settings of the run that made the clip, as
// PNG text chunks. A frame used as the next run's image keeps its lineage, and
// any PNG tool (exiftool, pngcheck, identify -verbose) shows it.

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace wan::media {

struct FrameStamp
{
    QString source;           // the clip's file name (not its folder: a PNG gets shared)
    qint64 frame = -1;        // the frame's index, from 0
    QByteArray settingsJson;  // the clip's settings (compact UTF-8 JSON), or empty

    bool isEmpty() const { return source.isEmpty() && frame < 0 && settingsJson.isEmpty(); }
};

class FramePng final
{
    Q_DECLARE_TR_FUNCTIONS(wan::media::FramePng)
public:
    // The PNG text keys (tEXt for ASCII text, iTXt in UTF-8 for any other).
    // Not "wanstudio:frame": QImageReader::text() splits "key: value" at the
    // first colon, so a key with a colon could not be read back with it.
    static inline const QString SourceKey = QStringLiteral("wanstudio.source");
    static inline const QString FrameKey = QStringLiteral("wanstudio.frame");
    static inline const QString SettingsKey = QStringLiteral("wanstudio.settings");

    // Writes image with the stamp to path through a temporary file beside it,
    // renamed into place: a crash or a full disk never leaves half a PNG, and an
    // existing file is replaced whole. False with a translated reason in *error.
    static bool write(const QImage &image, const FrameStamp &stamp, const QString &path, QString *error = nullptr);

    // The stamp of a PNG written by write(), read from its text chunks only
    // (the pixels are not decoded) and exactly: QImageReader::text() collapses
    // runs of spaces, which a prompt may hold. Empty when it has none, or when
    // the file is not a PNG.
    static FrameStamp readStamp(const QString &path);
};

} // namespace wan::media
