#include "apiresponses.h"

#include "core/terminaltext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

#include <cmath>

namespace wan::api {

namespace {

struct JsonObjectOrProblem
{
    QJsonObject object;
    QString problem;
};

JsonObjectOrProblem readObject(const QByteArray &body)
{
    if (body.size() > ApiResponses::MaxJsonBytes)
        return {{}, ApiResponses::tr("the answer is too large (%1 MB)").arg(body.size() / (qint64(1024) * 1024))};
    if (body.trimmed().isEmpty())
        return {{}, ApiResponses::tr("the answer is empty")};
    if (ApiResponses::looksLikeHtml(body))
        return {{}, ApiResponses::tr("the answer is a web page (HTML), not data")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {{}, ApiResponses::tr("the answer is not valid JSON (%1)").arg(error.errorString())};
    if (!doc.isObject())
        return {{}, ApiResponses::tr("the answer is JSON of an unexpected shape")};
    return {doc.object(), {}};
}

QUrl resolveUrl(const QJsonValue &value, const QUrl &base)
{
    if (!value.isString())
        return {};
    QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    if (url.isRelative() && base.isValid())
        url = base.resolved(url);
    return url;
}

std::optional<double> numberFrom(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

} // namespace

std::optional<RunStatus> ApiResponses::statusFromString(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s == QLatin1String("QUEUED") || s == QLatin1String("PENDING") || s == QLatin1String("IN_QUEUE"))
        return RunStatus::Queued;
    if (s == QLatin1String("PROCESSING") || s == QLatin1String("IN_PROGRESS") || s == QLatin1String("RUNNING"))
        return RunStatus::Processing;
    if (s == QLatin1String("COMPLETED") || s == QLatin1String("SUCCEEDED") || s == QLatin1String("SUCCESS"))
        return RunStatus::Completed;
    if (s == QLatin1String("FAILED") || s == QLatin1String("ERROR") || s == QLatin1String("CANCELLED"))
        return RunStatus::Failed;
    return std::nullopt;
}

bool ApiResponses::looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")
           || (head.startsWith("<") && head.contains("<html"));
}

Parsed<SubmitTicket> ApiResponses::parseSubmit(const QByteArray &body, const QUrl &baseForRelative)
{
    const auto read = readObject(body);
    if (!read.problem.isEmpty())
        return {std::nullopt, read.problem};
    const QJsonObject &o = read.object;
    SubmitTicket ticket;
    ticket.requestId = o.value(QLatin1String("request_id")).toString().trimmed();
    if (ticket.requestId.isEmpty())
        return {std::nullopt, tr("the answer has no request id")};
    // An id is printed, stored and put into URLs: one with control characters (an
    // escape sequence aimed at the terminal) is refused, not cleaned, because a
    // cleaned id would name another run.
    if (core::hasControlCharacters(ticket.requestId))
        return {std::nullopt, tr("the answer's request id contains control characters")};
    ticket.statusUrl = resolveUrl(o.value(QLatin1String("status_url")), baseForRelative);
    ticket.responseUrl = resolveUrl(o.value(QLatin1String("response_url")), baseForRelative);
    if (!ticket.statusUrl.isValid() || !ticket.responseUrl.isValid())
        return {std::nullopt, tr("the answer has no status or response address")};
    ticket.status = statusFromString(o.value(QLatin1String("status")).toString()).value_or(RunStatus::Queued);
    return {ticket, {}};
}

Parsed<RunState> ApiResponses::parseStatus(const QByteArray &body)
{
    const auto read = readObject(body);
    if (!read.problem.isEmpty())
        return {std::nullopt, read.problem};
    const QJsonObject &o = read.object;
    const auto status = statusFromString(o.value(QLatin1String("status")).toString());
    if (!status)
        return {std::nullopt, tr("the answer has no known status")};
    RunState state;
    state.status = *status;
    const QJsonObject metrics = o.value(QLatin1String("metrics")).toObject();
    state.inferenceSeconds = numberFrom(metrics.value(QLatin1String("inference_time")));
    // A charge or a balance is never negative; anything else is not accounting.
    auto amount = [&metrics](const char *field) -> std::optional<double> {
        const auto n = numberFrom(metrics.value(QLatin1String(field)));
        return n && *n >= 0.0 ? n : std::nullopt;
    };
    state.cost = amount("cost");
    state.remainingCredits = amount("remaining_credits");
    if (state.status == RunStatus::Failed) {
        state.error = errorText(body);
        if (state.error.isEmpty())
            state.error = tr("no reason given");
    }
    return {state, {}};
}

Parsed<RunState> ApiResponses::parseResult(const QByteArray &body, const QUrl &baseForRelative)
{
    auto parsed = parseStatus(body);
    if (!parsed.ok())
        return parsed;
    if (parsed.value->status != RunStatus::Completed)
        return parsed;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    // "output" as a string, a list (the first is the video) or an object with a
    // "url"; then "video": {"url": ...}, which some video answers carry as well.
    auto urlOf = [](QJsonValue value) {
        if (value.isArray())
            value = value.toArray().first();
        if (value.isObject())
            value = value.toObject().value(QLatin1String("url"));
        return value;
    };
    // A completed result without a usable output URL is returned as is (empty
    // outputUrl): the service finished but made no video, which callers report.
    for (const QJsonValue &candidate : {urlOf(o.value(QLatin1String("output"))), urlOf(o.value(QLatin1String("video")))}) {
        const QUrl url = resolveUrl(candidate, baseForRelative);
        if (url.isValid() && !url.isRelative()) {
            parsed.value->outputUrl = url;
            break;
        }
    }
    return parsed;
}

Parsed<double> ApiResponses::parseCredits(const QByteArray &body)
{
    const auto read = readObject(body);
    if (!read.problem.isEmpty())
        return {std::nullopt, read.problem};
    for (const char *field : {"credits", "remaining_credits", "balance"}) {
        if (auto n = numberFrom(read.object.value(QLatin1String(field)))) {
            // Free credits are spent too, so they belong in the balance the user sees.
            const auto free = numberFrom(read.object.value(QLatin1String("free-credits")));
            return {*n + (free && *free > 0.0 ? *free : 0.0), {}};
        }
    }
    return {std::nullopt, tr("the answer has no credit balance")};
}

Parsed<QUrl> ApiResponses::parseUpload(const QByteArray &body)
{
    const auto read = readObject(body);
    if (!read.problem.isEmpty())
        return {std::nullopt, read.problem};
    for (const char *field : {"urls", "file_urls"}) {
        const QJsonArray urls = read.object.value(QLatin1String(field)).toArray();
        if (!urls.isEmpty()) {
            const QUrl url = resolveUrl(urls.first(), {});
            if (url.isValid() && !url.isRelative())
                return {url, {}};
        }
    }
    return {std::nullopt, tr("the upload answer has no file address")};
}

std::optional<double> ApiResponses::parseCreditsHeader(const QByteArray &value)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<int> ApiResponses::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(std::min(seconds, 3600)) : std::nullopt;
    // Parse the zone ("t") rather than reading the date as local time and relabelling it:
    // a local-time parse fails for the hour a daylight-saving change skips.
    if (!v.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss t"));
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 3600));
}

