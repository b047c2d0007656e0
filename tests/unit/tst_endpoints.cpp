// Where the client may talk to and where the key may go: the default and
// overridden hosts, URL joining, the https-or-loopback rule, redirects, and the
// key's shape and scrubbing. Only obviously fake keys appear here.

#include "api/endpoints.h"

#include <QStandardPaths>
#include <QTest>

using wan::api::ApiKey;
using wan::api::Endpoints;

namespace {

const QString kModel = QStringLiteral("wan-2.2-i2v-fast");

// Sets or clears an environment variable for one scope, then puts back what was there.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

} // namespace

class TestEndpoints final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaults_areSegmindsProductionHosts();
    void defaultUrls_followTheDocumentation();
    void environment_overridesTheConfiguredBases();
    void blankEnvironment_keepsTheConfiguredBases();
    void environmentOverride_isRestoredAfterTheTest();

    void urlJoining_handlesSlashesAndBasePaths_data();
    void urlJoining_handlesSlashesAndBasePaths();

    void validate_acceptsHttpsAndLoopbackOnly_data();
    void validate_acceptsHttpsAndLoopbackOnly();

    void transportProblem_allowsHttpsAndLoopbackHttpOnly_data();
    void transportProblem_allowsHttpsAndLoopbackHttpOnly();

    void redirect_neverDowngradesOrLeaksTheKey_data();
    void redirect_neverDowngradesOrLeaksTheKey();

    void isSegmindHost_matchesSchemeHostAndPortExactly_data();
    void isSegmindHost_matchesSchemeHostAndPortExactly();
    void isSegmindHost_knowsTheEmulatorsPorts();

    void keyShape_isSgPlusSixteenHex_data();
    void keyShape_isSgPlusSixteenHex();
    void redact_removesEveryCopyOfTheKey_data();
    void redact_removesEveryCopyOfTheKey();
};

void TestEndpoints::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEndpoints::defaults_areSegmindsProductionHosts()
{
    QCOMPARE(Endpoints::defaultApiBase(), url("https://api.segmind.com"));
    QCOMPARE(Endpoints::defaultUploadBase(), url("https://workflows-api.segmind.com"));
    const Endpoints endpoints;
    QCOMPARE(endpoints.apiBase(), url("https://api.segmind.com"));
    QCOMPARE(endpoints.uploadBase(), url("https://workflows-api.segmind.com"));
    QCOMPARE(endpoints.validate(), QString());
}

void TestEndpoints::defaultUrls_followTheDocumentation()
{
    const Endpoints endpoints;
    QCOMPARE(endpoints.syncUrl(kModel), url("https://api.segmind.com/v1/wan-2.2-i2v-fast"));
    QCOMPARE(endpoints.asyncUrl(kModel), url("https://api.segmind.com/v2/wan-2.2-i2v-fast"));
    QCOMPARE(endpoints.creditsUrl(), url("https://api.segmind.com/v1/get-user-credits"));
    QCOMPARE(endpoints.uploadUrl(), url("https://workflows-api.segmind.com/upload-asset"));
}

void TestEndpoints::environment_overridesTheConfiguredBases()
{
    const ScopedEnv api("SEGMIND_API_BASE", QByteArrayLiteral("http://127.0.0.1:8080"));
    const ScopedEnv upload("SEGMIND_UPLOAD_BASE", QByteArrayLiteral(" http://127.0.0.1:8081/storage "));
    const Endpoints endpoints = Endpoints::withEnvironmentOverrides(url("https://configured.example"), url("https://configured-upload.example"));
    QCOMPARE(endpoints.apiBase(), url("http://127.0.0.1:8080"));
    QCOMPARE(endpoints.uploadBase(), url("http://127.0.0.1:8081/storage"));
    QCOMPARE(endpoints.asyncUrl(kModel), url("http://127.0.0.1:8080/v2/wan-2.2-i2v-fast"));
    QCOMPARE(endpoints.uploadUrl(), url("http://127.0.0.1:8081/storage/upload-asset"));
    QCOMPARE(endpoints.validate(), QString());

    // Only one of the two overridden: the other keeps its configured value.
    const ScopedEnv noUpload("SEGMIND_UPLOAD_BASE", QByteArray());
    const Endpoints half = Endpoints::withEnvironmentOverrides(Endpoints::defaultApiBase(), Endpoints::defaultUploadBase());
    QCOMPARE(half.apiBase(), url("http://127.0.0.1:8080"));
    QCOMPARE(half.uploadBase(), Endpoints::defaultUploadBase());
}

