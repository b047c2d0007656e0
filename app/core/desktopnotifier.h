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
    // critical: a failure, shown with the critical urgency (servers keep it until seen).
    static bool notify(const QString &title, const QString &body, const QString &iconName = QStringLiteral("video-x-generic"),
                       bool critical = false);
    // The desktop entry the notifications and the taskbar entry belong to.
    static QString desktopId() { return QStringLiteral("io.github.wanstudio.WanStudio"); }
};

} // namespace wan::core
