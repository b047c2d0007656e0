#include "privatebus.h"

#include <QStandardPaths>

namespace wan::test {

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateBus::start()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        m_problem = QStringLiteral("dbus-daemon is not installed");
        return false;
    }
    m_daemon.start(daemon,
                   { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(10'000)) {
        m_problem = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    QByteArray line;
    while (!line.contains('\n') && m_daemon.waitForReadyRead(10'000))
        line += m_daemon.readAllStandardOutput();
    m_address = QString::fromUtf8(line).trimmed();
    if (m_address.isEmpty()) {
        m_problem = QStringLiteral("dbus-daemon printed no address: %1").arg(QString::fromUtf8(m_daemon.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace wan::test
