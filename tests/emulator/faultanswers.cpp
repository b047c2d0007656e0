#include "faultanswers.h"

#include <QDateTime>

namespace wan::emulator {

namespace {

QByteArray htmlPage(int status)
{
    // What a load balancer or captive portal puts in front of an API.
    const QByteArray title = status >= 400 ? QByteArray::number(status) + " Error" : QByteArray("Please wait");
    return "<!DOCTYPE html>\n<html><head><title>" + title
        + "</title></head>\n<body><h1>Something went wrong</h1>"
          "<p>The server encountered a temporary error. Please try again later.</p></body></html>\n";
}

// JSON that parses but has none of the fields any client of the API reads.
QJsonValue defaultWrongShape()
{
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("unexpected"), true}}},
        {QStringLiteral("items"), QJsonArray{1, 2, 3}},
    };
}

QByteArray hugeJson(int sizeMb)
{
    // Valid JSON of the requested size, so only a client's size cap stops it.
    const QByteArray head = R"({"status":"QUEUED","padding":")";
    const QByteArray tail = R"("})";
    const qsizetype total = qMax<qsizetype>(qsizetype(sizeMb) * 1024 * 1024, head.size() + tail.size());
    QByteArray body;
    body.reserve(total);
    body += head;
    body += QByteArray(total - head.size() - tail.size(), 'x');
    body += tail;
    return body;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A real gzip member (RFC 1952) of sizeMb megabytes of zeros: a few hundred
// kilobytes on the wire. qCompress gives a zlib stream (4-byte length, 2-byte
// header, raw deflate, 4-byte Adler-32); the raw deflate part is reused.
QByteArray gzipBomb(int sizeMb)
{
    const QByteArray plain(qsizetype(qMax(sizeMb, 1)) * 1024 * 1024, '\0');
    const QByteArray zlib = qCompress(plain, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    gzip += deflate;
    auto appendLe32 = [&gzip](quint32 value) {
        for (int i = 0; i < 4; ++i)
            gzip += char((value >> (8 * i)) & 0xFF);
    };
    appendLe32(crc32(plain));
    appendLe32(quint32(plain.size()));
    return gzip;
}

} // namespace

QString defaultErrorText(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad request");
    case 401: return QStringLiteral("Invalid API key");
    case 403: return QStringLiteral("You do not have permission to access this model");
    case 404: return QStringLiteral("Not found");
    case 405: return QStringLiteral("Method not allowed");
    case 406: return QStringLiteral("Insufficient credits");
    case 410: return QStringLiteral("This model has been deprecated and is no longer available");
    case 429: return QStringLiteral("Too many requests, please slow down");
    case 500: return QStringLiteral("Internal server error");
    case 502: return QStringLiteral("Bad gateway");
    case 503: return QStringLiteral("Service temporarily unavailable");
    case 504: return QStringLiteral("Gateway timeout");
    default: return QStringLiteral("Error %1").arg(status);
    }
}

HttpResponse faultAnswer(const Fault &fault)
{
    HttpResponse response;
    switch (fault.kind) {
    case FaultKind::Status:
        if (fault.body == QLatin1String("html"))
            response = HttpResponse::raw(fault.httpStatus, "text/html; charset=utf-8", htmlPage(fault.httpStatus));
        else if (fault.body == QLatin1String("empty"))
            response = HttpResponse::raw(fault.httpStatus, {}, {});
        else
            response = HttpResponse::error(fault.httpStatus,
                                           fault.message.isEmpty() ? defaultErrorText(fault.httpStatus) : fault.message);
        break;
    case FaultKind::Html:
        response = HttpResponse::raw(200, "text/html; charset=utf-8", htmlPage(200));
        break;
    case FaultKind::Empty:
        response = HttpResponse::raw(200, "application/json", {});
        break;
    case FaultKind::InvalidJson:
        response = HttpResponse::raw(200, "application/json", R"({"status": "COMPLETED", "output": "http://)");
        break;
    case FaultKind::WrongShape:
        response = HttpResponse::json(200, fault.json.isUndefined() ? defaultWrongShape() : fault.json);
        break;
    case FaultKind::HugeJson:
        response = HttpResponse::raw(200, "application/json", hugeJson(fault.sizeMb));
        break;
    case FaultKind::Expired:
        response = HttpResponse::error(404, QStringLiteral("Request not found or expired"));
        break;
    case FaultKind::Reset:
        response = HttpResponse::reset();
        break;
    case FaultKind::Stall:
        response = HttpResponse::stall();
        break;
    case FaultKind::RedirectLoop:
        response = redirectLoopAnswer();
        break;
    case FaultKind::GzipBomb:
        response = HttpResponse::raw(200, "application/json", gzipBomb(fault.sizeMb));
        response.setHeader("Content-Encoding", "gzip");
        break;
    default:
        // Job and delivery faults never answer on their own; a plain 500 makes a
        // mistake in the emulator visible instead of hanging the client.
        response = HttpResponse::error(500, QStringLiteral("emulator: fault cannot answer here"));
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    if (fault.resetInMs >= 0)
        response.setHeader("x-rate-limit-reset-at-utc",
                           QDateTime::currentDateTimeUtc().addMSecs(fault.resetInMs).toString(Qt::ISODateWithMs).toLatin1());
    return response;
}

HttpResponse redirectLoopAnswer()
{
    HttpResponse response = HttpResponse::raw(302, "text/plain", "Found\n");
    response.setHeader("Location", RedirectLoopPath);
    return response;
}

bool isDeliveryFault(const Fault &fault)
{
    if (fault.accept)
        return false;
    switch (fault.kind) {
    case FaultKind::Truncate:
    case FaultKind::NotMp4:
    case FaultKind::Padded:
    case FaultKind::Endless:
        return true;
    case FaultKind::Reset:
    case FaultKind::Stall:
        return fault.afterBytes >= 0;
    default:
        return false;
    }
}

void applyDeliveryFault(const Fault &fault, HttpResponse &videoAnswer)
{
    switch (fault.kind) {
    case FaultKind::Truncate:
        videoAnswer.delivery = HttpResponse::Delivery::Truncate;
        break;
    case FaultKind::NotMp4: {
        // A Matroska/WebM header: a video, but not the MP4 that was promised.
        QByteArray bytes("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01", 9);
        bytes += QByteArray(32 * 1024 - bytes.size(), '\0');
        videoAnswer.body = bytes;
        break;
    }
    case FaultKind::Padded:
        // Trailing zeros read as one box of size 0 ("to the end of the file").
        videoAnswer.paddingBytes = qMax<qint64>(0, qint64(fault.sizeMb) * 1024 * 1024 - videoAnswer.body.size());
        break;
    case FaultKind::Endless:
        videoAnswer.chunked = true;
        videoAnswer.paddingBytes = qint64(fault.sizeMb) * 1024 * 1024;
        videoAnswer.delivery = HttpResponse::Delivery::Reset;
        videoAnswer.afterBytes = videoAnswer.body.size() + videoAnswer.paddingBytes;
        break;
    case FaultKind::Reset:
        videoAnswer.delivery = HttpResponse::Delivery::Reset;
        videoAnswer.afterBytes = fault.afterBytes;
        break;
    case FaultKind::Stall:
        videoAnswer.delivery = HttpResponse::Delivery::Stall;
        videoAnswer.afterBytes = fault.afterBytes;
        break;
    default:
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        videoAnswer.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
}

} // namespace wan::emulator
