#include "dialogs/heldrunsbox.h"

#include "common/accessiblenames.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace wan::ui {

namespace {

constexpr int PromptShown = 80; // characters of a prompt in the list

} // namespace

HeldRunsBox::HeldRunsBox(const QList<library::Entry> &runs, double costPerRun, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Runs not sent"), QString(), QMessageBox::NoButton, parent)
{
    const int count = static_cast<int>(runs.size());
    setText(tr("%n run(s) queued in an earlier session were never sent. Send them now?", nullptr, count));
    setInformativeText(tr("Nothing was charged for them. Sending them costs about %1 credits. If you have made them again since, "
                          "choose Discard.",
                          nullptr, count)
                           .arg(QLocale().toString(costPerRun * count, 'f', 2)));
    setDetailedText(describe(runs));
    m_send = addButton(tr("&Send"), QMessageBox::AcceptRole);
    m_discard = addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = addButton(tr("&Later"), QMessageBox::RejectRole);
    nameAfter(m_send, m_send->text());
    nameAfter(m_discard, m_discard->text());
    nameAfter(later, later->text());
    // Paying is never what Enter does by accident.
    setDefaultButton(later);
    setEscapeButton(later);
}

HeldRunsBox::Choice HeldRunsBox::choice() const
{
    if (clickedButton() == m_send)
        return Choice::Send;
    if (clickedButton() == m_discard)
        return Choice::Discard;
    return Choice::Later;
}

QString HeldRunsBox::describe(const QList<library::Entry> &runs)
{
    QList<library::Entry> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const library::Entry &a, const library::Entry &b) { return a.created < b.created; });
    QStringList lines;
    const QLocale locale;
    for (const library::Entry &run : sorted) {
        QString prompt = run.prompt.simplified();
        if (prompt.size() > PromptShown)
            prompt = prompt.left(PromptShown - 1) + QChar(0x2026);
        if (prompt.isEmpty())
            prompt = tr("(no prompt)");
        lines << tr("#%1 \u00B7 queued %2 \u00B7 %3")
                     .arg(run.id)
                     .arg(locale.toString(run.created.toLocalTime(), QLocale::ShortFormat), prompt);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace wan::ui
