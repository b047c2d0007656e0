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

bool DesktopNotifier::notify(const QString &title, const QString &body, const QString &iconName)
{
    if (!isAvailable())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop/Notifications"), Service,
                                                          QStringLiteral("Notify"));
    message << QCoreApplication::applicationName() << quint32(0) << iconName << title << body << QStringList() << QVariantMap()
            << qint32(-1);
    // Fire and forget: the answer (a notification id) is of no use here, and
    // waiting for it would block the UI thread on the bus.
    return QDBusConnection::sessionBus().send(message);
}

} // namespace wan::core
