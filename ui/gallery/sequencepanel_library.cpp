// The sequence editor and the library: reading the sequences, saving each
// change at once, new, rename and delete, the clips' frame counts and first
// frames (read on a worker), and the MLT project for an editor.

#include "gallery/sequencepanel.h"

#include "core/backgroundwork.h"
#include "gallery/sequenceclipmodel.h"
#include "library/libraryservice.h"
#include "media/clipframes.h"
#include "media/mltproject.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QListView>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace wan::ui {

namespace {

struct ProbedClip
{
    QString path;
    SequenceClipModel::ClipInfo info;
    QImage firstFrame;
};

// On a worker: each clip's header (frame count, rate) and its first frame, small.
QList<ProbedClip> probe(const QStringList &paths)
{
    QList<ProbedClip> probed;
    for (const QString &path : paths) {
        media::ClipFrames clip;
        ProbedClip p;
        p.path = path;
        if (clip.open(path)) {
            p.info.frames = clip.frameCount();
            p.info.fps = clip.frameRate().isValid() ? clip.frameRate().fps() : 16.0;
            const media::DecodedFrame first = clip.frameAt(0);
            if (first.ok())
                p.firstFrame = first.image.scaled(96, 54, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        probed.append(p);
    }
    return probed;
}

} // namespace

void SequencePanel::refresh()
{
    if (!m_service)
        return;
    m_service->sequences(this, [this](const QList<library::Sequence> &all, const QHash<qint64, library::Entry> &entries) {
        applySequences(all, entries);
    });
}

void SequencePanel::applySequences(const QList<library::Sequence> &sequences, const QHash<qint64, library::Entry> &entries)
{
    m_sequences = sequences;
    m_entries = entries;
    qint64 wanted = m_pendingSelect > 0 ? m_pendingSelect : currentSequenceId();
    m_pendingSelect = 0;
    m_sequenceBox->clear();
    for (const library::Sequence &sequence : sequences)
        m_sequenceBox->addItem(sequence.name, sequence.id);
    if (m_sequenceBox->findData(wanted) < 0)
        wanted = sequences.isEmpty() ? 0 : sequences.constFirst().id;
    m_sequenceBox->setCurrentIndex(m_sequenceBox->findData(wanted));
    showSequence(wanted);
    Q_EMIT refreshed();
}

void SequencePanel::showSequence(qint64 id)
{
    const int row = currentClipRow();
    const bool same = id == currentSequenceId();
    const auto found = std::find_if(m_sequences.cbegin(), m_sequences.cend(), [id](const library::Sequence &s) { return s.id == id; });
    if (found == m_sequences.cend()) {
        m_model->clear();
    } else {
        QHash<qint64, library::Entry> entries;
        for (const library::SequenceClip &clip : found->clips) {
            if (m_entries.contains(clip.entryId))
                entries.insert(clip.entryId, m_entries.value(clip.entryId));
        }
        m_model->setSequence(*found, entries);
    }
    // The same sequence read again keeps the clip being trimmed.
    if (m_model->rowCount() > 0)
        selectClip(same && row >= 0 ? std::min(row, m_model->rowCount() - 1) : 0);
    probeClips();
    updateSummary();
}

void SequencePanel::selectSequence(qint64 id)
{
    const int index = m_sequenceBox->findData(id);
    if (index < 0) {
        m_pendingSelect = id;
        refresh();
        return;
    }
    m_sequenceBox->setCurrentIndex(index);
    showSequence(id);
}

void SequencePanel::probeClips()
{
    const QStringList paths = m_model->pathsWithoutInfo();
    if (paths.isEmpty())
        return;
    const quint64 generation = ++m_probeGeneration;
    QtConcurrent::run(core::backgroundPool(), probe, paths).then(this, [this, generation](const QList<ProbedClip> &probed) {
        for (const ProbedClip &p : probed) {
            m_model->setClipInfo(p.path, p.info);
            for (const library::Entry &entry : std::as_const(m_entries)) {
                if (entry.outputPath == p.path && !p.firstFrame.isNull())
                    m_model->setThumbnail(entry.id, p.firstFrame);
            }
        }
        if (generation == m_probeGeneration)
            probeClips(); // clips added meanwhile
    });
}

void SequencePanel::save()
{
    const library::Sequence sequence = m_model->sequence();
    if (!m_service || sequence.id == 0)
        return;
    // New runs in the model (dropped or added) belong to what the panel knows.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto entry = m_model->entryAt(row))
            m_entries.insert(entry->id, *entry);
    }
    for (library::Sequence &known : m_sequences) {
        if (known.id == sequence.id)
            known = sequence;
    }
    probeClips();
    m_service->updateSequence(sequence.id, sequence.name, sequence.clips, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT message(tr("The sequence could not be saved: %1").arg(error));
        Q_EMIT saved();
    });
}

void SequencePanel::createSequence(const QString &name, const QList<library::Entry> &entries)
{
    if (!m_service)
        return;
    QList<library::SequenceClip> clips;
    for (const library::Entry &entry : entries)
        clips.append({entry.id, -1, -1, 0});
    m_service->createSequence(name, clips, this, [this, name](qint64 id, const QString &error) {
        if (id == 0) {
            Q_EMIT message(tr("The sequence could not be saved: %1").arg(error));
            return;
        }
        m_pendingSelect = id;
        refresh();
        Q_EMIT notice(tr("Made the sequence \u201C%1\u201D.").arg(name));
        Q_EMIT saved();
    });
}

