#pragma once

// Where the client talks to: the Segmind API and upload hosts (both
// overridable, so tests and demos can point at a local emulator), and the
// transport rules: https only, plain http only on loopback, no downgrade on
// redirect, and the API key only ever goes to these two hosts.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace wan::core {
class Settings;
}

namespace wan::api {

class Endpoints final
{
    Q_DECLARE_TR_FUNCTIONS(wan::api::Endpoints)
public:
    static QUrl defaultApiBase() { return QUrl(QStringLiteral("https://api.segmind.com")); }
    static QUrl defaultUploadBase() { return QUrl(QStringLiteral("https://workflows-api.segmind.com")); }

    Endpoints() = default;
    Endpoints(QUrl apiBase, QUrl uploadBase);
    // Takes SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE from the environment when set,
    // else the given values (from settings).
    static Endpoints withEnvironmentOverrides(const QUrl &apiBase, const QUrl &uploadBase);
    // The bases the user set (Segmind's own where none is set), then
    // SEGMIND_API_BASE / SEGMIND_UPLOAD_BASE.
    static Endpoints fromSettings(const core::Settings &settings);

    QUrl apiBase() const { return m_apiBase; }
    QUrl uploadBase() const { return m_uploadBase; }

    QUrl syncUrl(const QString &modelEndpoint) const;   // POST /v1/<model>
    QUrl asyncUrl(const QString &modelEndpoint) const;  // POST /v2/<model>
    QUrl creditsUrl() const;                            // GET /v1/get-user-credits
    QUrl uploadUrl() const;                             // POST /upload-asset

    // True when the url goes to the API or upload host (same scheme, host and port):
    // the only places the API key may be sent.
    bool isSegmindHost(const QUrl &url) const;
    // Empty when both bases are acceptable, else a message saying which is not.
    QString validate() const;

    // Transport rules, shared by every request the app makes.
    static bool isLoopbackHost(const QString &host);
    // nullopt when the URL may be used; else why not (translated).
    static std::optional<QString> transportProblem(const QUrl &url);
    // Whether a redirect from -> to may be followed. A request that carries the key
    // may only be redirected to the same host.
    static bool redirectAllowed(const QUrl &from, const QUrl &to, bool carriesKey);

private:
    static QUrl join(const QUrl &base, const QString &path);
    QUrl m_apiBase = defaultApiBase();
    QUrl m_uploadBase = defaultUploadBase();
};

// The key's shape, and scrubbing it from any text that could reach a person or a log.
class ApiKey final
{
public:
    // "SG_" followed by 16 hexadecimal characters.
    static bool looksValid(const QString &key);
    // Replaces every occurrence of key in text with "SG_…".
    static QString redact(const QString &text, const QString &key);
};

} // namespace wan::api
