#pragma once

// A clip's frame to a picture, away from the UI thread: open the clip, decode
// the frame asked for and (when a PNG path is given) save it with its stamp.
// runNow() is the work itself, synchronous and thread-safe (it shares
// nothing), for the command line or QtConcurrent::run; start() runs it on
// Qt's thread pool and hands back the future; FrameGrabber wraps that for a
// window that wants signals.

#include "clipframes.h"
#include "framepng.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace wan::media {

struct FrameExportRequest
{
    QString clipPath;
    FramePosition at = FramePosition::last();
    // Where to save the PNG; empty: decode only (the image is in the result).
    QString pngPath;
    QImage::Format imageFormat = QImage::Format_RGB32;
    // The clip's settings as compact JSON for the PNG's stamp, read on the
    // worker thread (the library's Mp4Metadata, which this module may not
    // use itself). Unset or empty: the PNG carries no settings.
    std::function<QByteArray(const QString &clipPath)> settingsOf;
};

struct FrameExportResult
{
    QString clipPath;
    qint64 frameCount = 0;
    FrameRate frameRate;
    QSize size;
    DecodedFrame frame;   // the picture and its index
    QString pngPath;      // as written, when one was asked for
    FrameError error;

    bool ok() const { return !error.isError(); }
};

class FrameExport final
{
public:
    static FrameExportResult runNow(const FrameExportRequest &request);
    static QFuture<FrameExportResult> start(const FrameExportRequest &request);
};

// For the window: each request is answered with finished() on the thread that
// made the grabber, in the order they finish. cancel() drops the answers of
// every request made before it (a new clip was chosen); work not yet started
// is skipped.
class FrameGrabber final : public QObject
{
    Q_OBJECT
public:
    explicit FrameGrabber(QObject *parent = nullptr);
    ~FrameGrabber() override;

    // Returns the request's number, which finished() carries.
    quint64 request(const FrameExportRequest &request);
    void cancel();
    // Requests not answered yet (and not cancelled).
    int pending() const { return m_pending; }

signals:
    void finished(quint64 id, const wan::media::FrameExportResult &result);

private:
    std::shared_ptr<std::atomic<quint64>> m_cancelledBefore;
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace wan::media

Q_DECLARE_METATYPE(wan::media::FrameExportResult)
