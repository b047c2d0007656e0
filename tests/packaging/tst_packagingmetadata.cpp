// The desktop packaging files agree with each other and with the app: the
// desktop entry offers only image types the app can read, the AppStream
// metadata names the right desktop entry, binary, version and screenshots, the
// icons have their sizes, and the Flatpak manifest builds this source tree
// with the permissions the app needs.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString AppId = QStringLiteral(WANSTUDIO_APP_ID);

QString packagingPath(const QString &relative)
{
    return QStringLiteral(WANSTUDIO_SOURCE_DIR "/packaging/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The [Desktop Entry] group's keys (without localised variants).
QHash<QString, QString> desktopEntry()
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    const QList<QByteArray> lines = readAll(packagingPath(AppId + QStringLiteral(".desktop"))).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inEntry && eq > 0)
            keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return keys;
}

struct Screenshot
{
    QString url;
    int width = 0;
    int height = 0;
};

struct Metainfo
{
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList mediaTypes;
    QStringList releaseVersions;
    QList<Screenshot> screenshots;
    bool hasContentRating = false;
    QString error;
};

Metainfo metainfo()
{
    Metainfo info;
    QXmlStreamReader xml(readAll(packagingPath(AppId + QStringLiteral(".metainfo.xml"))));
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(xml.name().toString());
            const QString where = path.join(QLatin1Char('/'));
            if (where == QLatin1String("component/id"))
                info.id = xml.readElementText();
            else if (where == QLatin1String("component/launchable"))
                info.launchable = xml.readElementText();
            else if (where == QLatin1String("component/provides/binary"))
                info.binaries.append(xml.readElementText());
            else if (where == QLatin1String("component/provides/mediatype"))
                info.mediaTypes.append(xml.readElementText());
            else if (where == QLatin1String("component/releases/release"))
                info.releaseVersions.append(xml.attributes().value(QLatin1String("version")).toString());
            else if (where == QLatin1String("component/content_rating"))
                info.hasContentRating = true;
            else if (where == QLatin1String("component/screenshots/screenshot/image")) {
                Screenshot shot;
                shot.width = xml.attributes().value(QLatin1String("width")).toInt();
                shot.height = xml.attributes().value(QLatin1String("height")).toInt();
                shot.url = xml.readElementText();
                info.screenshots.append(shot);
            }
            // readElementText() consumed the end element.
            if (xml.tokenType() == QXmlStreamReader::EndElement)
                path.removeLast();
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

QJsonObject flatpakManifest()
{
    return QJsonDocument::fromJson(readAll(packagingPath(QStringLiteral("flatpak/") + AppId + QStringLiteral(".json")))).object();
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

class TestPackagingMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntry_launchesTheAppWithFiles();
    void desktopEntry_offersOnlyImageTypesTheAppReads();
    void metainfo_describesThisApp();
    void metainfo_screenshotsAreTheCheckedInOnes();
    void icons_haveEverySize();
    void debianChangelogAndManualPage_nameThisVersion();
    void flatpakManifest_buildsThisTreeWithThePermissionsItNeeds();
    void flatpakManifest_isReadByFlatpakBuilder();
};

void TestPackagingMetadata::desktopEntry_launchesTheAppWithFiles()
{
    const auto entry = desktopEntry();
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Wan Studio"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("wanstudio %F"));
    QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("wanstudio"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), AppId);
    // Qt names X11 windows after the application name, "wanstudio".
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("wanstudio"));
}

void TestPackagingMetadata::desktopEntry_offersOnlyImageTypesTheAppReads()
{
    const QStringList types = desktopEntry().value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const char *needed : { "image/jpeg", "image/png", "image/webp" })
        QVERIFY2(types.contains(QLatin1String(needed)), needed);
    const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
    const QStringList provided = metainfo().mediaTypes;
    for (const QString &type : types) {
        QVERIFY2(readable.contains(type.toLatin1()), qPrintable(type + QStringLiteral(" is offered but Qt cannot read it here")));
        QVERIFY2(provided.contains(type), qPrintable(type + QStringLiteral(" is missing from the metainfo's <provides>")));
    }
    QCOMPARE(provided.size(), types.size());
}

void TestPackagingMetadata::metainfo_describesThisApp()
{
    const Metainfo info = metainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.id, AppId);
    QCOMPARE(info.launchable, AppId + QStringLiteral(".desktop"));
    QCOMPARE(info.binaries, QStringList { QStringLiteral("wanstudio") });
    QVERIFY(info.hasContentRating);
    QVERIFY(!info.releaseVersions.isEmpty());
    // The newest release comes first and is the version being built.
    QCOMPARE(info.releaseVersions.first(), QStringLiteral(WANSTUDIO_VERSION));
}

void TestPackagingMetadata::metainfo_screenshotsAreTheCheckedInOnes()
{
    const Metainfo info = metainfo();
    QVERIFY(info.screenshots.size() >= 1);
    const QString prefix = QStringLiteral("https://raw.githubusercontent.com/wanstudio/wanstudio/main/");
    for (const Screenshot &shot : info.screenshots) {
        QVERIFY2(shot.url.startsWith(prefix), qPrintable(shot.url));
        const QString file = QStringLiteral(WANSTUDIO_SOURCE_DIR "/") + shot.url.mid(prefix.size());
        QImageReader reader(file);
        QVERIFY2(reader.canRead(), qPrintable(file));
        QCOMPARE(reader.size(), QSize(shot.width, shot.height));
    }
}

