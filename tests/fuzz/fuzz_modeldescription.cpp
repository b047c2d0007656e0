// The model description: the built-in one is trusted, but the parser is the
// same for any description file, and everything downstream (form, validation,
// request building) trusts what it accepts. Checks that an accepted
// description keeps its own promises.

#include "fuzzsupport.h"

#include "core/modeldescription.h"

#include <QJsonObject>

using wan::core::ModelDescription;
using wan::core::ParameterSpec;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = wan::fuzz::bytesOf(data, size);
    QString error;
    const std::optional<ModelDescription> model = ModelDescription::fromJson(json, &error);
    if (!model) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!model->id().isEmpty() && !model->endpoint().isEmpty());
    FUZZ_CHECK(!model->parameters().isEmpty());

    const QJsonObject defaults = model->defaults();
    const QJsonObject request
        = model->buildRequest(QStringLiteral("https://example.invalid/a.jpg"), QStringLiteral("a cat"), defaults);
    model->validate(request);
    model->frameSize(defaults);
    for (const ParameterSpec &spec : model->parameters()) {
        FUZZ_CHECK(model->parameter(spec.name) == &spec);
        FUZZ_CHECK(!spec.allowedDescription().isEmpty());
        if (!spec.defaultValue.isUndefined())
            FUZZ_CHECK(!model->validateValue(spec, spec.defaultValue).has_value());
        if (spec.hasRange())
            FUZZ_CHECK(*spec.minimum <= *spec.maximum);
        // Whatever a person might type: the text of each allowed value, and the input itself.
        QString why;
        for (const QString &value : spec.values) {
            const auto parsed = model->parseValue(spec, value, &why);
            if (parsed)
                FUZZ_CHECK(!model->validateValue(spec, *parsed).has_value());
        }
        const auto typed = model->parseValue(spec, QString::fromUtf8(json.left(64)), &why);
        if (typed)
            FUZZ_CHECK(!model->validateValue(spec, *typed).has_value());
        else
            FUZZ_CHECK(!why.isEmpty());
    }
    return 0;
}
