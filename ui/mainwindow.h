#pragma once

// The studio window. For now: which service it talks to (a plain warning when
// that is the local emulator), the credit balance, and the model's parameters.
// A passive view: the caller wires it to the core.

#include <QMainWindow>

class QLabel;

namespace wan::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bool demo, QWidget *parent = nullptr);

    void setServiceDescription(const QString &text);
    void setCredits(double credits);
    void setCreditsUnavailable(const QString &reason);

private:
    QLabel *m_service = nullptr;
    QLabel *m_credits = nullptr;
};

} // namespace wan::ui
