// The main window's presence outside itself: progress and a count on the
// taskbar entry (Unity LauncherEntry, which KDE Plasma and docks show), and
// desktop notices when a run or a batch ends.

#include "shell/mainwindow.h"

#include "core/desktopnotifier.h"
#include "core/launcherentry.h"
#include "core/modeldescription.h"
#include "jobs/finishnotices.h"
#include "jobs/queueprogress.h"

namespace wan::ui {

void MainWindow::setupTaskbar()
{
    m_queueProgress = new jobs::QueueProgress(m_context.queue, m_context.model->typicalSeconds(), this);
    m_launcher = std::make_unique<core::LauncherEntry>(core::DesktopNotifier::desktopId());
    connect(m_queueProgress, &jobs::QueueProgress::changed, this, [this](const jobs::QueueProgressState &state) {
        m_launcher->update(state.progress, state.visible, state.count, state.count > 1, state.urgent);
        updateTitle();
    });
    m_finishNotices = new jobs::FinishNotices(m_context.queue, this);
    connect(m_finishNotices, &jobs::FinishNotices::notice, this,
            [this](const jobs::FinishNotice &notice) { notify(notice.title, notice.body, notice.failure); });
}

} // namespace wan::ui
