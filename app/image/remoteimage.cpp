#include "remoteimage.h"

#include "api/endpoints.h"
#include "core/logging.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace wan::image {

namespace {

constexpr int MaxRedirects = 5;

bool isHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("html"))
        return true;
    QByteArray start = body.left(512).trimmed().toLower();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body");
}

// Anything a server labels as an image goes on to the preparer, which can say
// precisely what is wrong with it (e.g. HEIC); an unlabelled answer must at
// least look like a format Qt knows.
bool looksLikeImage(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.trimmed().toLower().startsWith("image/"))
        return true;
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    return !QImageReader::imageFormat(&buffer).isEmpty();
}

} // namespace

RemoteImage::RemoteImage(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(m_network);
}

RemoteImage::~RemoteImage()
{
    abort();
}

QString RemoteImage::host() const
{
    return m_url.host().isEmpty() ? m_url.toDisplayString(QUrl::RemoveUserInfo) : m_url.host();
}

void RemoteImage::abort()
{
    ++m_generation;
    m_busy = false;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void RemoteImage::fetch(const QUrl &url)
{
    abort();
    const quint64 generation = m_generation;
    m_url = url;
    m_body.clear();
    m_stopMessage.clear();
    m_busy = true;

    if (auto problem = api::Endpoints::transportProblem(url)) {
        qCInfo(lcImage) << "refused to fetch a picture from" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        const QString message
            = tr("%1 Use an address that starts with https://, or save the picture and choose the file.").arg(*problem);
        // Queued, so callers always get the answer after fetch() returned, refused or not.
        QMetaObject::invokeMethod(
            this,
            [this, generation, url, message] {
                if (generation != m_generation)
                    return;
                m_busy = false;
                emit failed(url, message);
            },
            Qt::QueuedConnection);
        return;
    }

    m_currentUrl = url;
    m_redirects = 0;
    startRequest(url);
}

void RemoteImage::startRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    // A host the person typed in: nothing of ours goes along. The request is
    // built here, never by SegmindClient, so no x-api-key; no cookies and no
    // remembered credentials either. Redirects are followed by hand: Qt builds
    // its own redirect request with the jar's cookies whatever this request says.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("WanStudio/%1").arg(QLatin1String(WANSTUDIO_VERSION)));
    request.setRawHeader("Accept", "image/webp,image/png,image/jpeg,image/*;q=0.8");

    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &RemoteImage::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &RemoteImage::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RemoteImage::onFinished);
}

void RemoteImage::stop(const QString &message)
{
    if (!m_reply || !m_stopMessage.isEmpty())
        return;
    m_stopMessage = message;
    m_reply->abort(); // emits finished(), which reports m_stopMessage
}

