#include "player/playercontrols.h"

#include "media/frametiming.h"

#include "common/accessiblevalue.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace wan::ui {

namespace {

constexpr qreal kRates[] = { 0.25, 0.5, 1.0, 1.5, 2.0 };
constexpr int kNormalRateIndex = 2;

// Theme icons look native on Linux desktops; the style's icons keep every
// button recognisable where no icon theme is installed (offscreen, Windows).
QIcon themedIcon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), widget->style()->standardIcon(fallback, nullptr, widget));
}

// The transport glyphs (play, pause, skip) of the style are black shapes that
// vanish on a dark palette: without a theme icon, they take the palette's
// button text colour instead (and its disabled colour when disabled).
QIcon glyphIcon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    const QString name = QString::fromLatin1(themeName);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    const QIcon shape = widget->style()->standardIcon(fallback, nullptr, widget);
    const QPalette &palette = widget->palette();
    QIcon tinted;
    for (const int side : { 16, 22, 24, 32, 48 }) {
        const QPixmap source = shape.pixmap(QSize(side, side));
        if (source.isNull())
            continue;
        for (const auto &[mode, group] :
             { std::pair { QIcon::Normal, QPalette::Active }, std::pair { QIcon::Disabled, QPalette::Disabled } }) {
            QPixmap pixmap = source;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), palette.color(group, QPalette::ButtonText));
            painter.end();
            tinted.addPixmap(pixmap, mode);
        }
    }
    return tinted.isNull() ? shape : tinted;
}

// Icon-only buttons have no visible text, so the tooltip is their label: a
// screen reader must announce the same words a sighted user reads.
void describe(QWidget *widget, const QString &name, const QString &description = QString())
{
    widget->setToolTip(name);
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent)
{
    m_playPause = makeAction(QStringLiteral("playPauseAction"), false);
    m_stepBack = makeAction(QStringLiteral("stepBackAction"), false);
    m_stepForward = makeAction(QStringLiteral("stepForwardAction"), false);
    m_mute = makeAction(QStringLiteral("muteAction"), true);
    m_loop = makeAction(QStringLiteral("loopAction"), true);
    m_saveAs = makeAction(QStringLiteral("saveAsAction"), false);
    m_copyPath = makeAction(QStringLiteral("copyPathAction"), false);
    m_showInFolder = makeAction(QStringLiteral("showInFolderAction"), false);

    // Space and the arrow keys are handled by PlayerView::keyPressEvent rather
    // than as shortcuts: as shortcuts they would take Space away from a focused
    // button and the arrows away from the slider.
    m_stepBack->setShortcut(QKeySequence(Qt::Key_Comma));
    m_stepForward->setShortcut(QKeySequence(Qt::Key_Period));
    m_mute->setShortcut(QKeySequence(Qt::Key_M));
    m_loop->setChecked(true);

    connect(m_playPause, &QAction::triggered, this, &PlayerControls::playPauseRequested);
    connect(m_stepBack, &QAction::triggered, this, [this] { Q_EMIT stepRequested(-1); });
    connect(m_stepForward, &QAction::triggered, this, [this] { Q_EMIT stepRequested(1); });
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        updateIcons();
        Q_EMIT muteRequested(muted);
    });
    connect(m_loop, &QAction::toggled, this, &PlayerControls::loopRequested);
    connect(m_saveAs, &QAction::triggered, this, &PlayerControls::saveAsRequested);
    connect(m_copyPath, &QAction::triggered, this, &PlayerControls::copyPathRequested);
    connect(m_showInFolder, &QAction::triggered, this, &PlayerControls::showInFolderRequested);

    m_scrub = new QSlider(Qt::Horizontal, this);
    m_scrub->setObjectName(QStringLiteral("scrubSlider"));
    m_scrub->setRange(0, 0);
    m_scrub->setPageStep(1000);
    // valueChanged covers dragging, clicks on the groove and the keyboard; the
    // player's own position updates are fed in with signals blocked.
    connect(m_scrub, &QSlider::valueChanged, this, [this](int value) { Q_EMIT seekRequested(value); });

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setTextFormat(Qt::PlainText);

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    for (const qreal rate : kRates)
        m_speed->addItem(QString(), rate);
    m_speed->setCurrentIndex(kNormalRateIndex);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { Q_EMIT rateRequested(m_speed->itemData(index).toReal()); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(makeButton(m_playPause, Qt::ToolButtonIconOnly));
    buttons->addWidget(makeButton(m_stepBack, Qt::ToolButtonIconOnly));
    buttons->addWidget(makeButton(m_stepForward, Qt::ToolButtonIconOnly));
    buttons->addSpacing(8);
    buttons->addWidget(m_time);
    buttons->addStretch(1);
    buttons->addWidget(m_speed);
    buttons->addWidget(makeButton(m_mute, Qt::ToolButtonIconOnly));
    buttons->addWidget(makeButton(m_loop, Qt::ToolButtonIconOnly));
    buttons->addSpacing(8);
    buttons->addWidget(makeButton(m_saveAs, Qt::ToolButtonTextBesideIcon));
    buttons->addWidget(makeButton(m_copyPath, Qt::ToolButtonTextBesideIcon));
    buttons->addWidget(makeButton(m_showInFolder, Qt::ToolButtonTextBesideIcon));
    keepFileButtonsNarrowable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_scrub);
    layout->addLayout(buttons);

    // Tab walks the bar in reading order (creation order would put the speed
    // box before Play): slider first, then left to right.
    QList<QWidget *> order { m_scrub, m_buttons.at(0), m_buttons.at(1), m_buttons.at(2), m_speed };
    for (qsizetype i = 3; i < m_buttons.size(); ++i)
        order.append(m_buttons.at(i));
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setFocusProxy(m_scrub);

    retranslate();
    makeIcons();
    updateIcons();
    setPlayable(false);
    setFileAvailable(false);
}