void TestPackagingMetadata::icons_haveEverySize()
{
    for (int size : { 16, 24, 32, 48, 64, 128, 256, 512 }) {
        const QString file = packagingPath(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
        const QImage icon(file);
        QVERIFY2(!icon.isNull(), qPrintable(file));
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
    }
    const QByteArray svg = readAll(packagingPath(QStringLiteral("icons/") + AppId + QStringLiteral(".svg")));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestPackagingMetadata::debianChangelogAndManualPage_nameThisVersion()
{
    const QByteArray changelog = readAll(packagingPath(QStringLiteral("debian/changelog")));
    QVERIFY(changelog.startsWith("wanstudio (" WANSTUDIO_VERSION ") "));
    const QByteArray manual = readAll(packagingPath(QStringLiteral("wanstudio.1")));
    QVERIFY(manual.startsWith(".TH WANSTUDIO 1 "));
    QVERIFY(manual.left(manual.indexOf('\n')).contains("\"Wan Studio " WANSTUDIO_VERSION "\""));
    // Every command the binary offers is in the manual.
    for (const char *command : { "generate", "credits", "resume", "library list", "library show" })
        QVERIFY2(manual.contains(QByteArray(QByteArray(".B wanstudio ") + command)), command);
}

void TestPackagingMetadata::flatpakManifest_buildsThisTreeWithThePermissionsItNeeds()
{
    const QJsonObject manifest = flatpakManifest();
    QCOMPARE(manifest.value(QLatin1String("id")).toString(), AppId);
    QCOMPARE(manifest.value(QLatin1String("command")).toString(), QStringLiteral("wanstudio"));
    QCOMPARE(manifest.value(QLatin1String("runtime")).toString(), QStringLiteral("org.kde.Platform"));
    QCOMPARE(manifest.value(QLatin1String("sdk")).toString(), QStringLiteral("org.kde.Sdk"));
    QVERIFY(manifest.value(QLatin1String("runtime-version")).toString().startsWith(QLatin1String("6.")));

    const QStringList finish = toStrings(manifest.value(QLatin1String("finish-args")));
    for (const char *needed : { "--share=network", "--socket=wayland", "--socket=fallback-x11",
                                "--talk-name=org.freedesktop.secrets", "--talk-name=org.freedesktop.Notifications" })
        QVERIFY2(finish.contains(QLatin1String(needed)), needed);

    const QJsonArray modules = manifest.value(QLatin1String("modules")).toArray();
    QStringList names;
    const QDir manifestDir(packagingPath(QStringLiteral("flatpak")));
    for (const QJsonValue &value : modules) {
        const QJsonObject module = value.toObject();
        names.append(module.value(QLatin1String("name")).toString());
        QCOMPARE(module.value(QLatin1String("buildsystem")).toString(), QStringLiteral("cmake-ninja"));
        const QJsonArray sources = module.value(QLatin1String("sources")).toArray();
        QVERIFY(!sources.isEmpty());
        for (const QJsonValue &sourceValue : sources) {
            const QJsonObject source = sourceValue.toObject();
            const QString type = source.value(QLatin1String("type")).toString();
            if (type == QLatin1String("dir") || type == QLatin1String("file")) {
                const QString path = manifestDir.absoluteFilePath(source.value(QLatin1String("path")).toString());
                QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            } else {
                QCOMPARE(type, QStringLiteral("archive"));
                QVERIFY(source.value(QLatin1String("url")).toString().startsWith(QLatin1String("https://")));
                static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
                QVERIFY(sha256.match(source.value(QLatin1String("sha256")).toString()).hasMatch());
            }
        }
    }
    // QtKeychain is not in the KDE runtime; QtHttpServer is needed only by the tests, which are off.
    QVERIFY(names.contains(QStringLiteral("qtkeychain")));
    QCOMPARE(names.last(), QStringLiteral("wanstudio"));
    const QJsonObject app = modules.last().toObject();
    QVERIFY(toStrings(app.value(QLatin1String("config-opts"))).contains(QStringLiteral("-DWANSTUDIO_BUILD_TESTS=OFF")));
    // The app's source is this tree.
    const QString tree = manifestDir.absoluteFilePath(
        app.value(QLatin1String("sources")).toArray().first().toObject().value(QLatin1String("path")).toString());
    QVERIFY(readAll(tree + QStringLiteral("/CMakeLists.txt")).contains("project(WanStudio"));
}

void TestPackagingMetadata::flatpakManifest_isReadByFlatpakBuilder()
{
    const QString builder = QStandardPaths::findExecutable(QStringLiteral("flatpak-builder"));
    if (builder.isEmpty())
        QSKIP("flatpak-builder is not installed");
    QProcess process;
    process.start(
        builder,
        { QStringLiteral("--show-manifest"), packagingPath(QStringLiteral("flatpak/") + AppId + QStringLiteral(".json")) });
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject shown = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(shown.value(QLatin1String("id")).toString(), AppId);
    QCOMPARE(shown.value(QLatin1String("command")).toString(), QStringLiteral("wanstudio"));
}

QTEST_MAIN(TestPackagingMetadata)
#include "tst_packagingmetadata.moc"
