#pragma once

// One export for the window. prepare() reads what is to be exported (the
// clips' settings and lineage, their frame counts, sizes and rates) on a
// worker; start() checks the place and runs media::VideoExport on a thread
// of its own (not the global pool, where thumbnails and frames wait their
// turn). The encoder's progress goes into atomics; a timer on the owner's
// thread reads them a few times a second, so the UI thread gets a handful of
// small updates per second however fast frames are written, and never a
// queue of one signal per frame. cancel() sets the flag VideoExport reads
// before every frame.

#include "library/libraryentry.h"
#include "media/videoexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace wan::jobs {

// What to export: clip files or library runs, in order.
struct ExportSource
{
    QStringList files;                   // clip files (lineage from the settings in each)
    QList<library::Entry> entries;       // or library runs (lineage from the library)
    QList<QPair<qint64, qint64>> trims;  // per clip in and out (-1: the clip's first / last); empty: whole clips
    QString name;                        // a sequence's name; empty: named after the first clip
    QList<int> crossfades;               // a sequence's crossfade per join; empty: not a sequence's
};

struct ExportClipInfo
{
    media::ExportClip clip;
    qint64 frames = 0;
    QSize size;
    media::FrameRate rate;
};

struct PreparedExport
{
    QList<ExportClipInfo> clips;
    QString problem; // translated: why there is nothing to export; empty when the clips were read

    bool ok() const { return problem.isEmpty() && !clips.isEmpty(); }
    // How many of the clips continue the clip before them (the seam rule).
    int continuations() const;
};

class ExportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for its thread (a frame's time).
    ~ExportJob() override;

    // Reads the clips on the worker; prepared() answers. Synchronous variant for tests and the CLI.
    void prepare(const ExportSource &source);
    static PreparedExport read(const ExportSource &source);

    // Checks the place (core::OutputPlace: writable, not a file the app keeps),
    // then exports; progressed() while it runs, finished() once. A file already
    // there and !request.mayReplace: replaceAsked() instead, nothing written
    // (the window asks, then starts again). False while one runs.
    bool start(const media::ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 done() const;
    qint64 total() const;
    // Seconds still needed at the pace so far; -1 until there is a pace to go by.
    int secondsLeft() const;
    // How often progressed() may come (ms); 100 by default.
    void setProgressInterval(int ms);

signals:
    void prepared(const wan::jobs::PreparedExport &prepared);
    void progressed(qint64 done, qint64 total, int secondsLeft);
    void finished(const wan::media::ExportResult &result);
    void replaceAsked(const QString &path);

private:
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancel{false};
    };
    void tick();
    void complete(const media::ExportResult &result);

    QThreadPool m_pool;
    std::shared_ptr<Shared> m_shared;
    QTimer m_tick;
    QElapsedTimer m_clock;
    bool m_running = false;
    qint64 m_reportedDone = -1;
};

} // namespace wan::jobs

Q_DECLARE_METATYPE(wan::jobs::PreparedExport)
