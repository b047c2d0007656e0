#pragma once

// An application as a screen reader sees it: over the AT-SPI bus of the
// session (org.a11y.Bus), through the registry and the org.a11y.atspi
// interfaces only. Finds objects by role and name, reads their name and
// description, presses buttons, writes text, and hears the events it asked
// the registry for. Calls wait with the event loop running, so the
// application may live in this same process (its bridge answers from there).
#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QDBusMessage;

namespace wan::test {

class AtSpiClient final : public QObject
{
    Q_OBJECT
public:
    // An accessible object: the bus name of its application and its path.
    struct Object
    {
        QString bus;
        QString path;
        bool isValid() const { return !bus.isEmpty() && !path.isEmpty(); }
        bool operator==(const Object &other) const { return bus == other.bus && path == other.path; }
    };
    // An object:property-change event: its kind ("PropertyChange"), its detail
    // ("accessible-description") and the object it came from.
    struct Event
    {
        QString kind;
        QString detail;
        Object source;
    };

    explicit AtSpiClient(QObject *parent = nullptr);
    ~AtSpiClient() override;

    // Asks the session bus for the accessibility bus and connects to it;
    // false (with problem()) when there is none.
    bool connectToBus();
    QString problem() const { return m_problem; }

    // Tells the registry which events to deliver (as a screen reader does with
    // "object:property-change:accessible-description"; applications then send
    // them) and receives them from then on.
    bool listen(const QStringList &eventTypes);
    // Tells the registry this client no longer listens. (While anyone listens,
    // Qt's bridge also passes each key press through the registry before the
    // widget gets it, a moment later: keyboard tests want that off.)
    bool stopListening();
    bool isListening() const { return !m_listening.isEmpty(); }
    QList<Event> events() const { return m_events; }
    // The events of one kind and detail from one object.
    int count(const Object &source, const QString &kind, const QString &detail) const;
    // A round trip to the application of object: every event it sent before
    // has arrived (one connection keeps its messages in order) once this returns.
    void sync(const Object &object);

    // The application of that name among those the registry knows; invalid when none.
    Object application(const QString &name);
    // The first object from root down (depth first) for which matches() holds;
    // invalid when none.
    Object find(const Object &root, const std::function<bool(const Object &)> &matches);
    // The first with that role name ("label", "push button", "progress bar") and accessible name.
    Object find(const Object &root, const QString &roleName, const QString &name);

    QList<Object> children(const Object &object);
    QString roleName(const Object &object);
    QString name(const Object &object);
    QString description(const Object &object);
    // org.a11y.atspi.Text's whole text, and org.a11y.atspi.Value's current value.
    QString text(const Object &object);
    double currentValue(const Object &object);
    // The first action (a button's "Press").
    bool press(const Object &object);
    // org.a11y.atspi.EditableText: writes text at position.
    bool insertText(const Object &object, int position, const QString &text);

private slots:
    void onEvent(const QDBusMessage &message);

private:
    QDBusMessage call(const Object &object, const QString &interface, const QString &method, const QVariantList &arguments = {});
    QVariant property(const Object &object, const QString &interface, const QString &name);

    QDBusConnection m_bus;
    QString m_problem;
    QStringList m_listening;
    QList<Event> m_events;
};

} // namespace wan::test
