// The Library's frames and chains: Continue from Last Frame, Show Chain, and
// the first and last frame of a finished clip saved as PNG or copied.

#include "gallery/galleryview.h"

#include "common/framesaver.h"
#include "library/gallerymodel.h"
#include "library/libraryentry.h"

#include <QAction>
#include <QListView>
#include <QMenu>

#include <algorithm>

namespace wan::ui {

using library::Entry;
using library::EntryStatus;

namespace {

bool finished(const QList<Entry> &entries)
{
    return entries.size() == 1 && entries.first().status == EntryStatus::Completed && !entries.first().outputPath.isEmpty();
}

} // namespace

void GalleryView::createFrameActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_list->addAction(action);
        }
        return action;
    };
    m_continueLast = make("continueAction", QKeySequence(Qt::Key_E));
    connect(m_continueLast, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (finished(entries))
            Q_EMIT continueRequested(entries.first());
    });
    m_showChain = make("showChainAction", QKeySequence(Qt::Key_H));
    connect(m_showChain, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (entries.size() == 1 && (entries.first().isContinuation() || entries.first().continuations > 0))
            Q_EMIT chainRequested(entries.first());
    });
    m_export = make("exportAction", QKeySequence(Qt::Key_X));
    connect(m_export, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (!entries.isEmpty() && std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return finished({e}); }))
            Q_EMIT exportRequested(entries);
    });
    m_frames = new FrameSaver(this);
    connect(m_frames, &FrameSaver::message, this, [this](const QString &text, bool error) {
        if (error)
            Q_EMIT message(text);
        else
            Q_EMIT notice(text);
    });
    const auto frameAction = [this, &make](const char *name, bool last, bool save) {
        QAction *action = make(name, {});
        connect(action, &QAction::triggered, this, [this, last, save] {
            const QList<Entry> entries = selectedEntries();
            if (!finished(entries))
                return;
            const media::FramePosition at = last ? media::FramePosition::last() : media::FramePosition::first();
            if (save)
                m_frames->saveAs(entries.first().outputPath, at, this);
            else
                m_frames->copy(entries.first().outputPath, at);
        });
        return action;
    };
    m_saveFirst = frameAction("saveFirstFrameAction", false, true);
    m_saveLast = frameAction("saveLastFrameAction", true, true);
    m_copyFirst = frameAction("copyFirstFrameAction", false, false);
    m_copyLast = frameAction("copyLastFrameAction", true, false);
}

void GalleryView::retranslateFrameActions()
{
    m_continueLast->setText(tr("Continue from last frame"));
    m_continueLast->setToolTip(tr("The clip's exact last frame becomes the image of the next run (E)"));
    m_showChain->setText(tr("Show chain"));
    m_showChain->setToolTip(tr("Play the clips this one continues, from the first shot to this one, one after the other (H)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the selected clips, joined, as MP4, WebM, GIF, WebP or PNG frames (X)"));
    m_saveFirst->setText(tr("Save first frame as PNG…"));
    m_saveLast->setText(tr("Save last frame as PNG…"));
    m_copyFirst->setText(tr("Copy first frame"));
    m_copyLast->setText(tr("Copy last frame"));
}

void GalleryView::updateFrameActions(const QList<Entry> &entries)
{
    const bool one = finished(entries);
    for (QAction *action : { m_continueLast, m_saveFirst, m_saveLast, m_copyFirst, m_copyLast })
        action->setEnabled(one);
    m_export->setEnabled(!entries.isEmpty()
                         && std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return finished({e}); }));
    m_showChain->setEnabled(entries.size() == 1 && (entries.first().isContinuation() || entries.first().continuations > 0));
}

void GalleryView::addFrameActions(QMenu &menu)
{
    menu.addSeparator();
    menu.addAction(m_continueLast);
    menu.addAction(m_showChain);
    menu.addAction(m_export);
    QMenu *frames = menu.addMenu(tr("Frames"));
    frames->addActions(frameActions());
    frames->setEnabled(m_saveFirst->isEnabled());
}

} // namespace wan::ui
