#include "modeldescription.h"

#include "logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace wan::core {

namespace {

std::optional<ParameterSpec::Type> typeFromName(const QString &name)
{
    using T = ParameterSpec::Type;
    if (name == QLatin1String("image"))
        return T::Image;
    if (name == QLatin1String("string"))
        return T::String;
    if (name == QLatin1String("int"))
        return T::Int;
    if (name == QLatin1String("float"))
        return T::Float;
    if (name == QLatin1String("bool"))
        return T::Bool;
    if (name == QLatin1String("enum"))
        return T::Enum;
    return std::nullopt;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

} // namespace

QString ParameterSpec::allowedDescription() const
{
    switch (type) {
    case Type::Int:
        if (hasRange())
            return ModelDescription::tr("a whole number from %1 to %2").arg(formatNumber(*minimum), formatNumber(*maximum));
        return ModelDescription::tr("a whole number from %1 to %2")
            .arg(std::numeric_limits<qint64>::min())
            .arg(std::numeric_limits<qint64>::max());
    case Type::Float:
        return ModelDescription::tr("a number from %1 to %2").arg(formatNumber(minimum.value_or(0)), formatNumber(maximum.value_or(0)));
    case Type::Bool:
        return ModelDescription::tr("true or false");
    case Type::Enum:
        return ModelDescription::tr("one of %1").arg(values.join(QLatin1String(", ")));
    case Type::Image:
        return ModelDescription::tr("an image URL");
    case Type::String:
        return ModelDescription::tr("text that is not empty");
    }
    return {};
}

std::optional<ModelDescription> ModelDescription::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ModelDescription> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The model description is not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("The model description is not a JSON object."));
    const QJsonObject root = doc.object();

    ModelDescription model;
    model.m_id = root.value(QLatin1String("id")).toString();
    model.m_title = root.value(QLatin1String("title")).toString(model.m_id);
    model.m_endpoint = root.value(QLatin1String("endpoint")).toString();
    model.m_typicalSeconds = root.value(QLatin1String("typicalSeconds")).toInt();
    model.m_typicalCostUsd = root.value(QLatin1String("typicalCostUsd")).toDouble();
    model.m_retentionSeconds = root.value(QLatin1String("resultRetentionSeconds")).toInt(3600);
    model.m_frameSizes = root.value(QLatin1String("frameSizes")).toObject();
    if (model.m_id.isEmpty() || model.m_endpoint.isEmpty())
        return fail(tr("The model description has no id or endpoint."));
    // The endpoint becomes part of a URL path: refuse anything but a plain slug.
    for (const QChar c : model.m_endpoint) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')) || c.unicode() > 127)
            return fail(tr("The model endpoint \"%1\" is not a plain name.").arg(model.m_endpoint));
    }

    const QJsonValue params = root.value(QLatin1String("parameters"));
    if (!params.isArray() || params.toArray().isEmpty())
        return fail(tr("The model description lists no parameters."));
    for (const QJsonValue entry : params.toArray()) {
        const QJsonObject p = entry.toObject();
        ParameterSpec spec;
        spec.name = p.value(QLatin1String("name")).toString();
        const auto type = typeFromName(p.value(QLatin1String("type")).toString());
        if (spec.name.isEmpty() || !type)
            return fail(tr("A parameter of the model description has no name or an unknown type."));
        if (model.parameter(spec.name))
            return fail(tr("The parameter \"%1\" is described twice.").arg(spec.name));
        spec.type = *type;
        spec.defaultValue = p.value(QLatin1String("default"));
        if (p.contains(QLatin1String("min")))
            spec.minimum = p.value(QLatin1String("min")).toDouble();
        if (p.contains(QLatin1String("max")))
            spec.maximum = p.value(QLatin1String("max")).toDouble();
        if (spec.minimum.has_value() != spec.maximum.has_value() || (spec.hasRange() && *spec.minimum > *spec.maximum))
            return fail(tr("The parameter \"%1\" has an invalid range.").arg(spec.name));
        if (spec.type == ParameterSpec::Type::Float && !spec.hasRange())
            return fail(tr("The parameter \"%1\" needs a range.").arg(spec.name));
        for (const QJsonValue v : p.value(QLatin1String("values")).toArray())
            spec.values << v.toString();
        if (spec.type == ParameterSpec::Type::Enum && spec.values.isEmpty())
            return fail(tr("The parameter \"%1\" lists no allowed values.").arg(spec.name));
        spec.required = p.value(QLatin1String("required")).toBool();
        spec.decimals = p.value(QLatin1String("decimals")).toInt(spec.type == ParameterSpec::Type::Float ? 1 : 0);
        spec.label = p.value(QLatin1String("label")).toString(spec.name);
        spec.help = p.value(QLatin1String("help")).toString();
        spec.advanced = p.value(QLatin1String("advanced")).toBool();
        spec.role = p.value(QLatin1String("role")).toString();
        model.m_parameters << spec;
        if (!spec.defaultValue.isUndefined() && model.validateValue(spec, spec.defaultValue))
            return fail(tr("The default of \"%1\" is outside its own range.").arg(spec.name));
    }
    return model;
}

