#pragma once

// Makes the result videos: real H.264 MP4s with exactly the requested frame
// count, rate and size, by running Debian's ffmpeg in the background (the
// server keeps answering polls meanwhile). Over an image the camera moves as
// the request's MotionPlan says. Identical requests share one file.
#include "motionplan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <functional>

class QProcess;

namespace wan::emulator {

struct VideoSpec final {
    QSize size;
    int frames = 81;
    int fps = 16;
    QString sourceImage; // a local image the camera moves over; empty = test pattern
    MotionPlan motion;   // from the prompt and seed; the test pattern ignores it

    // Names the file: equal for requests that film the same clip.
    QString cacheKey() const;
};

class VideoMaker final : public QObject {
    Q_OBJECT

public:
    // path is the finished MP4, or empty with error set.
    using Callback = std::function<void(const QString &path, const QString &error)>;

    VideoMaker(QString outputDirectory, QString ffmpegProgram, QObject *parent = nullptr);
    ~VideoMaker() override;

    // Calls done later (never from inside this call), unless context is gone by then.
    void request(const VideoSpec &spec, QObject *context, Callback done);
    int runningProcesses() const { return m_running; }
    int encodesStarted() const { return m_encodesStarted; } // shows that identical requests share a file

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    struct Entry {
        VideoSpec spec;
        QString path;
        bool ready = false;
        bool started = false;
        QList<Waiter> waiters;
    };

    void startNext();
    void start(const QString &key, bool withSourceImage);
    void onFinished(const QString &key, QProcess *process, bool withSourceImage);
    void deliver(const QString &key, const QString &path, const QString &error);
    QStringList arguments(const Entry &entry, bool withSourceImage, const QString &target) const;

    QString m_directory;
    QString m_ffmpeg;
    QHash<QString, Entry> m_entries;
    QList<QString> m_queue;
    QList<QProcess *> m_processes;
    int m_running = 0;
    int m_encodesStarted = 0;
};

} // namespace wan::emulator
