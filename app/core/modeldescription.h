#pragma once

// The model's contract, read from resources/models/<model>.json: every
// parameter's name, type, default, range and help text. Validation, defaults,
// request building and the parameter form all come from here; no range is
// written anywhere else in the app.

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace wan::core {

struct ParameterSpec
{
    enum class Type { Image, String, Int, Float, Bool, Enum };

    QString name;
    Type type = Type::String;
    QJsonValue defaultValue;           // Undefined when the parameter has none
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList values;                // allowed values of an enum
    bool required = false;
    int decimals = 0;                  // for Float: how many decimals a form shows
    QString label;                     // short, human (English source; translated by the UI)
    QString help;                      // the API page's help text
    // Rarely touched: a form may fold it away (the model file's "advanced").
    bool advanced = false;
    // What the value means beyond its type, for the few places that need it:
    // "frameCount", "frameRate" (the clip's length). Empty for most.
    QString role;

    bool hasRange() const { return minimum.has_value() && maximum.has_value(); }
    bool isTunable() const { return type != Type::Image && type != Type::String; }
    // "81 to 100", "480p or 720p", "true or false", "a whole number"
    QString allowedDescription() const;
};

struct ValidationIssue
{
    QString parameter;   // the parameter's name as in the API, e.g. "num_frames"
    QString message;     // translated sentence naming the parameter and what is allowed
};

class ModelDescription final
{
    Q_DECLARE_TR_FUNCTIONS(wan::core::ModelDescription)
public:
    // Parses a model description. Pure; on failure returns nullopt and sets *error.
    static std::optional<ModelDescription> fromJson(const QByteArray &json, QString *error = nullptr);
    // The built-in Wan 2.2 image-to-video description (from the resources).
    static const ModelDescription &wan22ImageToVideo();

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QString endpoint() const { return m_endpoint; }
    int typicalSeconds() const { return m_typicalSeconds; }
    double typicalCostUsd() const { return m_typicalCostUsd; }
    int resultRetentionSeconds() const { return m_retentionSeconds; }
    const QList<ParameterSpec> &parameters() const { return m_parameters; }
    const ParameterSpec *parameter(const QString &name) const;

    // The tunable parameters (everything but image and prompt) at their defaults.
    QJsonObject defaults() const;
    // Every problem with a complete request body (image, prompt and parameters).
    QList<ValidationIssue> validate(const QJsonObject &request) const;
    // Problems with one value.
    std::optional<ValidationIssue> validateValue(const ParameterSpec &spec, const QJsonValue &value) const;
    // Parses text typed by a person (command line, form) into a value of the parameter's type.
    std::optional<QJsonValue> parseValue(const ParameterSpec &spec, const QString &text, QString *error) const;
    // The request body: image, prompt, then every tunable parameter (defaults filled in).
    QJsonObject buildRequest(const QString &imageUrl, const QString &prompt, const QJsonObject &parameters) const;
    // The output frame for a resolution and aspect ratio, e.g. 832x480; invalid size if unknown.
    QSize frameSize(const QString &resolution, const QString &aspectRatio) const;
    // The output frame for a parameter set (its resolution and aspect_ratio, defaults filled in).
    QSize frameSize(const QJsonObject &parameters) const;

private:
    QString m_id;
    QString m_title;
    QString m_endpoint;
    int m_typicalSeconds = 0;
    double m_typicalCostUsd = 0.0;
    int m_retentionSeconds = 3600;
    QList<ParameterSpec> m_parameters;
    QJsonObject m_frameSizes;
};

} // namespace wan::core
