#include "exportjob.h"

#include "core/outputplace.h"
#include "exportinputs.h"
#include "media/clipframes.h"

#include <QFileInfo>
#include <QPointer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace wan::jobs {

namespace {

constexpr int kDefaultIntervalMs = 100;
// A pace needs a little history: the first frames include opening the clips.
constexpr qint64 kPaceAfterMs = 500;

// The encoders use every core; the window must still get one the moment it
// needs it (the goal: no UI-thread stall over 33 ms while an export runs). A
// nicer thread, and the encoder threads it starts, which inherit its nice
// value on Linux, give way to the UI thread without slowing an export on an
// otherwise idle machine.
void giveWayToTheWindow()
{
#ifdef Q_OS_LINUX
    static thread_local bool done = false;
    if (!done) {
        done = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 10);
    }
#endif
}

} // namespace

int PreparedExport::continuations() const
{
    return int(std::count_if(clips.cbegin(), clips.cend(), [](const ExportClipInfo &c) { return c.clip.continuesFrame >= 0; }));
}

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("export"));
    m_tick.setInterval(kDefaultIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &ExportJob::tick);
}

ExportJob::~ExportJob()
{
    m_shared->cancel.store(true);
    m_pool.waitForDone();
}

PreparedExport ExportJob::read(const ExportSource &source)
{
    PreparedExport prepared;
    std::optional<QList<media::ExportClip>> clips;
    if (!source.entries.isEmpty())
        clips = ExportInputs::fromEntries(source.entries, &prepared.problem);
    else
        clips = ExportInputs::resolve(source.files, nullptr, &prepared.problem);
    if (!clips)
        return prepared;
    if (clips->isEmpty()) {
        prepared.problem = ExportInputs::tr("There is nothing to export: choose at least one clip.");
        return prepared;
    }
    for (int i = 0; i < clips->size(); ++i) {
        ExportClipInfo info;
        info.clip = clips->at(i);
        if (i < source.trims.size()) {
            info.clip.in = source.trims.at(i).first;
            info.clip.out = source.trims.at(i).second;
        }
        media::ClipFrames frames;
        if (!frames.open(info.clip.path)) {
            prepared.problem = frames.error().message;
            prepared.clips.clear();
            return prepared;
        }
        info.frames = frames.frameCount();
        info.size = frames.size();
        info.rate = frames.frameRate();
        prepared.clips.append(info);
    }
    return prepared;
}

void ExportJob::prepare(const ExportSource &source)
{
    QPointer<ExportJob> self(this);
    m_pool.start([self, source] {
        const PreparedExport prepared = read(source);
        // Delivered on the owner's thread; dropped when the job is gone.
        if (self)
            QMetaObject::invokeMethod(self, [self, prepared] {
                if (self)
                    emit self->prepared(prepared);
            }, Qt::QueuedConnection);
    });
}

bool ExportJob::start(const media::ExportRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_reportedDone = -1;
    m_clock.start();
    m_tick.start();
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<ExportJob> self(this);
    m_pool.start([self, shared, request] {
        giveWayToTheWindow();
        const QString target = QFileInfo(request.out).absoluteFilePath();
        if (!request.mayReplace && request.format != media::ExportFormat::PngFrames && QFileInfo(target).isFile()) {
            if (self)
                QMetaObject::invokeMethod(self, [self, target] {
                    if (!self)
                        return;
                    self->m_tick.stop();
                    self->m_running = false;
                    emit self->replaceAsked(target);
                }, Qt::QueuedConnection);
            return;
        }
        // The place first, as the command line checks it: a folder that cannot be
        // written is said plainly before anything is decoded.
        core::OutputPlaceRules rules;
        rules.mayReplace = request.mayReplace;
        const bool folder = request.format == media::ExportFormat::PngFrames;
        rules.saving = folder ? core::OutputPlaceRules::Saving::Frame : core::OutputPlaceRules::Saving::Video;
        const core::OutputPlaceCheck place
            = core::OutputPlace::check(folder ? request.out + QStringLiteral("/frame-00000.png") : request.out, rules);
        media::ExportResult result;
        if (!place.ok()) {
            result.status = place.verdict == core::OutputPlaceCheck::Verdict::Unwritable ? media::ExportResult::Status::WriteFailed
                                                                                         : media::ExportResult::Status::BadInput;
            result.message = place.hint.isEmpty() ? place.message : place.message + QLatin1Char(' ') + place.hint;
            result.out = QFileInfo(request.out).absoluteFilePath();
        } else {
            result = media::VideoExport::run(request, [shared](const media::ExportProgress &p) {
                shared->total.store(p.total, std::memory_order_relaxed);
                shared->done.store(p.done, std::memory_order_relaxed);
            }, &shared->cancel);
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, result] {
                if (self)
                    self->complete(result);
            }, Qt::QueuedConnection);
    });
    return true;
}

void ExportJob::cancel()
{
    m_shared->cancel.store(true);
}

qint64 ExportJob::done() const
{
    return m_shared->done.load(std::memory_order_relaxed);
}

qint64 ExportJob::total() const
{
    return m_shared->total.load(std::memory_order_relaxed);
}

int ExportJob::secondsLeft() const
{
    const qint64 d = done();
    const qint64 t = total();
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!m_running || d <= 0 || t <= d || elapsed < kPaceAfterMs)
        return -1;
    return int((elapsed * (t - d) / d + 999) / 1000);
}

void ExportJob::setProgressInterval(int ms)
{
    m_tick.setInterval(qMax(1, ms));
}

void ExportJob::tick()
{
    const qint64 d = done();
    if (d == m_reportedDone)
        return;
    m_reportedDone = d;
    emit progressed(d, total(), secondsLeft());
}

void ExportJob::complete(const media::ExportResult &result)
{
    m_tick.stop();
    if (result.ok())
        emit progressed(done(), total(), 0);
    m_running = false;
    emit finished(result);
}

} // namespace wan::jobs
