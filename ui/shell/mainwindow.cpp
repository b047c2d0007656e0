#include "shell/mainwindow.h"

#include "api/segmindclient.h"
#include "gallery/compareview.h"
#include "core/credittracker.h"
#include "core/desktopnotifier.h"
#include "core/freememoryrelease.h"
#include "core/launcherentry.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "gallery/galleryview.h"
#include "studio/imagewell.h"
#include "jobs/batchplan.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobqueue.h"
#include "jobs/queueprogress.h"
#include "library/libraryentry.h"
#include "library/mp4metadata.h"
#include "common/accessiblevalue.h"
#include "common/messagebanner.h"
#include "studio/parameterform.h"
#include "player/playerview.h"
#include "studio/prompteditor.h"
#include "common/readablecolours.h"
#include "dialogs/variationsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QMimeData>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace wan::ui {

namespace {
constexpr int kMediaPreloadDelayMs = 250; // after the window is shown
constexpr int kMaximiseBelowWidth = 1600; // first start: maximised on screens narrower than this
// The input column's content inside its scroll area. A layout with wrapping
// labels has a height for its width, and QScrollArea then gives it that
// (preferred) height and scrolls, even where the column would fit at its
// minimum. This holder has no layout of its own: the scroll area sizes it to
// the viewport, never below the content's minimum, and the content shrinks
// (the picture first) before anything scrolls.
class FitPanel final : public QWidget
{
public:
    FitPanel(QWidget *content, QAbstractScrollArea *area)
        : m_content(content)
        , m_area(area)
    {
        content->setParent(this);
        content->installEventFilter(this);
    }
    QSize sizeHint() const override { return m_content->sizeHint(); }
    QSize minimumSizeHint() const override { return m_content->minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent *) override { m_content->setGeometry(rect()); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_content && event->type() == QEvent::LayoutRequest) {
            updateGeometry();
            QCoreApplication::postEvent(m_area, new QEvent(QEvent::LayoutRequest));
        }
        return QWidget::eventFilter(watched, event);
    }

private:
    QWidget *m_content;
    QAbstractScrollArea *m_area;
};

} // namespace

using jobs::JobStage;

MainWindow::MainWindow(const StudioContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildInputs());
    m_centre = new QTabWidget(splitter);
    m_centre->setDocumentMode(true);
    m_centre->addTab(buildPlayerPage(), tr("&Player"));
    if (m_context.library) {
        m_gallery = new GalleryView(m_context.library, m_centre);
        // The input column stays in view beside the Library tab.
        m_gallery->setReservedMnemonics(m_parameters->usedMnemonics());
        m_gallery->setMediaDirectory(m_context.mediaDirectory);
        connect(m_gallery, &GalleryView::message, this, [this](const QString &text) { showMessage(text, true); });
        m_centre->addTab(m_gallery, tr("&Library"));
        connect(m_gallery, &GalleryView::openRequested, this, [this](const library::Entry &entry) {
            if (!entry.outputPath.isEmpty()) {
                m_player->setClip(entry.outputPath);
                m_centre->setCurrentWidget(m_playerPage);
            }
        });
        connect(m_gallery, &GalleryView::useSettingsRequested, this, qOverload<const library::Entry &>(&MainWindow::useSettings));
        connect(m_gallery, &GalleryView::rerunRequested, this,
                [this](const library::Entry &entry) { rerunWith(settingsOf(entry)); });
        connect(m_gallery, &GalleryView::compareRequested, this, &MainWindow::compare);
        connect(m_gallery, &GalleryView::notice, this, [this](const QString &text) { showMessage(text, false); });
        connect(m_gallery, &GalleryView::continueRequested, this,
                [this](const library::Entry &entry) { continueFrom(entry.outputPath, -1, entry.id); });
        connect(m_gallery, &GalleryView::chainRequested, this, &MainWindow::showChain);
        buildSequences();
    }
    splitter->addWidget(m_centre);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 630});
    setCentralWidget(splitter);

    QDockWidget *dock = buildRunsDock();
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // Narrow enough for a laptop: the rows are drawn to fit 260-300 px, and
    // never narrower than a run's thumbnail and two short lines, however the window first opens.
    resizeDocks({dock}, {270}, Qt::Horizontal);
    dock->setMinimumWidth(230);

    m_creditsLabel = new QLabel(this);
    m_creditsLabel->setObjectName(QStringLiteral("creditsLabel"));
    statusBar()->addPermanentWidget(m_creditsLabel);
    m_demoBadge = new QLabel(tr("Local demo: no AI, no real credits"), this);
    m_demoBadge->setAccessibleName(m_demoBadge->text());
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: black; padding: 2px 8px; border-radius: 4px; }"));
    statusBar()->addWidget(m_demoBadge);
    m_demoBadge->setVisible(m_context.demo);

    buildMenus();
    connect(m_context.credits, &core::CreditTracker::changed, this, &MainWindow::updateCredits);
    connect(m_context.queue, &jobs::JobQueue::jobChanged, this, &MainWindow::onJobChanged);
    connect(m_context.queue, &jobs::JobQueue::jobFinished, this, &MainWindow::onJobFinished);
    // Once the last run has ended and its clip is loaded, the heap's free pages go back.
    auto *memoryRelease = new core::FreeMemoryRelease(this);
    connect(m_context.queue, &jobs::JobQueue::jobFinished, memoryRelease, [this, memoryRelease] {
        if (m_context.queue->activeCount() == 0 && m_context.queue->waitingCount() == 0)
            memoryRelease->request();
    });
    connect(m_player, &PlayerView::message, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_player, &PlayerView::notice, this, [this](const QString &text) { showMessage(text, false); });

    setupTaskbar();
    setupSpending();
    setAcceptDrops(true);
    restoreState();
    m_prompt->setFocus();
    updateTitle();
    updateCredits();
    updateGenerateEnabled();
}