QAction *PlayerControls::makeAction(const QString &objectName, bool checkable)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setCheckable(checkable);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QToolButton *PlayerControls::makeButton(QAction *action, Qt::ToolButtonStyle style)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(style);
    button->setAutoRaise(true);
    // Tool buttons default to no keyboard focus; this bar must be usable without a mouse.
    button->setFocusPolicy(Qt::StrongFocus);
    button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    m_buttons.append(button);
    return button;
}

void PlayerControls::retranslate()
{
    m_playPause->setText(m_playing ? tr("Pause") : tr("Play"));
    m_stepBack->setText(tr("Previous Frame"));
    m_stepForward->setText(tr("Next Frame"));
    m_mute->setText(tr("Mute"));
    m_loop->setText(tr("Loop"));
    m_saveAs->setText(tr("Save As…"));
    m_copyPath->setText(tr("Copy File Path"));
    m_showInFolder->setText(tr("Show in Folder"));

    const auto shortcutHint
        = [](const QKeySequence &keys) { return tr("Shortcut: %1").arg(keys.toString(QKeySequence::NativeText)); };
    for (QToolButton *button : std::as_const(m_buttons)) {
        QAction *action = button->defaultAction();
        // QAction::toolTip() would fall back to the text anyway; setting it
        // explicitly keeps it in step with the accessible name after a retranslation.
        action->setToolTip(action->text());
        QString description;
        if (action == m_playPause)
            description = shortcutHint(QKeySequence(Qt::Key_Space));
        else if (!action->shortcut().isEmpty())
            description = shortcutHint(action->shortcut());
        describe(button, action->text(), description);
    }

    describe(m_scrub, tr("Position"), tr("Drag or use the arrow keys to move through the clip"));
    describe(m_speed, tr("Playback Speed"));
    const QLocale locale;
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×", "playback speed").arg(locale.toString(m_speed->itemData(i).toReal())));
    m_time->setAccessibleDescription(tr("Current time and length of the clip"));
    updateTimeLabel();
}

