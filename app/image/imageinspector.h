#pragma once

// Looks at a picture the person just chose, off the UI thread: a display
// thumbnail (upright, small enough to paint quickly) and the facts of the JPEG
// that would be uploaded for it (from ImagePreparer), so the window can show
// both without ever blocking. Only the newest request is answered.

#include "imagepreparer.h"

#include <QByteArray>
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

namespace wan::image {

struct Inspection
{
    QString source; // the path, or the display name given to inspectData()
    QImage thumbnail; // upright, fits in ImageInspector::ThumbnailEdge on both axes
    QSize originalSize; // as displayed, orientation applied
    QSize preparedSize; // the JPEG that would be uploaded
    qint64 preparedBytes = 0;
    QString note; // from ImagePreparer (e.g. animated GIF: first frame used), or empty
    QSize outputFrame; // the frame the prepared facts were computed for
};

class ImageInspector final : public QObject
{
    Q_OBJECT
public:
    // Longest edge of the display thumbnail; large enough for a well on a HiDPI screen.
    static constexpr int ThumbnailEdge = 1024;

    explicit ImageInspector(QObject *parent = nullptr);
    ~ImageInspector() override;

    // Inspects a file, or bytes already in memory (downloaded). Each request
    // supersedes any earlier request: its answer is never emitted.
    void inspect(const QString &path, QSize outputFrame);
    void inspectData(const QByteArray &bytes, const QString &displayName, QSize outputFrame);
    // Pasted pixels: saved as a PNG in directory (created when needed), named by
    // a hash of its content so the same picture reuses its file, then inspected
    // as that file; Inspection::source is the saved path.
    void inspectPixels(const QImage &pixels, const QString &directory, QSize outputFrame);
    // Drops the answer of the request in flight, if any.
    void cancel();
    // True from a request until its answer (or cancel()).
    bool isBusy() const { return m_busy; }

    // "4032x3024 → 832x624, JPEG 84 kB" (translated; kB as QLocale writes it).
    static QString describe(const Inspection &inspection);

    // The work itself, synchronous and thread-safe: what inspect() runs on a worker thread.
    struct Result
    {
        Inspection inspection;
        ImageError error;
        bool ok() const { return error.kind == ImageError::Kind::None; }
    };
    static Result inspectFileNow(const QString &path, QSize outputFrame);
    static Result inspectDataNow(const QByteArray &bytes, const QString &displayName, QSize outputFrame);
    static Result inspectPixelsNow(const QImage &pixels, const QString &directory, QSize outputFrame);

signals:
    void inspected(const wan::image::Inspection &inspection);
    void failed(const QString &source, const wan::image::ImageError &error);

private:
    template<typename Work> void start(Work work);

    // Bumped by every request; answers of older ones are dropped, and work that
    // has not started yet is skipped (the worker reads it too, hence shared).
    std::shared_ptr<std::atomic<quint64>> m_generation;
    bool m_busy = false; // the newest request has not been answered yet
};

} // namespace wan::image

Q_DECLARE_METATYPE(wan::image::Inspection)
