#include "gallery/gridview.h"

#include "common/accessiblenames.h"
#include "gallery/comparelockstep.h"
#include "player/mediaengine.h"
#include "player/playbackkeys.h"
#include "player/playercontrols.h"
#include "player/videoview.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace wan::ui {

namespace {

constexpr int HeaderWidth = 150; // room for "golden hour", "sample_shift 12" or "sample_shift →" beside a row

QLabel *headerLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setToolTip(text);
    label->setAccessibleName(text);
    return label;
}

} // namespace

GridView::GridView(QWidget *parent)
    : QWidget(parent)
    , m_lockstep(new CompareLockstep(this))
    , m_summary(new QLabel)
    , m_gridHost(new QWidget)
    , m_controls(new PlayerControls)
{
    m_summary->setObjectName(QStringLiteral("gridSummary"));
    m_summary->setWordWrap(true);
    m_gridHost->setObjectName(QStringLiteral("clipGrid"));
    m_controls->setObjectName(QStringLiteral("playerControls"));
    m_controls->setLooping(m_lockstep->isLooping());
    m_controls->setFileActionsVisible(false);
    m_controls->setPlayable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_gridHost, 1);
    layout->addWidget(m_controls);

    setFocusPolicy(Qt::ClickFocus);
    addActions(m_controls->shortcutActions());

    // As in CompareView: the bar asks, the lockstep acts on every clip, the bar shows the leader.
    connect(m_controls, &PlayerControls::playPauseRequested, m_lockstep, &CompareLockstep::togglePlayback);
    connect(m_controls, &PlayerControls::seekRequested, m_lockstep, &CompareLockstep::seek);
    connect(m_controls, &PlayerControls::stepRequested, m_lockstep, &CompareLockstep::stepFrames);
    connect(m_controls, &PlayerControls::rateRequested, m_lockstep, &CompareLockstep::setPlaybackRate);
    connect(m_controls, &PlayerControls::loopRequested, m_lockstep, &CompareLockstep::setLooping);
    connect(m_controls, &PlayerControls::muteRequested, this, [this](bool muted) {
        m_muted = muted;
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.player && c.player->hasAudioOutput())
                c.player->setMuted(muted);
        }
    });
    connect(m_lockstep, &CompareLockstep::playingChanged, m_controls, &PlayerControls::setPlaying);
    connect(m_lockstep, &CompareLockstep::durationChanged, m_controls, &PlayerControls::setDuration);
    connect(m_lockstep, &CompareLockstep::positionChanged, m_controls, &PlayerControls::setPosition);
    connect(m_lockstep, &CompareLockstep::playbackRateChanged, m_controls, &PlayerControls::setPlaybackRate);
    connect(m_lockstep, &CompareLockstep::frameDurationChanged, m_controls,
            [this](qreal frameMs) { m_controls->setFrameDuration(frameMs); });
    connect(m_lockstep, &CompareLockstep::clipFailed, this, &GridView::showClipError);
    retranslate();
}

GridView::~GridView()
{
    // As in CompareView: no frame may arrive while the view is destroyed.
    m_lockstep->clear();
    for (const Cell &c : std::as_const(m_cells)) {
        if (c.player)
            c.player->stop();
    }
}

