#pragma once

// The studio window: inputs on the left (image, prompt, parameters, Generate
// and the current run's status), the player large in the middle, the runs of
// this session in a dock. It turns the user's intent into jobs on the core's
// JobQueue and shows what the core reports; it never talks to the network
// itself.

#include "jobs/continuation.h"
#include "jobs/generationjob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QPoint;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace wan::api {
class SegmindClient;
}
namespace wan::core {
class ApiKeyStore;
class LauncherEntry;
class CreditTracker;
class ModelDescription;
class Settings;
}
namespace wan::library {
class LibraryService;
struct Entry;
}
namespace wan::jobs {
class FinishNotices;
class JobListModel;
class JobQueue;
class QueueProgress;
class SessionClips;
struct ExportSource;
struct JobRecord;
struct PlannedAxis;
}

namespace wan::ui {

class ClipStrip;
class GalleryView;
class GridView;
class ImageWell;
class MessageBanner;
class ParameterForm;
class PlayerView;
class PromptEditor;
class RunsView;
class SequencePanel;
class SessionThumbnails;

// The core objects the window works with; they outlive it.
struct StudioContext
{
    core::Settings *settings = nullptr;
    const core::ModelDescription *model = nullptr;
    QNetworkAccessManager *network = nullptr;
    api::SegmindClient *client = nullptr;
    jobs::JobQueue *queue = nullptr;
    core::CreditTracker *credits = nullptr;
    core::ApiKeyStore *keys = nullptr;
    library::LibraryService *library = nullptr;   // optional: without it there is no gallery
    QString mediaDirectory;                       // the library's media folder (thumbnails, inputs)
    bool demo = false;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const StudioContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // After the key was looked up: whether runs can be sent, and why not.
    void setKeyState(bool haveKey, const QString &problem = {});
    // Talking to the local emulator: said plainly in the title and the status bar.
    void setDemo(bool demo);
    // Chooses an image (a path or an https URL), as `wanstudio PATH` does.
    void openImage(const QString &pathOrUrl);
    // Asks the service for the balance now.
    void refreshCredits();
    // Puts a recorded run's image, prompt and every parameter (its seed too) back into the editor.
    void useSettings(const library::Entry &entry);
    // The same from settings found in a video file (Mp4Metadata's JSON).
    void useSettings(const QJsonObject &settings);
    // Queues variations or a sweep of the current inputs, after showing their cost.
    void openVariations();
    void showLibrary();
    // The library opened: the gallery may query it now.
    void libraryReady();
    // The exact frame of a clip (frameIndex -1: its last) becomes the image;
    // the prompt and parameters stay; the next Generate records the parent
    // (parentId when the caller knows the library run, else found by the
    // request id in the clip's metadata). mainwindow_continue.cpp.
    void continueFrom(const QString &clipPath, qint64 frameIndex, qint64 parentId = 0);
    // Plays the chain that leads to this run, first shot first, one after the
    // other, and says where a deleted clip broke it.
    void showChain(const library::Entry &entry);
    // Export… (mainwindow_export.cpp): a clip file, library runs (joined
    // oldest first, with the seam rule) or a saved sequence, in the Export dialog.
    void exportClip(const QString &clipPath);
    void exportEntries(const QList<library::Entry> &entries);
    void exportSequence(qint64 sequenceId);
    // What runs cost (mainwindow_spending.cpp).
    void showSpending();

