// The Export dialog while it exports: the request goes to jobs::ExportJob,
// whose progress comes a few times a second; Cancel sets the flag the core
// reads before every frame; the outcome is said in the dialog, with Show in
// Folder after a success. Closing the dialog while it runs cancels first.

#include "dialogs/exportdialog.h"

#include "common/showinfolder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace wan::ui {

namespace {

// Readable on any palette (6.5:1), as the settings dialog's problems.
const char *const kErrorStyle = "color: white; background: #b3261e; padding: 4px; border-radius: 4px;";

} // namespace

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::startExport()
{
    if (!m_ready || m_job->isRunning())
        return;
    media::ExportRequest r = request();
    if (r.out.isEmpty()) {
        showStatus(tr("Say where to save the export: a file name in \u201CSave as\u201D."), true);
        m_output->setFocus();
        return;
    }
    r.mayReplace = !m_confirmedReplace.isEmpty() && QFileInfo(QDir::fromNativeSeparators(m_confirmedReplace)).absoluteFilePath() == r.out;
    rememberChoices();
    m_showInFolder->hide();
    setRunning(true);
    showStatus(tr("Starting the export…"), false);
    m_progress->setRange(0, 0); // busy until the first frames are counted
    disconnect(m_job, &jobs::ExportJob::replaceAsked, this, nullptr);
    connect(m_job, &jobs::ExportJob::replaceAsked, this, [this](const QString &path) {
        setRunning(false);
        m_status->hide();
        const bool replace = m_confirmReplace
            ? m_confirmReplace(path)
            : QMessageBox::question(this, tr("Replace the File?"),
                                    tr("\u201C%1\u201D already exists. Replace it with the export?").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!replace) {
            showStatus(tr("Nothing was exported: choose another name, or agree to replace the file."), false);
            return;
        }
        m_confirmedReplace = path;
        startExport();
    });
    m_job->start(r);
}

void ExportDialog::showProgress(qint64 done, qint64 total, int secondsLeft)
{
    if (total <= 0)
        return;
    // QProgressBar counts in int; a frame count fits with room to spare.
    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin(done, total)));
    QString text = tr("Exporting: frame %1 of %2").arg(done).arg(total);
    if (secondsLeft >= 60)
        text += tr(", about %n minute(s) left", nullptr, (secondsLeft + 30) / 60);
    else if (secondsLeft >= 0)
        text += tr(", about %n second(s) left", nullptr, qMax(1, secondsLeft));
    showStatus(text, false);
}

void ExportDialog::exportEnded(const media::ExportResult &result)
{
    setRunning(false);
    if (result.ok()) {
        m_lastOut = result.out;
        QString text = tr("Saved \u201C%1\u201D: %n frame(s), %2 \u00D7 %3.", nullptr, int(result.frames))
                           .arg(QFileInfo(result.out).fileName())
                           .arg(result.size.width())
                           .arg(result.size.height());
        if (result.streamCopied)
            text += QLatin1Char(' ') + tr("The clips were copied as they are, without encoding them again.");
        showStatus(text, false);
        m_progress->setValue(m_progress->maximum());
        m_showInFolder->show();
        growToFit();
        m_close->setFocus();
    } else {
        showStatus(result.message, result.status != media::ExportResult::Status::Cancelled);
        m_progress->hide();
    }
    emit exportFinished(result);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_quality, m_size, m_frameRate, m_pingPong, m_trimIn, m_trimOut,
                                                      m_crossfade, m_sequenceCrossfades, m_matchColour, m_output, m_browse, m_export})
        w->setEnabled(!running);
    if (!running) {
        // Back as the clips allow (see clipsRead and formatChanged).
        formatChanged();
        m_matchColour->setEnabled(m_prepared.clips.size() > 1 && m_prepared.continuations() > 0);
        updateCrossfadeChoice();
    }
    if (running)
        m_progress->show();
    m_cancel->setVisible(running);
    m_close->setVisible(!running);
    growToFit();
    if (running)
        m_cancel->setFocus();
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QLatin1String(kErrorStyle) : QString());
    m_status->show();
    growToFit();
}

void ExportDialog::growToFit()
{
    if (QLayout *l = layout())
        l->activate();
    // A wrapped message needs more lines at this width than the size hint knows of.
    const int wanted = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void ExportDialog::showInFolder()
{
    if (!m_lastOut.isEmpty())
        openContainingFolder(m_lastOut);
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        // The core stops at the next frame and removes what it wrote; then the dialog closes.
        m_closeWhenStopped = true;
        m_job->cancel();
        showStatus(tr("Cancelling the export…"), false);
        return;
    }
    QDialog::reject();
}

} // namespace wan::ui
