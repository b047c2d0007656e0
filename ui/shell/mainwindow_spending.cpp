// MainWindow's spending (split from mainwindow.cpp): the budget caps hold a
// run at the moment it would be sent (jobs::BudgetGuard), the window says
// which cap and offers Send Anyway; the runs an earlier session queued and
// never sent, sent only when the user says so; and the Spending view.

#include "shell/mainwindow.h"

#include "common/messagebanner.h"
#include "dialogs/heldrunsbox.h"
#include "dialogs/spendingdialog.h"

#include "core/modeldescription.h"
#include "jobs/budgetguard.h"
#include "jobs/jobqueue.h"

#include <QPointer>

namespace wan::ui {

void MainWindow::setupSpending()
{
    if (!m_context.library)
        return;
    new jobs::BudgetGuard(m_context.queue, m_context.library, m_context.settings, m_context.model->typicalCostUsd(), this);
    connect(m_context.queue, &jobs::JobQueue::runHeld, this, &MainWindow::showHeld);
    connect(m_context.queue, &jobs::JobQueue::heldRunsFound, this, &MainWindow::askAboutNeverSent);
}

void MainWindow::askAboutNeverSent()
{
    // Found again while the question is open (a process that was preparing a
    // run stopped): the open question goes on; Runs Not Sent asks again after.
    if (m_askingNeverSent)
        return;
    m_askingNeverSent = true;
    // Read again first: another process may have sent or discarded some since.
    m_context.queue->refreshHeld([self = QPointer<MainWindow>(this)] {
        if (!self)
            return;
        MainWindow *const w = self;
        if (w->m_context.queue->heldCount() > 0) {
            HeldRunsBox box(w->m_context.queue->heldRuns(), w->m_context.model->typicalCostUsd(), w);
            box.exec();
            if (!self)
                return;
            if (box.choice() == HeldRunsBox::Choice::Send)
                w->m_context.queue->sendHeld();
            else if (box.choice() == HeldRunsBox::Choice::Discard)
                w->m_context.queue->discardHeld();
        }
        w->m_askingNeverSent = false;
        w->m_neverSentAction->setEnabled(w->m_context.queue->heldCount() > 0);
    });
}

void MainWindow::showHeld(int id, const QString &message)
{
    const int held = int(m_context.queue->heldWith(id).size());
    QString text = message;
    if (held > 1)
        text += QLatin1Char(' ') + tr("%n run(s) of this batch are held; none of them was sent or charged.", nullptr, held);
    else
        text += QLatin1Char(' ') + tr("Nothing was sent or charged.");
    // Runs the Send Anyway button sends: the held run, with its batch.
    m_banner->showMessage(
        text, true, tr("Send &Anyway"), [this, id] { m_context.queue->sendAnyway(id); }, tr("&Don't Send"),
        [this, id] { m_context.queue->dontSend(id); });
}

void MainWindow::showSpending()
{
    if (!m_context.library)
        return;
    auto *dialog = findChild<SpendingDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new SpendingDialog(m_context.library, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace wan::ui
