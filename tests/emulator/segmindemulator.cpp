#include "segmindemulator.h"

#include "faultanswers.h"

#include "core/modeldescription.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace wan::emulator {

Q_LOGGING_CATEGORY(lcEmulator, "wanstudio.emulator", QtInfoMsg)

namespace {

const wan::core::ModelDescription &model()
{
    return wan::core::ModelDescription::wan22ImageToVideo();
}

// The route of a request on the API port, as far as faults and answers care.
struct ApiRoute final {
    enum class Kind { Credits, Upload, Submit, Sync, Status, Result, Poll, WrongMethod, UnknownModel, NotFound };
    Kind kind = Kind::NotFound;
    QString requestId;
};

ApiRoute classify(const HttpRequest &request)
{
    static const QRegularExpression statusPath(QStringLiteral("^/v2/requests/([^/]+)/status/?$"));
    static const QRegularExpression resultPath(QStringLiteral("^/v2/requests/([^/]+)/?$"));
    static const QRegularExpression pollPath(QStringLiteral("^/v1/requests/([^/]+)/?$"));
    static const QRegularExpression modelPath(QStringLiteral("^/(v1|v2)/([^/]+)/?$"));
    using K = ApiRoute::Kind;
    const QString &path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    auto only = [](bool methodOk, K kind, const QString &id = {}) {
        return methodOk ? ApiRoute{kind, id} : ApiRoute{K::WrongMethod, {}};
    };
    if (path == QLatin1String("/v1/get-user-credits"))
        return only(get, K::Credits);
    if (path == QLatin1String("/upload-asset"))
        return only(post, K::Upload);
    if (const auto m = statusPath.match(path); m.hasMatch())
        return only(get, K::Status, m.captured(1));
    if (const auto m = resultPath.match(path); m.hasMatch())
        return only(get, K::Result, m.captured(1));
    if (const auto m = pollPath.match(path); m.hasMatch())
        return only(get, K::Poll, m.captured(1));
    if (const auto m = modelPath.match(path); m.hasMatch()) {
        if (m.captured(2) != model().endpoint())
            return {K::UnknownModel, {}};
        return only(post, m.captured(1) == QLatin1String("v1") ? K::Sync : K::Submit);
    }
    return {K::NotFound, {}};
}

std::optional<FaultRoute> faultRouteOf(ApiRoute::Kind kind)
{
    using K = ApiRoute::Kind;
    switch (kind) {
    case K::Credits: return FaultRoute::Credits;
    case K::Upload: return FaultRoute::Upload;
    case K::Submit: return FaultRoute::Submit;
    case K::Sync: return FaultRoute::V1;
    case K::Status:
    case K::Poll: return FaultRoute::Status;
    case K::Result: return FaultRoute::Result;
    default: return std::nullopt;
    }
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

} // namespace

QJsonObject EmulatorConfig::toJson() const
{
    return {
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("credits"), credits},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("retentionSeconds"), retentionSeconds},
        {QStringLiteral("uploadField"), uploadField},
        {QStringLiteral("maxPromptLength"), maxPromptLength},
        {QStringLiteral("freeCredits"), freeCredits},
        {QStringLiteral("rateLimit"), rateLimit},
        {QStringLiteral("rateWindowMs"), rateWindowMs},
        {QStringLiteral("latencySpreadMs"), latencySpreadMs},
    };
}