void PlayerControls::makeIcons()
{
    m_icons.play = glyphIcon(this, "media-playback-start", QStyle::SP_MediaPlay);
    m_icons.pause = glyphIcon(this, "media-playback-pause", QStyle::SP_MediaPause);
    m_icons.stepBack = glyphIcon(this, "media-skip-backward", QStyle::SP_MediaSkipBackward);
    m_icons.stepForward = glyphIcon(this, "media-skip-forward", QStyle::SP_MediaSkipForward);
    m_icons.muted = themedIcon(this, "audio-volume-muted", QStyle::SP_MediaVolumeMuted);
    m_icons.volume = themedIcon(this, "audio-volume-high", QStyle::SP_MediaVolume);
    m_icons.loop = themedIcon(this, "media-playlist-repeat", QStyle::SP_BrowserReload);
    m_icons.saveAs = themedIcon(this, "document-save-as", QStyle::SP_DialogSaveButton);
    m_icons.copyPath = themedIcon(this, "edit-copy", QStyle::SP_FileLinkIcon);
    m_icons.showInFolder = themedIcon(this, "folder-open", QStyle::SP_DirOpenIcon);
}

void PlayerControls::updateIcons()
{
    m_playPause->setIcon(m_playing ? m_icons.pause : m_icons.play);
    m_stepBack->setIcon(m_icons.stepBack);
    m_stepForward->setIcon(m_icons.stepForward);
    m_mute->setIcon(m_mute->isChecked() ? m_icons.muted : m_icons.volume);
    m_loop->setIcon(m_icons.loop);
    m_saveAs->setIcon(m_icons.saveAs);
    m_copyPath->setIcon(m_icons.copyPath);
    m_showInFolder->setIcon(m_icons.showInFolder);
}

void PlayerControls::updateTimeLabel()
{
    QString text = tr("%1 / %2").arg(formatTime(m_position), formatTime(m_duration));
    // The frame index by the rule the decoder uses, so Save Frame writes the frame named here.
    if (m_duration > 0 && m_frameMs > 0)
        text = tr("%1 · frame %2").arg(text).arg(media::FrameTiming::indexAtMs(m_position, m_frameMs));
    m_time->setText(text);
    exposeValue(m_time, text);
}

void PlayerControls::setPlayable(bool playable)
{
    for (QAction *action : { m_playPause, m_stepBack, m_stepForward })
        action->setEnabled(playable);
    m_scrub->setEnabled(playable);
    if (!playable) {
        setPlaying(false);
        setDuration(0);
        setPosition(0);
    }
}

void PlayerControls::setFileAvailable(bool available)
{
    for (QAction *action : { m_saveAs, m_copyPath, m_showInFolder })
        action->setEnabled(available);
}

void PlayerControls::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    retranslate();
    updateIcons();
}

void PlayerControls::setDuration(qint64 durationMs)
{
    m_duration = qMax(qint64(0), durationMs);
    const QSignalBlocker blocker(m_scrub);
    m_scrub->setRange(0, int(qMin(m_duration, qint64(std::numeric_limits<int>::max()))));
    updateTimeLabel();
}

void PlayerControls::setPosition(qint64 positionMs)
{
    m_position = qMax(qint64(0), positionMs);
    // While the user holds the handle, the handle follows the hand, not the player.
    if (!m_scrub->isSliderDown()) {
        const QSignalBlocker blocker(m_scrub);
        m_scrub->setValue(int(qMin(m_position, qint64(std::numeric_limits<int>::max()))));
    }
    updateTimeLabel();
}

void PlayerControls::setFrameDuration(qreal frameMs)
{
    m_frameMs = frameMs;
    updateTimeLabel();
    // One arrow key press on the slider then moves by about one frame, as the
    // frame-step buttons do.
    m_scrub->setSingleStep(int(qBound(qint64(1), qRound64(frameMs), qint64(1000))));
}

void PlayerControls::setMuted(bool muted)
{
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(muted);
    updateIcons();
}

void PlayerControls::setLooping(bool looping)
{
    const QSignalBlocker blocker(m_loop);
    m_loop->setChecked(looping);
}

