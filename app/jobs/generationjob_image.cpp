// GenerationJob: the picture. It is prepared (decoded, scaled, encoded) on a
// pool thread, kept beside the run, and uploaded once per host: from the
// upload cache, from another run of this thread uploading the same picture at
// that moment, or by this run.

#include "generationjob.h"
#include "generationjob_p.h"

#include "api/segmindclient.h"
#include "core/backgroundwork.h"
#include "core/logging.h"
#include "image/imagepreparer.h"
#include "image/preparedimagecache.h"
#include "image/uploadcache.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace wan::jobs {

using namespace detail;
using api::ApiErrors;

void GenerationJob::prepareImage()
{
    setStage(JobStage::Preparing);
    image::ImagePreparationOptions options;
    options.outputFrame = m_model.frameSize(m_parameters);
    // A continuation's image is the previous shot's exact last frame: the join
    // shows any loss, so it goes up at a quality close to the frame itself.
    if (m_request.parentFrame >= 0)
        options.jpegQuality = 97;
    const QString path = m_request.image;
    const QString keepIn = m_preparedImageDirectory;
    // Decoding a large photo takes long enough to freeze a window: never on
    // this thread. Remembered, and shared while under way: variations of one
    // photo, and the one the image well just showed, decode it once.
    auto *watcher = new QFutureWatcher<image::ImagePreparer::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, keepIn] {
        watcher->deleteLater();
        if (m_cancelled)
            return;
        const image::ImagePreparer::Result prepared = watcher->result();
        if (!prepared.ok()) {
            fail(ApiErrors::invalidInput(prepared.error.message, prepared.error.hint));
            return;
        }
        keepPreparedImage(prepared.image, keepIn);
    });
    watcher->setFuture(image::PreparedImageCache::prepareShared(path, options, core::backgroundPool()));
}

void GenerationJob::keepPreparedImage(const image::PreparedImage &prepared, const QString &keepIn)
{
    // The copy that lets the run be reproduced, written off this thread (once:
    // the name is the picture's hash).
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, prepared] {
        watcher->deleteLater();
        if (!m_cancelled)
            onImagePrepared(prepared, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(core::backgroundPool(), [prepared, keepIn]() -> QString {
        if (keepIn.isEmpty() || !QDir().mkpath(keepIn))
            return {};
        QString target = QDir(keepIn).filePath(QString::fromLatin1(prepared.sha256) + QStringLiteral(".jpg"));
        QSaveFile file(target);
        if (QFile::exists(target)
            || (file.open(QIODevice::WriteOnly) && file.write(prepared.jpeg) == prepared.jpeg.size() && file.commit()))
            return target;
        return {};
    }));
}

void GenerationJob::onImagePrepared(const image::PreparedImage &prepared, const QString &savedPath)
{
    m_preparedSize = prepared.preparedSize;
    m_preparedImagePath = savedPath;
    if (!prepared.note.isEmpty())
        emit notice(prepared.note);
    uploadOrReuse(prepared);
}

void GenerationJob::uploadOrReuse(const image::PreparedImage &prepared)
{
    if (m_uploads) {
        if (auto url = m_uploads->find(m_client->endpoints().uploadBase(), prepared.sha256)) {
            qCDebug(lcJobs) << "upload cache hit";
            m_imageUrl = url->toString(QUrl::FullyEncoded);
            m_uploadReused = true;
            send();
            return;
        }
    }
    // Another run of this thread is uploading the same picture to the same
    // host: wait for its URL instead of sending the bytes again.
    const QString key = uploadKey(prepared.sha256);
    if (GenerationJob *other = uploadsUnderWay().value(key); other && other != this) {
        setStage(JobStage::Uploading);
        auto onEnd = [this, prepared](const QUrl &url) {
            disconnect(m_sharedUploadEnded);
            disconnect(m_sharedUploadGone);
            if (m_cancelled)
                return;
            if (url.isValid()) {
                qCDebug(lcJobs) << "upload shared with another run";
                m_imageUrl = url.toString(QUrl::FullyEncoded);
                m_uploadReused = true;
                send();
            } else {
                uploadOrReuse(prepared); // its upload failed or stopped: try ourselves
            }
        };
        m_sharedUploadEnded = connect(other, &GenerationJob::imageUploadEnded, this,
                                      [onEnd, sha = prepared.sha256](const QByteArray &sha256, const QUrl &url) {
                                          if (sha256 == sha)
                                              onEnd(url);
                                      });
        m_sharedUploadGone = connect(other, &QObject::destroyed, this, [onEnd] { onEnd({}); });
        return;
    }
    uploadsUnderWay().insert(key, this);
    m_uploadingSha = prepared.sha256;
    m_uploadingKey = key;
    upload(prepared.jpeg, prepared.sha256);
}

QString GenerationJob::uploadKey(const QByteArray &sha256) const
{
    return m_client->endpoints().uploadBase().toString() + QLatin1Char('|') + QString::fromLatin1(sha256);
}

QHash<QString, QPointer<GenerationJob>> &GenerationJob::uploadsUnderWay()
{
    // Jobs live on the thread of their queue (the window's or a command's):
    // each thread has its own list, touched by that thread only.
    static thread_local QHash<QString, QPointer<GenerationJob>> underWay;
    return underWay;
}

void GenerationJob::endUpload(const QUrl &url)
{
    if (m_uploadingSha.isEmpty())
        return;
    const QByteArray sha256 = std::exchange(m_uploadingSha, {});
    uploadsUnderWay().remove(std::exchange(m_uploadingKey, {}));
    emit imageUploadEnded(sha256, url);
}

void GenerationJob::upload(const QByteArray &jpeg, const QByteArray &sha256)
{
    setStage(JobStage::Uploading);
    m_reply = m_client->uploadImage(jpeg, this, [this, jpeg, sha256](api::Outcome<QUrl> outcome) {
        if (m_cancelled)
            return;
        if (!outcome.ok()) {
            // An upload stores a file and charges nothing: safe to try again.
            if (isTransient(outcome.error) && m_rateLimitRetries < m_policy.maxRateLimitRetries) {
                const int wait = backoffMs(m_rateLimitRetries++, outcome.error);
                emit notice(tr("Upload failed (%1); trying again in %2 s.").arg(outcome.error.message).arg(wait / 1000.0, 0, 'f', 1));
                QTimer::singleShot(wait, this, [this, jpeg, sha256] {
                    if (!m_cancelled)
                        upload(jpeg, sha256);
                });
                return;
            }
            endUpload({});
            fail(outcome.error);
            return;
        }
        m_rateLimitRetries = 0;
        if (m_uploads)
            m_uploads->insert(m_client->endpoints().uploadBase(), sha256, *outcome.value);
        endUpload(*outcome.value);
        m_imageUrl = outcome.value->toString(QUrl::FullyEncoded);
        send();
    });
}

} // namespace wan::jobs