MainWindow::~MainWindow()
{
    // The last frame taken ahead and never used is this process's own file.
    if (m_prefetched && !m_prefetched->asidePng.isEmpty())
        QFile::remove(m_prefetched->asidePng);
}

QWidget *MainWindow::buildInputs()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: an unnamed stop between the runs and the image.
    // Tabbing into the panel scrolls the focused control into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(400);
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setSpacing(6);
    layout->setContentsMargins(9, 6, 9, 0);

    // On a laptop screen (1366x768) the whole column fits without scrolling:
    // the picture takes the height that is left and gives way first; the
    // scroll bar is only for smaller screens or very large text.
    m_imageWell = new ImageWell(m_context.network, panel);
    layout->addWidget(m_imageWell, 1);
    m_prompt = new PromptEditor(panel);
    // (The editor keeps to four to seven lines of the current font.)
    layout->addWidget(m_prompt);
    m_parameters = new ParameterForm(*m_context.model, panel, windowMnemonics());
    layout->addWidget(m_parameters);
    scroll->setWidget(new FitPanel(panel, scroll));
    // The panel never scrolls sideways: the scroll area is as wide as the panel needs.
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2);

    // Generate, the run's status and any message stay in view however long the form is.
    auto *column = new QWidget(this);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(scroll, 1);
    auto *footer = new QWidget(column);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(9, 4, 9, 6);
    footerLayout->setSpacing(4);
    columnLayout->addWidget(footer);

    m_banner = new MessageBanner(footer);
    footerLayout->addWidget(m_banner);

    m_generate = new QPushButton(tr("&Generate"), footer);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setAccessibleName(tr("Generate"));
    m_generate->setDefault(true);
    m_generate->setMinimumHeight(34);
    m_generate->setToolTip(tr("Send this image, prompt and parameters to %1 (Ctrl+Enter). About %2 credits.")
                               .arg(m_context.model->title())
                               .arg(m_context.model->typicalCostUsd()));
    footerLayout->addWidget(m_generate);
    m_generateReason = new QLabel(footer);
    m_generateReason->setWordWrap(true);
    m_generateReason->setAccessibleName(tr("Why Generate is unavailable"));
    footerLayout->addWidget(m_generateReason);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(tr("Ready"), footer);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setAccessibleDescription(tr("Run status"));
    exposeValue(m_status, m_status->text());
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel run"), footer);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_cancel->setEnabled(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    footerLayout->addLayout(statusRow);
    m_progress = new QProgressBar(footer);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    footerLayout->addWidget(m_progress);

    connect(m_generate, &QPushButton::clicked, this, &MainWindow::generate);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelCurrent);
    connect(m_prompt, &PromptEditor::generateRequested, this, [this] {
        if (m_generate->isEnabled())
            generate();
    });
    connect(m_prompt, &PromptEditor::promptChanged, this, &MainWindow::updateGenerateEnabled);
    connect(m_imageWell, &ImageWell::imageChanged, this, [this](const QString &source) {
        m_context.settings->setValue(core::Settings::Key::LastImage, source);
        imageChosen(source);
        updateGenerateEnabled();
    });
    connect(m_parameters, &ParameterForm::changed, this, [this] {
        m_imageWell->setOutputFrame(m_context.model->frameSize(m_parameters->values()));
    });
    return column;
}

