// The studio window's sequences: the Sequences tab (SequencePanel) beside the
// Library, the Library's Add to Sequence submenu and Make Sequence from
// Chain, playing a sequence as one timeline, and the seam review bar shown
// over the player while the second around a join loops.

#include "shell/mainwindow.h"

#include "common/accessiblenames.h"
#include "common/accessiblevalue.h"
#include "common/messagebanner.h"
#include "gallery/galleryview.h"
#include "gallery/sequencepanel.h"
#include "jobs/sequencetimeline.h"
#include "library/gallerymodel.h"
#include "library/libraryentry.h"
#include "library/libraryservice.h"
#include "player/playerview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wan::ui {

namespace {

bool finishedClips(const QList<library::Entry> &entries)
{
    return !entries.isEmpty() && std::all_of(entries.cbegin(), entries.cend(), [](const library::Entry &e) {
               return e.status == library::EntryStatus::Completed && !e.outputPath.isEmpty();
           });
}

} // namespace

void MainWindow::buildSequences()
{
    m_sequences = new SequencePanel(m_context.library, m_centre);
    m_centre->addTab(m_sequences, tr("Se&quences"));
    // A clip dragged from the Library over the tab opens the Sequences tab to drop it there.
    m_centre->tabBar()->setChangeCurrentOnDrag(true);
    connect(m_sequences, &SequencePanel::message, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_sequences, &SequencePanel::notice, this, [this](const QString &text) { showMessage(text, false); });
    connect(m_sequences, &SequencePanel::exportRequested, this, &MainWindow::exportSequence);
    connect(m_sequences, &SequencePanel::playRequested, this, [this](const jobs::SequenceTimeline &timeline) {
        m_player->playTimeline(timeline);
        m_centre->setCurrentWidget(m_playerPage);
    });
    connect(m_sequences, &SequencePanel::seamReviewRequested, this, [this](const jobs::SequenceTimeline &timeline, int join) {
        m_player->reviewSeam(timeline, join);
        m_centre->setCurrentWidget(m_playerPage);
        updateSeamBar();
    });
    // Another process may have changed the sequences: read them when the tab is shown.
    connect(m_centre, &QTabWidget::currentChanged, this, [this] {
        if (m_centre->currentWidget() == m_sequences)
            m_sequences->refresh();
    });
    connect(m_context.library, &library::LibraryService::entryRemoved, m_sequences, &SequencePanel::refresh);

    auto *fromChain = new QAction(tr("Make Sequence from Chain"), this);
    fromChain->setObjectName(QStringLiteral("makeSequenceFromChainAction"));
    fromChain->setToolTip(tr("A new sequence of the clips this one continues and the clips that continue it, first shot first"));
    connect(fromChain, &QAction::triggered, this, [this] {
        const QList<library::Entry> entries = m_gallery->selectedEntries();
        if (entries.size() == 1)
            makeSequenceFromChain(entries.first());
    });
    auto *newSequence = new QAction(tr("New Sequence…"), this);
    newSequence->setObjectName(QStringLiteral("newSequenceFromSelectionAction"));
    connect(newSequence, &QAction::triggered, this, [this] {
        const QList<library::Entry> entries = m_gallery->selectedEntries();
        if (finishedClips(entries))
            m_sequences->newSequence(entries);
    });
    m_gallery->setMenuExtension([this, fromChain, newSequence](QMenu &menu, const QList<library::Entry> &entries) {
        menu.addSeparator();
        QMenu *add = menu.addMenu(tr("Add to Sequence"));
        add->setObjectName(QStringLiteral("addToSequenceMenu"));
        const bool clips = finishedClips(entries);
        add->setEnabled(clips);
        for (const library::Sequence &sequence : m_sequences->sequences()) {
            QAction *to = add->addAction(sequence.name);
            connect(to, &QAction::triggered, this, [this, id = sequence.id, entries] { m_sequences->addToSequence(id, entries); });
        }
        if (!m_sequences->sequences().isEmpty())
            add->addSeparator();
        add->addAction(newSequence);
        // A continuation, or a clip that others continue (the Library's badge count).
        const auto continued = [this](const library::Entry &entry) {
            const library::GalleryModel *model = m_gallery->model();
            return model->index(model->rowOf(entry.id)).data(library::GalleryModel::ContinuationsRole).toInt() > 0;
        };
        const bool inChain = entries.size() == 1 && clips && (entries.first().isContinuation() || continued(entries.first()));
        fromChain->setEnabled(inChain);
        menu.addAction(fromChain);
    });
    m_sequences->refresh();

    // Over the player while a seam is reviewed: which join, and the moves.
    m_seamBar = new QWidget(m_playerPage);
    m_seamBar->setObjectName(QStringLiteral("seamBar"));
    auto *row = new QHBoxLayout(m_seamBar);
    row->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(m_seamBar);
    label->setObjectName(QStringLiteral("seamLabel"));
    label->setWordWrap(true);
    const auto button = [this, row](const QString &text, const char *name) {
        auto *b = new QPushButton(text, m_seamBar);
        b->setObjectName(QLatin1String(name));
        nameAfter(b, text);
        row->addWidget(b);
        return b;
    };
    row->addWidget(label, 1);
    QPushButton *previous = button(tr("Previous Join"), "seamPreviousButton");
    QPushButton *next = button(tr("Next Join"), "seamNextButton");
    QPushButton *stop = button(tr("Stop Review"), "seamStopButton");
    QPushButton *back = button(tr("Back to Sequence"), "seamBackButton");
    const auto move = [this](int step) {
        if (!m_player->timeline() || m_player->timeline()->joinCount() == 0)
            return;
        const jobs::SequenceTimeline timeline = *m_player->timeline(); // a copy: reviewSeam() may replace the player's
        const int count = timeline.joinCount();
        const int join = ((m_player->reviewedJoin() + step) % count + count) % count;
        m_player->reviewSeam(timeline, join);
        if (m_sequences->currentJoin() != join)
            m_sequences->selectClip(join + 1);
        updateSeamBar();
    };
    connect(previous, &QPushButton::clicked, this, [move] { move(-1); });
    connect(next, &QPushButton::clicked, this, [move] { move(1); });
    connect(stop, &QPushButton::clicked, this, [this] {
        m_player->endSeamReview();
        updateSeamBar();
    });
    connect(back, &QPushButton::clicked, this, [this] { m_centre->setCurrentWidget(m_sequences); });
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_playerPage->layout()))
        layout->insertWidget(0, m_seamBar);
    m_seamBar->hide();
    connect(m_player, &PlayerView::clipChanged, this, &MainWindow::updateSeamBar);
}

