// The studio exactly as `wanstudio` starts it (wan::ui::runStudio), with a
// driver that answers the "library damaged" question with "Rebuild from
// clips" (found by its accessible name), reads the summary that follows, and
// quits once Generate no longer waits for the library. tst_rebuild runs it as
// a child process on a profile whose library was overwritten with garbage.
// Prints "rebuild-driver: <what happened>" lines; exits 0 when the library was
// rebuilt and is in use, 3 when the question never came, 4 on a time-out.

#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "rebuild-driver: %s\n", qPrintable(line));
    std::fflush(stdout);
}

wan::ui::MainWindow *mainWindow()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *window = qobject_cast<wan::ui::MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

class Driver final : public QObject
{
public:
    Driver()
    {
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, &Driver::step);
        m_timer.start();
        QTimer::singleShot(60'000, this, [this] {
            auto *window = mainWindow();
            say(QStringLiteral("timed out; Generate: \"%1\"").arg(window ? window->generateBlockedReason() : QString()));
            QCoreApplication::exit(m_offered ? 4 : 3);
        });
    }

private:
    void step()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            const auto buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (button->accessibleName() == QLatin1String("Rebuild from clips")) {
                    say(QStringLiteral("offered \"%1\": %2").arg(box->windowTitle(), box->text()));
                    m_offered = true;
                    button->click();
                    return;
                }
            }
            say(QStringLiteral("told \"%1\": %2").arg(box->windowTitle(), box->text()));
            box->accept();
            return;
        }
        auto *window = mainWindow();
        if (!m_offered || !window || window->generateBlockedReason().contains(QLatin1String("library")))
            return;
        m_timer.stop();
        say(QStringLiteral("library in use; Generate: \"%1\"").arg(window->generateBlockedReason()));
        QCoreApplication::exit(0);
    }

    QTimer m_timer;
    bool m_offered = false;
};

void startDriver()
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { (new Driver)->setParent(QCoreApplication::instance()); }, Qt::QueuedConnection);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(startDriver)

int main(int argc, char *argv[])
{
    return wan::ui::runStudio(argc, argv);
}