void TestEndpoints::blankEnvironment_keepsTheConfiguredBases()
{
    const ScopedEnv api("SEGMIND_API_BASE", QByteArrayLiteral("   "));
    const ScopedEnv upload("SEGMIND_UPLOAD_BASE", QByteArrayLiteral(""));
    const Endpoints endpoints = Endpoints::withEnvironmentOverrides(Endpoints::defaultApiBase(), url("https://configured-upload.example"));
    QCOMPARE(endpoints.apiBase(), Endpoints::defaultApiBase());
    QCOMPARE(endpoints.uploadBase(), url("https://configured-upload.example"));
}

void TestEndpoints::environmentOverride_isRestoredAfterTheTest()
{
    const bool wasSet = qEnvironmentVariableIsSet("SEGMIND_API_BASE");
    const QByteArray before = qgetenv("SEGMIND_API_BASE");
    {
        const ScopedEnv api("SEGMIND_API_BASE", QByteArrayLiteral("http://[::1]:9"));
        QCOMPARE(qgetenv("SEGMIND_API_BASE"), QByteArrayLiteral("http://[::1]:9"));
    }
    QCOMPARE(qEnvironmentVariableIsSet("SEGMIND_API_BASE"), wasSet);
    QCOMPARE(qgetenv("SEGMIND_API_BASE"), before);
}

void TestEndpoints::urlJoining_handlesSlashesAndBasePaths_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expectedSync");
    QTest::addColumn<QUrl>("expectedCredits");

    QTest::newRow("bare host") << url("https://api.segmind.com") << url("https://api.segmind.com/v1/wan-2.2-i2v-fast")
                               << url("https://api.segmind.com/v1/get-user-credits");
    QTest::newRow("trailing slash") << url("https://api.segmind.com/") << url("https://api.segmind.com/v1/wan-2.2-i2v-fast")
                                    << url("https://api.segmind.com/v1/get-user-credits");
    QTest::newRow("several trailing slashes") << url("https://api.segmind.com///") << url("https://api.segmind.com/v1/wan-2.2-i2v-fast")
                                              << url("https://api.segmind.com/v1/get-user-credits");
    QTest::newRow("loopback with port") << url("http://127.0.0.1:8080") << url("http://127.0.0.1:8080/v1/wan-2.2-i2v-fast")
                                        << url("http://127.0.0.1:8080/v1/get-user-credits");
    QTest::newRow("base path") << url("http://127.0.0.1:8080/segmind") << url("http://127.0.0.1:8080/segmind/v1/wan-2.2-i2v-fast")
                               << url("http://127.0.0.1:8080/segmind/v1/get-user-credits");
    QTest::newRow("base path with slash") << url("https://proxy.example/api/segmind/") << url("https://proxy.example/api/segmind/v1/wan-2.2-i2v-fast")
                                          << url("https://proxy.example/api/segmind/v1/get-user-credits");
    QTest::newRow("query and fragment dropped") << url("https://api.segmind.com/?debug=1#top") << url("https://api.segmind.com/v1/wan-2.2-i2v-fast")
                                                << url("https://api.segmind.com/v1/get-user-credits");
    QTest::newRow("IPv6 loopback") << url("http://[::1]:8080/") << url("http://[::1]:8080/v1/wan-2.2-i2v-fast")
                                   << url("http://[::1]:8080/v1/get-user-credits");
}

void TestEndpoints::urlJoining_handlesSlashesAndBasePaths()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expectedSync);
    QFETCH(QUrl, expectedCredits);

    const Endpoints endpoints(base, base);
    QCOMPARE(endpoints.syncUrl(kModel), expectedSync);
    QCOMPARE(endpoints.creditsUrl(), expectedCredits);
    // v2 and upload-asset hang off the same joined path.
    QCOMPARE(endpoints.asyncUrl(kModel).path(), expectedSync.path().replace(QStringLiteral("/v1/"), QStringLiteral("/v2/")));
    QVERIFY2(endpoints.uploadUrl().path().endsWith(QStringLiteral("/upload-asset")), qPrintable(endpoints.uploadUrl().toString()));
    QVERIFY(!endpoints.uploadUrl().path().contains(QStringLiteral("//")));
    QCOMPARE(endpoints.uploadUrl().host(), base.host());
}