void GridView::clearCells()
{
    m_lockstep->clear();
    for (const Cell &c : std::as_const(m_cells)) {
        if (c.player) {
            c.player->stop();
            delete c.player;
        }
    }
    m_cells.clear();
    m_order.clear();
    delete m_grid;
    qDeleteAll(m_gridHost->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    m_controls->setPlayable(false);
}

void GridView::setAxes(const QString &rowTitle, const QStringList &rowLabels, const QString &columnTitle,
                       const QStringList &columnLabels)
{
    clearCells();
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    m_rowLabels = rowLabels.mid(0, MaximumSide);
    m_columnLabels = columnLabels.mid(0, MaximumSide);

    auto *corner = headerLabel(tr("%1 ↓\n%2 →", "grid corner: the rows' axis, the columns' axis").arg(rowTitle, columnTitle),
                               QStringLiteral("gridCorner"), m_gridHost);
    // Its two lines as written: wrapped, "sample_shift →" lost its arrow to a third line.
    corner->setWordWrap(false);
    m_grid->addWidget(corner, 0, 0);
    for (int c = 0; c < m_columnLabels.size(); ++c) {
        auto *label = headerLabel(m_columnLabels.at(c), QStringLiteral("columnLabel%1").arg(c + 1), m_gridHost);
        m_grid->addWidget(label, 0, c + 1);
        m_grid->setColumnStretch(c + 1, 1);
    }
    for (int r = 0; r < m_rowLabels.size(); ++r) {
        auto *label = headerLabel(m_rowLabels.at(r), QStringLiteral("rowLabel%1").arg(r + 1), m_gridHost);
        label->setMaximumWidth(HeaderWidth);
        m_grid->addWidget(label, r + 1, 0);
        m_grid->setRowStretch(r + 1, 1);
        for (int c = 0; c < m_columnLabels.size(); ++c) {
            Cell made;
            made.widget = new QWidget(m_gridHost);
            made.widget->setObjectName(QStringLiteral("gridCell%1_%2").arg(r + 1).arg(c + 1));
            made.widget->setToolTip(tr("%1, %2").arg(m_rowLabels.at(r), m_columnLabels.at(c)));
            auto *cellLayout = new QVBoxLayout(made.widget);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(2);
            auto *stackHost = new QWidget(made.widget);
            made.stack = new QStackedLayout(stackHost);
            made.state = new QLabel(stackHost);
            made.state->setObjectName(QStringLiteral("cellState"));
            made.state->setAlignment(Qt::AlignCenter);
            made.state->setWordWrap(true);
            made.state->setTextFormat(Qt::PlainText);
            made.state->setFrameShape(QFrame::StyledPanel);
            made.state->setMinimumSize(120, 68);
            made.stack->addWidget(made.state);
            made.video = new VideoView(stackHost);
            made.video->setObjectName(QStringLiteral("videoWidget"));
            made.video->setMinimumSize(120, 68);
            made.video->installEventFilter(this);
            made.stack->addWidget(made.video);
            made.open = new QToolButton(made.widget);
            made.open->setObjectName(QStringLiteral("openClipButton"));
            made.open->setEnabled(false);
            connect(made.open, &QToolButton::clicked, this, [this, r, c] {
                if (const Cell *found = cell(r, c); found && !found->clipPath.isEmpty())
                    Q_EMIT openRequested(found->clipPath);
            });
            cellLayout->addWidget(stackHost, 1);
            cellLayout->addWidget(made.open, 0, Qt::AlignHCenter);
            m_grid->addWidget(made.widget, r + 1, c + 1);
            m_cells.append(made);
            setCellState(r, c, tr("Waiting"));
        }
    }
    retranslate();
}

GridView::Cell *GridView::cell(int row, int column)
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    return &m_cells[row * columnCount() + column];
}

const GridView::Cell *GridView::cell(int row, int column) const
{
    return const_cast<GridView *>(this)->cell(row, column);
}

void GridView::setCellState(int row, int column, const QString &state, bool failed)
{
    Cell *c = cell(row, column);
    if (!c || !c->clipPath.isEmpty())
        return;
    c->stateText = state;
    c->state->setText(tr("%1\n%2", "a grid cell: its place, then its run's state")
                          .arg(tr("%1, %2").arg(m_rowLabels.at(row), m_columnLabels.at(column)), state));
    c->state->setAccessibleName(c->state->text());
    c->state->setForegroundRole(failed ? QPalette::BrightText : QPalette::WindowText);
    c->state->setStyleSheet(failed ? QStringLiteral("QLabel { color: white; background: #b3261e; }") : QString());
    c->stack->setCurrentWidget(c->state);
}

void GridView::setCellClip(int row, int column, const QString &clipPath)
{
    Cell *c = cell(row, column);
    if (!c || !c->clipPath.isEmpty() || clipPath.isEmpty())
        return;
    c->clipPath = clipPath;
    c->stateText.clear();
    // One clip is heard, the first to arrive; the others run on the system clock (see CompareView::addClip).
    c->player = new MediaPlayback(this, m_order.isEmpty());
    if (m_order.isEmpty()) {
        c->player->setMuted(m_muted);
        connect(c->player, &MediaPlayback::mutedChanged, m_controls, &PlayerControls::setMuted);
    }
    c->video->setPlayback(c->player);
    // Before the source is set: a file that cannot be played may say so at once.
    c->stack->setCurrentWidget(c->video);
    c->open->setEnabled(true);
    const bool wasPlaying = m_lockstep->isPlaying();
    const bool first = m_order.isEmpty();
    c->lockstepIndex = m_lockstep->count();
    m_lockstep->addClip(c->player);
    m_order.append(c->player);
    c->player->setSource(QUrl::fromLocalFile(QFileInfo(clipPath).absoluteFilePath()));
    m_controls->setPlayable(true);
    retranslate();
    // The newcomer joins where the others are: play() moves it there.
    if (first || wasPlaying)
        m_lockstep->play();
}

