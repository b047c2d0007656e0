#include "faultplan.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace wan::emulator {

namespace {

constexpr std::array<std::pair<FaultRoute, const char *>, 7> kRoutes{{
    {FaultRoute::V1, "v1"},
    {FaultRoute::Submit, "submit"},
    {FaultRoute::Status, "status"},
    {FaultRoute::Result, "result"},
    {FaultRoute::Download, "download"},
    {FaultRoute::Upload, "upload"},
    {FaultRoute::Credits, "credits"},
}};

constexpr std::array<std::pair<FaultKind, const char *>, 19> kKinds{{
    {FaultKind::Status, "status"},
    {FaultKind::Html, "html"},
    {FaultKind::Empty, "empty"},
    {FaultKind::InvalidJson, "invalid-json"},
    {FaultKind::WrongShape, "wrong-shape"},
    {FaultKind::HugeJson, "huge-json"},
    {FaultKind::Reset, "reset"},
    {FaultKind::Stall, "stall"},
    {FaultKind::Truncate, "truncate"},
    {FaultKind::NotMp4, "not-mp4"},
    {FaultKind::ResetAfterAccept, "reset-after-accept"},
    {FaultKind::Failed, "failed"},
    {FaultKind::NeverComplete, "never-complete"},
    {FaultKind::NoOutput, "no-output"},
    {FaultKind::Expired, "expired"},
    {FaultKind::Padded, "padded"},
    {FaultKind::Endless, "endless"},
    {FaultKind::RedirectLoop, "redirect-loop"},
    {FaultKind::GzipBomb, "gzip-bomb"},
}};

QString kindName(FaultKind kind)
{
    for (const auto &[value, name] : kKinds) {
        if (value == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FaultKind> kindFromName(const QString &name)
{
    for (const auto &[value, text] : kKinds) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

// Which routes each kind makes sense on; anything else is rejected so that a
// mistyped fault fails loudly instead of silently never firing.
bool kindAllowedOn(FaultKind kind, FaultRoute route)
{
    switch (kind) {
    case FaultKind::Truncate:
    case FaultKind::NotMp4:
    case FaultKind::Padded:
    case FaultKind::Endless:
        return route == FaultRoute::Download || route == FaultRoute::V1;
    case FaultKind::ResetAfterAccept:
        return route == FaultRoute::Submit || route == FaultRoute::V1;
    case FaultKind::Failed:
        return route == FaultRoute::Status || route == FaultRoute::Result || route == FaultRoute::V1;
    case FaultKind::NeverComplete:
    case FaultKind::Expired:
        return route == FaultRoute::Status || route == FaultRoute::Result;
    case FaultKind::NoOutput:
        return route == FaultRoute::Result;
    default:
        return true;
    }
}

bool readInt(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum, qint64 *out,
             QString *error)
{
    if (!object.contains(key))
        return true;
    const double value = object.value(key).toDouble(-1e300);
    if (!object.value(key).isDouble() || value != static_cast<double>(static_cast<qint64>(value)) || value < minimum
        || value > maximum) {
        *error = key % QStringLiteral(": expected an integer from ") % QString::number(minimum) % QStringLiteral(" to ")
            % QString::number(maximum);
        return false;
    }
    *out = static_cast<qint64>(value);
    return true;
}

QJsonValue typedValue(const QString &text)
{
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(integer);
    const double number = text.toDouble(&ok);
    if (ok)
        return QJsonValue(number);
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return QJsonValue(text == QLatin1String("true"));
    return QJsonValue(text);
}

} // namespace

QString routeName(FaultRoute route)
{
    for (const auto &[value, name] : kRoutes) {
        if (value == route)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FaultRoute> routeFromName(const QString &name)
{
    for (const auto &[value, text] : kRoutes) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool Fault::answersOnArrival() const
{
    if (accept)
        return false;
    switch (kind) {
    case FaultKind::Status:
    case FaultKind::Html:
    case FaultKind::Empty:
    case FaultKind::InvalidJson:
    case FaultKind::WrongShape:
    case FaultKind::HugeJson:
    case FaultKind::Expired:
    case FaultKind::RedirectLoop:
    case FaultKind::GzipBomb:
        return true;
    case FaultKind::Reset:
    case FaultKind::Stall:
        return afterBytes < 0;
    default:
        return false;
    }
}

QJsonObject Fault::toJson() const
{
    QJsonObject object{
        {QStringLiteral("route"), routeName(route)},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("count"), count},
    };
    if (kind == FaultKind::Status) {
        object.insert(QStringLiteral("status"), httpStatus);
        object.insert(QStringLiteral("body"), body);
    }
    if (retryAfterSeconds >= 0)
        object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    if (resetInMs >= 0)
        object.insert(QStringLiteral("resetInMs"), resetInMs);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (afterBytes >= 0)
        object.insert(QStringLiteral("afterBytes"), afterBytes);
    if (kind == FaultKind::HugeJson || kind == FaultKind::Padded || kind == FaultKind::Endless || kind == FaultKind::GzipBomb)
        object.insert(QStringLiteral("sizeMb"), sizeMb);
    if (kind == FaultKind::Failed)
        object.insert(QStringLiteral("error"), error);
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), requestId);
    if (accept)
        object.insert(QStringLiteral("accept"), true);
    if (!json.isUndefined())
        object.insert(QStringLiteral("json"), json);
    return object;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    Fault fault;
    const auto route = routeFromName(object.value(QStringLiteral("route")).toString());
    if (!route) {
        *error = QStringLiteral("route: expected one of v1, submit, status, result, download, upload, credits");
        return std::nullopt;
    }
    fault.route = *route;
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("kind: unknown fault kind");
        return std::nullopt;
    }
    fault.kind = *kind;
    if (!kindAllowedOn(fault.kind, fault.route)) {
        *error = QStringLiteral("kind: ") % kindName(fault.kind) % QStringLiteral(" is not supported on route ")
            % routeName(fault.route);
        return std::nullopt;
    }

    qint64 count = fault.count;
    qint64 status = fault.httpStatus;
    qint64 retryAfter = fault.retryAfterSeconds;
    qint64 resetInMs = fault.resetInMs;
    qint64 sizeMb = fault.kind == FaultKind::Padded ? 2048 : fault.kind == FaultKind::Endless ? 4096 : fault.sizeMb;
    if (!readInt(object, QStringLiteral("count"), -1, 1'000'000, &count, error)
        || !readInt(object, QStringLiteral("status"), 100, 599, &status, error)
        || !readInt(object, QStringLiteral("retryAfter"), 0, 86'400, &retryAfter, error)
        || !readInt(object, QStringLiteral("resetInMs"), 0, 86'400'000, &resetInMs, error)
        || !readInt(object, QStringLiteral("afterBytes"), 0, qint64(1) << 40, &fault.afterBytes, error)
        || !readInt(object, QStringLiteral("sizeMb"), 0, 1 << 20, &sizeMb, error))
        return std::nullopt;
    // huge-json is built in memory; padded and endless bodies are streamed.
    if (fault.kind != FaultKind::Padded && fault.kind != FaultKind::Endless && sizeMb > 1024) {
        *error = QStringLiteral("sizeMb: expected an integer from 0 to 1024");
        return std::nullopt;
    }
    if (count == 0) {
        *error = QStringLiteral("count: must not be 0");
        return std::nullopt;
    }
    fault.count = static_cast<int>(count);
    fault.httpStatus = static_cast<int>(status);
    fault.retryAfterSeconds = static_cast<int>(retryAfter);
    fault.resetInMs = static_cast<int>(resetInMs);
    fault.message = object.value(QStringLiteral("message")).toString();
    fault.sizeMb = static_cast<int>(sizeMb);

    fault.body = object.value(QStringLiteral("body")).toString(fault.body);
    if (fault.body != QLatin1String("json") && fault.body != QLatin1String("html")
        && fault.body != QLatin1String("empty")) {
        *error = QStringLiteral("body: expected json, html or empty");
        return std::nullopt;
    }
    fault.error = object.value(QStringLiteral("error")).toString(fault.error);
    fault.requestId = object.value(QStringLiteral("requestId")).toString();
    fault.json = object.value(QStringLiteral("json"));
    fault.accept = object.value(QStringLiteral("accept")).toBool(false) || fault.kind == FaultKind::ResetAfterAccept;
    if (fault.kind == FaultKind::ResetAfterAccept)
        fault.kind = FaultKind::Reset;

    if (fault.afterBytes >= 0
        && (!(fault.kind == FaultKind::Reset || fault.kind == FaultKind::Stall)
            || !(fault.route == FaultRoute::Download || fault.route == FaultRoute::V1))) {
        *error = QStringLiteral("afterBytes: only for reset or stall on download or v1");
        return std::nullopt;
    }
    if (fault.accept && fault.route != FaultRoute::Submit && fault.route != FaultRoute::V1) {
        *error = QStringLiteral("accept: only on submit or v1");
        return std::nullopt;
    }
    if (fault.accept && fault.kind == FaultKind::Failed) {
        *error = QStringLiteral("accept: not with failed");
        return std::nullopt;
    }
    return fault;
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    // R:K[:key=value,key=value][xN]
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([a-z0-9]+):([a-z0-9-]+?)(?::(.*?))?(?:x(-?\d+))?$)"));
    const QRegularExpressionMatch match = pattern.match(spec);
    if (!match.hasMatch()) {
        *error = QStringLiteral("expected ROUTE:KIND[:key=value,...][xN], got ") % spec;
        return std::nullopt;
    }
    QJsonObject object{
        {QStringLiteral("route"), match.captured(1)},
        {QStringLiteral("kind"), match.captured(2)},
    };
    if (!match.captured(4).isEmpty())
        object.insert(QStringLiteral("count"), match.captured(4).toInt());
    const QString params = match.captured(3);
    if (!params.isEmpty()) {
        const QStringList pairs = params.split(QLatin1Char(','));
        for (const QString &pair : pairs) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = QStringLiteral("expected key=value, got ") % pair;
                return std::nullopt;
            }
            const QString key = pair.left(equals).trimmed();
            const QString value = pair.mid(equals + 1);
            // error texts and request ids stay strings even when they look numeric
            if (key == QLatin1String("error") || key == QLatin1String("requestId") || key == QLatin1String("body"))
                object.insert(key, value);
            else
                object.insert(key, typedValue(value));
        }
    }
    return fromJson(object, error);
}

void FaultPlan::add(const Fault &fault)
{
    m_faults.append(fault);
}

std::optional<Fault> FaultPlan::take(const std::function<bool(const Fault &)> &matches)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!matches(fault))
            continue;
        const Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

} // namespace wan::emulator