void SequencePanel::addToSequence(qint64 sequenceId, const QList<library::Entry> &entries)
{
    if (!m_service || entries.isEmpty())
        return;
    if (sequenceId == currentSequenceId()) {
        m_model->insertEntries(m_model->rowCount(), entries);
        Q_EMIT notice(tr("Added %n clip(s) to \u201C%1\u201D.", nullptr, int(entries.size())).arg(m_model->sequence().name));
        return;
    }
    // Another sequence: read it afresh (another process may have changed it), append, save, show it.
    m_service->sequences(this, [this, sequenceId, entries](const QList<library::Sequence> &all, const QHash<qint64, library::Entry> &) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [sequenceId](const library::Sequence &s) { return s.id == sequenceId; });
        if (found == all.cend()) {
            Q_EMIT message(tr("That sequence is no longer in the library."));
            refresh();
            return;
        }
        QList<library::SequenceClip> clips = found->clips;
        for (const library::Entry &entry : entries)
            clips.append({entry.id, -1, -1, 0});
        const QString name = found->name;
        m_service->updateSequence(sequenceId, name, clips, this, [this, sequenceId, name, count = int(entries.size())](bool ok, const QString &error) {
            if (!ok) {
                Q_EMIT message(tr("The sequence could not be saved: %1").arg(error));
                return;
            }
            Q_EMIT notice(tr("Added %n clip(s) to \u201C%1\u201D.", nullptr, count).arg(name));
            m_pendingSelect = sequenceId;
            refresh();
            Q_EMIT saved();
        });
    });
}

void SequencePanel::insertRuns(int row, const QList<qint64> &ids)
{
    if (!m_service || ids.isEmpty())
        return;
    // The rows of the dragged runs, in the order dragged; only finished clips go in.
    auto found = std::make_shared<QList<library::Entry>>();
    auto left = std::make_shared<int>(int(ids.size()));
    const qint64 sequenceId = currentSequenceId();
    for (const qint64 id : ids) {
        m_service->entry(id, this, [this, found, left, row, ids, sequenceId](const std::optional<library::Entry> &entry) {
            if (entry && entry->status == library::EntryStatus::Completed && !entry->outputPath.isEmpty())
                found->append(*entry);
            if (--*left > 0 || sequenceId != currentSequenceId())
                return;
            std::sort(found->begin(), found->end(),
                      [&ids](const library::Entry &a, const library::Entry &b) { return ids.indexOf(a.id) < ids.indexOf(b.id); });
            if (found->isEmpty())
                Q_EMIT message(tr("Only finished clips can go in a sequence."));
            else
                m_model->insertEntries(row, *found);
        });
    }
}

void SequencePanel::newSequence(const QList<library::Entry> &entries)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Sequence"), tr("Name of the new sequence:"), QLineEdit::Normal,
                                               tr("Sequence %1").arg(m_sequences.size() + 1), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        createSequence(name, entries);
}

void SequencePanel::renameCurrent(const QString &given)
{
    if (currentSequenceId() == 0)
        return;
    QString name = given.trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename Sequence"), tr("New name of the sequence:"), QLineEdit::Normal,
                                     m_model->sequence().name, &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    library::Sequence sequence = m_model->sequence();
    sequence.name = name;
    m_model->setSequence(sequence, [this] {
        QHash<qint64, library::Entry> entries;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (const auto entry = m_model->entryAt(row))
                entries.insert(entry->id, *entry);
        }
        return entries;
    }());
    m_sequenceBox->setItemText(m_sequenceBox->currentIndex(), name);
    m_pendingSelect = sequence.id;
    save();
    refresh();
}

void SequencePanel::removeCurrent()
{
    const qint64 id = currentSequenceId();
    if (!m_service || id == 0)
        return;
    m_service->removeSequence(id, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT message(tr("The sequence could not be deleted: %1").arg(error));
        refresh();
        Q_EMIT saved();
    });
}

void SequencePanel::chooseMltFile()
{
    if (currentSequenceId() == 0)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = m_model->sequence().name;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export for Editor (MLT)"), QDir(folder).filePath(name + QStringLiteral(".mlt")),
                                                tr("MLT project (*.mlt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mlt");
    exportMltTo(path);
}

void SequencePanel::exportMltTo(const QString &path)
{
    QHash<qint64, library::Entry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto entry = m_model->entryAt(row))
            entries.insert(entry->id, *entry);
    }
    QString problem;
    const library::Sequence sequence = m_model->sequence();
    const auto clips = jobs::SequenceTimeline::exportClips(sequence, entries, &problem);
    if (!clips || clips->isEmpty()) {
        Q_EMIT message(clips ? tr("This sequence is empty: there is nothing to export.") : problem);
        Q_EMIT mltWritten(path, false);
        return;
    }
    media::ExportRequest request;
    request.clips = *clips;
    request.joinCrossfades = sequence.joinCrossfades(); // written as dissolves, as an export blends them
    request.out = path;
    request.mayReplace = true; // the save dialog asked
    // Reads every clip's header and writes the file: on a worker.
    QtConcurrent::run(core::backgroundPool(), [request, name = sequence.name] { return media::MltProject::write(request, name); })
        .then(this, [this, path](const media::ExportResult &result) {
            if (result.ok())
                Q_EMIT notice(tr("Wrote the MLT project \u201C%1\u201D for Shotcut or Kdenlive.").arg(QDir::toNativeSeparators(result.out)));
            else
                Q_EMIT message(result.message);
            Q_EMIT mltWritten(path, result.ok());
        });
}

} // namespace wan::ui
