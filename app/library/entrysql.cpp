#include "entrysql.h"

#include <QDate>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QVariant>

#include <algorithm>

namespace wan::library {
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
}

namespace wan::library::sql {

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant url(const QUrl &value)
{
    return text(QString::fromUtf8(value.toEncoded()));
}

QDateTime readTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<double> readNumber(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

bool hasWordCharacter(const QString &word)
{
    const auto codePoints = word.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](char32_t c) { return QChar::isLetterOrNumber(c); });
}

} // namespace

// created is written once by insert(); update() leaves it alone.
const QStringList &columns()
{
    static const QStringList names {
        QStringLiteral("created"),       QStringLiteral("updated"),
        QStringLiteral("status"),        QStringLiteral("model"),
        QStringLiteral("image_source"),  QStringLiteral("prepared_image_path"),
        QStringLiteral("image_url"),     QStringLiteral("prompt"),
        QStringLiteral("parameters"),    QStringLiteral("seed"),
        QStringLiteral("random_seed"),   QStringLiteral("mode"),
        QStringLiteral("request_id"),    QStringLiteral("status_url"),
        QStringLiteral("response_url"),  QStringLiteral("submitted_at"),
        QStringLiteral("error_code"),    QStringLiteral("error_message"),
        QStringLiteral("error_hint"),    QStringLiteral("may_have_been_charged"),
        QStringLiteral("output_path"),   QStringLiteral("duration_ms"),
        QStringLiteral("size_bytes"),    QStringLiteral("credits_before"),
        QStringLiteral("credits_after"), QStringLiteral("inference_seconds"),
        QStringLiteral("favourite"),     QStringLiteral("batch_id"),
        QStringLiteral("output_url"),    QStringLiteral("owner_token"),
        QStringLiteral("owner_pid"),
        QStringLiteral("cost"),
        QStringLiteral("parent_id"),     QStringLiteral("parent_frame"),
        QStringLiteral("parent_request_id"),
        QStringLiteral("cost_estimated"),
    };
    return names;
}

QString selectSql()
{
    // Last, not columns: how many runs continue this one (entries_parent_id answers
    // it), and whether the run it continues is gone from the library.
    return QStringLiteral("SELECT id, ") + columns().join(QStringLiteral(", "))
        + QStringLiteral(", (SELECT count(*) FROM entries AS later WHERE later.parent_id = entries.id)"
                         ", (parent_id > 0 AND NOT EXISTS (SELECT 1 FROM entries AS earlier WHERE earlier.id = entries.parent_id))"
                         " FROM entries");
}

QString insertSql()
{
    return QStringLiteral("INSERT INTO entries (") + columns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
        + QStringList(columns().size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
}

QVariantList toValues(const Entry &e)
{
    return {
        time(e.created),
        time(e.updated),
        statusName(e.status),
        text(e.model),
        text(e.imageSource),
        text(e.preparedImagePath),
        text(e.imageUrl),
        text(e.prompt),
        QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact)),
        e.seed,
        e.randomSeed,
        text(e.mode),
        text(e.requestId),
        url(e.statusUrl),
        url(e.responseUrl),
        time(e.submittedAt),
        text(e.errorCode),
        text(e.errorMessage),
        text(e.errorHint),
        e.mayHaveBeenCharged,
        text(e.outputPath),
        e.durationMs,
        e.sizeBytes,
        number(e.creditsBefore),
        number(e.creditsAfter),
        number(e.inferenceSeconds),
        e.favourite,
        text(e.batchId),
        url(e.outputUrl),
        text(e.ownerToken),
        e.ownerPid,
        number(e.cost),
        e.parentId,
        e.parentFrame,
        text(e.parentRequestId),
        e.costEstimated,
    };
}

Entry fromRow(const QSqlQuery &q)
{
    Entry e;
    int i = 0;
    const auto next = [&] { return q.value(i++); };
    e.id = next().toLongLong();
    e.created = readTime(next());
    e.updated = readTime(next());
    const QString status = next().toString();
    // A name this build does not know must never make a run look "queued" (sending it would cost money).
    e.status = statusFromName(status).value_or(EntryStatus::Failed);
    if (!statusFromName(status))
        qCWarning(lcLibrary) << "entry" << e.id << "has an unknown status" << status;
    e.model = next().toString();
    e.imageSource = next().toString();
    e.preparedImagePath = next().toString();
    e.imageUrl = next().toString();
    e.prompt = next().toString();
    e.parameters = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    e.seed = next().toLongLong();
    e.randomSeed = next().toBool();
    e.mode = next().toString();
    e.requestId = next().toString();
    e.statusUrl = QUrl::fromEncoded(next().toString().toUtf8());
    e.responseUrl = QUrl::fromEncoded(next().toString().toUtf8());
    e.submittedAt = readTime(next());
    e.errorCode = next().toString();
    e.errorMessage = next().toString();
    e.errorHint = next().toString();
    e.mayHaveBeenCharged = next().toBool();
    e.outputPath = next().toString();
    e.durationMs = next().toLongLong();
    e.sizeBytes = next().toLongLong();
    e.creditsBefore = readNumber(next());
    e.creditsAfter = readNumber(next());
    e.inferenceSeconds = readNumber(next());
    e.favourite = next().toBool();
    e.batchId = next().toString();
    e.outputUrl = QUrl::fromEncoded(next().toString().toUtf8());
    e.ownerToken = next().toString();
    e.ownerPid = next().toLongLong();
    e.cost = readNumber(next());
    e.parentId = next().toLongLong();
    e.parentFrame = next().toInt();
    e.parentRequestId = next().toString();
    e.costEstimated = next().toBool();
    e.continuations = next().toInt();
    e.parentMissing = next().toBool();
    return e;
}

// User text only ever reaches SQLite as bound values. Words FTS5 can index
// become prefix phrases ("word"* with quotes doubled, so no word is read as
// FTS syntax); words it cannot (emoji, punctuation) are matched literally.
Filter filterFor(const Query &query)
{
    QStringList conditions;
    Filter filter;
    QStringList phrases;
    const QStringList words = query.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (hasWordCharacter(word)) {
            QString escaped = word;
            phrases.append(QLatin1Char('"') + escaped.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QStringLiteral("\"*"));
        } else {
            conditions.append(QStringLiteral("instr(prompt, ?) > 0"));
            filter.values.append(word);
        }
    }
    if (!phrases.isEmpty()) {
        conditions.append(QStringLiteral("id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"));
        filter.values.append(phrases.join(QLatin1Char(' ')));
    }
    if (!query.imageSource.isEmpty()) {
        conditions.append(QStringLiteral("image_source = ?"));
        filter.values.append(query.imageSource);
    }
    if (query.seed) {
        conditions.append(QStringLiteral("seed = ?"));
        filter.values.append(*query.seed);
    }
    if (!query.resolution.isEmpty()) {
        conditions.append(
            QStringLiteral("(CASE WHEN json_valid(parameters) THEN json_extract(parameters, '$.resolution') END) = ?"));
        filter.values.append(query.resolution);
    }
    // The dates are the user's calendar days, so local midnights bound them.
    if (query.from.isValid()) {
        conditions.append(QStringLiteral("created >= ?"));
        filter.values.append(query.from.startOfDay().toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        conditions.append(QStringLiteral("created < ?"));
        filter.values.append(query.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (query.favouritesOnly)
        conditions.append(QStringLiteral("favourite = 1"));
    if (query.status) {
        conditions.append(QStringLiteral("status = ?"));
        filter.values.append(statusName(*query.status));
    }
    if (!conditions.isEmpty())
        filter.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace wan::library::sql
