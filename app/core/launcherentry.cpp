#include "launcherentry.h"

#include <QDBusMessage>

#include <algorithm>
#include <cmath>

namespace wan::core {

LauncherEntry::LauncherEntry(QString desktopId, QDBusConnection bus)
    : m_desktopId(std::move(desktopId))
    , m_bus(std::move(bus))
{
}

QString LauncherEntry::appUri() const
{
    return QStringLiteral("application://") + m_desktopId + QStringLiteral(".desktop");
}

QString LauncherEntry::objectPath() const
{
    QString element = m_desktopId;
    for (QChar &c : element) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!allowed)
            c = QLatin1Char('_');
    }
    return QStringLiteral("/com/canonical/unity/launcherentry/") + element;
}

bool LauncherEntry::update(double progress, bool progressVisible, int count, bool countVisible, bool urgent)
{
    if (!m_bus.isConnected())
        return false;
    // Whole percents: docks draw no finer, and the bus carries less.
    const double rounded = std::round(std::clamp(progress, 0.0, 1.0) * 100.0) / 100.0;
    const QVariantMap wanted {
        { QStringLiteral("progress"), rounded },    { QStringLiteral("progress-visible"), progressVisible },
        { QStringLiteral("count"), qint64(count) }, { QStringLiteral("count-visible"), countVisible },
        { QStringLiteral("urgent"), urgent },
    };
    QVariantMap changed;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!m_sent.contains(it.key()) || m_sent.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return false;
    QDBusMessage signal = QDBusMessage::createSignal(objectPath(), QLatin1String(Interface), QStringLiteral("Update"));
    signal << appUri() << changed;
    if (!m_bus.send(signal))
        return false;
    m_sent = wanted;
    return true;
}

} // namespace wan::core