void TestEndpoints::validate_acceptsHttpsAndLoopbackOnly_data()
{
    QTest::addColumn<QUrl>("apiBase");
    QTest::addColumn<QUrl>("uploadBase");
    QTest::addColumn<QString>("problemMentions"); // empty: acceptable

    QTest::newRow("defaults") << Endpoints::defaultApiBase() << Endpoints::defaultUploadBase() << QString();
    QTest::newRow("emulator") << url("http://127.0.0.1:8080") << url("http://localhost:8080") << QString();
    QTest::newRow("plain http api") << url("http://api.segmind.com") << Endpoints::defaultUploadBase() << QStringLiteral("plain http");
    QTest::newRow("plain http upload") << Endpoints::defaultApiBase() << url("http://workflows-api.segmind.com") << QStringLiteral("plain http");
    QTest::newRow("no host") << url("https://") << Endpoints::defaultUploadBase() << QStringLiteral("API base");
    QTest::newRow("not a URL") << url("segmind") << Endpoints::defaultUploadBase() << QStringLiteral("API base");
    QTest::newRow("upload not a URL") << Endpoints::defaultApiBase() << QUrl() << QStringLiteral("upload base");
}

void TestEndpoints::validate_acceptsHttpsAndLoopbackOnly()
{
    QFETCH(QUrl, apiBase);
    QFETCH(QUrl, uploadBase);
    QFETCH(QString, problemMentions);

    const QString problem = Endpoints(apiBase, uploadBase).validate();
    QCOMPARE(problem.isEmpty(), problemMentions.isEmpty());
    QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestEndpoints::transportProblem_allowsHttpsAndLoopbackHttpOnly_data()
{
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << url("https://api.segmind.com/v2/wan-2.2-i2v-fast") << true;
    QTest::newRow("https other host") << url("https://segmind-outputs.s3.amazonaws.com/a.mp4") << true;
    QTest::newRow("HTTPS upper case") << url("HTTPS://api.segmind.com/") << true;
    QTest::newRow("http 127.0.0.1:8080") << url("http://127.0.0.1:8080/v1/x") << true;
    QTest::newRow("http 127.5.5.5") << url("http://127.5.5.5/") << true;
    QTest::newRow("http localhost") << url("http://localhost/") << true;
    QTest::newRow("http LOCALHOST:9000") << url("http://LOCALHOST:9000/") << true;
    QTest::newRow("http [::1]") << url("http://[::1]/") << true;
    QTest::newRow("http [::1]:8080") << url("http://[::1]:8080/v1/x") << true;
    QTest::newRow("http example.com") << url("http://example.com/") << false;
    QTest::newRow("http api.segmind.com") << url("http://api.segmind.com/v1/x") << false;
    QTest::newRow("http 10.0.0.1") << url("http://10.0.0.1/") << false;
    QTest::newRow("http 0.0.0.0") << url("http://0.0.0.0/") << false;
    QTest::newRow("http localhost look-alike") << url("http://localhost.example.com/") << false;
    QTest::newRow("http 127.0.0.1 look-alike") << url("http://127.0.0.1.example.com/") << false;
    QTest::newRow("http userinfo trick") << url("http://127.0.0.1@example.com/") << false;
    QTest::newRow("ftp") << url("ftp://example.com/a.mp4") << false;
    QTest::newRow("ftp loopback") << url("ftp://127.0.0.1/a.mp4") << false;
    QTest::newRow("file") << url("file:///etc/passwd") << false;
    QTest::newRow("data") << url("data:text/plain,hi") << false;
    QTest::newRow("relative") << url("/v1/x") << false;
    QTest::newRow("empty") << QUrl() << false;
}

void TestEndpoints::transportProblem_allowsHttpsAndLoopbackHttpOnly()
{
    QFETCH(QUrl, target);
    QFETCH(bool, allowed);

    const auto problem = Endpoints::transportProblem(target);
    QCOMPARE(!problem.has_value(), allowed);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestEndpoints::redirect_neverDowngradesOrLeaksTheKey_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("carriesKey");
    QTest::addColumn<bool>("allowed");

    const QUrl api = url("https://api.segmind.com/v2/requests/r1");
    QTest::newRow("same host, key") << api << url("https://api.segmind.com/v2/requests/r1/result") << true << true;
    QTest::newRow("same host, no key") << api << url("https://api.segmind.com/other") << false << true;
    QTest::newRow("https->http, same host") << api << url("http://api.segmind.com/v2/requests/r1") << false << false;
    QTest::newRow("https->http, same host, key") << api << url("http://api.segmind.com/v2/requests/r1") << true << false;
    QTest::newRow("https->http loopback") << api << url("http://127.0.0.1:8080/x") << false << false;
    QTest::newRow("other host, key") << api << url("https://evil.example/steal") << true << false;
    QTest::newRow("sub-domain, key") << api << url("https://cdn.api.segmind.com/x") << true << false;
    QTest::newRow("same host other port, key") << api << url("https://api.segmind.com:8443/x") << true << false;
    QTest::newRow("other host, no key") << url("https://segmind-outputs.s3.amazonaws.com/a.mp4")
                                        << url("https://cdn.example/a.mp4") << false << true;
    QTest::newRow("to plain http elsewhere") << url("https://cdn.example/a.mp4") << url("http://cdn2.example/a.mp4") << false << false;
    QTest::newRow("to ftp") << url("https://cdn.example/a.mp4") << url("ftp://cdn.example/a.mp4") << false << false;
    QTest::newRow("loopback http->https upgrade") << url("http://127.0.0.1:8080/x") << url("https://cdn.example/x") << false << true;
    QTest::newRow("loopback same port, key") << url("http://127.0.0.1:8080/a") << url("http://127.0.0.1:8080/b") << true << true;
    QTest::newRow("loopback other port, key") << url("http://127.0.0.1:8080/a") << url("http://127.0.0.1:8081/b") << true << false;
    QTest::newRow("loopback to https same host, key") << url("http://127.0.0.1:8080/a") << url("https://127.0.0.1:8080/a") << true << false;
}

void TestEndpoints::redirect_neverDowngradesOrLeaksTheKey()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, carriesKey);
    QFETCH(bool, allowed);
    QCOMPARE(Endpoints::redirectAllowed(from, to, carriesKey), allowed);
}

