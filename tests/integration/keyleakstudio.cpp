// The studio exactly as `wanstudio` starts it (wan::ui::runStudio: the real
// Studio wiring of settings, keychain, library, queue and window), with a
// driver that uses the window as a person would: it answers the welcome
// dialog with a key when there is no key yet, opens the picture, types the
// prompt, presses Generate, waits for the run to end, and closes the window.
// tst_keyleak runs it as a child process and searches everything it leaves.
//
// Environment (besides the profile's XDG_*, SEGMIND_* and QT_* variables):
//   KEYLEAK_IMAGE      the picture to open
//   KEYLEAK_TYPE_KEY   the key to type into the welcome dialog, when it asks
//   KEYLEAK_EXPECT     "done" or "failed": how the run must end
// Prints "keyleak-driver: <what happened>" lines; exits 0 when the run ended
// as expected, 3 when it ended otherwise, 4 when it did not end in time.

#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "keyleak-driver: %s\n", qPrintable(line));
    std::fflush(stdout);
}

template<typename T> T *childNamed(QWidget *parent, const QString &accessibleName)
{
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
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
        QTimer::singleShot(90'000, this, [] {
            if (auto *window = mainWindow())
                say(QStringLiteral("timed out; Generate: \"%1\", status: \"%2\"")
                        .arg(window->generateBlockedReason(), window->statusText()));
            else
                say(QStringLiteral("timed out before the window was shown"));
            QCoreApplication::exit(4);
        });
    }

private:
    void step()
    {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            answer(modal);
            return;
        }
        wan::ui::MainWindow *window = mainWindow();
        if (!window)
            return;
        // Closed: the window is hidden but still there (the studio owns it until exec() returns).
        switch (m_state) {
        case State::Start:
            window->openImage(qEnvironmentVariable("KEYLEAK_IMAGE"));
            m_state = State::Typing;
            return;
        case State::Typing:
            // The reason Generate is off names the prompt once the key and the picture are there
            // (or there is none: the prompt of the last session came back).
            if (!window->generateBlockedReason().isEmpty() && !window->generateBlockedReason().contains(QLatin1String("prompt")))
                return;
            window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"))
                ->setPlainText(QStringLiteral("A paper boat on a rain puddle"));
            m_state = State::Generating;
            return;
        case State::Generating: {
            auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
            if (!generate->isEnabled())
                return;
            say(QStringLiteral("generate"));
            generate->click();
            m_state = State::Waiting;
            return;
        }
        case State::Waiting: {
            const QString status = window->statusText();
            const bool done = status.startsWith(QLatin1String("Done"));
            const bool failed = status.startsWith(QLatin1String("Failed"));
            if (!done && !failed)
                return;
            say(QStringLiteral("status %1").arg(status));
            say(QStringLiteral("message %1").arg(window->messageText()));
            m_ended = done ? QStringLiteral("done") : QStringLiteral("failed");
            m_state = State::Closing;
            // Let the library record the run's end before the window closes.
            m_timer.stop();
            QTimer::singleShot(1500, this, [this] {
                m_state = State::Closed;
                m_timer.start();
                if (auto *w = mainWindow())
                    w->close();
            });
            return;
        }
        case State::Closing:
            return;
        case State::Closed:
            m_timer.stop();
            if (window->isVisible()) {
                say(QStringLiteral("the window refused to close"));
                QCoreApplication::exit(5);
                return;
            }
            say(QStringLiteral("closed after %1").arg(m_ended));
            QCoreApplication::exit(m_ended == qEnvironmentVariable("KEYLEAK_EXPECT") ? 0 : 3);
            return;
        }
    }

    // The welcome dialog gets the key; any other dialog is read out and dismissed.
    void answer(QWidget *modal)
    {
        auto *key = childNamed<QLineEdit>(modal, QStringLiteral("API key"));
        auto *use = childNamed<QPushButton>(modal, QStringLiteral("Use this key"));
        if (key && use && !qEnvironmentVariable("KEYLEAK_TYPE_KEY").isEmpty()) {
            // Type it, test it (the dialog asks the service for the balance), then use it.
            auto *test = childNamed<QPushButton>(modal, QStringLiteral("Test key"));
            if (key->text().isEmpty()) {
                say(QStringLiteral("welcome dialog: typing the key"));
                key->setText(qEnvironmentVariable("KEYLEAK_TYPE_KEY"));
                test->click();
                return;
            }
            const auto labels = modal->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->text().startsWith(QStringLiteral("✓")) || label->text().startsWith(QStringLiteral("✗"))) {
                    say(QStringLiteral("welcome dialog: key test: %1").arg(label->text()));
                    use->click();
                    return;
                }
            }
            return;
        }
        QStringList texts;
        const auto labels = modal->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        say(QStringLiteral("dismissing \"%1\": %2").arg(modal->windowTitle(), texts.join(QLatin1Char(' '))));
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            // "Runs in progress" must not be answered Yes: a run left running is a failure here.
            box->reject();
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        }
    }

    enum class State { Start, Typing, Generating, Waiting, Closing, Closed };
    State m_state = State::Start;
    QString m_ended;
    QTimer m_timer;
};

void startDriver()
{
    // Runs while QApplication is being constructed, before the window exists:
    // the driver starts with the event loop, and quits by itself (exit code).
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
