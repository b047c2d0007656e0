#include "endpoints.h"

#include "core/settings.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wan::api {

Endpoints::Endpoints(QUrl apiBase, QUrl uploadBase)
    : m_apiBase(std::move(apiBase))
    , m_uploadBase(std::move(uploadBase))
{
}

Endpoints Endpoints::fromSettings(const core::Settings &settings)
{
    const QString apiBase = settings.value(core::Settings::Key::ApiBase).toString();
    const QString uploadBase = settings.value(core::Settings::Key::UploadBase).toString();
    return withEnvironmentOverrides(apiBase.isEmpty() ? defaultApiBase() : QUrl(apiBase),
                                    uploadBase.isEmpty() ? defaultUploadBase() : QUrl(uploadBase));
}

Endpoints Endpoints::withEnvironmentOverrides(const QUrl &apiBase, const QUrl &uploadBase)
{
    const QString envApi = qEnvironmentVariable("SEGMIND_API_BASE").trimmed();
    const QString envUpload = qEnvironmentVariable("SEGMIND_UPLOAD_BASE").trimmed();
    return Endpoints(envApi.isEmpty() ? apiBase : QUrl(envApi), envUpload.isEmpty() ? uploadBase : QUrl(envUpload));
}

QUrl Endpoints::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl Endpoints::syncUrl(const QString &modelEndpoint) const
{
    return join(m_apiBase, QStringLiteral("/v1/") + modelEndpoint);
}

QUrl Endpoints::asyncUrl(const QString &modelEndpoint) const
{
    return join(m_apiBase, QStringLiteral("/v2/") + modelEndpoint);
}

QUrl Endpoints::creditsUrl() const
{
    return join(m_apiBase, QStringLiteral("/v1/get-user-credits"));
}

QUrl Endpoints::uploadUrl() const
{
    return join(m_uploadBase, QStringLiteral("/upload-asset"));
}

bool Endpoints::isSegmindHost(const QUrl &url) const
{
    auto same = [&url](const QUrl &base) {
        return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
               && url.port(url.scheme() == QLatin1String("https") ? 443 : 80) == base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return url.isValid() && !url.host().isEmpty() && (same(m_apiBase) || same(m_uploadBase));
}

QString Endpoints::validate() const
{
    if (!m_apiBase.isValid() || m_apiBase.host().isEmpty())
        return tr("The API base address \"%1\" is not a valid address.").arg(m_apiBase.toDisplayString());
    if (!m_uploadBase.isValid() || m_uploadBase.host().isEmpty())
        return tr("The upload base address \"%1\" is not a valid address.").arg(m_uploadBase.toDisplayString());
    if (auto problem = transportProblem(m_apiBase))
        return *problem;
    if (auto problem = transportProblem(m_uploadBase))
        return *problem;
    return {};
}

bool Endpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> Endpoints::transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid web address.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    if (scheme == QLatin1String("http"))
        return tr("\"%1\" uses plain http, which is not encrypted.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return tr("\"%1\" is not an https address.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
}

bool Endpoints::redirectAllowed(const QUrl &from, const QUrl &to, bool carriesKey)
{
    if (transportProblem(to))
        return false;
    // Never downgrade: an https request stays https.
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return false;
    if (carriesKey)
        return from.host().compare(to.host(), Qt::CaseInsensitive) == 0 && from.port() == to.port()
               && from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0;
    return true;
}

bool ApiKey::looksValid(const QString &key)
{
    // Anchored with \A...\z: "$" would also match before a trailing newline.
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("SG_[0-9a-fA-F]{16}")));
    return shape.match(key).hasMatch();
}

QString ApiKey::redact(const QString &text, const QString &key)
{
    if (key.isEmpty() || !text.contains(key))
        return text;
    QString copy = text;
    copy.replace(key, QStringLiteral("SG_…"));
    return copy;
}

} // namespace wan::api
