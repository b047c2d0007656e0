#pragma once

// The studio window: inputs on the left (image, prompt, parameters, Generate
// and the current run's status), the player large in the middle, the runs of
// this session in a dock. It turns the user's intent into jobs on the core's
// JobQueue and shows what the core reports; it never talks to the network
// itself.

#include "jobs/generationjob.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
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
struct JobRecord;
}

namespace wan::ui {

class ClipStrip;
class GalleryView;
class ImageWell;
class MessageBanner;
class ParameterForm;
class PlayerView;
class PromptEditor;
class RunsView;
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

    StudioContext m_context;
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
};

} // namespace wan::ui