SegmindEmulator::SegmindEmulator(const EmulatorConfig &config, const QString &dataDirectory,
                                 const QString &ffmpegProgram, QObject *parent)
    : QObject(parent)
    , m_startConfig(config)
    , m_config(config)
    , m_api([this](const HttpRequest &request, const Responder &responder) { handleApi(request, responder); }, this)
    , m_storage([this](const HttpRequest &request, const Responder &responder) { handleStorage(request, responder); },
                this)
    , m_assets(QDir(dataDirectory).filePath(QStringLiteral("assets")))
    , m_videos(QDir(dataDirectory).filePath(QStringLiteral("videos")), ffmpegProgram, this)
{
    m_clock.start();
    // Expired runs are also refused on access; this only frees their memory.
    m_purgeTimer.setInterval(30'000);
    connect(&m_purgeTimer, &QTimer::timeout, this, &SegmindEmulator::purgeExpiredJobs);
    m_purgeTimer.start();
}

SegmindEmulator::~SegmindEmulator() = default;

bool SegmindEmulator::listen(quint16 apiPort, quint16 storagePort, QString *error)
{
    if (!m_api.listen(apiPort)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(apiPort).arg(m_api.errorString());
        return false;
    }
    if (!m_storage.listen(storagePort)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (storage): %2").arg(storagePort).arg(m_storage.errorString());
        return false;
    }
    return true;
}

void SegmindEmulator::answerApi(const Responder &responder, HttpResponse response, bool withCredits) const
{
    if (withCredits)
        response.setHeader("x-remaining-credits", creditsText());
    responder.send(response);
}

std::optional<Fault> SegmindEmulator::takeFault(FaultRoute route, const QString &id,
                                                const std::function<bool(const Fault &)> &also)
{
    auto fault = m_faults.take([&](const Fault &candidate) {
        return candidate.route == route && (candidate.requestId.isEmpty() || candidate.requestId == id)
            && also(candidate);
    });
    if (fault)
        noteFaultTaken(*fault);
    return fault;
}

void SegmindEmulator::handleApi(const HttpRequest &request, const Responder &responder)
{
    recordRequest("api", request);
    if (request.path.startsWith(QLatin1String("/_emulator/"))) {
        handleControl(request, responder);
        return;
    }
    // The balance is told only to the account's owner.
    const bool keyOk = !m_config.apiKey.isEmpty() && request.header("x-api-key") == m_config.apiKey.toUtf8();
    if (request.path == QLatin1String(RedirectLoopPath)) {
        responder.send(redirectLoopAnswer());
        return;
    }
    const ApiRoute route = classify(request);
    using K = ApiRoute::Kind;
    if (route.kind == K::NotFound) {
        answerApi(responder, HttpResponse::error(404, QStringLiteral("Not found")), keyOk);
        return;
    }
    if (route.kind == K::UnknownModel) {
        answerApi(responder, HttpResponse::error(404, QStringLiteral("Model not found")), keyOk);
        return;
    }
    if (route.kind == K::WrongMethod) {
        answerApi(responder, HttpResponse::error(405, QStringLiteral("Method not allowed")), keyOk);
        return;
    }

    const FaultRoute faultRoute = *faultRouteOf(route.kind);
    if (auto fault = takeFault(faultRoute, route.requestId, [](const Fault &f) { return f.answersOnArrival(); })) {
        answerApi(responder, faultAnswer(*fault), keyOk);
        return;
    }
    if (!keyOk) {
        responder.send(HttpResponse::error(401, QStringLiteral("Invalid API key")));
        return;
    }

    switch (route.kind) {
    case K::Credits:
        answerApi(responder,
                  HttpResponse::json(200, QJsonObject{{QStringLiteral("credits"), m_config.credits},
                                                      {QStringLiteral("free-credits"), m_config.freeCredits}}),
                  false);
        break;
    case K::Upload:
        m_lastUploadAccept = request.header("accept");
        handleUpload(request, responder);
        break;
    case K::Submit:
    case K::Sync:
        handleSubmission(request, responder, route.kind == K::Sync);
        break;
    case K::Status:
        handleRunState(route.requestId, false, false, responder);
        break;
    case K::Poll:
        handleRunState(route.requestId, true, false, responder);
        break;
    case K::Result:
        handleRunState(route.requestId, true, true, responder);
        break;
    default:
        break;
    }
}

void SegmindEmulator::handleSubmission(const HttpRequest &request, const Responder &responder, bool sync)
{
    m_lastSubmissionBody = request.body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answerApi(responder, HttpResponse::error(400, QStringLiteral("The request body must be a JSON object")), true);
        return;
    }
    const QJsonObject body = document.object();
    const qsizetype promptLength = body.value(QStringLiteral("prompt")).toString().size();
    if (m_config.maxPromptLength > 0 && promptLength > m_config.maxPromptLength) {
        answerApi(responder,
                  HttpResponse::error(400, QStringLiteral("prompt: at most %1 characters, got %2")
                                               .arg(m_config.maxPromptLength)
                                               .arg(promptLength)),
                  true);
        return;
    }
    const QList<wan::core::ValidationIssue> issues = model().validate(body);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const auto &issue : issues)
            messages << issue.message;
        answerApi(responder, HttpResponse::error(400, messages.join(QLatin1Char(' '))), true);
        return;
    }

    const QJsonObject full = model().buildRequest(body.value(QStringLiteral("image")).toString(),
                                                  body.value(QStringLiteral("prompt")).toString(), body);
    // buildRequest() fills in the documented default seed (1) when none came; the
    // run reports that seed, and the clip is the one that seed films.
    const qint64 seed = full.value(QStringLiteral("seed")).toInteger();
    VideoSpec video;
    video.size = model().frameSize(full);
    video.frames = full.value(QStringLiteral("num_frames")).toInt();
    video.fps = full.value(QStringLiteral("frames_per_second")).toInt();
    video.motion = MotionPlan::forRequest(full.value(QStringLiteral("prompt")).toString(), seed);
    // An image uploaded here gets the camera move over it; any other URL gets the
    // test pattern (the emulator fetches nothing from outside).
    const QUrl imageUrl(full.value(QStringLiteral("image")).toString());
    if (isLoopbackHost(imageUrl.host()) && imageUrl.port() == storagePort()
        && imageUrl.path().startsWith(QLatin1String("/assets/"))) {
        video.sourceImage = m_assets.pathFor(imageUrl.path().mid(8));
        if (video.sourceImage.isEmpty()) {
            answerApi(responder,
                      HttpResponse::error(400, QStringLiteral("image: %1 could not be fetched").arg(imageUrl.toString())),
                      true);
            return;
        }
    }
    if (availableCredits() + 1e-9 < m_config.cost) {
        // Segmind's message names both amounts: the balance and what the model needs.
        answerApi(responder,
                  HttpResponse::error(406, QStringLiteral("Insufficient credits. Your balance is %1 but this model needs %2.")
                                               .arg(availableCredits())
                                               .arg(m_config.cost)),
                  false);
        return;
    }
    if (auto closed = rateWindowClosed()) {
        answerApi(responder, *closed, false);
        return;
    }

    // Accepted from here on: the run happens and is charged when it completes.
    const FaultRoute route = sync ? FaultRoute::V1 : FaultRoute::Submit;
    const auto acceptFault = takeFault(route, {}, [](const Fault &f) { return f.accept; });
    // A job fault set on status/result (v2) or v1 is for the next run on that API.
    auto jobFault = m_faults.take([sync](const Fault &f) {
        const bool routeFits = sync ? f.route == FaultRoute::V1
                                    : (f.route == FaultRoute::Status || f.route == FaultRoute::Result);
        return routeFits && f.changesJob() && f.requestId.isEmpty();
    });
    if (jobFault)
        noteFaultTaken(*jobFault);
    const QString id = startJob(video, sync, responder, acceptFault, jobFault);
    m_jobs[id].seed = seed;
    if (sync)
        return; // answered by answerSync() when the run ends

    if (acceptFault) {
        answerApi(responder, faultAnswer(*acceptFault), true);
        return;
    }
    const QString runBase = apiBase() + QStringLiteral("/v2/requests/") + id;
    const QString pollUrl = apiBase() + QStringLiteral("/v1/requests/") + id;
    const QString statusUrl = runBase + QStringLiteral("/status");
    answerApi(responder,
              HttpResponse::json(200, QJsonObject{
                                          {QStringLiteral("request_id"), id},
                                          {QStringLiteral("status"), QStringLiteral("QUEUED")},
                                          {QStringLiteral("poll_url"), pollUrl},
                                          {QStringLiteral("status_url"), statusUrl},
                                          {QStringLiteral("response_url"), runBase},
                                      }),
              false);
}

