// The control API under /_emulator/ (no key needed): faults, configuration,
// statistics and reset. Tests drive the emulator through it while it runs.
#include "segmindemulator.h"

#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace wan::emulator {

namespace {

// Enough for any test run; a long demo session keeps the most recent requests.
constexpr qsizetype MaxLoggedRequests = 20'000;

bool readWhole(const QJsonValue &value, qint64 minimum, qint64 maximum, qint64 *out)
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < double(minimum) || number > double(maximum))
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

} // namespace

bool SegmindEmulator::addFault(const Fault &fault, QString *error)
{
    if (!(fault.changesJob() && !fault.requestId.isEmpty())) {
        m_faults.add(fault);
        return true;
    }
    auto it = m_jobs.find(fault.requestId);
    if (it == m_jobs.end()) {
        *error = QStringLiteral("requestId: there is no run %1").arg(fault.requestId);
        return false;
    }
    Job &job = *it;
    noteFaultTaken(fault);
    if (fault.kind == FaultKind::NeverComplete) {
        job.neverComplete = true;
        return true;
    }
    if (job.state == JobState::Completed) {
        // Already charged: it stays charged, but reports FAILED from now on.
        job.state = JobState::Failed;
        job.error = fault.error;
        ++m_failed;
        return true;
    }
    if (job.state == JobState::Running) {
        job.failWith = fault.error;
        job.neverComplete = false;
        tryFinish(job);
    }
    return true;
}

void SegmindEmulator::handleControl(const HttpRequest &request, const Responder &responder)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    auto methodNotAllowed = [&responder] {
        responder.send(HttpResponse::error(405, QStringLiteral("Method not allowed")));
    };
    const QJsonDocument document = QJsonDocument::fromJson(request.body);

    if (path == QLatin1String("/_emulator/faults")) {
        if (method == "GET") {
            responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}}));
        } else if (method == "DELETE") {
            m_faults.clear();
            responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("faults"), QJsonArray()}}));
        } else if (method == "POST") {
            if (!document.isObject() && !document.isArray()) {
                responder.send(HttpResponse::error(400, QStringLiteral("expected a fault object or an array of them")));
                return;
            }
            const QJsonArray objects = document.isArray() ? document.array() : QJsonArray{document.object()};
            // All or nothing: a list with one bad fault adds none of them.
            QList<Fault> faults;
            for (const QJsonValue &value : objects) {
                QString error;
                const auto fault = Fault::fromJson(value.toObject(), &error);
                if (!fault) {
                    responder.send(HttpResponse::error(400, error));
                    return;
                }
                if (fault->changesJob() && !fault->requestId.isEmpty() && !m_jobs.contains(fault->requestId)) {
                    responder.send(HttpResponse::error(404, QStringLiteral("requestId: there is no run %1")
                                                                .arg(fault->requestId)));
                    return;
                }
                faults.append(*fault);
            }
            for (const Fault &fault : std::as_const(faults)) {
                QString error;
                addFault(fault, &error);
            }
            responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}}));
        } else {
            methodNotAllowed();
        }
        return;
    }
    if (path == QLatin1String("/_emulator/stats")) {
        if (method == "GET")
            responder.send(HttpResponse::json(200, stats()));
        else
            methodNotAllowed();
        return;
    }
    if (path == QLatin1String("/_emulator/config")) {
        if (method == "GET")
            responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("config"), m_config.toJson()}}));
        else if (method == "POST")
            responder.send(document.isObject()
                               ? applyConfig(document.object())
                               : HttpResponse::error(400, QStringLiteral("expected a JSON object of settings")));
        else
            methodNotAllowed();
        return;
    }
    if (path == QLatin1String("/_emulator/reset")) {
        if (method == "POST") {
            resetAll();
            responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("reset"), true}}));
        } else {
            methodNotAllowed();
        }
        return;
    }
    responder.send(HttpResponse::error(404, QStringLiteral("Not found")));
}

HttpResponse SegmindEmulator::applyConfig(const QJsonObject &changes)
{
    // Checked completely before anything changes, so a bad request changes nothing.
    EmulatorConfig next = m_config;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        qint64 whole = 0;
        if (key == QLatin1String("latencyMs") && readWhole(value, 0, 3'600'000, &whole)) {
            next.latencyMs = int(whole);
        } else if (key == QLatin1String("retentionSeconds") && readWhole(value, 0, 30 * 86'400, &whole)) {
            next.retentionSeconds = int(whole);
        } else if (key == QLatin1String("credits") && value.isDouble() && value.toDouble() >= 0) {
            next.credits = value.toDouble();
        } else if (key == QLatin1String("cost") && value.isDouble() && value.toDouble() >= 0) {
            next.cost = value.toDouble();
        } else if (key == QLatin1String("key") && value.isString() && !value.toString().isEmpty()) {
            next.apiKey = value.toString();
        } else if (key == QLatin1String("uploadField")
                   && (value.toString() == QLatin1String("file_urls") || value.toString() == QLatin1String("urls"))) {
            next.uploadField = value.toString();
        } else if (key == QLatin1String("maxPromptLength") && readWhole(value, 0, 10'000'000, &whole)) {
            next.maxPromptLength = int(whole);
        } else if (key == QLatin1String("freeCredits") && value.isDouble() && value.toDouble() >= 0) {
            next.freeCredits = value.toDouble();
        } else if (key == QLatin1String("rateLimit") && readWhole(value, 0, 1'000'000, &whole)) {
            next.rateLimit = int(whole);
        } else if (key == QLatin1String("rateWindowMs") && readWhole(value, 1, 3'600'000, &whole)) {
            next.rateWindowMs = int(whole);
        } else if (key == QLatin1String("latencySpreadMs") && readWhole(value, 0, 3'600'000, &whole)) {
            next.latencySpreadMs = int(whole);
        } else {
            return HttpResponse::error(
                400, QStringLiteral("%1: unknown setting or invalid value (settings: latencyMs, credits, cost, "
                                    "retentionSeconds, key, uploadField, maxPromptLength, freeCredits, rateLimit, "
                                    "rateWindowMs, latencySpreadMs)")
                         .arg(key));
        }
    }
    m_config = next;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("config"), m_config.toJson()}});
}