void TestEndpoints::isSegmindHost_matchesSchemeHostAndPortExactly_data()
{
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<bool>("segmind");

    QTest::newRow("api") << url("https://api.segmind.com/v2/wan-2.2-i2v-fast") << true;
    QTest::newRow("api, credits") << url("https://api.segmind.com/v1/get-user-credits") << true;
    QTest::newRow("upload") << url("https://workflows-api.segmind.com/upload-asset") << true;
    QTest::newRow("api, explicit default port") << url("https://api.segmind.com:443/v1/x") << true;
    QTest::newRow("api, upper-case host") << url("https://API.Segmind.COM/v1/x") << true;
    QTest::newRow("api over http") << url("http://api.segmind.com/v1/x") << false;
    QTest::newRow("api, other port") << url("https://api.segmind.com:8443/v1/x") << false;
    QTest::newRow("http default port as https port") << url("https://api.segmind.com:80/v1/x") << false;
    QTest::newRow("other segmind host") << url("https://www.segmind.com/") << false;
    QTest::newRow("sub-domain") << url("https://x.api.segmind.com/") << false;
    QTest::newRow("look-alike suffix") << url("https://api.segmind.com.evil.example/") << false;
    QTest::newRow("userinfo trick") << url("https://api.segmind.com@evil.example/") << false;
    QTest::newRow("storage host") << url("https://segmind-outputs.s3.amazonaws.com/a.mp4") << false;
    QTest::newRow("relative") << url("/v1/x") << false;
    QTest::newRow("empty") << QUrl() << false;
}

void TestEndpoints::isSegmindHost_matchesSchemeHostAndPortExactly()
{
    QFETCH(QUrl, target);
    QFETCH(bool, segmind);
    QCOMPARE(Endpoints().isSegmindHost(target), segmind);
}

