#pragma once

// Downloads a picture from a web address for the preview and the upload. It is
// an arbitrary host, so: never the API key, no cookies, https only (plain http
// only on loopback, for tests and demos), no redirect that downgrades, a byte
// cap that aborts as soon as it is exceeded, and a timeout for silent servers.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace wan::image {

class RemoteImage final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBytes = qint64(20) * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 15'000;

    // network must outlive this object.
    explicit RemoteImage(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RemoteImage() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // How long the server may stay silent (no bytes at all) before the fetch fails.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Starts downloading url; a fetch in flight is abandoned without a signal.
    // Exactly one of fetched() or failed() follows, never before fetch() returns.
    void fetch(const QUrl &url);
    // Abandons the fetch in flight, if any, without a signal.
    void abort();
    bool isBusy() const { return m_busy; }

signals:
    void fetched(const QUrl &url, const QByteArray &bytes);
    // message: translated; says what happened and what to do.
    void failed(const QUrl &url, const QString &message);

private:
    void startRequest(const QUrl &url);
    bool followRedirect();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    // Stops the transfer; onFinished() then reports message.
    void stop(const QString &message);
    QString messageForAnswer() const;
    QString messageForNetworkError() const;
    QString host() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url; // as asked for; messages name its host
    QUrl m_currentUrl; // after the redirects followed so far
    int m_redirects = 0;
    QByteArray m_body;
    QString m_stopMessage; // why we stopped the transfer ourselves
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_timeoutMs = DefaultTimeoutMs;
    quint64 m_generation = 0; // lets a queued refusal notice it was superseded
    bool m_busy = false;
};

} // namespace wan::image
