#pragma once

// Export… : one clip, several library runs or a sequence, to MP4, WebM, GIF,
// animated WebP or a folder of PNG frames, with size, frame rate, quality,
// ping-pong, a trim (one clip) or crossfades and colour matching at the
// joins (several; a sequence's own crossfade per join, unless one value for
// every join is chosen instead). The clips are read, and the export runs, on
// jobs::ExportJob's thread; the dialog shows progress, time left and the
// outcome, with Cancel while it runs and Show in Folder once it is done.
// The choices are remembered for next time (Settings::Key::ExportChoices).
// exportdialog.cpp builds the form; exportdialog_run.cpp runs the export.

#include "jobs/exportjob.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace wan::core {
class Settings;
}

namespace wan::ui {

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    // settings may be null (nothing remembered).
    ExportDialog(const jobs::ExportSource &source, core::Settings *settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Whether the clips have been read (the controls are then bound to them).
    bool isReady() const { return m_ready; }
    bool isExporting() const;
    // The request the controls describe now.
    media::ExportRequest request() const;
    // A sequence's own crossfade per join applies (its check box is on).
    bool usesSequenceCrossfades() const;
    QString outputPath() const;
    // The last outcome as shown (the progress line while exporting).
    QString statusText() const;
    jobs::ExportJob *job() const { return m_job; }
    // Tests answer the question about replacing an existing file; default: a message box.
    void setReplaceConfirmation(std::function<bool(const QString &path)> confirm) { m_confirmReplace = std::move(confirm); }

    // The default file name for the clips and format (without a folder).
    static QString defaultFileName(const QString &base, media::ExportFormat format);

signals:
    void exportFinished(const wan::media::ExportResult &result);

protected:
    void reject() override;

private:
    // exportdialog.cpp
    void buildForm();
    void restoreChoices();
    void rememberChoices() const;
    void clipsRead(const jobs::PreparedExport &prepared);
    void formatChanged();
    void updateSizes();
    void updateFrameRates();
    void updateTrimLimits();
    void updateCrossfadeChoice();
    void chooseOutput();
    media::ExportFormat format() const;
    // exportdialog_run.cpp
    void startExport();
    void showProgress(qint64 done, qint64 total, int secondsLeft);
    void exportEnded(const media::ExportResult &result);
    void setRunning(bool running);
    void showStatus(const QString &text, bool error);
    // Taller when the progress bar or a message appears, rather than its rows
    // squeezed together; the width stays as the user left it.
    void growToFit();
    void showInFolder();

    jobs::ExportSource m_source;
    core::Settings *m_settings = nullptr;
    jobs::ExportJob *m_job = nullptr;
    jobs::PreparedExport m_prepared;
    bool m_ready = false;
    bool m_closeWhenStopped = false;
    QString m_lastOut;            // the file or folder the last successful export wrote
    QString m_confirmedReplace;   // the path the user agreed to replace (a file dialog asked)
    std::function<bool(const QString &path)> m_confirmReplace;

    QFormLayout *m_form = nullptr;
    QLabel *m_clips = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_quality = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_frameRate = nullptr;
    QCheckBox *m_pingPong = nullptr;
    QSpinBox *m_trimIn = nullptr;
    QSpinBox *m_trimOut = nullptr;
    QSpinBox *m_crossfade = nullptr;
    QCheckBox *m_sequenceCrossfades = nullptr; // a sequence's own crossfade per join, or the one value above for all
    QCheckBox *m_matchColour = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_showInFolder = nullptr;
};

} // namespace wan::ui