void TestEndpoints::isSegmindHost_knowsTheEmulatorsPorts()
{
    const Endpoints emulator(url("http://127.0.0.1:8080"), url("http://127.0.0.1:8081/storage"));
    QVERIFY(emulator.isSegmindHost(url("http://127.0.0.1:8080/v2/wan-2.2-i2v-fast")));
    QVERIFY(emulator.isSegmindHost(url("http://127.0.0.1:8081/anything")));
    QVERIFY(!emulator.isSegmindHost(url("http://127.0.0.1:8082/v1/x")));
    QVERIFY(!emulator.isSegmindHost(url("http://127.0.0.1/v1/x")));
    QVERIFY(!emulator.isSegmindHost(url("https://127.0.0.1:8080/v1/x")));
    QVERIFY(!emulator.isSegmindHost(url("http://localhost:8080/v1/x")));
    // The production hosts are not the key's destination once overridden.
    QVERIFY(!emulator.isSegmindHost(url("https://api.segmind.com/v1/x")));
}

void TestEndpoints::keyShape_isSgPlusSixteenHex_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("zeros") << QStringLiteral("SG_0000000000000000") << true;
    QTest::newRow("lower-case hex") << QStringLiteral("SG_deadbeefdeadbeef") << true;
    QTest::newRow("upper-case hex") << QStringLiteral("SG_FFFFFFFFFFFFFFFF") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix only") << QStringLiteral("SG_") << false;
    QTest::newRow("15 hex") << QStringLiteral("SG_000000000000000") << false;
    QTest::newRow("17 hex") << QStringLiteral("SG_00000000000000000") << false;
    QTest::newRow("not hex") << QStringLiteral("SG_fake0000000000") << false;
    QTest::newRow("lower-case prefix") << QStringLiteral("sg_0000000000000000") << false;
    QTest::newRow("dash") << QStringLiteral("SG-0000000000000000") << false;
    QTest::newRow("leading space") << QStringLiteral(" SG_0000000000000000") << false;
    QTest::newRow("trailing space") << QStringLiteral("SG_0000000000000000 ") << false;
    QTest::newRow("trailing newline") << QStringLiteral("SG_0000000000000000\n") << false;
    QTest::newRow("bearer") << QStringLiteral("Bearer SG_0000000000000000") << false;
    QTest::newRow("two keys") << QStringLiteral("SG_0000000000000000SG_0000000000000000") << false;
}

void TestEndpoints::keyShape_isSgPlusSixteenHex()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(ApiKey::looksValid(key), valid);
}

void TestEndpoints::redact_removesEveryCopyOfTheKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QString key = QStringLiteral("SG_0000000000000000");
    const QString mask = QStringLiteral("SG_\u2026");
    QTest::newRow("in a sentence") << QStringLiteral("Invalid key SG_0000000000000000 for this model") << key
                                   << QStringLiteral("Invalid key ") + mask + QStringLiteral(" for this model");
    QTest::newRow("several times") << QStringLiteral("SG_0000000000000000,SG_0000000000000000;x=SG_0000000000000000") << key
                                   << mask + QLatin1Char(',') + mask + QStringLiteral(";x=") + mask;
    QTest::newRow("whole text") << key << key << mask;
    QTest::newRow("in JSON") << QStringLiteral(R"({"error":"key SG_0000000000000000 rejected","x-api-key":"SG_0000000000000000"})") << key
                             << QStringLiteral(R"({"error":"key )") + mask + QStringLiteral(R"( rejected","x-api-key":")") + mask + QStringLiteral(R"("})");
    QTest::newRow("fake non-hex key") << QStringLiteral("header x-api-key: SG_fake0000000000") << QStringLiteral("SG_fake0000000000")
                                      << QStringLiteral("header x-api-key: ") + mask;
    QTest::newRow("absent") << QStringLiteral("nothing secret here") << key << QStringLiteral("nothing secret here");
    QTest::newRow("empty key leaves text alone") << QStringLiteral("SG_0000000000000000") << QString() << QStringLiteral("SG_0000000000000000");
    QTest::newRow("empty text") << QString() << key << QString();
}

void TestEndpoints::redact_removesEveryCopyOfTheKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    const QString redacted = ApiKey::redact(text, key);
    QCOMPARE(redacted, expected);
    if (!key.isEmpty())
        QVERIFY(!redacted.contains(key));
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
