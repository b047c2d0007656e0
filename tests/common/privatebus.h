#pragma once

// A private D-Bus session bus for a test: a dbus-daemon of its own, so what a
// test sends or serves on "the session bus" never reaches a real desktop.
#include <QProcess>
#include <QString>

namespace wan::test {

class PrivateBus final
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts dbus-daemon --session and waits for its address; false (with
    // problem()) when dbus-daemon is missing or does not start.
    bool start();
    QString address() const { return m_address; }
    QString problem() const { return m_problem; }

private:
    QProcess m_daemon;
    QString m_address;
    QString m_problem;
};

} // namespace wan::test
