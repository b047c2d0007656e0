#include "clipsettings.h"

#include <QFileInfo>

namespace wan::library {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<double> optionalNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue value = o.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject ClipSettings::fromEntry(const Entry &e)
{
    QJsonObject o{{QStringLiteral("app"), AppName},
                  {QStringLiteral("version"), Version},
                  {QStringLiteral("model"), e.model},
                  {QStringLiteral("image"), e.imageSource},
                  {QStringLiteral("prompt"), e.prompt},
                  {QStringLiteral("parameters"), e.parameters},
                  {QStringLiteral("seed"), e.seed},
                  {QStringLiteral("randomSeed"), e.randomSeed},
                  {QStringLiteral("mode"), e.mode}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    // The prepared image is named by its SHA-256 ("<hash>.jpg" in the media folder).
    if (!e.preparedImagePath.isEmpty()) {
        const QFileInfo prepared(e.preparedImagePath);
        put("preparedImage", prepared.fileName());
        put("preparedImageSha256", prepared.completeBaseName());
    }
    put("uploadedImageUrl", e.imageUrl);
    put("requestId", e.requestId);
    put("batchId", e.batchId);
    put("created", isoTime(e.created));
    put("submitted", isoTime(e.submittedAt));
    // Written as the clip is saved, which is when the run finished for this computer.
    put("finished", isoTime(QDateTime::currentDateTimeUtc()));
    if (e.creditsBefore)
        o.insert(QStringLiteral("creditsBefore"), *e.creditsBefore);
    if (e.creditsAfter)
        o.insert(QStringLiteral("creditsAfter"), *e.creditsAfter);
    if (e.inferenceSeconds)
        o.insert(QStringLiteral("inferenceSeconds"), *e.inferenceSeconds);
    if (e.isContinuation()) {
        QJsonObject parent{{QStringLiteral("frame"), e.parentFrame}};
        if (e.parentId > 0)
            parent.insert(QStringLiteral("libraryId"), e.parentId);
        if (!e.parentRequestId.isEmpty())
            parent.insert(QStringLiteral("requestId"), e.parentRequestId);
        o.insert(QStringLiteral("continues"), parent);
    }
    return o;
}

std::optional<Entry> ClipSettings::toEntry(const QJsonObject &o, const QString &clipPath)
{
    const QString prompt = o.value(QStringLiteral("prompt")).toString();
    if (o.value(QStringLiteral("app")).toString() != AppName || prompt.isEmpty())
        return std::nullopt;
    Entry e;
    e.status = EntryStatus::Completed;
    e.model = o.value(QStringLiteral("model")).toString();
    e.imageSource = o.value(QStringLiteral("image")).toString();
    e.prompt = prompt;
    e.parameters = o.value(QStringLiteral("parameters")).toObject();
    // Version 1 from `generate` had the seed beside the parameters only.
    const QJsonValue seed = o.contains(QStringLiteral("seed")) ? o.value(QStringLiteral("seed")) : e.parameters.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        e.seed = seed.toInteger();
        e.parameters.insert(QStringLiteral("seed"), e.seed);
    }
    e.randomSeed = o.value(QStringLiteral("randomSeed")).toBool();
    const QString mode = o.value(QStringLiteral("mode")).toString();
    e.mode = mode == QLatin1String("sync") ? QStringLiteral("sync") : QStringLiteral("async");
    e.requestId = o.value(QStringLiteral("requestId")).toString();
    e.imageUrl = o.value(QStringLiteral("uploadedImageUrl")).toString();
    e.batchId = o.value(QStringLiteral("batchId")).toString();
    e.submittedAt = parseTime(o.value(QStringLiteral("submitted")));
    const QDateTime finished = parseTime(o.value(QStringLiteral("finished")));
    e.created = parseTime(o.value(QStringLiteral("created")));
    if (!e.created.isValid())
        e.created = e.submittedAt.isValid() ? e.submittedAt : finished;
    e.updated = finished.isValid() ? finished : e.created;
    e.creditsBefore = optionalNumber(o, QStringLiteral("creditsBefore"));
    e.creditsAfter = optionalNumber(o, QStringLiteral("creditsAfter"));
    e.inferenceSeconds = optionalNumber(o, QStringLiteral("inferenceSeconds"));
    const QString prepared = o.value(QStringLiteral("preparedImage")).toString();
    // Relative: the library resolves it in its own media folder (inputs/<hash>.jpg).
    if (!prepared.isEmpty() && !prepared.contains(QLatin1Char('/')) && !prepared.contains(QLatin1Char('\\')))
        e.preparedImagePath = QStringLiteral("inputs/") + prepared;
    const QJsonObject parent = o.value(QStringLiteral("continues")).toObject();
    if (parent.value(QStringLiteral("frame")).toInteger(-1) >= 0) {
        e.parentFrame = int(parent.value(QStringLiteral("frame")).toInteger());
        // The id is another library's: a rebuild matches the request id instead.
        e.parentId = parent.value(QStringLiteral("libraryId")).toInteger();
        e.parentRequestId = parent.value(QStringLiteral("requestId")).toString();
    }
    e.outputPath = clipPath;
    return e;
}

} // namespace wan::library
