#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

namespace wan::core {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
}

bool DesktopNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(Service).value();
}

bool DesktopNotifier::notify(const QString &title, const QString &body, const QString &iconName, bool critical)
{
    if (!isAvailable())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop/Notifications"), Service,
                                                          QStringLiteral("Notify"));
    // desktop-entry lets the server show the application's own name and icon;
    // urgency 2 (critical) keeps a failure on screen until it is seen.
    const QVariantMap hints { { QStringLiteral("desktop-entry"), desktopId() },
                              { QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)) } };
    message << QCoreApplication::applicationName() << quint32(0) << iconName << title << body << QStringList() << hints
            << qint32(-1);
    // Fire and forget: the answer (a notification id) is of no use here, and
    // waiting for it would block the UI thread on the bus.
    return QDBusConnection::sessionBus().send(message);
}

} // namespace wan::core