void SegmindEmulator::resetAll()
{
    // A v1 client still waiting would otherwise wait for ever.
    for (Job &job : m_jobs) {
        if (job.sync && job.state == JobState::Running)
            job.responder.send(HttpResponse::error(503, QStringLiteral("The emulator was reset")));
    }
    m_jobs.clear();
    m_faults.clear();
    m_config = m_startConfig;
    m_submissionsV1 = m_submissionsV2 = m_uploads = m_charged = m_completed = m_failed = 0;
    m_downloads = m_faultsTaken = 0;
    m_requestLog.clear();
    m_requestsDropped = 0;
    m_lastSubmissionBody.clear();
    m_rateWindowStartMs = -1;
    m_rateWindowCount = m_rateLimited = 0;
    m_lastUploadAccept.clear();
    m_latencyRandom.seed(1);
    qCInfo(lcEmulator) << "reset";
}

// What the request line and headers took on the wire, give or take the line's version.
static qint64 headerBytes(const HttpRequest &request)
{
    qint64 bytes = request.method.size() + request.path.toUtf8().size() + request.query.toString(QUrl::FullyEncoded).size() + 14;
    for (const auto &[name, value] : request.headers)
        bytes += name.size() + value.size() + 4;
    return bytes + 2;
}

void SegmindEmulator::recordRequest(const char *port, const HttpRequest &request)
{
    if (m_requestLog.size() >= MaxLoggedRequests) {
        m_requestLog.removeFirst();
        ++m_requestsDropped;
    }
    // Whether a key came, never which.
    m_requestLog.append(QJsonObject{
        {QStringLiteral("port"), QLatin1String(port)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("hasApiKey"), request.hasHeader("x-api-key")},
        {QStringLiteral("bodyBytes"), request.body.size()},
        {QStringLiteral("headerBytes"), headerBytes(request)},
    });
}

void SegmindEmulator::noteFaultTaken(const Fault &fault)
{
    ++m_faultsTaken;
    qCInfo(lcEmulator).noquote() << "fault:"
                                 << QString::fromUtf8(QJsonDocument(fault.toJson()).toJson(QJsonDocument::Compact));
}

QJsonObject SegmindEmulator::stats() const
{
    QList<const Job *> jobs;
    for (const Job &job : m_jobs)
        jobs.append(&job);
    std::sort(jobs.begin(), jobs.end(), [](const Job *a, const Job *b) { return a->submittedMs < b->submittedMs; });
    QJsonArray jobList;
    for (const Job *job : std::as_const(jobs)) {
        jobList.append(QJsonObject{
            {QStringLiteral("request_id"), job->id},
            {QStringLiteral("route"), job->sync ? QStringLiteral("v1") : QStringLiteral("v2")},
            {QStringLiteral("status"), reportedStatus(*job)},
            {QStringLiteral("charged"), job->charged},
            {QStringLiteral("expired"), isExpired(*job)},
            {QStringLiteral("latencyMs"), job->latencyMs},
            {QStringLiteral("statusRequests"), job->statusRequests},
            {QStringLiteral("finishedAtUtcMs"), job->finishedAtUtcMs},
            {QStringLiteral("motion"), job->video.sourceImage.isEmpty() ? QStringLiteral("test pattern")
                                                                        : job->video.motion.describe()},
            // The image the run was given, as uploaded: a continuation's must be the frame's size.
            {QStringLiteral("imageSize"), job->video.sourceImage.isEmpty() ? QString() : [&job] {
                 const QSize size = QImageReader(job->video.sourceImage).size();
                 return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
             }()},
        });
    }
    QJsonArray requests;
    for (const QJsonObject &entry : m_requestLog)
        requests.append(entry);
    return {
        {QStringLiteral("submissions"), m_submissionsV1 + m_submissionsV2},
        {QStringLiteral("submissionsByRoute"),
         QJsonObject{{QStringLiteral("v1"), m_submissionsV1}, {QStringLiteral("v2"), m_submissionsV2}}},
        {QStringLiteral("uploads"), m_uploads},
        {QStringLiteral("charged"), m_charged},
        {QStringLiteral("completed"), m_completed},
        {QStringLiteral("failed"), m_failed},
        {QStringLiteral("downloads"), m_downloads},
        {QStringLiteral("faultsTaken"), m_faultsTaken},
        {QStringLiteral("credits"), m_config.credits},
        {QStringLiteral("config"), m_config.toJson()},
        {QStringLiteral("faults"), m_faults.toJson()},
        {QStringLiteral("jobs"), jobList},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("requestsDropped"), m_requestsDropped},
        {QStringLiteral("encoding"), m_videos.runningProcesses()},
        {QStringLiteral("encodesStarted"), m_videos.encodesStarted()},
        {QStringLiteral("lastSubmissionBody"), QString::fromLatin1(m_lastSubmissionBody.toBase64())},
        {QStringLiteral("rateLimited"), m_rateLimited},
        {QStringLiteral("lastUploadAccept"), QString::fromLatin1(m_lastUploadAccept)},
    };
}

} // namespace wan::emulator