void MainWindow::updateSeamBar()
{
    if (!m_seamBar)
        return;
    const int join = m_player->reviewedJoin();
    const jobs::SequenceTimeline *timeline = m_player->timeline();
    m_seamBar->setVisible(join >= 0 && timeline);
    if (join < 0 || !timeline)
        return;
    const QString text = (timeline->dropsRepeatedFrame(join + 1) ? tr("Join %1 of %2: a continuation, its repeated frame dropped")
                                                                  : tr("Join %1 of %2: a cut"))
                             .arg(join + 1)
                             .arg(timeline->joinCount());
    auto *label = m_seamBar->findChild<QLabel *>(QStringLiteral("seamLabel"));
    label->setText(text);
    exposeValue(label, text);
}

void MainWindow::makeSequenceFromChain(const library::Entry &entry)
{
    if (!m_context.library || !m_sequences)
        return;
    m_context.library->chainThrough(entry.id, this, [this, id = entry.id](const library::Library::ChainThrough &through) {
        const library::Library::Chain &chain = through.chain;
        QList<library::Entry> clips;
        for (const library::Entry &shot : chain.entries) {
            if (shot.status == library::EntryStatus::Completed && !shot.outputPath.isEmpty())
                clips << shot;
        }
        if (clips.size() < 2) {
            showMessage(tr("This clip is not part of a chain of finished clips: continue it first (Continue from Last Frame)."), true);
            return;
        }
        m_sequences->createSequence(tr("Chain of #%1").arg(id), clips);
        m_centre->setCurrentWidget(m_sequences);
        QStringList said;
        if (chain.brokenAt > 0)
            said << tr("The chain starts at #%1: the clip it continued (#%2) was deleted from the library.")
                        .arg(clips.first().id)
                        .arg(chain.brokenAt);
        if (through.forks > 0)
            said << tr("%n clip(s) of the chain had more than one continuation: the first one made was taken each time.", nullptr,
                       through.forks);
        if (!said.isEmpty())
            showMessage(said.join(QLatin1Char(' ')), chain.brokenAt > 0);
    });
}

} // namespace wan::ui
