#pragma once

// A desktop notification through the freedesktop Notifications service on the
// session bus (what GNOME, KDE and most Linux desktops show). Returns false
// when there is no such service, so the caller can fall back.

#include <QString>

namespace wan::core {

class DesktopNotifier final
{
public:
    static bool isAvailable();
    static bool notify(const QString &title, const QString &body, const QString &iconName = QStringLiteral("video-x-generic"));
};

} // namespace wan::core