std::optional<QDateTime> ApiResponses::parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    QDateTime when;
    bool ok = false;
    const qint64 number = v.toLongLong(&ok);
    if (ok) {
        // Epoch seconds now are ten digits; thirteen are milliseconds.
        when = number > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(number, QTimeZone::utc())
                                          : QDateTime::fromSecsSinceEpoch(number, QTimeZone::utc());
    } else if (v.endsWith(" GMT")) {
        when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss t"));
    } else {
        QString text = QString::fromLatin1(v);
        // A time without a zone is UTC here: the header's name says so.
        const bool zoned = text.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive)
            || (text.size() > 19 && (text.at(text.size() - 6) == QLatin1Char('+') || text.at(text.size() - 6) == QLatin1Char('-')));
        if (!zoned)
            text += QLatin1Char('Z');
        text.replace(QLatin1Char(' '), QLatin1Char('T'));
        when = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 ahead = now.msecsTo(when);
    if (ahead < -60'000 || ahead > 3'600'000)
        return std::nullopt;
    return ahead < 0 ? now : when;
}

QString ApiResponses::jsonErrorText(const QByteArray &body)
{
    if (body.size() > MaxJsonBytes || !QJsonDocument::fromJson(body).isObject())
        return {};
    return errorText(body);
}

std::optional<QString> ApiResponses::failedRunReason(const QByteArray &body)
{
    if (body.size() > MaxJsonBytes || looksLikeHtml(body))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (statusFromString(o.value(QLatin1String("status")).toString()) != RunStatus::Failed)
        return std::nullopt;
    const QString reason = errorText(body);
    return reason.isEmpty() ? tr("no reason given") : reason;
}

QString ApiResponses::errorText(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    if (looksLikeHtml(body))
        return tr("an HTML page instead of an error message");
    if (body.size() > MaxJsonBytes)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *field : {"error", "message", "detail", "error_message"}) {
            const QJsonValue v = o.value(QLatin1String(field));
            // The service's words end up on terminals and in logs: no control characters.
            const QString said = core::printableText(v.toString(), core::LineBreaks::AsSpaces).trimmed();
            if (v.isString() && !said.isEmpty())
                return said.left(500);
            if (v.isObject()) {
                const QString nested =
                    core::printableText(v.toObject().value(QLatin1String("message")).toString(), core::LineBreaks::AsSpaces).trimmed();
                if (!nested.isEmpty())
                    return nested.left(500);
            }
        }
        return {};
    }
    // Plain text: keep a short, printable excerpt.
    QString text = core::printableText(QString::fromUtf8(body.left(200)), core::LineBreaks::AsSpaces).simplified();
    return text;
}

} // namespace wan::api