void SegmindEmulator::handleRunState(const QString &id, bool full, bool resultRoute, const Responder &responder)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->sync || isExpired(*it)) {
        answerApi(responder, HttpResponse::error(404, QStringLiteral("Request %1 not found").arg(id)), false);
        return;
    }
    if (!resultRoute)
        ++it->statusRequests;
    QJsonObject state = runStateJson(*it, full);
    if (resultRoute && state.contains(QStringLiteral("output"))
        && takeFault(FaultRoute::Result, id, [](const Fault &f) { return f.kind == FaultKind::NoOutput; }))
        state.remove(QStringLiteral("output"));
    // A run that was executed and failed answers 422, on both routes; v2 keeps its
    // accounting in the body (metrics), not in headers.
    const bool failed = state.value(QStringLiteral("status")) == QLatin1String("FAILED");
    answerApi(responder, HttpResponse::json(failed ? 422 : 200, state), false);
}

void SegmindEmulator::handleUpload(const HttpRequest &request, const Responder &responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray dataUrls = body.value(QStringLiteral("data_urls")).toArray();
    if (dataUrls.isEmpty()) {
        answerApi(responder, HttpResponse::error(400, QStringLiteral("data_urls: expected a list of data URLs")), true);
        return;
    }
    QJsonArray urls;
    for (const QJsonValue &value : dataUrls) {
        QString error;
        const auto name = m_assets.store(value.toString(), &error);
        if (!name) {
            answerApi(responder, HttpResponse::error(400, error), true);
            return;
        }
        urls.append(QString(storageBase() + QStringLiteral("/assets/") + *name));
    }
    ++m_uploads;
    answerApi(responder, HttpResponse::json(200, QJsonObject{{m_config.uploadField, urls}}), true);
}

