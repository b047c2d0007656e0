#pragma once

// Streams a video answer to "<target>.part" and renames it into place only
// when it is complete and its bytes are an MP4. Memory use stays flat whatever
// the video's size. Used for the v2 output URL and for the v1 sync answer.

#include "segmindclient.h"

#include <QFile>
#include <QObject>
#include <QPointer>

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
};

} // namespace wan::api