const ModelDescription &ModelDescription::wan22ImageToVideo()
{
    static const ModelDescription model = [] {
        QFile file(QStringLiteral(":/models/wan-2.2-i2v-fast.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in model description is missing from the resources.");
        QString error;
        auto parsed = fromJson(file.readAll(), &error);
        if (!parsed)
            qFatal("The built-in model description is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return model;
}

const ParameterSpec *ModelDescription::parameter(const QString &name) const
{
    for (const ParameterSpec &spec : m_parameters) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QJsonObject ModelDescription::defaults() const
{
    QJsonObject values;
    for (const ParameterSpec &spec : m_parameters) {
        if (spec.isTunable() && !spec.defaultValue.isUndefined())
            values.insert(spec.name, spec.defaultValue);
    }
    return values;
}

std::optional<ValidationIssue> ModelDescription::validateValue(const ParameterSpec &spec, const QJsonValue &value) const
{
    auto issue = [&spec](const QString &what) {
        return ValidationIssue{spec.name, tr("%1 must be %2 (%3).").arg(spec.name, spec.allowedDescription(), what)};
    };
    using T = ParameterSpec::Type;
    switch (spec.type) {
    case T::Image:
    case T::String:
        if (!value.isString())
            return issue(tr("it is not text"));
        if (value.toString().trimmed().isEmpty())
            return ValidationIssue{spec.name, tr("%1 must not be empty.").arg(spec.name)};
        return std::nullopt;
    case T::Bool:
        if (!value.isBool())
            return issue(tr("got %1").arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        return std::nullopt;
    case T::Enum:
        if (!value.isString() || !spec.values.contains(value.toString()))
            return issue(tr("got %1").arg(value.isString() ? value.toString() : tr("a value that is not text")));
        return std::nullopt;
    case T::Int:
        if (!isWholeNumber(value))
            return issue(tr("it is not a whole number"));
        if (spec.hasRange() && (value.toDouble() < *spec.minimum || value.toDouble() > *spec.maximum))
            return issue(tr("got %1").arg(formatNumber(value.toDouble())));
        // Ask the value itself: an exact 64-bit integer (e.g. the largest seed) read through
        // toDouble() rounds up to 2^63 and would be refused.
        if (!spec.hasRange() && value.toInteger(0) == 0 && value.toDouble() != 0.0)
            return issue(tr("it does not fit in 64 bits"));
        return std::nullopt;
    case T::Float:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return issue(tr("it is not a number"));
        if (value.toDouble() < *spec.minimum || value.toDouble() > *spec.maximum)
            return issue(tr("got %1").arg(formatNumber(value.toDouble())));
        return std::nullopt;
    }
    return std::nullopt;
}

QList<ValidationIssue> ModelDescription::validate(const QJsonObject &request) const
{
    QList<ValidationIssue> issues;
    for (const ParameterSpec &spec : m_parameters) {
        const QJsonValue value = request.value(spec.name);
        if (value.isUndefined() || value.isNull()) {
            if (spec.required)
                issues << ValidationIssue{spec.name, tr("%1 is required.").arg(spec.name)};
            continue;
        }
        if (auto issue = validateValue(spec, value))
            issues << *issue;
    }
    return issues;
}

std::optional<QJsonValue> ModelDescription::parseValue(const ParameterSpec &spec, const QString &text, QString *error) const
{
    const QString trimmed = text.trimmed();
    auto fail = [&](const QString &why) -> std::optional<QJsonValue> {
        if (error)
            *error = tr("%1 must be %2 (%3).").arg(spec.name, spec.allowedDescription(), why);
        return std::nullopt;
    };
    QJsonValue value;
    using T = ParameterSpec::Type;
    switch (spec.type) {
    case T::Image:
    case T::String:
        value = QJsonValue(text);
        break;
    case T::Enum:
        value = QJsonValue(trimmed); // like the numbers and bools: " 720p " is 720p
        break;
    case T::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes") || lower == QLatin1String("on"))
            value = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no") || lower == QLatin1String("off"))
            value = false;
        else
            return fail(tr("got \"%1\"").arg(text));
        break;
    }
    case T::Int: {
        bool ok = false;
        const qlonglong n = trimmed.toLongLong(&ok);
        if (!ok) {
            // Digits only but not parseable as 64-bit: too large.
            bool digitsOnly = !trimmed.isEmpty() && trimmed != QLatin1String("-");
            for (int i = 0; i < trimmed.size(); ++i)
                digitsOnly = digitsOnly && (trimmed.at(i).isDigit() || (i == 0 && trimmed.at(i) == QLatin1Char('-')));
            return fail(digitsOnly ? tr("\"%1\" does not fit in 64 bits").arg(text)
                                   : tr("\"%1\" is not a whole number").arg(text));
        }
        value = QJsonValue(static_cast<qint64>(n));
        break;
    }
    case T::Float: {
        bool ok = false;
        const double d = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return fail(tr("\"%1\" is not a number").arg(text));
        value = d;
        break;
    }
    }
    if (auto issue = validateValue(spec, value)) {
        if (error)
            *error = issue->message;
        return std::nullopt;
    }
    return value;
}

QJsonObject ModelDescription::buildRequest(const QString &imageUrl, const QString &prompt, const QJsonObject &parameters) const
{
    QJsonObject body;
    for (const ParameterSpec &spec : m_parameters) {
        if (spec.type == ParameterSpec::Type::Image) {
            body.insert(spec.name, imageUrl);
        } else if (spec.type == ParameterSpec::Type::String) {
            body.insert(spec.name, prompt);
        } else if (parameters.contains(spec.name)) {
            body.insert(spec.name, parameters.value(spec.name));
        } else if (!spec.defaultValue.isUndefined()) {
            body.insert(spec.name, spec.defaultValue);
        }
    }
    return body;
}

QSize ModelDescription::frameSize(const QString &resolution, const QString &aspectRatio) const
{
    const QJsonArray wh = m_frameSizes.value(resolution).toObject().value(aspectRatio).toArray();
    if (wh.size() != 2)
        return {};
    return {wh.at(0).toInt(), wh.at(1).toInt()};
}

QSize ModelDescription::frameSize(const QJsonObject &parameters) const
{
    const QJsonObject full = buildRequest({}, {}, parameters);
    return frameSize(full.value(QLatin1String("resolution")).toString(), full.value(QLatin1String("aspect_ratio")).toString());
}

} // namespace wan::core
