#pragma once

// Progress, a count and an attention flag on the application's taskbar or dock
// entry, through the Unity LauncherEntry D-Bus API that KDE Plasma, Dash to
// Dock, Plank and others implement: a signal
// com.canonical.Unity.LauncherEntry.Update(s app_uri, a{sv} properties) on the
// session bus. Nobody has to listen; where nobody does, nothing shows.

#include <QDBusConnection>
#include <QString>
#include <QVariantMap>

namespace wan::core {

class LauncherEntry final
{
public:
    static constexpr const char *Interface = "com.canonical.Unity.LauncherEntry";

    // desktopId: the .desktop file's name without the suffix.
    explicit LauncherEntry(QString desktopId, QDBusConnection bus = QDBusConnection::sessionBus());

    // application://<desktopId>.desktop
    QString appUri() const;
    // /com/canonical/unity/launcherentry/<desktopId with every other character than [A-Za-z0-9_] as _>
    QString objectPath() const;

    // Sends what changed since the last call; returns false when nothing was
    // sent (nothing changed, or no bus). progress is 0..1.
    bool update(double progress, bool progressVisible, int count, bool countVisible, bool urgent);

private:
    QString m_desktopId;
    QDBusConnection m_bus;
    QVariantMap m_sent;
};

} // namespace wan::core
