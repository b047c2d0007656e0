// The sequence editor's controls: the list of sequences, the clips, the trim
// of the chosen clip and the buttons (sequencepanel_library.cpp reads and
// writes the library and the clips).

#include "gallery/sequencepanel.h"

#include "common/accessiblenames.h"
#include "common/accessiblevalue.h"
#include "gallery/sequenceclipmodel.h"
#include "gallery/sequencestrip.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace wan::ui {

namespace {

// A clip of the sequence as a card: its first frame over its number, frames and join.
class ClipCardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {160, 54 + 3 * option.fontMetrics.lineSpacing() + 12};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->decorationAlignment = Qt::AlignHCenter;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
        option->features |= QStyleOptionViewItem::WrapText;
    }
};

} // namespace

SequencePanel::SequencePanel(library::LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new SequenceClipModel(this))
{
    setObjectName(QStringLiteral("sequencePanel"));
    buildLayout();
    retranslate();
    updateTrimControls();
    updateSummary();
}

SequencePanel::~SequencePanel() = default;

void SequencePanel::buildLayout()
{
    // Rows short enough for the centre of a laptop screen (1366x768) in the
    // longest language: the editor never squeezes the studio's input column.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_sequenceLabel = new QLabel(this);
    m_sequenceBox = new QComboBox(this);
    m_sequenceBox->setObjectName(QStringLiteral("sequenceBox"));
    m_sequenceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sequenceBox->setMinimumContentsLength(10);
    m_sequenceLabel->setBuddy(m_sequenceBox);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newSequenceButton"));
    m_rename = new QPushButton(this);
    m_rename->setObjectName(QStringLiteral("renameSequenceButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteSequenceButton"));
    top->addWidget(m_sequenceLabel);
    top->addWidget(m_sequenceBox, 1);
    top->addWidget(m_new);
    top->addWidget(m_rename);
    top->addWidget(m_delete);
    layout->addLayout(top);

    m_clips = new QListView(this);
    m_clips->setObjectName(QStringLiteral("sequenceClips"));
    m_clips->setModel(m_model);
    // A row of cards, first frame over the text; a list (not icons) so that a
    // drag reorders the clips rather than placing a card anywhere.
    m_clips->setViewMode(QListView::ListMode);
    m_clips->setFlow(QListView::LeftToRight);
    m_clips->setWrapping(false);
    m_clips->setMovement(QListView::Static);
    m_clips->setIconSize(QSize(96, 54));
    m_clips->setUniformItemSizes(true);
    m_clips->setItemDelegate(new ClipCardDelegate(m_clips));
    m_clips->setWordWrap(true);
    m_clips->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clips->setDragDropMode(QAbstractItemView::DragDrop);
    m_clips->setDefaultDropAction(Qt::MoveAction);
    m_clips->setDragEnabled(true);
    m_clips->setAcceptDrops(true);
    m_clips->setDropIndicatorShown(true);
    m_clips->setFixedHeight(118);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_clips->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, [this] {
        if (currentClipRow() >= 0)
            m_model->removeRows(currentClipRow(), 1);
    });
    layout->addWidget(m_clips);

    m_joinLabel = new QLabel(this);
    m_joinLabel->setObjectName(QStringLiteral("joinLabel"));
    m_joinLabel->setWordWrap(true);
    layout->addWidget(m_joinLabel);

    m_strip = new SequenceStrip(this);
    m_strip->setObjectName(QStringLiteral("sequenceStrip"));
    layout->addWidget(m_strip);

    auto *trim = new QHBoxLayout;
    const auto spin = [this](const char *name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        return box;
    };
    m_inLabel = new QLabel(this);
    m_in = spin("inSpin");
    m_inLabel->setBuddy(m_in);
    m_outLabel = new QLabel(this);
    m_out = spin("outSpin");
    m_outLabel->setBuddy(m_out);
    m_setIn = new QPushButton(this);
    m_setIn->setObjectName(QStringLiteral("setInButton"));
    m_setOut = new QPushButton(this);
    m_setOut->setObjectName(QStringLiteral("setOutButton"));
    m_crossfadeLabel = new QLabel(this);
    m_crossfade = spin("crossfadeSpin");
    m_crossfade->setRange(0, 64);
    m_crossfadeLabel->setBuddy(m_crossfade);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeClipButton"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_inLabel, m_in, m_setIn, m_outLabel, m_out, m_setOut})
        trim->addWidget(w);
    trim->addStretch(1);
    layout->addLayout(trim);
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_crossfadeLabel);
    joinRow->addWidget(m_crossfade);
    joinRow->addStretch(1);
    joinRow->addWidget(m_remove);
    layout->addLayout(joinRow);

    auto *actions = new QHBoxLayout;
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("playSequenceButton"));
    m_review = new QPushButton(this);
    m_review->setObjectName(QStringLiteral("reviewSeamsButton"));
    m_previousJoin = new QPushButton(this);
    m_previousJoin->setObjectName(QStringLiteral("previousJoinButton"));
    m_nextJoin = new QPushButton(this);
    m_nextJoin->setObjectName(QStringLiteral("nextJoinButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportSequenceButton"));
    m_exportMlt = new QPushButton(this);
    m_exportMlt->setObjectName(QStringLiteral("exportMltButton"));
    actions->addWidget(m_play);
    actions->addWidget(m_review);
    actions->addStretch(1);
    layout->addLayout(actions);
    auto *joins = new QHBoxLayout;
    joins->addWidget(m_previousJoin);
    joins->addWidget(m_nextJoin);
    joins->addStretch(1);
    layout->addLayout(joins);
    auto *exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(m_export);
    exports->addWidget(m_exportMlt);
    layout->addLayout(exports);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sequenceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_sequenceBox, &QComboBox::activated, this, [this](int index) { showSequence(m_sequenceBox->itemData(index).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, [this] { newSequence(); });
    connect(m_rename, &QPushButton::clicked, this, [this] { renameCurrent({}); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete Sequence"),
                                  tr("Delete the sequence \u201C%1\u201D? Its clips stay in the Library.").arg(m_model->sequence().name))
            == QMessageBox::Yes)
            removeCurrent();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentClipRow() >= 0)
            m_model->removeRows(currentClipRow(), 1);
    });
    connect(m_clips->selectionModel(), &QItemSelectionModel::currentChanged, this, &SequencePanel::clipSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SequencePanel::clipSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateTrimControls();
        updateSummary();
    });
    connect(m_model, &SequenceClipModel::edited, this, &SequencePanel::save);
    connect(m_model, &SequenceClipModel::entriesDropped, this, &SequencePanel::insertRuns);
    connect(m_in, &QSpinBox::valueChanged, this, &SequencePanel::pointsEdited);
    connect(m_out, &QSpinBox::valueChanged, this, &SequencePanel::pointsEdited);
    connect(m_crossfade, &QSpinBox::valueChanged, this, [this](int frames) {
        if (!m_updating)
            m_model->setCrossfade(currentClipRow(), frames);
    });
    connect(m_setIn, &QPushButton::clicked, this, [this] { m_in->setValue(int(m_strip->cursor())); });
    connect(m_setOut, &QPushButton::clicked, this, [this] { m_out->setValue(int(m_strip->cursor())); });
    connect(m_strip, &SequenceStrip::inRequested, this, [this](qint64 frame) { m_in->setValue(int(frame)); });
    connect(m_strip, &SequenceStrip::outRequested, this, [this](qint64 frame) { m_out->setValue(int(frame)); });
    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(timeline()); });
    connect(m_review, &QPushButton::clicked, this, [this] { reviewJoin(m_join); });
    connect(m_previousJoin, &QPushButton::clicked, this, [this] { reviewJoin(m_join - 1); });
    connect(m_nextJoin, &QPushButton::clicked, this, [this] { reviewJoin(m_join + 1); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (currentSequenceId() > 0)
            Q_EMIT exportRequested(currentSequenceId());
    });
    connect(m_exportMlt, &QPushButton::clicked, this, &SequencePanel::chooseMltFile);
}

