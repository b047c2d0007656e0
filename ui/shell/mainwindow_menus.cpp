// MainWindow's menus, and the keys their mnemonics and the window's own
// controls take (split from mainwindow.cpp).

#include "shell/mainwindow.h"

#include "common/accessiblenames.h"
#include "core/modeldescription.h"
#include "studio/imagewell.h"
#include "studio/parameterform.h"
#include "player/playerview.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

namespace wan::ui {

// The keys the window's own mnemonics take, in the language in use: the menus,
// the tabs, Generate and Cancel run (the texts given to them below). The
// parameter form, whose labels come from data, avoids them.
QString MainWindow::windowMnemonics()
{
    QString letters;
    for (const QString &text : { tr("&File"), tr("&Edit"), tr("&View"), tr("&Run"), tr("&Help"), tr("&Player"), tr("&Library"), tr("Se&quences"),
                                 tr("&Generate"), tr("&Cancel run") })
        letters += mnemonicLetter(text);
    return letters;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Image…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, m_imageWell, &ImageWell::chooseFile);
    QAction *saveAs = file->addAction(tr("&Save Clip As…"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, m_player, &PlayerView::saveAs);
    setupExport(file);
    // The player's frame actions: one QAction each, in its context menu and here.
    const QList<QAction *> frames = m_player->frameActions();
    QAction *saveFrame = frames.at(0), *copyFrame = frames.at(1), *continueHere = frames.at(2), *continueLast = frames.at(3);
    file->addAction(saveFrame);
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(tr("&Paste Image"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(paste, &QAction::triggered, m_imageWell, &ImageWell::pasteFromClipboard);
    QAction *reset = edit->addAction(tr("&Reset Parameters to Defaults"));
    connect(reset, &QAction::triggered, m_parameters, &ParameterForm::resetToDefaults);
    edit->addAction(copyFrame);
    copyFrame->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyFrame->setShortcutContext(Qt::WindowShortcut);

    menuBar()->addMenu(buildViewMenu());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *generateAction = run->addAction(tr("&Generate"));
    generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    generateAction->setShortcutContext(Qt::WindowShortcut);
    connect(generateAction, &QAction::triggered, this, [this] {
        if (m_generate->isEnabled())
            generate();
    });
    QAction *variations = run->addAction(tr("&Variations and Sweeps…"));
    variations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(variations, &QAction::triggered, this, &MainWindow::openVariations);
    run->addSeparator();
    run->addAction(continueLast);
    continueLast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    continueLast->setShortcutContext(Qt::WindowShortcut);
    run->addAction(continueHere);
    continueHere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    continueHere->setShortcutContext(Qt::WindowShortcut);
    run->addSeparator();
    QAction *library = run->addAction(tr("Show &Library"));
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    library->setEnabled(m_context.library != nullptr);
    connect(library, &QAction::triggered, this, &MainWindow::showLibrary);
    QAction *spending = run->addAction(tr("S&pending…"));
    spending->setEnabled(m_context.library != nullptr);
    connect(spending, &QAction::triggered, this, &MainWindow::showSpending);
    m_neverSentAction = run->addAction(tr("Runs &Not Sent…"));
    m_neverSentAction->setObjectName(QStringLiteral("neverSentAction"));
    m_neverSentAction->setEnabled(false);
    connect(m_neverSentAction, &QAction::triggered, this, &MainWindow::askAboutNeverSent);
    QAction *cancel = run->addAction(tr("&Cancel Run"));
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelCurrent);
    QAction *credits = run->addAction(tr("&Refresh Credits"));
    credits->setShortcut(QKeySequence(Qt::Key_F5));
    connect(credits, &QAction::triggered, this, &MainWindow::refreshCredits);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Wan Studio"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Wan Studio"),
                           tr("<h3>Wan Studio %1</h3><p>Short videos from a still image with Segmind's %2.</p>"
                              "<p>Running on Qt %3.</p>"
                              "<p>Wan Studio is free software under the MIT licence.</p>"
                              "<p>It uses:</p><ul>"
                              "<li>Qt: GNU LGPL version 3</li>"
                              "<li>QtKeychain: BSD licence</li>"
                              "<li>SQLite: public domain</li>"
                              "<li>FFmpeg, through Qt Multimedia: GNU LGPL version 2.1 or later</li></ul>")
                               .arg(QCoreApplication::applicationVersion(), m_context.model->title(), QLatin1String(qVersion())));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

} // namespace wan::ui
