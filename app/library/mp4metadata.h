#pragma once

// Writes a run's settings into its MP4 and reads them back, so a video dropped
// onto the window restores the prompt and parameters that made it. The prompt
// also goes where players and file managers look (the iTunes comment).

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wan::library {

// Where everything lives: moov/udta/meta(hdlr "mdir")/ilst, the iTunes item
// list that ffmpeg, exiftool, mutagen and players read and keep:
//   "©cmt"  the prompt (shown as "comment")
//   "©too"  "Wan Studio <version>" (shown as "encoder")
//   "----"  freeform item, mean "com.wanstudio", name "settings": the whole
//           settings object as compact UTF-8 JSON (ffprobe shows it as "settings").
// Other items and boxes are kept; ours are replaced, never duplicated.
//
// Both functions are pure and thread-safe: they keep no state, so they may run
// on any thread, on different files at once.
class Mp4Metadata final
{
    Q_DECLARE_TR_FUNCTIONS(wan::library::Mp4Metadata)
public:
    static inline const QString FreeformMean = QStringLiteral("com.wanstudio");
    static inline const QString FreeformName = QStringLiteral("settings");

    // Embeds settings (model, image source, prompt, parameters, seed, request id,
    // ...). The new file is built beside the old one ("<name>.<random>.meta.part"),
    // streamed (memory does not grow with the file), checked with Mp4Probe and
    // read back, then renamed over the original. When the moov box comes before
    // the media data every chunk offset is moved by the bytes inserted. Refuses,
    // leaving the file untouched, anything that is not a complete, unfragmented
    // MP4. False with a translated reason in *error.
    static bool write(const QString &mp4Path, const QJsonObject &settings, QString *error = nullptr);

    // The settings written by write(); nullopt (with a reason in *error) for an
    // MP4 without them, a file that is not an MP4, or one that cannot be read.
    // Reads box headers and the udta box only, never the media data.
    static std::optional<QJsonObject> read(const QString &mp4Path, QString *error = nullptr);
    // The same as compact JSON, for a frame's PNG stamp; empty when the clip has none.
    static QByteArray readCompact(const QString &mp4Path);
};

} // namespace wan::library