void SegmindEmulator::handleStorage(const HttpRequest &request, const Responder &responder)
{
    recordRequest("storage", request);
    static const QRegularExpression filePath(QStringLiteral("^/files/([^/]+)\\.mp4$"));
    static const QRegularExpression assetPath(QStringLiteral("^/assets/([^/]+)$"));
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (const auto m = filePath.match(request.path); m.hasMatch()) {
        if (!get)
            responder.send(HttpResponse::error(405, QStringLiteral("Method not allowed")));
        else
            handleDownload(request, m.captured(1), responder);
        return;
    }
    if (const auto m = assetPath.match(request.path); m.hasMatch()) {
        const QString path = m_assets.pathFor(m.captured(1));
        QFile file(path);
        if (!get)
            responder.send(HttpResponse::error(405, QStringLiteral("Method not allowed")));
        else if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            responder.send(HttpResponse::error(404, QStringLiteral("Not found")));
        else
            responder.send(HttpResponse::raw(200, AssetStore::contentTypeFor(path), file.readAll()));
        return;
    }
    responder.send(HttpResponse::error(404, QStringLiteral("Not found")));
}

void SegmindEmulator::handleDownload(const HttpRequest &request, const QString &id, const Responder &responder)
{
    Q_UNUSED(request)
    if (auto fault = takeFault(FaultRoute::Download, id, [](const Fault &f) { return f.answersOnArrival(); })) {
        responder.send(faultAnswer(*fault));
        return;
    }
    const auto it = m_jobs.constFind(id);
    QFile file(it == m_jobs.constEnd() ? QString() : it->videoPath);
    if (it == m_jobs.constEnd() || it->state != JobState::Completed || isExpired(*it)
        || !file.open(QIODevice::ReadOnly)) {
        responder.send(HttpResponse::error(404, QStringLiteral("Not found")));
        return;
    }
    HttpResponse answer = HttpResponse::raw(200, "video/mp4", file.readAll());
    if (auto fault = takeFault(FaultRoute::Download, id, isDeliveryFault))
        applyDeliveryFault(*fault, answer);
    ++m_downloads;
    responder.send(answer);
}

} // namespace wan::emulator