    // The current run's status line and the reason Generate is disabled (tests read them).
    QString statusText() const;
    QString generateBlockedReason() const;
    QString messageText() const;

signals:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildInputs();
    static QString windowMnemonics();
    void buildMenus();
    void restoreState();
    void updateGenerateEnabled();
    void generate();
    void cancelCurrent();
    void onJobChanged(int id);
    void onJobFinished(int id);
    void showJob(int id);
    // The service proved nothing was charged: a JSON refusal on submit, or a run that failed on the service.
    static bool isProvenUncharged(const api::ApiError &error);
    void showMessage(const QString &text, bool error);
    void updateCredits();
    void updateTitle();
    // Progress on the taskbar entry and notices when runs end (mainwindow_taskbar.cpp).
    void setupTaskbar();
    void notify(const QString &title, const QString &text, bool failure = false);
    jobs::GenerationRequest currentRequest() const;
    void compare(const QList<library::Entry> &entries);
    // A grid's runs side by side, each cell (queue id, column x and row y) following its run (mainwindow_grid.cpp).
    GridView *openGrid(const QList<jobs::PlannedAxis> &axes, const QList<QPair<int, QPoint>> &cells);
    // This session's runs and clips (mainwindow_runs.cpp): the player with the
    // strip of clips under it, the Runs dock, and the View menu that moves
    // between clips.
    QWidget *buildPlayerPage();
    QDockWidget *buildRunsDock();
    QMenu *buildViewMenu();
    void playRun(int id);
    void playClip(const QString &path);
    void flipClip();
    // Use these settings, then Generate as soon as the image is read again (the
    // Library's and the Runs list's Re-run).
    void rerunWith(const QJsonObject &settings);
    // A library entry as useSettings() takes it: image, prompt, parameters and seed.
    static QJsonObject settingsOf(const library::Entry &entry);
    // Continuation (mainwindow_continue.cpp).
    QString inputsDirectory() const;
    void prefetchLastFrame(const QString &clipPath);
    void dropPrefetch();
    void useContinuation(const jobs::ContinuationFrame &frame, bool prefetched);
    void applyLineage(jobs::GenerationRequest &request) const;
    void imageChosen(const QString &source);
    void restoreLineage(const QJsonObject &settings);
    void setupExport(QMenu *file);
    void openExportDialog(const jobs::ExportSource &source);
    // Sequences (mainwindow_sequences.cpp): the Sequences tab, the Library's
    // Add to Sequence menu, and the seam review bar over the player.
    void buildSequences();
    void makeSequenceFromChain(const library::Entry &entry);
    void updateSeamBar();
    // Budget caps and the Spending view (mainwindow_spending.cpp).
    void setupSpending();
    void showHeld(int id, const QString &message);
    // Runs queued in an earlier session and never sent: asked about when the
    // queue finds them, and again from Run > Runs Not Sent after Later.
    void askAboutNeverSent();

    StudioContext m_context;
    QAction *m_neverSentAction = nullptr;
    bool m_askingNeverSent = false;
    ImageWell *m_imageWell = nullptr;
    PromptEditor *m_prompt = nullptr;
    ParameterForm *m_parameters = nullptr;
    PlayerView *m_player = nullptr;
    QWidget *m_playerPage = nullptr;   // the Player tab: the player and the clip strip
    ClipStrip *m_clipStrip = nullptr;
    jobs::SessionClips *m_sessionClips = nullptr;
    SessionThumbnails *m_thumbnails = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QTabWidget *m_centre = nullptr;
    QSplitter *m_splitter = nullptr;
    GalleryView *m_gallery = nullptr;
    SequencePanel *m_sequences = nullptr;
    QWidget *m_seamBar = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_generateReason = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_creditsLabel = nullptr;
    QLabel *m_demoBadge = nullptr;
    RunsView *m_jobsView = nullptr;
    jobs::JobListModel *m_jobsModel = nullptr;
    jobs::QueueProgress *m_queueProgress = nullptr;
    jobs::FinishNotices *m_finishNotices = nullptr;
    std::unique_ptr<core::LauncherEntry> m_launcher;
    bool m_haveKey = false;
    bool m_mediaPreloadScheduled = false;
    QString m_keyProblem;
    int m_currentJob = 0;   // the run the status area follows
    bool m_pendingRerun = false;  // generate as soon as the restored image is read
    // The image is a frame of another run's clip: what the next run records.
    struct Lineage
    {
        QString framePng;
        qint64 parentId = 0;
        int parentFrame = -1;
        QString parentRequestId;
    };
    std::optional<Lineage> m_lineage;
    QString m_prefetchClip;                            // the clip whose last frame is taken ahead
    std::optional<jobs::ContinuationFrame> m_prefetched;
    quint64 m_prefetchGeneration = 0;
    quint64 m_continueRequest = 0;
    bool m_continueWaitsForPrefetch = false;
    QElapsedTimer m_continueClock;
};

} // namespace wan::ui