void MainWindow::restoreState()
{
    auto *settings = m_context.settings;
    if (!restoreGeometry(settings->value(core::Settings::Key::WindowGeometry).toByteArray())) {
        // A first start: roomy, never larger than the screen, and on a laptop
        // screen (below about 1600 pixels wide) all of it: every control of the
        // studio then fits without scrolling.
        QSize size(1280, 800);
        const QScreen *display = screen();
        if (display)
            size = size.boundedTo(display->availableGeometry().size() * 0.95);
        resize(size); // the size to return to from maximised
        if (display && display->availableGeometry().width() < kMaximiseBelowWidth)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    QMainWindow::restoreState(settings->value(core::Settings::Key::WindowState).toByteArray());
    m_splitter->restoreState(settings->value(core::Settings::Key::SplitterState).toByteArray());
    m_parameters->setAdvancedOpen(settings->value(core::Settings::Key::AdvancedOpen).toBool());
    m_prompt->setHistory(settings->value(core::Settings::Key::PromptHistory).toStringList());
    const QJsonObject last = QJsonDocument::fromJson(settings->value(core::Settings::Key::LastParameters).toByteArray()).object();
    m_parameters->setValues(last);
    m_parameters->setRandomSeed(settings->value(core::Settings::Key::LastRandomSeed).toBool());
    // Pick up where the user left off: the last prompt and image.
    const QStringList history = m_prompt->history();
    if (!history.isEmpty())
        m_prompt->setPrompt(history.first());
    const QString lastImage = settings->value(core::Settings::Key::LastImage).toString();
    if (!lastImage.isEmpty() && (QUrl(lastImage).scheme() == QLatin1String("https") || QFileInfo::exists(lastImage)))
        m_imageWell->setImage(lastImage);
    m_imageWell->setOutputFrame(m_context.model->frameSize(m_parameters->values()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto *settings = m_context.settings;
    settings->setValue(core::Settings::Key::WindowGeometry, saveGeometry());
    settings->setValue(core::Settings::Key::WindowState, saveState());
    settings->setValue(core::Settings::Key::SplitterState, m_splitter->saveState());
    settings->setValue(core::Settings::Key::AdvancedOpen, m_parameters->isAdvancedOpen());
    settings->setValue(core::Settings::Key::LastParameters, QJsonDocument(m_parameters->values()).toJson(QJsonDocument::Compact));
    settings->setValue(core::Settings::Key::LastRandomSeed, m_parameters->randomSeed());
    if (m_context.queue->activeCount() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Runs in progress"),
            tr("%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?",
               nullptr, m_context.queue->activeCount()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The media backend (the FFmpeg plugin and its libraries, about 100 ms) is
    // not needed for the first paint: it loads a moment after the window is up,
    // before a clip can need it.
    if (!m_mediaPreloadScheduled) {
        m_mediaPreloadScheduled = true;
        QTimer::singleShot(kMediaPreloadDelayMs, m_player, &PlayerView::preloadMedia);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        updateTitle();
    else if (event->type() == QEvent::PaletteChange)
        updateCredits(); // the warning red is worked out against the palette
    // Back in front of the user: a failure has been seen, the taskbar stops asking.
    if ((event->type() == QEvent::WindowStateChange || event->type() == QEvent::ActivationChange) && isActiveWindow()
        && !isMinimized() && m_queueProgress)
        m_queueProgress->acknowledge();
    QMainWindow::changeEvent(event);
}

void MainWindow::setKeyState(bool haveKey, const QString &problem)
{
    m_haveKey = haveKey;
    m_keyProblem = problem;
    updateGenerateEnabled();
}

void MainWindow::setDemo(bool demo)
{
    m_context.demo = demo;
    m_demoBadge->setVisible(demo);
    updateTitle();
}

void MainWindow::openImage(const QString &pathOrUrl)
{
    m_imageWell->setImage(pathOrUrl);
}

void MainWindow::refreshCredits()
{
    if (!m_haveKey)
        return;
    m_context.client->fetchCredits(this, [this](const api::Outcome<double> &outcome) {
        if (!outcome.ok())
            m_creditsLabel->setToolTip(outcome.error.fullText());
    });
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::generateBlockedReason() const
{
    return m_generateReason->text();
}

QString MainWindow::messageText() const
{
    return m_banner->text();
}

void MainWindow::updateGenerateEnabled()
{
    QString reason;
    if (!m_haveKey)
        reason = m_keyProblem.isEmpty() ? tr("Add your Segmind API key in Settings to generate.") : m_keyProblem;
    else if (m_imageWell->image().isEmpty())
        reason = tr("Choose an image first: click the image area, drop a file on it, or paste one.");
    else if (m_prompt->prompt().trimmed().isEmpty())
        reason = tr("Write a prompt: what should happen in the video?");
    m_generate->setEnabled(reason.isEmpty());
    m_generateReason->setText(reason);
    m_generateReason->setVisible(!reason.isEmpty());
    if (m_pendingRerun && reason.isEmpty() && !m_imageWell->isBusy()) {
        m_pendingRerun = false;
        generate();
    }
}

void MainWindow::generate()
{
    updateGenerateEnabled();
    if (!m_generate->isEnabled())
        return;
    if (m_context.credits->isLow()) {
        showMessage(tr("Your balance (%1) is lower than one run's typical cost (%2). The service may refuse the run; top up in the Segmind console under Billing.")
                        .arg(*m_context.credits->balance())
                        .arg(m_context.credits->typicalRunCost()),
                    true);
    } else {
        m_banner->hide();
    }
    const jobs::GenerationRequest request = currentRequest();

    m_prompt->remember(request.prompt);
    m_context.settings->setValue(core::Settings::Key::PromptHistory, m_prompt->history());
    m_context.settings->setValue(core::Settings::Key::LastParameters, QJsonDocument(request.parameters).toJson(QJsonDocument::Compact));
    m_context.settings->setValue(core::Settings::Key::LastRandomSeed, request.randomSeed);

    m_currentJob = m_context.queue->enqueue(request);
    onJobChanged(m_currentJob);
}

jobs::GenerationRequest MainWindow::currentRequest() const
{
    jobs::GenerationRequest request;
    request.image = m_imageWell->image();
    request.prompt = m_prompt->prompt();
    request.parameters = m_parameters->values();
    request.randomSeed = m_parameters->randomSeed();
    request.mode = m_context.settings->value(core::Settings::Key::GenerationMode).toString() == QLatin1String("sync")
        ? jobs::GenerationMode::Sync
        : jobs::GenerationMode::Async;
    applyLineage(request);
    return request;
}

// NOLINTNEXTLINE(readability-make-member-function-const): it cancels a run; const would say otherwise
void MainWindow::cancelCurrent()
{
    if (m_currentJob)
        m_context.queue->cancel(m_currentJob);
}

void MainWindow::onJobChanged(int id)
{
    if (id != m_currentJob)
        return;
    const jobs::JobRecord *record = m_context.queue->record(id);
    if (!record)
        return;
    const QString status = m_jobsModel->statusText(*record);
    m_status->setText(status);
    // Read as it reads; the bar, named "Run progress", carries it in its description.
    exposeValue(m_status, status);
    exposeValue(m_progress, status);
    m_cancel->setEnabled(!record->isFinished());
    const bool downloading = record->stage == JobStage::Downloading && record->total > 0;
    m_progress->setVisible(!record->isFinished());
    m_progress->setRange(0, downloading ? 100 : 0);
    if (downloading)
        m_progress->setValue(static_cast<int>(record->received * 100 / record->total));
    updateTitle();
}

void MainWindow::onJobFinished(int id)
{
    const jobs::JobRecord *record = m_context.queue->record(id);
    if (!record)
        return;
    onJobChanged(id);
    // A run refused here (a bad value, an image that cannot be read) sent nothing and
    // cannot have changed the balance: no request for it either.
    const bool refusedBeforeSending = record->stage == JobStage::Failed && record->requestId.isEmpty()
        && record->error.httpStatus == 0
        && (record->error.kind == api::ApiError::Kind::InvalidInput || record->error.kind == api::ApiError::Kind::KeyMissing);
    if (!refusedBeforeSending)
        refreshCredits();
    if (record->stage == JobStage::Completed && record->result) {
        m_parameters->setLastSeed(record->result->seed);
        // A run picked up from an earlier session plays too, when nothing else was asked for.
        if (m_currentJob == 0 && record->resumeTicket) {
            m_currentJob = id;
            showMessage(tr("A run from the last session was fetched: %1").arg(record->request.prompt.left(80)), false);
        }
        // Qt 6.4's player probes the clip and sets its decoder up on this thread:
        // in a turn of the event loop of its own, not on top of what the finished
        // run set off here (library, Runs list, notices; issue 18, figure 6).
        if (id == m_currentJob) {
            const QString clip = record->result->outputPath;
            QMetaObject::invokeMethod(
                this,
                [this, id, clip] {
                    if (id == m_currentJob)
                        m_player->setClip(clip);
                },
                Qt::QueuedConnection);
        }
    } else if (record->stage == JobStage::Failed) {
        if (id == m_currentJob && isProvenUncharged(record->error)) {
            // Refused by the API itself, or run and failed: nothing was charged, so
            // sending it again is one click (never done without the user).
            const jobs::GenerationRequest again = record->request;
            m_banner->showMessage(record->error.fullText(), true, tr("Send again"), [this, again] {
                m_currentJob = m_context.queue->enqueue(again);
            });
        } else if (id == m_currentJob) {
            showMessage(record->error.fullText(), true);
        }
    } else if (record->stage == JobStage::Cancelled && id == m_currentJob) {
        showMessage(record->error.message, false);
    }
}

bool MainWindow::isProvenUncharged(const api::ApiError &error)
{
    // A JSON error from the API on submit (5xx) or a run the service ran and reported FAILED (422).
    return !error.mayHaveBeenCharged && error.kind == api::ApiError::Kind::ServiceFailed
        && (error.httpStatus == 422 || error.httpStatus >= 500);
}

void MainWindow::showJob(int id)
{
    const jobs::JobRecord *record = m_context.queue->record(id);
    if (!record)
        return;
    m_currentJob = id;
    onJobChanged(id);
    if (record->result)
        m_player->setClip(record->result->outputPath);
    else if (record->error.isError())
        showMessage(record->error.fullText(), record->stage == JobStage::Failed);
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(text, error);
}

void MainWindow::updateCredits()
{
    const core::CreditTracker *credits = m_context.credits;
    m_creditsLabel->setText(credits->text());
    // Read as it reads ("Credits: 12.41 (last run 0.0875)"); its tooltip, below,
    // is its description: what the amount is, or the warning the red gives.
    exposeValue(m_creditsLabel, credits->text());
    // Red and bold when low: a red that keeps 4.5:1 on this palette's window colour.
    QPalette look = palette();
    if (credits->isLow())
        look.setColor(QPalette::WindowText, colours::warningText(look));
    m_creditsLabel->setPalette(look);
    QFont font = m_creditsLabel->font();
    font.setBold(credits->isLow());
    m_creditsLabel->setFont(font);
    m_creditsLabel->setToolTip(credits->isLow() ? tr("The balance is lower than one run's typical cost (%1). Top up in the Segmind console under Billing.")
                                                      .arg(credits->typicalRunCost())
                                                : tr("Your Segmind balance, as the service last reported it."));
}

void MainWindow::updateTitle()
{
    QString title = m_context.demo ? tr("Wan Studio — local demo: no AI, no real credits") : tr("Wan Studio");
    // While minimized, the title is the only progress a taskbar shows everywhere.
    if (isMinimized() && m_queueProgress && m_queueProgress->state().visible)
        title = tr("%1% · %2", "the runs' progress while the window is minimized, then the title")
                    .arg(m_queueProgress->state().percent())
                    .arg(title);
    setWindowTitle(title);
}

void MainWindow::notify(const QString &title, const QString &text, bool failure)
{
    // A minimized window is not being looked at, even where it keeps the focus.
    const bool seen = isActiveWindow() && !isMinimized();
    if (seen || !m_context.settings->value(core::Settings::Key::Notifications).toBool())
        return;
    QApplication::alert(this);
    if (core::DesktopNotifier::notify(title, text, QStringLiteral("video-x-generic"), failure))
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
        }
        tray->showMessage(title, text);
    }
}

} // namespace wan::ui
