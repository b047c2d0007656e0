// The reference for figure 1: the least a Qt Widgets program does to show one
// window, quitting by the same rule as wanstudio --quit-after-startup.
#include "startupprobe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Hello"));
    window.resize(640, 480);
    if (QApplication::arguments().contains(QStringLiteral("--quit-after-startup")))
        wan::ui::StartupProbe::quitWhenPaintedAndIdle(&window);
    window.show();
    return app.exec();
}
