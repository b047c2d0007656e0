// The references for figure 1, quitting by the same rule as
// wanstudio --quit-after-startup:
//   (no option)        the least a Qt Widgets program does to show one window;
//   --studio-content   the floor: a window with what Wan Studio's first paint
//                      shows (the same kinds and numbers of visible widgets in
//                      the same arrangement, the player bar's theme icons), in
//                      plain Qt, with none of Wan Studio's code, services,
//                      libraries or hidden widgets.
#include "shell/startupprobe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {

QWidget *inputs(QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *layout = new QVBoxLayout(panel);
    auto *heading = new QLabel(QStringLiteral("Image"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *canvas = new QLabel(QStringLiteral("Click to choose an image,\nor drop or paste one here"), panel);
    canvas->setAlignment(Qt::AlignCenter);
    canvas->setFrameShape(QFrame::StyledPanel);
    canvas->setMinimumHeight(220);
    layout->addWidget(canvas);
    layout->addWidget(new QLabel(QStringLiteral("Choose, drop or paste a picture"), panel));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(QStringLiteral("Image URL"), panel));
    auto *url = new QLineEdit(panel);
    url->setPlaceholderText(QStringLiteral("or paste an https:// image address"));
    url->setClearButtonEnabled(true);
    urlRow->addWidget(url, 1);
    layout->addLayout(urlRow);
    auto *prompt = new QPlainTextEdit(panel);
    prompt->setPlaceholderText(QStringLiteral("Describe what happens in the clip: what moves, how the camera moves, the light and mood."));
    layout->addWidget(prompt);
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(new QLabel(QStringLiteral("0 characters"), panel), 1);
    auto *recent = new QToolButton(panel);
    recent->setText(QStringLiteral("Recent prompts"));
    promptRow->addWidget(recent);
    layout->addLayout(promptRow);

    auto *form = new QFormLayout;
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(new QLineEdit(QStringLiteral("1"), panel));
    seedRow->addWidget(new QCheckBox(QStringLiteral("Random each run"), panel));
    seedRow->addWidget(new QPushButton(QStringLiteral("Reuse last seed"), panel));
    form->addRow(QStringLiteral("Seed"), seedRow);
    form->addRow(QStringLiteral("Go fast"), new QCheckBox(panel));
    for (const char *name : { "Frames", "Frames per second", "Sample shift" }) {
        auto *row = new QHBoxLayout;
        row->addWidget(new QSlider(Qt::Horizontal, panel), 1);
        if (name[0] == 'S')
            row->addWidget(new QDoubleSpinBox(panel));
        else
            row->addWidget(new QSpinBox(panel));
        form->addRow(QString::fromLatin1(name), row);
    }
    for (const char *name : { "Resolution", "Aspect ratio", "Prompt language" }) {
        auto *combo = new QComboBox(panel);
        combo->addItems({ QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") });
        form->addRow(QString::fromLatin1(name), combo);
    }
    form->addRow(new QLabel(QStringLiteral("5.1 s of video"), panel));
    layout->addLayout(form);
    layout->addStretch(1);
    scroll->setWidget(panel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2);

    auto *column = new QWidget(parent);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(scroll, 1);
    auto *generate = new QPushButton(QStringLiteral("&Generate"), column);
    generate->setDefault(true);
    generate->setMinimumHeight(40);
    columnLayout->addWidget(generate);
    columnLayout->addWidget(new QLabel(QStringLiteral("Choose an image to start"), column));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(QStringLiteral("Ready"), column), 1);
    auto *cancel = new QPushButton(QStringLiteral("&Cancel run"), column);
    cancel->setEnabled(false);
    statusRow->addWidget(cancel);
    columnLayout->addLayout(statusRow);
    return column;
}

QWidget *player(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    // The stage, as before the first clip: an icon over a line of text.
    auto *stage = new QWidget(page);
    stage->setAutoFillBackground(true);
    stage->setBackgroundRole(QPalette::AlternateBase);
    auto *stageLayout = new QVBoxLayout(stage);
    stageLayout->addStretch(1);
    auto *icon = new QLabel(stage);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(page->style()->standardIcon(QStyle::SP_MediaPlay).pixmap(32, 32));
    stageLayout->addWidget(icon);
    auto *text = new QLabel(QStringLiteral("Your clip will play here"), stage);
    text->setAlignment(Qt::AlignCenter);
    stageLayout->addWidget(text);
    stageLayout->addStretch(1);
    layout->addWidget(stage, 1);
    layout->addWidget(new QSlider(Qt::Horizontal, page));
    auto *bar = new QHBoxLayout;
    const std::pair<const char *, QStyle::StandardPixmap> icons[] = {
        { "media-playback-start", QStyle::SP_MediaPlay },    { "media-skip-backward", QStyle::SP_MediaSkipBackward },
        { "media-skip-forward", QStyle::SP_MediaSkipForward }, { "audio-volume-high", QStyle::SP_MediaVolume },
        { "media-playlist-repeat", QStyle::SP_BrowserReload }, { "document-save-as", QStyle::SP_DialogSaveButton },
        { "edit-copy", QStyle::SP_FileLinkIcon },             { "folder-open", QStyle::SP_DirOpenIcon },
    };
    for (const auto &[name, fallback] : icons) {
        auto *button = new QToolButton(page);
        button->setAutoRaise(true);
        button->setIcon(QIcon::fromTheme(QString::fromLatin1(name), page->style()->standardIcon(fallback)));
        bar->addWidget(button);
        if (fallback == QStyle::SP_MediaSkipForward) {
            bar->addWidget(new QLabel(QStringLiteral("0:00.0 / 0:00.0"), page));
            bar->addStretch(1);
            auto *rate = new QComboBox(page);
            rate->addItems({ QStringLiteral("0.5x"), QStringLiteral("1x"), QStringLiteral("2x") });
            bar->addWidget(rate);
        }
    }
    layout->addLayout(bar);
    return page;
}

std::unique_ptr<QWidget> studioContent()
{
    auto window = std::make_unique<QMainWindow>();
    for (const char *title : { "&File", "&Edit", "&Run", "&Help" }) {
        QMenu *menu = window->menuBar()->addMenu(QString::fromLatin1(title));
        for (int i = 0; i < 6; ++i)
            menu->addAction(QStringLiteral("Action %1").arg(i + 1));
    }
    auto *splitter = new QSplitter(Qt::Horizontal, window.get());
    splitter->addWidget(inputs(splitter));
    auto *centre = new QTabWidget(splitter);
    centre->setDocumentMode(true);
    centre->addTab(player(centre), QStringLiteral("&Player"));
    centre->addTab(new QWidget(centre), QStringLiteral("&Library"));
    splitter->addWidget(centre);
    splitter->setSizes({ 440, 840 });
    window->setCentralWidget(splitter);
    auto *dock = new QDockWidget(QStringLiteral("Runs"), window.get());
    auto *runs = new QListView(dock);
    runs->setModel(new QStringListModel(runs));
    dock->setWidget(runs);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->statusBar()->addWidget(new QLabel(QStringLiteral("Local demo")));
    window->statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Credits: 9.91")));
    window->resize(1280, 800);
    return window;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::unique_ptr<QWidget> window;
    if (QApplication::arguments().contains(QStringLiteral("--studio-content"))) {
        window = studioContent();
    } else {
        auto label = std::make_unique<QLabel>(QStringLiteral("Hello"));
        label->resize(640, 480);
        window = std::move(label);
    }
    if (QApplication::arguments().contains(QStringLiteral("--quit-after-startup")))
        wan::ui::StartupProbe::quitWhenPaintedAndIdle(window.get());
    window->show();
    return app.exec();
}
