#include "mainwindow.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QVBoxLayout>

namespace wan::ui {

MainWindow::MainWindow(bool demo, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(demo ? tr("Wan Studio — local demo: no AI, no real credits") : tr("Wan Studio"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_service = new QLabel(central);
    m_service->setWordWrap(true);
    m_service->setAccessibleName(tr("Service"));
    layout->addWidget(m_service);
    m_credits = new QLabel(tr("Credits: checking…"), central);
    m_credits->setAccessibleName(tr("Credits"));
    layout->addWidget(m_credits);
    layout->addStretch();
    setCentralWidget(central);
    resize(960, 640);
}

void MainWindow::setServiceDescription(const QString &text)
{
    m_service->setText(text);
}

void MainWindow::setCredits(double credits)
{
    m_credits->setText(tr("Credits: %1").arg(QLocale().toString(credits, 'f', 2)));
}

void MainWindow::setCreditsUnavailable(const QString &reason)
{
    m_credits->setText(tr("Credits: unknown (%1)").arg(reason));
}

} // namespace wan::ui
