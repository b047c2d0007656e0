#include "gallery/compareview.h"

#include "player/mediaengine.h"
#include "player/playbackkeys.h"

#include "gallery/comparecaption.h"
#include "gallery/comparelockstep.h"
#include "player/playercontrols.h"
#include "player/videoview.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace wan::ui {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_lockstep(new CompareLockstep(this))
    , m_summary(new CompareSummary)
    , m_placeholder(new QLabel)
    , m_gridHost(new QWidget)
    , m_controls(new PlayerControls)
{
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_gridHost->setObjectName(QStringLiteral("clipGrid"));

    m_controls->setObjectName(QStringLiteral("playerControls"));
    m_controls->setLooping(m_lockstep->isLooping());
    // Saving or locating "the" file means nothing with several on screen.
    m_controls->setFileActionsVisible(false);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    top->setSpacing(6);
    top->addWidget(m_summary);
    top->addWidget(m_placeholder, 1);
    top->addWidget(m_gridHost, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top, 1);
    layout->addWidget(m_controls);

    // A click on a video gives the view focus, so Space and the frame keys act on it.
    setFocusPolicy(Qt::ClickFocus);
    addActions(m_controls->shortcutActions());

    connectControls();
    clearClips();
    retranslate();
}

CompareView::~CompareView()
{
    // As in PlayerView: no frame may arrive while the view is destroyed.
    m_lockstep->clear();
    for (const Clip &clip : std::as_const(m_clips))
        clip.player->stop();
}

void CompareView::connectControls()
{
    // The bar asks, the lockstep acts on every clip, the bar shows the leader.
    connect(m_controls, &PlayerControls::playPauseRequested, m_lockstep, &CompareLockstep::togglePlayback);
    connect(m_controls, &PlayerControls::seekRequested, m_lockstep, &CompareLockstep::seek);
    connect(m_controls, &PlayerControls::stepRequested, m_lockstep, &CompareLockstep::stepFrames);
    connect(m_controls, &PlayerControls::rateRequested, m_lockstep, &CompareLockstep::setPlaybackRate);
    connect(m_controls, &PlayerControls::loopRequested, m_lockstep, &CompareLockstep::setLooping);
    connect(m_controls, &PlayerControls::muteRequested, this, [this](bool muted) {
        m_muted = muted;
        if (!m_clips.isEmpty())
            m_clips.first().player->setMuted(muted);
    });
    connect(m_lockstep, &CompareLockstep::playingChanged, m_controls, &PlayerControls::setPlaying);
    connect(m_lockstep, &CompareLockstep::durationChanged, m_controls, &PlayerControls::setDuration);
    connect(m_lockstep, &CompareLockstep::positionChanged, m_controls, &PlayerControls::setPosition);
    connect(m_lockstep, &CompareLockstep::playbackRateChanged, m_controls, &PlayerControls::setPlaybackRate);
    connect(m_lockstep, &CompareLockstep::frameDurationChanged, m_controls,
            [this](qreal frameMs) { m_controls->setFrameDuration(frameMs); });
    connect(m_lockstep, &CompareLockstep::clipFailed, this, &CompareView::showClipError);
}

QStringList CompareView::differingKeys(const QList<library::Entry> &entries)
{
    return RunDifferences(entries).differingKeys();
}

