#include "atspisession.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace wan::test {

namespace {

const QString kLauncher = QStringLiteral("/usr/libexec/at-spi-bus-launcher");

// A test that crashes takes its X server and accessibility bus with it.
void endWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

AtSpiSession::~AtSpiSession()
{
    // The launcher ends the accessibility bus it started (and with it the registry).
    stop(m_launcher);
    stop(m_display);
}

void AtSpiSession::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(5000);
}

bool AtSpiSession::startDisplay()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        m_problem = QStringLiteral("Xvfb is not installed (packaging/install-deps.sh test)");
        return false;
    }
    endWithParent(m_display);
    // -displayfd: Xvfb takes a free display number and prints it when it is ready.
    m_display.start(xvfb,
                    { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                      QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp") });
    if (!m_display.waitForStarted(10'000)) {
        m_problem = QStringLiteral("Xvfb did not start: %1").arg(m_display.errorString());
        return false;
    }
    QByteArray line;
    while (!line.contains('\n') && m_display.waitForReadyRead(20'000))
        line += m_display.readAllStandardOutput();
    bool numbered = false;
    const int number = QString::fromLatin1(line).trimmed().toInt(&numbered);
    if (!numbered) {
        m_problem = QStringLiteral("Xvfb printed no display: %1").arg(QString::fromLocal8Bit(m_display.readAllStandardError()));
        return false;
    }
    m_displayName = QStringLiteral(":%1").arg(number);
    return true;
}

bool AtSpiSession::start()
{
    if (!QFileInfo(kLauncher).isExecutable()) {
        m_problem = QStringLiteral("%1 is missing (package at-spi2-core)").arg(kLauncher);
        return false;
    }
    if (!m_runtime.isValid()) {
        m_problem = QStringLiteral("no temporary directory: %1").arg(m_runtime.errorString());
        return false;
    }
    if (!m_bus.start()) {
        m_problem = m_bus.problem();
        return false;
    }
    if (!startDisplay())
        return false;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
    env.insert(QStringLiteral("DISPLAY"), m_displayName);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    m_launcher.setProcessEnvironment(env);
    m_launcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    endWithParent(m_launcher);
    m_launcher.start(kLauncher, { QStringLiteral("--launch-immediately") });
    if (!m_launcher.waitForStarted(10'000)) {
        m_problem = QStringLiteral("at-spi-bus-launcher did not start: %1").arg(m_launcher.errorString());
        return false;
    }

    // Qt's bridge asks the session bus for org.a11y.Bus, and waits for it to
    // appear if the launcher has not claimed it yet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    qputenv("DISPLAY", m_displayName.toUtf8());
    qputenv("QT_QPA_PLATFORM", "xcb");
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    return true;
}

} // namespace wan::test
