#pragma once

// The desktop a screen reader works in, made for one test process: a private
// session bus, an X server of its own (Xvfb) and the AT-SPI bus launcher on
// them. start() points this process at them (session bus, DISPLAY, the xcb
// platform, Qt's AT-SPI bridge on) and must run before the QApplication is
// made; nothing here touches a real desktop's bus, display or ~/.cache.
#include "privatebus.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace wan::test {

class AtSpiSession final
{
public:
    AtSpiSession() = default;
    ~AtSpiSession();
    AtSpiSession(const AtSpiSession &) = delete;
    AtSpiSession &operator=(const AtSpiSession &) = delete;

    // False (with problem()) when Xvfb, dbus-daemon or at-spi-bus-launcher is
    // missing or does not start; the process environment is then unchanged.
    bool start();
    QString problem() const { return m_problem; }

private:
    bool startDisplay();
    static void stop(QProcess &process);

    PrivateBus m_bus;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR of the launcher: where its bus's socket goes
    QProcess m_display;
    QProcess m_launcher;
    QString m_displayName;
    QString m_problem;
};

} // namespace wan::test
