#include "videodownload.h"

#include "core/backgroundwork.h"
#include "core/logging.h"
#include "mp4probe.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::api {

namespace {
// What Qt's network thread may read ahead of us, and so the most it reads from
// the socket at once: Qt 6.4 reads each block into a fresh QByteArray, whose
// allocation is rounded up to a power of two (128 kB for 120 kB). Under the
// mmap threshold set by core::tuneAllocator() (256 kB), blocks come from the
// heap and are reused; over it, each block is a fresh mapping, faulted in page
// by page and unmapped after use. With 2 MB here and a 128 kB threshold, a
// 200 MB download took 55,000-98,000 page faults and twice curl's CPU time;
// now about 1,300 and curl's CPU time (issue 18, BENCHMARKS.md figure 4a).
constexpr qint64 ReadBufferBytes = qint64(120) * 1024;
// Read into one reused buffer: a fresh QByteArray per chunk cost an allocation
// and its page faults every time.
constexpr qint64 ChunkBytes = qint64(256) * 1024;
}

VideoDownload::VideoDownload(SegmindClient *client, QNetworkReply *reply, QString targetPath, QString what, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reply(reply)
    , m_targetPath(std::move(targetPath))
    , m_what(std::move(what))
{
    reply->setParent(this);
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &VideoDownload::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &VideoDownload::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &VideoDownload::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (statusIsOk())
            emit progress(received, total);
    });
}

VideoDownload::~VideoDownload()
{
    if (m_part.isOpen()) {
        m_part.close();
        m_part.remove();
    }
}

void VideoDownload::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

bool VideoDownload::statusIsOk() const
{
    return m_reply && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

void VideoDownload::refuseOverLimit(qint64 bytes, bool announced)
{
    const QString sent = QLocale().formattedDataSize(bytes, 1);
    const QString limit = QLocale().formattedDataSize(m_limit, 1);
    ApiError error = ApiErrors::badVideo(QString());
    error.message = announced
        ? tr("The service announced %1 for a clip that cannot be more than %2; the download was stopped before anything "
             "was written and nothing was kept.").arg(sent, limit)
        : tr("The service sent at least %1 for a clip that cannot be more than %2; the download was stopped and nothing "
             "was kept.").arg(sent, limit);
    error.hint = tr("The run may have been charged: resume it later, or check the request in your Segmind console.");
    error.httpStatus = 200;
    qCWarning(lcApi) << "video answer over its limit of" << m_limit << "bytes:" << bytes << (announced ? "announced" : "received");
    m_limitError = error;
    m_failed = true;
    if (m_reply)
        m_reply->abort();
}

void VideoDownload::onMetaData()
{
    if (!statusIsOk() || m_part.isOpen() || m_failed)
        return;
    // Refused before the part file exists: nothing is written for an answer that is too large.
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (isOverLimit(announced))
        return refuseOverLimit(announced, true);
    const QString part = partPath(m_targetPath);
    if (!QDir().mkpath(QFileInfo(part).absolutePath())) {
        m_diskError = ApiErrors::disk(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(QFileInfo(part).absolutePath())));
        m_failed = true;
        m_reply->abort();
        return;
    }
    m_part.setFileName(part);
    // Unbuffered: chunks of up to a megabyte go straight to the file, not through a copy.
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_diskError = ApiErrors::disk(tr("%1 cannot be written (%2)").arg(QDir::toNativeSeparators(part), m_part.errorString()));
        m_failed = true;
        m_reply->abort();
    }
}

