#include "atspiclient.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

#include <algorithm>

namespace wan::test {

namespace {

const QString kRegistry = QStringLiteral("org.a11y.atspi.Registry");
const QString kAccessible = QStringLiteral("org.a11y.atspi.Accessible");
const QString kConnectionName = QStringLiteral("wanstudio-test-atspi-client");
constexpr int kCallTimeoutMs = 10'000;

// An a(so) reply: the object references of GetChildren.
QList<AtSpiClient::Object> objectReferences(const QVariant &value)
{
    QList<AtSpiClient::Object> objects;
    const auto argument = value.value<QDBusArgument>();
    argument.beginArray();
    while (!argument.atEnd()) {
        QString bus;
        QDBusObjectPath path;
        argument.beginStructure();
        argument >> bus >> path;
        argument.endStructure();
        objects.append({ bus, path.path() });
    }
    argument.endArray();
    return objects;
}

} // namespace

AtSpiClient::AtSpiClient(QObject *parent)
    : QObject(parent)
    , m_bus(QString())
{
}

AtSpiClient::~AtSpiClient()
{
    if (m_bus.isConnected())
        QDBusConnection::disconnectFromBus(kConnectionName);
}

bool AtSpiClient::connectToBus()
{
    QDBusMessage ask = QDBusMessage::createMethodCall(QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
                                                      QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress"));
    const QDBusMessage address = QDBusConnection::sessionBus().call(ask, QDBus::Block, kCallTimeoutMs);
    if (address.type() != QDBusMessage::ReplyMessage || address.arguments().isEmpty()) {
        m_problem = QStringLiteral("no accessibility bus on the session bus: %1").arg(address.errorMessage());
        return false;
    }
    m_bus = QDBusConnection::connectToBus(address.arguments().constFirst().toString(), kConnectionName);
    if (!m_bus.isConnected()) {
        m_problem = QStringLiteral("cannot connect to the accessibility bus: %1").arg(m_bus.lastError().message());
        return false;
    }
    // The property changes any application sends; listen() asks for them.
    if (!m_bus.connect(QString(), QString(), QStringLiteral("org.a11y.atspi.Event.Object"), QStringLiteral("PropertyChange"),
                       this, SLOT(onEvent(QDBusMessage)))) {
        m_problem = QStringLiteral("cannot receive events: %1").arg(m_bus.lastError().message());
        return false;
    }
    return true;
}

bool AtSpiClient::listen(const QStringList &eventTypes)
{
    for (const QString &type : eventTypes) {
        QDBusMessage message = QDBusMessage::createMethodCall(kRegistry, QStringLiteral("/org/a11y/atspi/registry"), kRegistry,
                                                              QStringLiteral("RegisterEvent"));
        message.setArguments({ type, QStringList(), QString() });
        const QDBusMessage reply = m_bus.call(message, QDBus::BlockWithGui, kCallTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            m_problem = QStringLiteral("the registry refused %1: %2").arg(type, reply.errorMessage());
            return false;
        }
        m_listening << type;
    }
    return true;
}

bool AtSpiClient::stopListening()
{
    while (!m_listening.isEmpty()) {
        const QString type = m_listening.takeLast();
        QDBusMessage message = QDBusMessage::createMethodCall(kRegistry, QStringLiteral("/org/a11y/atspi/registry"), kRegistry,
                                                              QStringLiteral("DeregisterEvent"));
        message.setArguments({ type });
        const QDBusMessage reply = m_bus.call(message, QDBus::BlockWithGui, kCallTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            m_problem = QStringLiteral("the registry refused to forget %1: %2").arg(type, reply.errorMessage());
            return false;
        }
    }
    return true;
}

void AtSpiClient::onEvent(const QDBusMessage &message)
{
    // (s detail, i, i, v any_data, ...): the object is the sender's path.
    const QVariantList arguments = message.arguments();
    m_events.append({ message.member(),
                      arguments.isEmpty() ? QString() : arguments.constFirst().toString(),
                      { message.service(), message.path() } });
}

int AtSpiClient::count(const Object &source, const QString &kind, const QString &detail) const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(), [&](const Event &event) {
        return event.source == source && event.kind == kind && event.detail == detail;
    }));
}

