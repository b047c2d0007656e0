// The studio window's continuation: Continue from This Frame / Last Frame
// (player, Compare, Library, Runs list). The exact frame becomes the image,
// the prompt and parameters stay, and the next Generate records its parent.
// The last frame of the clip in the player is taken ahead of time, off the UI
// thread, so the click only has to move a file and show what is ready.

#include "shell/mainwindow.h"

#include "core/modeldescription.h"
#include "library/libraryentry.h"
#include "library/libraryservice.h"
#include "player/playerview.h"
#include "jobs/continuation.h"
#include "common/messagebanner.h"
#include "studio/imagewell.h"
#include "studio/parameterform.h"
#include "studio/prompteditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcContinue, "wanstudio.ui.continue", QtInfoMsg)

} // namespace

QString MainWindow::inputsDirectory() const
{
    return m_context.mediaDirectory + QStringLiteral("/inputs");
}

void MainWindow::prefetchLastFrame(const QString &clipPath)
{
    dropPrefetch();
    if (clipPath.isEmpty() || m_context.mediaDirectory.isEmpty())
        return;
    m_prefetchClip = clipPath;
    const quint64 generation = ++m_prefetchGeneration;
    jobs::ContinuationSource source;
    source.clipPath = clipPath;
    const QString inputs = inputsDirectory();
    const QSize frameSize = m_context.model->frameSize(m_parameters->values());
    // Once per process, first: what processes that stopped left there under
    // names of their own.
    static std::atomic_bool swept { false };
    const bool sweep = !swept.exchange(true);
    // Kept aside, under a name of this process, until a click asks for it.
    QtConcurrent::run([source, inputs, frameSize, sweep] {
        if (sweep)
            jobs::Continuation::removeLeftovers(inputs);
        return jobs::Continuation::prepare(source, media::FramePosition::last(), inputs, frameSize, true);
    }).then(this, [this, generation](const jobs::ContinuationFrame &frame) {
        if (generation != m_prefetchGeneration) {
            if (!frame.asidePng.isEmpty()) // a later clip took its place
                (void)QtConcurrent::run([aside = frame.asidePng] { QFile::remove(aside); });
            return;
        }
        m_prefetched = frame;
        if (m_continueWaitsForPrefetch) {
            m_continueWaitsForPrefetch = false;
            useContinuation(frame, true);
        }
    });
}

void MainWindow::dropPrefetch()
{
    ++m_prefetchGeneration;
    m_continueWaitsForPrefetch = false;
    if (m_prefetched && !m_prefetched->asidePng.isEmpty()) {
        const QString aside = m_prefetched->asidePng;
        (void)QtConcurrent::run([aside] { QFile::remove(aside); });
    }
    m_prefetched.reset();
    m_prefetchClip.clear();
}

void MainWindow::continueFrom(const QString &clipPath, qint64 frameIndex, qint64 parentId)
{
    if (clipPath.isEmpty())
        return;
    m_continueClock.start();
    const QString clip = QFileInfo(clipPath).absoluteFilePath();
    if (frameIndex < 0 && clip == m_prefetchClip) {
        if (m_prefetched && m_prefetched->ok()) {
            useContinuation(*std::exchange(m_prefetched, std::nullopt), true);
            // Continuing again from the same clip takes the frame afresh.
            prefetchLastFrame(clip);
            return;
        }
        if (!m_prefetched) {
            m_continueWaitsForPrefetch = true; // on its way
            showMessage(tr("Taking the last frame of “%1”…").arg(QFileInfo(clip).fileName()), false);
            return;
        }
    }
    showMessage(frameIndex < 0 ? tr("Taking the last frame of “%1”…").arg(QFileInfo(clip).fileName())
                               : tr("Taking frame %1 of “%2”…").arg(frameIndex).arg(QFileInfo(clip).fileName()),
                false);
    jobs::ContinuationSource source;
    source.clipPath = clip;
    source.parentId = parentId;
    const media::FramePosition at = frameIndex < 0 ? media::FramePosition::last() : media::FramePosition::atIndex(frameIndex);
    const QString inputs = inputsDirectory();
    const QSize frameSize = m_context.model->frameSize(m_parameters->values());
    const quint64 request = ++m_continueRequest;
    QtConcurrent::run([source, at, inputs, frameSize] { return jobs::Continuation::prepare(source, at, inputs, frameSize); })
        .then(this, [this, request](const jobs::ContinuationFrame &frame) {
            if (request == m_continueRequest)
                useContinuation(frame, false);
        });
}