void VideoDownload::onReadyRead()
{
    // An aborted reply (a refused redirect, a stall) is closed: reading it only warns.
    if (!m_reply || m_failed || !m_reply->isOpen())
        return;
    if (!statusIsOk()) {
        // An error answer: keep a bounded excerpt for the message.
        const QByteArray chunk = m_reply->readAll();
        if (m_errorBody.size() < qsizetype(64) * 1024)
            m_errorBody.append(chunk.left(qsizetype(64) * 1024 - m_errorBody.size()));
        return;
    }
    if (!m_part.isOpen())
        onMetaData();
    if (m_failed)
        return;
    if (m_chunk.size() != ChunkBytes)
        m_chunk.resize(ChunkBytes);
    while (m_reply->bytesAvailable() > 0) {
        const qint64 read = m_reply->read(m_chunk.data(), m_chunk.size());
        if (read <= 0)
            break;
        if (isOverLimit(m_received + read))
            return refuseOverLimit(m_received + read, false);
        // A full disk often first shows as a short write that carries no error;
        // writing the rest then fails with the reason ("No space left on device").
        qint64 written = 0;
        while (written < read) {
            const qint64 n = m_part.write(m_chunk.constData() + written, read - written);
            if (n <= 0)
                break;
            written += n;
        }
        if (written != read) {
            m_diskError = ApiErrors::disk(tr("writing %1 failed (%2)").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
            m_failed = true;
            m_reply->abort();
            return;
        }
        m_received += read;
    }
}

void VideoDownload::fail(const ApiError &error)
{
    if (m_part.isOpen())
        m_part.close();
    if (!m_part.fileName().isEmpty())
        m_part.remove();
    m_done = true;
    emit finished(Outcome<QString>{std::nullopt, error});
}

void VideoDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    if (!m_failed)
        onReadyRead();
    m_reply->deleteLater();

    if (m_limitError.isError())
        return fail(m_limitError);
    if (m_diskError.isError())
        return fail(m_diskError);
    if (m_aborted)
        return fail(ApiErrors::cancelled(true));

    HttpAnswer answer;
    answer.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = m_errorBody;
    answer.networkError = m_reply->error();
    answer.networkErrorText = m_reply->errorString();
    answer.timedOut = m_reply->property("wanTimedOut").toBool();
    answer.redirectRefused = m_reply->property("wanRedirectRefused").toBool();
    answer.retryAfter = m_reply->rawHeader("Retry-After");
    if (!statusIsOk() || m_reply->error() != QNetworkReply::NoError) {
        if (!m_client)
            return fail(ApiErrors::network(answer.networkErrorText, m_what));
        ApiError error = m_client->errorFor(answer, m_what);
        if (answer.status == 200 && !answer.timedOut && error.kind == ApiError::Kind::Network) {
            error.message = tr("The connection dropped while %1 (%2 received).").arg(m_what, QLocale().formattedDataSize(m_received));
            error.hint = tr("Download it again; the result stays available on the service for an hour.");
        }
        return fail(error);
    }

    // Qt sometimes finishes a reply cut short by the server without an error:
    // fewer bytes than announced is a dropped connection, whatever Qt says.
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > 0 && m_received < announced) {
        ApiError error = ApiErrors::network(tr("%1 of %2 received").arg(QLocale().formattedDataSize(m_received), QLocale().formattedDataSize(announced)), m_what);
        error.message = tr("The connection dropped while %1 (%2 of %3 received).")
                            .arg(m_what, QLocale().formattedDataSize(m_received), QLocale().formattedDataSize(announced));
        error.hint = tr("Download it again; the result stays available on the service for an hour.");
        return fail(error);
    }
    if (!m_part.isOpen())
        onMetaData();  // an empty 200 answer never emitted readyRead
    if (m_failed)
        return fail(m_diskError);
    if (!m_part.flush()) {
        return fail(ApiErrors::disk(tr("writing %1 failed (%2)").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString())));
    }
    m_part.close();
    // Checking the file reads its boxes, and the step before the rename may
    // rewrite it (its settings stamped in): both on a worker, never on this
    // thread. The part file was open for writing only: it is read back through
    // a handle of its own.
    struct Checked
    {
        Mp4Info info;
        QString problem;  // from the step before the rename
    };
    const BeforeRename step = m_prepareBeforeRename ? m_prepareBeforeRename() : BeforeRename();
    const QString part = m_part.fileName();
    const qint64 limit = m_limit;
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Checked checked = watcher->result();
        if (!checked.info.complete) {
            qCWarning(lcApi) << "downloaded video rejected:" << checked.info.problem;
            return fail(ApiErrors::badVideo(checked.info.problem));
        }
        m_beforeRenameProblem = checked.problem;
        // Even when cancelled meanwhile: the clip is complete and paid for.
        renameIntoPlace();
    });
    watcher->setFuture(QtConcurrent::run(core::backgroundPool(), [part, limit, step] {
        Checked checked{Mp4Probe::inspectFile(part, limit), {}};
        if (checked.info.complete && step)
            checked.problem = step(part);
        return checked;
    }));
}

void VideoDownload::renameIntoPlace()
{
    if (QFile::exists(m_targetPath) && !QFile::remove(m_targetPath))
        return fail(ApiErrors::disk(tr("%1 exists and cannot be replaced").arg(QDir::toNativeSeparators(m_targetPath))));
    if (!m_part.rename(m_targetPath))
        return fail(ApiErrors::disk(tr("%1 cannot be renamed into place (%2)").arg(QDir::toNativeSeparators(m_targetPath), m_part.errorString())));
    m_done = true;
    emit finished(Outcome<QString>{m_targetPath, {}});
}

} // namespace wan::api
