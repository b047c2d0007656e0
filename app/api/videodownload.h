#pragma once

// Streams a video answer to "<target>.part" and renames it into place only
// when it is complete and its bytes are an MP4. Memory use stays flat whatever
// the video's size. Used for the v2 output URL and for the v1 sync answer.

#include "segmindclient.h"

#include <QFile>
#include <QObject>
#include <QPointer>

#include <functional>

namespace wan::api {

class VideoDownload final : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of reply. what names the step for messages ("downloading the video").
    VideoDownload(SegmindClient *client, QNetworkReply *reply, QString targetPath, QString what, QObject *parent = nullptr);
    ~VideoDownload() override;

    void abort();
    // The most bytes the answer may have (see DownloadLimit); 0 or less: no limit.
    // A larger Content-Length is refused before anything is written; a body that
    // grows past it is stopped at once and its part file deleted.
    void setSizeLimit(qint64 bytes) { m_limit = bytes; }
    qint64 sizeLimit() const { return m_limit; }
    // True when the answer was refused for its size: fetching it again would
    // be refused again, so callers do not retry.
    bool exceededLimit() const { return m_limitError.isError(); }
    // A step for the complete, checked part file just before it is renamed into
    // place (the clip's settings go in here, so a clip never sits at its final
    // path without them). prepare is called on this thread once the file is
    // complete and gives the step, which runs on a worker thread and returns a
    // problem to report, or nothing; the clip is renamed into place either way.
    using BeforeRename = std::function<QString(const QString &partPath)>;
    void setBeforeRename(std::function<BeforeRename()> prepare) { m_prepareBeforeRename = std::move(prepare); }
    // What setBeforeRename's step reported for the clip just saved (empty: nothing).
    QString beforeRenameProblem() const { return m_beforeRenameProblem; }
    QString targetPath() const { return m_targetPath; }
    static QString partPath(const QString &targetPath) { return targetPath + QStringLiteral(".part"); }

signals:
    void progress(qint64 received, qint64 total);
    // Emitted once; value is the final path.
    void finished(const wan::api::Outcome<QString> &result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const ApiError &error);
    void renameIntoPlace();
    bool statusIsOk() const;
    bool isOverLimit(qint64 bytes) const { return m_limit > 0 && bytes > m_limit; }
    void refuseOverLimit(qint64 bytes, bool announced);

    QPointer<SegmindClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QString m_targetPath;
    QString m_what;
    QFile m_part;
    QByteArray m_errorBody;
    QByteArray m_chunk; // reused for every read
    bool m_failed = false;
    bool m_done = false;
    bool m_aborted = false;
    ApiError m_diskError;
    ApiError m_limitError;
    qint64 m_limit = 0;
    qint64 m_received = 0;
    std::function<BeforeRename()> m_prepareBeforeRename;
    QString m_beforeRenameProblem;
};

} // namespace wan::api
