#pragma once

// BatchPlan's private helpers, shared by batchplan.cpp (variations, sweeps)
// and batchplan_axes.cpp (combined plans, grids). Not an API.

#include "batchplan.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace wan::jobs::plandetail {

inline const QString SeedKey = QStringLiteral("seed");
inline const QString CountKey = QStringLiteral("count");
inline const QString PromptKey = QStringLiteral("prompt");
// Sums of a few cents in floating point: 0.27 - 3 * 0.09 is not exactly zero.
constexpr double Epsilon = 1e-9;

inline bool isNumeric(const core::ParameterSpec &spec)
{
    return spec.type == core::ParameterSpec::Type::Int || spec.type == core::ParameterSpec::Type::Float;
}

inline QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

// A value of the parameter's JSON type: whole numbers of an Int parameter as
// integers; anything else as given, for validateValue() to judge.
inline QJsonValue jsonValue(const core::ParameterSpec &spec, double value)
{
    if (spec.type == core::ParameterSpec::Type::Int && std::isfinite(value) && std::floor(value) == value
        && std::abs(value) < 9.0e15)
        return QJsonValue(static_cast<qint64>(value));
    return QJsonValue(value);
}

inline QString runLabel(const QString &parameter, const QString &value)
{
    return BatchPlan::tr("%1 %2", "a planned run's label: parameter name, value").arg(parameter, value);
}

// clip.mp4 -> clip-seed-42.mp4: runs of one batch never share an output file.
// An empty path stays empty: the queue then names each run itself.
inline QString outputPathFor(const QString &basePath, const QString &label)
{
    if (basePath.isEmpty())
        return {};
    QString slug = label;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.+-]+"));
    slug.replace(unsafe, QStringLiteral("-"));
    const QString suffix = QFileInfo(basePath).suffix();
    if (suffix.isEmpty())
        return basePath + QLatin1Char('-') + slug;
    return basePath.chopped(suffix.size() + 1) + QLatin1Char('-') + slug + QLatin1Char('.') + suffix;
}

inline qint64 drawSeed(const BatchPlan::SeedSource &source)
{
    const quint32 raw = source ? source() : QRandomGenerator::global()->generate();
    return static_cast<qint64>(raw & static_cast<quint32>(BatchPlan::MaxSeed));
}

} // namespace wan::jobs::plandetail
