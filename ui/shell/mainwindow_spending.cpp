// MainWindow's spending (split from mainwindow.cpp): the budget caps hold a
// run at the moment it would be sent (jobs::BudgetGuard), the window says
// which cap and offers Send Anyway; and the Spending view.

#include "shell/mainwindow.h"

#include "common/messagebanner.h"
#include "dialogs/spendingdialog.h"

#include "core/modeldescription.h"
#include "jobs/budgetguard.h"
#include "jobs/jobqueue.h"

namespace wan::ui {

void MainWindow::setupSpending()
{
    if (!m_context.library)
        return;
    new jobs::BudgetGuard(m_context.queue, m_context.library, m_context.settings, m_context.model->typicalCostUsd(), this);
    connect(m_context.queue, &jobs::JobQueue::runHeld, this, &MainWindow::showHeld);
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