void SequencePanel::retranslate()
{
    const auto name = [](QWidget *w, const QString &text) {
        if (auto *button = qobject_cast<QPushButton *>(w))
            button->setText(text);
        else if (auto *label = qobject_cast<QLabel *>(w))
            label->setText(text);
        nameAfter(w, text);
    };
    name(m_sequenceLabel, tr("Sequence:"));
    nameAfter(m_sequenceBox, tr("Sequence:"));
    name(m_new, tr("New…"));
    m_new->setToolTip(tr("A new, empty sequence; add clips from the Library (its context menu, or drag them here)"));
    name(m_rename, tr("Rename…"));
    name(m_delete, tr("Delete"));
    m_delete->setToolTip(tr("Delete this sequence (its clips stay in the Library)"));
    nameAfter(m_clips, tr("Clips"));
    m_clips->setToolTip(tr("Drag to reorder; Delete removes the selected clip"));
    name(m_inLabel, tr("In:"));
    nameAfter(m_in, tr("In:"));
    name(m_outLabel, tr("Out:"));
    nameAfter(m_out, tr("Out:"));
    name(m_setIn, tr("Set In"));
    m_setIn->setToolTip(tr("The frame under the cursor becomes the first frame (I)"));
    name(m_setOut, tr("Set Out"));
    m_setOut->setToolTip(tr("The frame under the cursor becomes the last frame (O)"));
    name(m_crossfadeLabel, tr("Crossfade:"));
    nameAfter(m_crossfade, tr("Crossfade:"));
    m_crossfade->setSuffix(tr(" frames"));
    m_crossfade->setToolTip(tr("Frames blended with the clip before, in the player and in an export"));
    name(m_remove, tr("Remove Clip"));
    name(m_play, tr("Play Sequence"));
    m_play->setToolTip(tr("Play the whole sequence in the player, with one scrub bar across it"));
    name(m_review, tr("Review Seam"));
    m_review->setToolTip(tr("Loop one second around a join: half a second before it, half a second after"));
    name(m_previousJoin, tr("Previous Join"));
    name(m_nextJoin, tr("Next Join"));
    name(m_export, tr("Export…"));
    name(m_exportMlt, tr("Export for Editor (MLT)…"));
    m_exportMlt->setToolTip(tr("An MLT project for Shotcut or Kdenlive, referring to the original clips"));
    m_strip->setToolTip(tr("Click or drag to choose a frame; Left and Right move by a frame (Shift: ten), I and O set the in and out point"));
    updateTrimControls();
    updateSummary();
}

void SequencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

qint64 SequencePanel::currentSequenceId() const
{
    return m_model->sequenceId();
}

int SequencePanel::currentClipRow() const
{
    const QModelIndex current = m_clips->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SequencePanel::selectClip(int row)
{
    m_clips->setCurrentIndex(m_model->index(row));
}

jobs::SequenceTimeline SequencePanel::timeline() const
{
    return m_model->timeline();
}

bool SequencePanel::isReady() const
{
    return m_model->rowCount() > 0 && m_model->pathsWithoutInfo().isEmpty();
}

void SequencePanel::clipSelected()
{
    const int row = currentClipRow();
    const auto entry = m_model->entryAt(row);
    const qint64 frames = row >= 0 ? m_model->index(row).data(SequenceClipModel::FramesRole).toLongLong() : 0;
    m_strip->setClip(entry ? entry->outputPath : QString(), frames);
    if (row > 0)
        m_join = row - 1;
    updateTrimControls();
}

void SequencePanel::updateTrimControls()
{
    const int row = currentClipRow();
    const QModelIndex index = m_model->index(row);
    const qint64 frames = index.isValid() ? index.data(SequenceClipModel::FramesRole).toLongLong() : 0;
    const bool editable = frames > 0;
    const auto entry = m_model->entryAt(row);
    // A frame count read after the clip was chosen.
    if (entry && m_strip->frames() != frames)
        m_strip->setClip(entry->outputPath, frames);
    m_updating = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_in, m_out, m_setIn, m_setOut, m_strip})
        w->setEnabled(editable);
    m_remove->setEnabled(index.isValid());
    m_crossfade->setEnabled(index.isValid() && row > 0);
    if (editable) {
        const qint64 in = std::max<qint64>(0, index.data(SequenceClipModel::InRole).toLongLong());
        const qint64 outSet = index.data(SequenceClipModel::OutRole).toLongLong();
        const qint64 out = outSet < 0 ? frames - 1 : std::min(outSet, frames - 1);
        m_in->setRange(0, int(out));
        m_out->setRange(int(in), int(frames - 1));
        m_in->setValue(int(in));
        m_out->setValue(int(out));
        m_strip->setPoints(in, out);
    }
    m_crossfade->setValue(index.isValid() ? index.data(SequenceClipModel::CrossfadeRole).toInt() : 0);
    m_updating = false;
    const QString join = index.isValid() ? index.data(SequenceClipModel::JoinRole).toString() : QString();
    m_joinLabel->setText(row > 0 ? tr("Join before this clip: %1").arg(join)
                                 : (index.isValid() ? tr("The first clip of the sequence.") : tr("Choose a clip to trim it.")));
    exposeValue(m_joinLabel, m_joinLabel->text());
}