void PlayerControls::setPlaybackRate(qreal rate)
{
    int best = kNormalRateIndex;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (qAbs(m_speed->itemData(i).toReal() - rate) < qAbs(m_speed->itemData(best).toReal() - rate))
            best = i;
    }
    const QSignalBlocker blocker(m_speed);
    m_speed->setCurrentIndex(best);
}

QList<QToolButton *> PlayerControls::fileButtons() const
{
    QList<QToolButton *> buttons;
    for (QToolButton *button : m_buttons) {
        QAction *action = button->defaultAction();
        if (action == m_saveAs || action == m_copyPath || action == m_showInFolder)
            buttons.append(button);
    }
    return buttons;
}

namespace {

// What QToolButton::sizeHint() works out for a style, without switching to it.
int toolButtonWidth(const QToolButton *button, Qt::ToolButtonStyle style)
{
    QStyleOptionToolButton option;
    option.initFrom(button);
    option.toolButtonStyle = style;
    option.iconSize = button->iconSize();
    option.text = button->text();
    option.icon = button->icon();
    QSize size = button->iconSize();
    if (style == Qt::ToolButtonTextBesideIcon) {
        const QFontMetrics metrics = button->fontMetrics();
        const QSize text = metrics.size(Qt::TextShowMnemonic, button->text());
        size.rwidth() += 4 + text.width() + 2 * metrics.horizontalAdvance(QLatin1Char(' '));
        size.setHeight(qMax(size.height(), text.height()));
    }
    return button->style()->sizeFromContents(QStyle::CT_ToolButton, &option, size, button).width();
}

} // namespace

int PlayerControls::wordsWidth() const
{
    int extra = 0;
    for (const QToolButton *button : fileButtons()) {
        if (!button->isHidden())
            extra += toolButtonWidth(button, Qt::ToolButtonTextBesideIcon) - toolButtonWidth(button, Qt::ToolButtonIconOnly);
    }
    return qMax(0, extra);
}

void PlayerControls::keepFileButtonsNarrowable()
{
    // The layout may always shrink the file buttons to their icons, so the
    // words never make the bar (and the window) wider: with or without words,
    // the bar's minimum is the one without them.
    for (QToolButton *button : fileButtons())
        button->setMinimumWidth(toolButtonWidth(button, Qt::ToolButtonIconOnly));
}

void PlayerControls::fitFileButtons()
{
    // The width the bar needs with every word shown, whichever way it shows now.
    const int withWords = QWidget::minimumSizeHint().width() + wordsWidth();
    const bool compact = width() < withWords;
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (QToolButton *button : fileButtons())
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    updateGeometry();
}

void PlayerControls::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFileButtons();
}

void PlayerControls::setFileActionsVisible(bool visible)
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        QAction *action = button->defaultAction();
        if (action == m_saveAs || action == m_copyPath || action == m_showInFolder)
            button->setVisible(visible);
    }
}

bool PlayerControls::isLooping() const
{
    return m_loop->isChecked();
}

QList<QAction *> PlayerControls::shortcutActions() const
{
    return { m_stepBack, m_stepForward, m_mute };
}

QString PlayerControls::formatTime(qint64 ms)
{
    ms = qMax(qint64(0), ms);
    const qint64 tenths = (ms / 100) % 10;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 hours = ms / 3600000;
    const QString tail = QStringLiteral("%1.%2").arg(seconds, 2, 10, QLatin1Char('0')).arg(tenths);
    if (hours > 0)
        return QStringLiteral("%1:%2:").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')) + tail;
    return QStringLiteral("%1:").arg(minutes) + tail;
}

void PlayerControls::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        // Other words, other widths: decide again once the layout has caught up.
        QMetaObject::invokeMethod(this, &PlayerControls::fitFileButtons, Qt::QueuedConnection);
        break;
    case QEvent::FontChange:
        keepFileButtonsNarrowable();
        QMetaObject::invokeMethod(this, &PlayerControls::fitFileButtons, Qt::QueuedConnection);
        break;
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::ThemeChange:
        makeIcons();
        updateIcons();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace wan::ui