void CompareView::setEntries(const QList<library::Entry> &entries)
{
    clearClips();

    QList<library::Entry> usable;
    int withoutVideo = 0;
    for (const library::Entry &entry : entries) {
        if (!entry.outputPath.isEmpty() && QFileInfo(entry.outputPath).isFile())
            usable.append(entry);
        else
            ++withoutVideo;
    }
    QStringList notes;
    if (withoutVideo > 0)
        notes.append(tr("%n run(s) without a finished video left out.", nullptr, withoutVideo));
    if (usable.size() > MaximumClips) {
        notes.append(tr("Only the first %1 runs are compared.").arg(MaximumClips));
        usable = usable.mid(0, MaximumClips);
    }
    if (usable.size() < MinimumClips) {
        notes.append(tr("Choose two to four finished runs to compare."));
        usable.clear();
    }

    m_differences = RunDifferences(usable);
    m_summary->setDifferences(m_differences);
    const int columns = usable.size() <= 2 ? int(usable.size()) : 2; // side by side, or 2x2
    for (int i = 0; i < usable.size(); ++i)
        addClip(usable.at(i), i, columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    for (int row = 0; columns > 0 && row < (usable.size() + columns - 1) / columns; ++row)
        m_grid->setRowStretch(row, 1);

    const bool any = !m_clips.isEmpty();
    m_placeholder->setVisible(!any);
    m_gridHost->setVisible(any);
    m_summary->setVisible(any);
    m_controls->setPlayable(any);
    retranslate();

    if (any) {
        for (const Clip &clip : std::as_const(m_clips))
            clip.player->setSource(QUrl::fromLocalFile(QFileInfo(clip.entry.outputPath).absoluteFilePath()));
        m_lockstep->play();
    }
    if (!notes.isEmpty())
        Q_EMIT message(notes.join(QLatin1Char(' ')));
}

void CompareView::clearClips()
{
    m_lockstep->clear();
    for (const Clip &clip : std::as_const(m_clips)) {
        clip.player->stop();
        delete clip.player; // with its still-seek helper
        delete clip.cell;
    }
    m_clips.clear();
    // A fresh grid: a 2x2 one would keep its empty second row for two clips.
    delete m_grid;
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_placeholder->setVisible(true);
    m_gridHost->setVisible(false);
    m_summary->setVisible(false);
    m_controls->setPlayable(false);
}

void CompareView::addClip(const library::Entry &entry, int index, int columns)
{
    Clip clip;
    clip.entry = entry;
    // One clip is heard, the first; the others get no audio output at all, so
    // their backends run on the system clock and open no audio device.
    clip.player = new MediaPlayback(this, index == 0);
    if (index == 0) {
        clip.player->setMuted(m_muted);
        connect(clip.player, &MediaPlayback::mutedChanged, m_controls, &PlayerControls::setMuted);
    }
    clip.video = new VideoView;
    clip.video->setObjectName(QStringLiteral("videoWidget"));
    clip.video->setProperty("clipIndex", index);
    clip.video->setMinimumSize(160, 90);
    clip.video->setPlayback(clip.player);
    m_lockstep->addClip(clip.player);

    clip.errorLabel = new QLabel;
    clip.errorLabel->setObjectName(QStringLiteral("clipErrorLabel"));
    clip.errorLabel->setWordWrap(true);
    clip.errorLabel->setTextFormat(Qt::PlainText);
    clip.errorLabel->hide();

    auto *caption = new CompareCaption(m_differences, index);
    caption->setObjectName(QStringLiteral("caption%1").arg(index + 1));
    clip.cell = new QWidget;
    clip.cell->setObjectName(QStringLiteral("clipCell%1").arg(index + 1));
    auto *cellLayout = new QVBoxLayout(clip.cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(4);
    cellLayout->addWidget(clip.video, 1);
    cellLayout->addWidget(clip.errorLabel);
    cellLayout->addWidget(caption);
    m_grid->addWidget(clip.cell, index / columns, index % columns);
    m_clips.append(clip);
}

void CompareView::showClipError(int index, const QString &reason)
{
    if (index < 0 || index >= m_clips.size())
        return;
    const QString text = tr("Clip %1 cannot be played: %2").arg(index + 1).arg(reason);
    QLabel *label = m_clips.at(index).errorLabel;
    label->setText(text);
    label->setAccessibleName(text);
    label->show();
    Q_EMIT message(text);
}

QList<library::Entry> CompareView::entries() const
{
    QList<library::Entry> result;
    for (const Clip &clip : m_clips)
        result.append(clip.entry);
    return result;
}

int CompareView::clipCount() const
{
    return int(m_clips.size());
}

QList<MediaPlayback *> CompareView::players() const
{
    QList<MediaPlayback *> result;
    for (const Clip &clip : m_clips)
        result.append(clip.player);
    return result;
}

QList<VideoView *> CompareView::videoWidgets() const
{
    QList<VideoView *> result;
    for (const Clip &clip : m_clips)
        result.append(clip.video);
    return result;
}

bool CompareView::isPlaying() const
{
    return m_lockstep->isPlaying();
}

void CompareView::play()
{
    m_lockstep->play();
}

void CompareView::pause()
{
    m_lockstep->pause();
}

void CompareView::togglePlayback()
{
    m_lockstep->togglePlayback();
}

void CompareView::seek(qint64 positionMs)
{
    m_lockstep->seek(positionMs);
}

void CompareView::stepFrames(int frames)
{
    m_lockstep->stepFrames(frames);
}

void CompareView::setPlaybackRate(qreal rate)
{
    m_lockstep->setPlaybackRate(rate);
}

void CompareView::setLooping(bool looping)
{
    m_controls->setLooping(looping);
    m_lockstep->setLooping(looping);
}

bool CompareView::isLooping() const
{
    return m_lockstep->isLooping();
}

int CompareView::resyncCount() const
{
    return m_lockstep->resyncCount();
}

void CompareView::keyPressEvent(QKeyEvent *event)
{
    // Comma and period are the control bar's shortcut actions, added to this view.
    if (!handlePlaybackKey(this, event))
        QWidget::keyPressEvent(event);
}

void CompareView::hideEvent(QHideEvent *event)
{
    // A closed (or minimised) comparison window should not go on decoding four videos.
    if (m_lockstep->isPlaying())
        m_lockstep->pause();
    QWidget::hideEvent(event);
}

void CompareView::retranslate()
{
    // The caller may have given the window a title of its own; that one stays.
    const QString defaultTitle = tr("Compare Runs");
    if (windowTitle() == m_defaultTitle)
        setWindowTitle(defaultTitle);
    m_defaultTitle = defaultTitle;
    m_placeholder->setText(tr("Choose two to four finished runs to compare."));
    m_placeholder->setAccessibleName(m_placeholder->text());
    for (int i = 0; i < m_clips.size(); ++i)
        m_clips.at(i).video->setAccessibleName(tr("Clip %1").arg(i + 1));
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QSize CompareView::sizeHint() const
{
    // Two 480p clips at half size side by side (or four in a 2x2 grid), with captions and the bar.
    return QSize(2 * 480 + 40, 2 * 270 + 260 + m_controls->sizeHint().height());
}

} // namespace wan::ui
