// The window outside itself, on a private session bus: while runs go, the
// taskbar entry gets progress through the Unity LauncherEntry signal and the
// minimized window's title says how far they are; when a run or a batch ends,
// one desktop notification says so (a batch once, not once per run). The
// notification server here is a real D-Bus service this test registers.

#include "privatebus.h"
#include "studiowindowfixture.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace wan;

// org.freedesktop.Notifications as a desktop serves it, recording each call.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;
public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(app)
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls.append({ summary, body, hints });
        return uint(calls.size());
    }
};

// A dock: every LauncherEntry Update on the bus.
class Dock final : public QObject
{
    Q_OBJECT
public:
    QList<QVariantMap> updates;
    QVariant last(const QString &key) const
    {
        for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
            if (it->contains(key))
                return it->value(key);
        }
        return {};
    }
    bool saw(const QString &key, const QVariant &value) const
    {
        for (const QVariantMap &u : updates) {
            if (u.value(key) == value)
                return true;
        }
        return false;
    }
public slots:
    void received(const QDBusMessage &message)
    {
        if (message.arguments().size() == 2
            && message.arguments().at(0).toString() == QLatin1String("application://io.github.wanstudio.WanStudio.desktop"))
            updates.append(qdbus_cast<QVariantMap>(message.arguments().at(1)));
    }
};

class TestTaskbar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void batch_showsProgressWhileMinimized_andNotifiesOnce();
    void failure_asksForAttention_untilTheWindowIsSeen();

private:
    test::StudioWindowFixture m_studio;
    NotificationServer m_server;
    Dock m_dock;
};

void TestTaskbar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsSet("WANSTUDIO_TEST_BUS_PROBLEM"))
        QSKIP(qPrintable(qEnvironmentVariable("WANSTUDIO_TEST_BUS_PROBLEM")));
    QVERIFY(m_studio.startOnce(400));
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    QDBusConnection desktop
        = QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("desktop"));
    QVERIFY(desktop.isConnected());
    QVERIFY(desktop.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server, QDBusConnection::ExportAllSlots));
    QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.Notifications")));
    QVERIFY(desktop.connect(QString(), QString(), QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"),
                            &m_dock, SLOT(received(QDBusMessage))));
}

void TestTaskbar::init()
{
    m_server.calls.clear();
    m_dock.updates.clear();
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction())));
}

void TestTaskbar::cleanup()
{
    m_studio.close();
}

void TestTaskbar::batch_showsProgressWhileMinimized_andNotifiesOnce()
{
    ui::MainWindow *window = m_studio.window.get();
    window->showMinimized();
    QVERIFY(window->isMinimized());
    QCOMPARE(window->windowTitle(), QStringLiteral("Wan Studio"));

    const QString batch = QStringLiteral("batch-1");
    m_studio.queue->enqueue(m_studio.request(QStringLiteral("Waves at dawn")), batch);
    m_studio.queue->enqueue(m_studio.request(QStringLiteral("Waves at dusk")), batch);

    static const QRegularExpression progressTitle(QStringLiteral("^(\\d+)% · Wan Studio$"));
    QTRY_VERIFY_WITH_TIMEOUT(progressTitle.match(window->windowTitle()).hasMatch(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_dock.saw(QStringLiteral("progress-visible"), true), 10'000);
    QTRY_VERIFY(m_dock.saw(QStringLiteral("count"), qint64(2)));
    QTRY_VERIFY(m_dock.saw(QStringLiteral("count-visible"), true));
    // Progress only moves forward during the wave.
    int lastPercent = progressTitle.match(window->windowTitle()).captured(1).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto match = progressTitle.match(window->windowTitle());
            if (match.hasMatch()) {
                const int percent = match.captured(1).toInt();
                if (percent < lastPercent)
                    qFatal("progress went back from %d to %d", lastPercent, percent);
                lastPercent = percent;
            }
            return m_studio.queue->activeCount() == 0 && m_studio.queue->waitingCount() == 0;
        }(),
        60'000);
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("Wan Studio"));
    QTRY_COMPARE(m_dock.last(QStringLiteral("progress-visible")), QVariant(false));
    QCOMPARE(m_dock.last(QStringLiteral("urgent")), QVariant(false));

    // One notice for the batch, from the application's desktop entry.
    QTRY_COMPARE(m_server.calls.size(), 1);
    QCOMPARE(m_server.calls.at(0).summary, QStringLiteral("Your batch is ready"));
    QCOMPARE(m_server.calls.at(0).body, QCoreApplication::translate("wan::jobs::FinishNotices", "%n clip(s) ready", nullptr, 2));
    QVERIFY(m_server.calls.at(0).body.startsWith(QLatin1String("2 clip")));
    QCOMPARE(m_server.calls.at(0).hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("io.github.wanstudio.WanStudio"));
    QTest::qWait(300); // nothing else arrives late
    QCOMPARE(m_server.calls.size(), 1);
}

void TestTaskbar::failure_asksForAttention_untilTheWindowIsSeen()
{
    QVERIFY(m_studio.emulator.addFault({ { QStringLiteral("route"), QStringLiteral("status") },
                                         { QStringLiteral("kind"), QStringLiteral("failed") },
                                         { QStringLiteral("error"), QStringLiteral("GPU fell over") } }));
    ui::MainWindow *window = m_studio.window.get();
    window->showMinimized();
    m_studio.queue->enqueue(m_studio.request(QStringLiteral("A lighthouse in fog")));
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0 && m_studio.queue->waitingCount() == 0, 60'000);
    QTRY_COMPARE(m_dock.last(QStringLiteral("urgent")), QVariant(true));
    QTRY_COMPARE(m_server.calls.size(), 1);
    QCOMPARE(m_server.calls.at(0).summary, QStringLiteral("A run failed"));
    QVERIFY(m_server.calls.at(0).body.contains(QLatin1String("GPU fell over")));
    QCOMPARE(m_server.calls.at(0).hints.value(QStringLiteral("urgency")).toInt(), 2);

    // The user comes back to the window: the taskbar stops asking.
    window->showNormal();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE(m_dock.last(QStringLiteral("urgent")), QVariant(false));
}

// Runs the tests with a private dbus-daemon as the session bus, started before
// the application so that nothing in it ever sees a real desktop's bus.
int main(int argc, char *argv[])
{
    test::PrivateBus bus;
    if (bus.start())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address().toUtf8());
    else
        qputenv("WANSTUDIO_TEST_BUS_PROBLEM", bus.problem().toUtf8());
    QApplication app(argc, argv);
    TestTaskbar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_taskbar.moc"
