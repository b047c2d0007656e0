#include "videomaker.h"

#include "motionfilter.h"
#include "clipencoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

namespace wan::emulator {

Q_LOGGING_CATEGORY(lcVideo, "wanstudio.emulator.video", QtInfoMsg)

namespace {

// Two cores on the test machines, and ffmpeg is multithreaded itself: one
// encode at a time keeps polls snappy; more would only compete for the CPU.
constexpr int MaxParallelEncodes = 1;
constexpr int EncodeTimeoutMs = 120'000;

} // namespace

QString VideoSpec::cacheKey() const
{
    // The plan, not the prompt and seed themselves: a prompt can be long and hold
    // anything, and requests whose prompt and seed film alike may share a file.
    const QString source = sourceImage.isEmpty()
        ? QStringLiteral("pattern")
        : QFileInfo(sourceImage).completeBaseName() + QLatin1Char('-') + motion.fingerprint();
    return QStringLiteral("%1x%2-%3f-%4fps-%5").arg(size.width()).arg(size.height()).arg(frames).arg(fps).arg(source);
}

VideoMaker::VideoMaker(QString outputDirectory, QString ffmpegProgram, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(outputDirectory))
    , m_ffmpeg(std::move(ffmpegProgram))
{
    QDir().mkpath(m_directory);
}

VideoMaker::~VideoMaker()
{
    // A killed ffmpeg must not outlive the emulator (or hold its temp dir open).
    for (QProcess *process : std::as_const(m_processes)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
    }
}

void VideoMaker::request(const VideoSpec &spec, QObject *context, Callback done)
{
    const QString key = spec.cacheKey();
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->ready && !QFileInfo::exists(it->path)) {
        it->ready = false; // the cached file went away: make it again
        it->started = false;
    }
    if (it == m_entries.end()) {
        Entry entry;
        entry.spec = spec;
        entry.path = QDir(m_directory).filePath(key + QStringLiteral(".mp4"));
        it = m_entries.insert(key, entry);
    }
    it->waiters.append(Waiter{context, std::move(done)});
    if (it->ready) {
        const QString path = it->path;
        QTimer::singleShot(0, this, [this, key, path] { deliver(key, path, {}); });
        return;
    }
    if (!it->started && !m_queue.contains(key))
        m_queue.append(key);
    startNext();
}

void VideoMaker::startNext()
{
    while (m_running < MaxParallelEncodes && !m_queue.isEmpty()) {
        const QString key = m_queue.takeFirst();
        start(key, !m_entries.value(key).spec.sourceImage.isEmpty());
    }
}

QStringList VideoMaker::arguments(const Entry &entry, bool withSourceImage, const QString &target) const
{
    const VideoSpec &spec = entry.spec;
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                     QStringLiteral("-nostdin"), QStringLiteral("-y")};
    if (withSourceImage) {
        args << QStringLiteral("-i") << spec.sourceImage << QStringLiteral("-vf")
             << motionFilter(spec.motion, spec.size, spec.frames, spec.fps);
    } else {
        args << patternInputArguments(spec.size, spec.fps);
    }
    args << clipOutputArguments(spec.frames, spec.fps, target);
    return args;
}

void VideoMaker::start(const QString &key, bool withSourceImage)
{
    Entry &entry = m_entries[key];
    entry.started = true;
    // Encode to a side file and rename: a half-written video is never served.
    const QString target = entry.path + QStringLiteral(".encoding");
    auto *process = new QProcess(this);
    process->setProgram(m_ffmpeg);
    process->setArguments(arguments(entry, withSourceImage, target));
    process->setProcessChannelMode(QProcess::MergedChannels);
    ++m_running;
    ++m_encodesStarted;
    m_processes.append(process);
    connect(process, &QProcess::finished, this,
            [this, key, process, withSourceImage] { onFinished(key, process, withSourceImage); });
    connect(process, &QProcess::errorOccurred, this, [this, key, process, withSourceImage](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(key, process, withSourceImage);
    });
    auto *timeout = new QTimer(process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, process, &QProcess::kill);
    timeout->start(EncodeTimeoutMs);
    qCDebug(lcVideo).noquote() << "encoding" << key << (withSourceImage ? entry.spec.motion.describe() : QString());
    process->start();
}

void VideoMaker::onFinished(const QString &key, QProcess *process, bool withSourceImage)
{
    if (!m_processes.removeOne(process))
        return; // finished and errorOccurred can both arrive
    --m_running;
    process->deleteLater();
    Entry &entry = m_entries[key];
    const QString target = entry.path + QStringLiteral(".encoding");
    const bool ok = process->error() != QProcess::FailedToStart && process->exitStatus() == QProcess::NormalExit
        && process->exitCode() == 0 && QFileInfo(target).size() > 0;
    if (ok) {
        QFile::remove(entry.path);
        if (QFile::rename(target, entry.path)) {
            entry.ready = true;
            deliver(key, entry.path, {});
            startNext();
            return;
        }
    }
    QFile::remove(target);
    const QString output = QString::fromLocal8Bit(process->readAll()).trimmed().left(500);
    if (withSourceImage) {
        // An image ffmpeg cannot read still gets a video: the test pattern.
        qCWarning(lcVideo).noquote() << "camera move failed, using the test pattern:" << output;
        start(key, false);
        return;
    }
    const QString error = process->error() == QProcess::FailedToStart
        ? QStringLiteral("the emulator could not start %1").arg(m_ffmpeg)
        : QStringLiteral("ffmpeg failed: %1").arg(output.isEmpty() ? process->errorString() : output);
    qCWarning(lcVideo).noquote() << error;
    entry.started = false; // not cached: the next request tries again
    deliver(key, {}, error);
    startNext();
}

void VideoMaker::deliver(const QString &key, const QString &path, const QString &error)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(path, error);
    }
}

} // namespace wan::emulator