void AtSpiClient::sync(const Object &object)
{
    call({ object.bus, QStringLiteral("/org/a11y/atspi/accessible/root") }, kAccessible, QStringLiteral("GetRoleName"));
    QCoreApplication::processEvents(); // the events that came with the answer
}

QDBusMessage AtSpiClient::call(const Object &object, const QString &interface, const QString &method,
                               const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(object.bus, object.path, interface, method);
    message.setArguments(arguments);
    // BlockWithGui: the event loop runs while waiting, so an application in
    // this process (its bridge lives on the main thread) can answer.
    return m_bus.call(message, QDBus::BlockWithGui, kCallTimeoutMs);
}

QVariant AtSpiClient::property(const Object &object, const QString &interface, const QString &name)
{
    const QDBusMessage reply
        = call(object, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"), { interface, name });
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

AtSpiClient::Object AtSpiClient::application(const QString &name)
{
    const Object desktop { kRegistry, QStringLiteral("/org/a11y/atspi/accessible/root") };
    const QList<Object> applications = children(desktop);
    for (const Object &application : applications) {
        if (this->name(application) == name)
            return application;
    }
    return {};
}

AtSpiClient::Object AtSpiClient::find(const Object &root, const std::function<bool(const Object &)> &matches)
{
    if (matches(root))
        return root;
    const QList<Object> below = children(root);
    for (const Object &child : below) {
        if (const Object found = find(child, matches); found.isValid())
            return found;
    }
    return {};
}

AtSpiClient::Object AtSpiClient::find(const Object &root, const QString &roleName, const QString &name)
{
    return find(root, [&](const Object &object) { return this->name(object) == name && this->roleName(object) == roleName; });
}

QList<AtSpiClient::Object> AtSpiClient::children(const Object &object)
{
    const QDBusMessage reply = call(object, kAccessible, QStringLiteral("GetChildren"));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return objectReferences(reply.arguments().constFirst());
}

QString AtSpiClient::roleName(const Object &object)
{
    const QDBusMessage reply = call(object, kAccessible, QStringLiteral("GetRoleName"));
    return reply.arguments().isEmpty() ? QString() : reply.arguments().constFirst().toString();
}

QString AtSpiClient::name(const Object &object)
{
    return property(object, kAccessible, QStringLiteral("Name")).toString();
}

QString AtSpiClient::description(const Object &object)
{
    return property(object, kAccessible, QStringLiteral("Description")).toString();
}

QString AtSpiClient::text(const Object &object)
{
    const QString interface = QStringLiteral("org.a11y.atspi.Text");
    const int count = property(object, interface, QStringLiteral("CharacterCount")).toInt();
    const QDBusMessage reply = call(object, interface, QStringLiteral("GetText"), { 0, count });
    return reply.arguments().isEmpty() ? QString() : reply.arguments().constFirst().toString();
}

double AtSpiClient::currentValue(const Object &object)
{
    return property(object, QStringLiteral("org.a11y.atspi.Value"), QStringLiteral("CurrentValue")).toDouble();
}

bool AtSpiClient::press(const Object &object)
{
    const QDBusMessage reply = call(object, QStringLiteral("org.a11y.atspi.Action"), QStringLiteral("DoAction"), { 0 });
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() && reply.arguments().constFirst().toBool();
}

bool AtSpiClient::insertText(const Object &object, int position, const QString &text)
{
    const QDBusMessage reply = call(object, QStringLiteral("org.a11y.atspi.EditableText"), QStringLiteral("InsertText"),
                                    { position, text, int(text.size()) });
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() && reply.arguments().constFirst().toBool();
}

} // namespace wan::test
