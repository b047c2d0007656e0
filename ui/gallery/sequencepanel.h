#pragma once

// The sequence editor (the window's Sequences tab): the library's sequences
// (new, rename, delete), the chosen one's clips in order (drag to reorder,
// Delete to remove, runs dragged in from the Library), each clip's in and out
// points on a strip of its frames and as exact numbers, the crossfade at each
// join, and at each join whether the repeated frame is dropped. Every change
// is saved to the library at once; refresh() reads what other processes
// changed. Playing, the seam review and the export are asked of the window.

#include "jobs/sequencetimeline.h"
#include "library/library.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;

namespace wan::library {
class LibraryService;
}

namespace wan::ui {

class SequenceClipModel;
class SequenceStrip;

class SequencePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SequencePanel(library::LibraryService *service, QWidget *parent = nullptr);
    ~SequencePanel() override;

    // Reads the sequences again (another process may have changed them).
    void refresh();
    // The sequences as last read, newest first.
    QList<library::Sequence> sequences() const { return m_sequences; }
    qint64 currentSequenceId() const;
    void selectSequence(qint64 id);
    // A new sequence of these runs (each whole), selected once saved.
    void createSequence(const QString &name, const QList<library::Entry> &entries);
    // Appends the runs to a sequence (and selects it).
    void addToSequence(qint64 sequenceId, const QList<library::Entry> &entries);
    // Asks for a name, then createSequence().
    void newSequence(const QList<library::Entry> &entries = {});
    // Inserts the runs (library ids, as dragged from the Library) at row.
    void insertRuns(int row, const QList<qint64> &ids);
    // Renames the current sequence; an empty name asks for one.
    void renameCurrent(const QString &name);
    void removeCurrent();
    // Writes the current sequence as an MLT project to path (on a worker).
    void exportMltTo(const QString &path);

    SequenceClipModel *clipModel() const { return m_model; }
    QListView *clipList() const { return m_clips; }
    SequenceStrip *strip() const { return m_strip; }
    int currentClipRow() const;
    void selectClip(int row);
    // Whether every clip's frame count has been read.
    bool isReady() const;
    jobs::SequenceTimeline timeline() const;
    int currentJoin() const { return m_join; }

Q_SIGNALS:
    void playRequested(const wan::jobs::SequenceTimeline &timeline);
    // Loop the second around the join (0: between the first and second clip).
    void seamReviewRequested(const wan::jobs::SequenceTimeline &timeline, int join);
    void exportRequested(qint64 sequenceId);
    void message(const QString &text);
    void notice(const QString &text);
    // A write reached the library (tests wait for it) or the sequences were read.
    void saved();
    void refreshed();
    void mltWritten(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void applySequences(const QList<library::Sequence> &sequences, const QHash<qint64, library::Entry> &entries);
    void showSequence(qint64 id);
    void save();
    void probeClips();
    void clipSelected();
    void updateTrimControls();
    void updateSummary();
    void pointsEdited();
    void reviewJoin(int join);
    void chooseMltFile();

    library::LibraryService *m_service;
    SequenceClipModel *m_model;
    QList<library::Sequence> m_sequences;
    QHash<qint64, library::Entry> m_entries;
    qint64 m_pendingSelect = 0;
    int m_join = 0;
    bool m_updating = false;
    quint64 m_probeGeneration = 0;

    QLabel *m_sequenceLabel = nullptr;
    QComboBox *m_sequenceBox = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QListView *m_clips = nullptr;
    QLabel *m_joinLabel = nullptr;
    SequenceStrip *m_strip = nullptr;
    QLabel *m_inLabel = nullptr;
    QSpinBox *m_in = nullptr;
    QLabel *m_outLabel = nullptr;
    QSpinBox *m_out = nullptr;
    QPushButton *m_setIn = nullptr;
    QPushButton *m_setOut = nullptr;
    QLabel *m_crossfadeLabel = nullptr;
    QSpinBox *m_crossfade = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_previousJoin = nullptr;
    QPushButton *m_nextJoin = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportMlt = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wan::ui
