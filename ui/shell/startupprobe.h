#pragma once

// --quit-after-startup: quits the application once window has painted for the
// first time and the event loop then has nothing left to do (it is about to
// block waiting for events). Measures cold start to an idle, painted window;
// header-only so that the benchmark's minimal reference program uses the very
// same rule.

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace wan::ui {

class StartupProbe final : public QObject
{
public:
    // Watches window (which must outlive the probe's use); quits the application.
    static void quitWhenPaintedAndIdle(QWidget *window) { window->installEventFilter(new StartupProbe(window)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // The paint is delivered after this filter returns; idle comes after it.
            connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                    [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit StartupProbe(QObject *parent)
        : QObject(parent)
    {
    }
    bool m_painted = false;
};

} // namespace wan::ui