QString GridView::cellState(int row, int column) const
{
    const Cell *c = cell(row, column);
    return c ? c->stateText : QString();
}

QString GridView::cellClip(int row, int column) const
{
    const Cell *c = cell(row, column);
    return c ? c->clipPath : QString();
}

QWidget *GridView::cellWidget(int row, int column) const
{
    const Cell *c = cell(row, column);
    return c ? c->widget : nullptr;
}

void GridView::showClipError(int lockstepIndex, const QString &reason)
{
    for (int i = 0; i < m_cells.size(); ++i) {
        Cell &c = m_cells[i];
        if (c.lockstepIndex != lockstepIndex)
            continue;
        const QString text = tr("Clip %1, %2 cannot be played: %3")
                                 .arg(m_rowLabels.at(i / columnCount()), m_columnLabels.at(i % columnCount()), reason);
        c.state->setText(text);
        c.state->setAccessibleName(text);
        c.stack->setCurrentWidget(c.state);
        Q_EMIT message(text);
    }
}

QList<MediaPlayback *> GridView::players() const
{
    return m_order;
}

QList<VideoView *> GridView::videoWidgets() const
{
    QList<VideoView *> videos;
    for (MediaPlayback *player : m_order) {
        for (const Cell &c : m_cells) {
            if (c.player == player)
                videos.append(c.video);
        }
    }
    return videos;
}

bool GridView::isPlaying() const
{
    return m_lockstep->isPlaying();
}

void GridView::play()
{
    m_lockstep->play();
}

void GridView::pause()
{
    m_lockstep->pause();
}

void GridView::togglePlayback()
{
    m_lockstep->togglePlayback();
}

void GridView::seek(qint64 positionMs)
{
    m_lockstep->seek(positionMs);
}

void GridView::stepFrames(int frames)
{
    m_lockstep->stepFrames(frames);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    if (!handlePlaybackKey(this, event))
        QWidget::keyPressEvent(event);
}

// A double click on a cell's video opens its clip, as its Open button does.
bool GridView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.video == watched && !c.clipPath.isEmpty()) {
                Q_EMIT openRequested(c.clipPath);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GridView::hideEvent(QHideEvent *event)
{
    // A closed (or minimised) grid should not go on decoding sixteen videos.
    if (m_lockstep->isPlaying())
        m_lockstep->pause();
    QWidget::hideEvent(event);
}

void GridView::retranslate()
{
    setWindowTitle(m_rowTitle.isEmpty() ? tr("Grid") : tr("Grid: %1 × %2").arg(m_rowTitle, m_columnTitle));
    int done = 0;
    for (const Cell &c : std::as_const(m_cells))
        done += c.clipPath.isEmpty() ? 0 : 1;
    m_summary->setText(tr("%1 of %n run(s) finished. Rows: %2; columns: %3. The finished clips play together; double-click "
                          "one, or use its button, to open it in the studio.",
                          nullptr, static_cast<int>(m_cells.size()))
                           .arg(done)
                           .arg(m_rowTitle, m_columnTitle));
    for (int i = 0; i < m_cells.size(); ++i) {
        const Cell &c = m_cells.at(i);
        const QString place = tr("%1, %2").arg(m_rowLabels.at(i / columnCount()), m_columnLabels.at(i % columnCount()));
        c.open->setText(tr("Open in Studio"));
        nameAfter(c.open, c.open->text());
        c.open->setAccessibleDescription(place);
        c.open->setToolTip(tr("Plays this clip (%1) in the studio's player.").arg(place));
        c.video->setAccessibleName(tr("Clip %1").arg(place));
    }
}

void GridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QSize GridView::sizeHint() const
{
    const int columns = qMax(1, columnCount());
    const int rows = qMax(1, rowCount());
    return QSize(HeaderWidth + columns * 300, 80 + rows * 190 + m_controls->sizeHint().height());
}

} // namespace wan::ui