void MainWindow::useContinuation(const jobs::ContinuationFrame &frame, bool prefetched)
{
    if (!frame.ok()) {
        showMessage(tr("Could not continue from “%1”: %2").arg(QFileInfo(frame.clipPath).fileName(), frame.error.message), true);
        return;
    }
    if (prefetched) {
        // A rename in the same folder; the answer comes back in a moment.
        const quint64 request = ++m_continueRequest;
        QtConcurrent::run([frame] { return jobs::Continuation::moveIntoPlace(frame); })
            .then(this, [this, request](const jobs::ContinuationFrame &placed) {
                if (request == m_continueRequest)
                    useContinuation(placed, false);
            });
        return;
    }
    m_lineage = Lineage { frame.framePng, frame.parentId, frame.parentFrame, frame.parentRequestId };
    if (frame.inspection.outputFrame.isValid() && frame.inspection.source == frame.framePng)
        m_imageWell->setInspected(frame.inspection);
    else
        m_imageWell->setImage(frame.framePng);
    showMessage(tr("The image is frame %1 of “%2”, exactly. Edit the prompt and Generate: the new run will record that it continues this clip.")
                    .arg(frame.parentFrame)
                    .arg(QFileInfo(frame.clipPath).fileName()),
                false);
    m_prompt->setFocus();
    if (m_continueClock.isValid())
        qCDebug(lcContinue) << "click to frame in the well" << m_continueClock.nsecsElapsed() / 1.0e6 << "ms"
                           << "generate ready" << m_generate->isEnabled();
}

void MainWindow::applyLineage(jobs::GenerationRequest &request) const
{
    if (!m_lineage || request.image != m_lineage->framePng)
        return;
    request.parentId = m_lineage->parentId;
    request.parentFrame = m_lineage->parentFrame;
    request.parentRequestId = m_lineage->parentRequestId;
}

void MainWindow::showChain(const library::Entry &entry)
{
    if (!m_context.library)
        return;
    m_context.library->chain(entry.id, this, [this](const library::Library::Chain &chain) {
        QStringList clips;
        QStringList ids;
        for (const library::Entry &shot : chain.entries) {
            if (shot.status == library::EntryStatus::Completed && !shot.outputPath.isEmpty()) {
                clips << shot.outputPath;
                ids << QStringLiteral("#%1").arg(shot.id);
            }
        }
        if (clips.isEmpty()) {
            showMessage(tr("This chain has no finished clip to play."), true);
            return;
        }
        QString text = tr("Playing the chain of %n clip(s), one after the other: %1.", nullptr, int(clips.size()))
                           .arg(ids.join(QStringLiteral(" → ")));
        if (chain.brokenAt > 0)
            text += QLatin1Char(' ')
                + tr("It starts at %1: the clip it continued (#%2) was deleted from the library.").arg(ids.first()).arg(chain.brokenAt);
        m_player->playSequence(clips);
        m_centre->setCurrentWidget(m_playerPage);
        showMessage(text, chain.brokenAt > 0);
    });
}

void MainWindow::restoreLineage(const QJsonObject &settings)
{
    const QJsonObject parent = settings.value(QStringLiteral("continues")).toObject();
    const QString image = settings.value(QStringLiteral("image")).toString();
    if (parent.value(QStringLiteral("frame")).toInteger(-1) < 0 || image.isEmpty()) {
        m_lineage.reset();
        return;
    }
    m_lineage = Lineage { image, parent.value(QStringLiteral("libraryId")).toInteger(), int(parent.value(QStringLiteral("frame")).toInteger()),
                          parent.value(QStringLiteral("requestId")).toString() };
}

void MainWindow::imageChosen(const QString &source)
{
    // Another image: the next run continues nothing.
    if (m_lineage && source != m_lineage->framePng)
        m_lineage.reset();
}

} // namespace wan::ui
