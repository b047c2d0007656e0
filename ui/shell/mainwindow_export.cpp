// Export… in the studio window: File > Export… and the video's context menu
// export the clip in the player, the Library's context menu the selected
// runs, and exportSequence() a saved sequence (for the sequence editor). Each
// opens an ExportDialog of its own, which reads the clips and exports on its
// own thread; the window stays usable meanwhile.

#include "shell/mainwindow.h"

#include "dialogs/exportdialog.h"
#include "gallery/galleryview.h"
#include "jobs/exportjob.h"
#include "library/libraryservice.h"
#include "player/playerview.h"

#include <QAction>
#include <QMenu>

#include <algorithm>

namespace wan::ui {

void MainWindow::setupExport(QMenu *file)
{
    auto *action = new QAction(tr("&Export…"), this);
    action->setObjectName(QStringLiteral("exportAction"));
    action->setToolTip(tr("Save the clip as MP4, WebM, GIF, animated WebP or PNG frames: trimmed, resized or looped"));
    action->setEnabled(!m_player->clipPath().isEmpty());
    file->addAction(action);
    m_player->addContextAction(action);
    connect(m_player, &PlayerView::clipChanged, action, [action](const QString &path) { action->setEnabled(!path.isEmpty()); });
    connect(action, &QAction::triggered, this, [this] { exportClip(m_player->clipPath()); });
    if (m_gallery)
        connect(m_gallery, &GalleryView::exportRequested, this, &MainWindow::exportEntries);
}

void MainWindow::exportClip(const QString &clipPath)
{
    if (clipPath.isEmpty()) {
        showMessage(tr("There is no clip to export: play one first."), true);
        return;
    }
    jobs::ExportSource source;
    source.files = QStringList{clipPath};
    openExportDialog(source);
}

void MainWindow::exportEntries(const QList<library::Entry> &entries)
{
    if (entries.isEmpty())
        return;
    // The Library shows the newest first; a story runs the other way, and a
    // continuation comes after the clip it continues.
    QList<library::Entry> ordered = entries;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const library::Entry &a, const library::Entry &b) { return a.created < b.created || (a.created == b.created && a.id < b.id); });
    jobs::ExportSource source;
    source.entries = ordered;
    openExportDialog(source);
}

void MainWindow::exportSequence(qint64 sequenceId)
{
    if (!m_context.library) {
        showMessage(tr("Sequences live in the library, which is not open."), true);
        return;
    }
    m_context.library->sequence(sequenceId, this, [this, sequenceId](std::optional<library::LibraryService::SequenceRuns> found) {
        if (!found) {
            showMessage(tr("There is no sequence %1 in the library.").arg(sequenceId), true);
            return;
        }
        const library::Sequence &sequence = found->sequence;
        if (sequence.clips.isEmpty()) {
            showMessage(tr("The sequence \u201C%1\u201D is empty: add clips to it, then export it.").arg(sequence.name), true);
            return;
        }
        jobs::ExportSource source;
        source.name = sequence.name;
        source.crossfades = sequence.joinCrossfades();
        for (int i = 0; i < sequence.clips.size(); ++i) {
            const std::optional<library::Entry> &run = found->runs.value(i);
            if (!run) {
                showMessage(tr("Run %1 of the sequence \u201C%2\u201D is no longer in the library: take it out of the sequence, "
                               "then export it.")
                                .arg(sequence.clips.at(i).entryId)
                                .arg(sequence.name),
                            true);
                return;
            }
            source.entries.append(*run);
            source.trims.append({sequence.clips.at(i).in, sequence.clips.at(i).out});
        }
        openExportDialog(source);
    });
}

void MainWindow::openExportDialog(const jobs::ExportSource &source)
{
    auto *dialog = new ExportDialog(source, m_context.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace wan::ui