// True when the answer was a redirect that is being followed.
bool RemoteImage::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QUrl location = QUrl::fromEncoded(m_reply->rawHeader("Location"));
    if (location.isEmpty())
        return false;
    const QUrl to = m_currentUrl.resolved(location);
    if (!api::Endpoints::redirectAllowed(m_currentUrl, to, false)) {
        qCWarning(lcImage) << "refused a redirect from" << m_currentUrl.host() << "to"
                           << to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_stopMessage = tr("%1 sent the picture on to \u201C%2\u201D, which is not a secure (https) address, so Wan Studio "
                           "did not follow. Save the picture from your browser and choose the file instead.")
                            .arg(host(), to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return false;
    }
    if (++m_redirects > MaxRedirects) {
        m_stopMessage
            = tr("%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.")
                  .arg(host());
        return false;
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    m_currentUrl = to;
    m_body.clear();
    startRequest(to);
    return true;
}

void RemoteImage::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        stop(tr("The picture at %1 is %2, more than the %3 Wan Studio downloads for a picture. "
                "Save it, make it smaller, and choose the file instead.")
                 .arg(host(), QLocale().formattedDataSize(length.toLongLong(), 1, QLocale::DataSizeTraditionalFormat),
                      QLocale().formattedDataSize(m_maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
        return;
    }
    if (isHtml(m_reply->rawHeader("Content-Type"), {}))
        stop(tr("%1 answered with a web page, not a picture. Copy the address of the picture itself "
                "(right-click it, “Copy Image Address”), or save it and choose the file.")
                 .arg(host()));
}

void RemoteImage::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299) {
        m_reply->readAll(); // an error page: only the status matters
        return;
    }
    m_body.append(m_reply->readAll());
    if (m_body.size() > m_maxBytes) {
        // No (or a wrong) Content-Length: the cap still holds.
        stop(tr("The picture at %1 is larger than %2, the most Wan Studio downloads for a picture. "
                "Save it, make it smaller, and choose the file instead.")
                 .arg(host(), QLocale().formattedDataSize(m_maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
    }
}

QString RemoteImage::messageForAnswer() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    if (status == 404 || status == 410)
        return tr("%1 answered HTTP %2: there is no picture at this address. Check the address, or copy it again.")
            .arg(host())
            .arg(status);
    if (status == 401 || status == 403)
        return tr("%1 answered HTTP %2: the picture is not public. Save it from your browser and choose the file instead.")
            .arg(host())
            .arg(status);
    if (status >= 500)
        return tr("%1 answered HTTP %2: the server has a problem. Try again later, or save the picture and choose the file.")
            .arg(host())
            .arg(status);
    if (status < 200 || status > 299)
        return tr("%1 answered HTTP %2 instead of sending the picture. Check the address, or save the picture and choose the "
                  "file.")
            .arg(host())
            .arg(status);
    if (m_body.isEmpty())
        return tr("%1 sent an empty answer instead of a picture. Check the address, or save the picture and choose the file.")
            .arg(host());
    if (isHtml(contentType, m_body))
        return tr("%1 answered with a web page, not a picture. Copy the address of the picture itself "
                  "(right-click it, “Copy Image Address”), or save it and choose the file.")
            .arg(host());
    if (!looksLikeImage(contentType, m_body))
        return tr("What %1 sent is not a picture. Check that the address ends at the picture itself, "
                  "or save it and choose the file.")
            .arg(host());
    return {};
}

QString RemoteImage::messageForNetworkError() const
{
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        return tr("%1 did not answer within %2 seconds. Try again, or save the picture and choose the file.")
            .arg(host())
            .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return tr("%1 could not be reached (%2). Check the address and your internet connection.").arg(host(), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be made (%2). Save the picture from your browser and choose the file "
                  "instead.")
            .arg(host(), detail);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 kept sending the picture on to other addresses. Save it from your browser and choose the file instead.")
            .arg(host());
    default:
        return tr("The picture at %1 could not be downloaded (%2). Check the address, or save the picture and choose the file.")
            .arg(host(), detail);
    }
}

void RemoteImage::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    if (m_stopMessage.isEmpty() && reply->error() == QNetworkReply::NoError) {
        if (followRedirect())
            return;
        m_body.append(reply->readAll());
    }

    QString message = m_stopMessage;
    if (message.isEmpty()) {
        // An HTTP error status also sets error(), but the status says more than
        // the error text; a transfer cut short (timeout, dropped line) does not.
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (reply->error() == QNetworkReply::NoError || (answered && reply->error() != QNetworkReply::OperationCanceledError))
            message = messageForAnswer();
        if (message.isEmpty() && reply->error() != QNetworkReply::NoError)
            message = messageForNetworkError();
    }

    m_reply = nullptr;
    m_busy = false;
    reply->deleteLater();
    const QUrl url = m_url;
    const QByteArray body = std::exchange(m_body, {});
    if (!message.isEmpty()) {
        qCInfo(lcImage) << "fetching a picture from" << url.host() << "failed:" << reply->error() << message;
        emit failed(url, message);
        return;
    }
    qCDebug(lcImage) << "fetched" << body.size() << "bytes from" << url.host();
    emit fetched(url, body);
}

} // namespace wan::image