void SequencePanel::pointsEdited()
{
    if (m_updating)
        return;
    const int row = currentClipRow();
    const qint64 frames = m_model->index(row).data(SequenceClipModel::FramesRole).toLongLong();
    if (row < 0 || frames <= 0)
        return;
    // The clip's own ends are stored as "from its start / to its end" (-1), as the command line writes them.
    const qint64 in = m_in->value() <= 0 ? -1 : m_in->value();
    const qint64 out = m_out->value() >= frames - 1 ? -1 : m_out->value();
    m_model->setPoints(row, in, out);
}

void SequencePanel::updateSummary()
{
    const jobs::SequenceTimeline t = timeline();
    int dropped = 0;
    for (int i = 1; i < t.clipCount(); ++i)
        dropped += t.dropsRepeatedFrame(i) ? 1 : 0;
    QString text;
    if (currentSequenceId() == 0)
        text = m_sequences.isEmpty() ? tr("No sequence yet: make one with New…, or from a chain in the Library (its context menu).")
                                     : tr("Choose a sequence.");
    else if (t.clipCount() == 0)
        text = tr("This sequence is empty: add clips from the Library (its context menu, or drag them here).");
    else
        text = tr("%n clip(s)", nullptr, t.clipCount()) + QStringLiteral(" · ")
            + tr("%n frame(s)", nullptr, int(t.totalFrames())) + QStringLiteral(" · ")
            + tr("%1 s").arg(double(t.totalFrames()) / t.fps(), 0, 'f', 1) + QStringLiteral(" · ")
            + tr("%n repeated frame(s) dropped at the joins", nullptr, dropped);
    m_summary->setText(text);
    exposeValue(m_summary, text);
    const bool any = t.clipCount() > 0 && t.totalFrames() > 0;
    m_play->setEnabled(any);
    m_review->setEnabled(any && t.joinCount() > 0);
    m_previousJoin->setEnabled(any && t.joinCount() > 1);
    m_nextJoin->setEnabled(any && t.joinCount() > 1);
    m_export->setEnabled(t.clipCount() > 0);
    m_exportMlt->setEnabled(t.clipCount() > 0);
    m_rename->setEnabled(currentSequenceId() > 0);
    m_delete->setEnabled(currentSequenceId() > 0);
}

void SequencePanel::reviewJoin(int join)
{
    const jobs::SequenceTimeline t = timeline();
    if (t.joinCount() == 0)
        return;
    // Round and round: after the last join, the first again.
    m_join = (join % t.joinCount() + t.joinCount()) % t.joinCount();
    selectClip(m_join + 1);
    Q_EMIT seamReviewRequested(t, m_join);
}

} // namespace wan::ui
