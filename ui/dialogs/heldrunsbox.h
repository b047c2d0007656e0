#pragma once

#include "library/libraryentry.h"

#include <QList>
#include <QMessageBox>

namespace wan::ui {

// The question asked at start about runs queued in an earlier session and
// never sent: what sending them would cost, and which runs they are (their
// prompts and when they were queued), so that a run already made again
// another way is not paid for twice without knowing.
class HeldRunsBox final : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Send, Discard, Later };

    HeldRunsBox(const QList<library::Entry> &runs, double costPerRun, QWidget *parent = nullptr);

    // After exec(): what the user chose (Later when the box was closed).
    Choice choice() const;

    // One line per run, oldest first: "#12 · queued 8 Dec 2026 14:02 · a boat at dusk".
    static QString describe(const QList<library::Entry> &runs);

private:
    QAbstractButton *m_send;
    QAbstractButton *m_discard;
};

} // namespace wan::ui
