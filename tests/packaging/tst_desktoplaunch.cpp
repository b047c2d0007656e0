// What "Open with Wan Studio" does: the desktop runs `wanstudio FILE...`, and
// the window starts with that image chosen in the image well.

#include "shell/studioapp.h"

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestDesktopLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void imageArgument_data();
    void imageArgument();
    void applicationIcon_hasTheRenderedSizes();
    void launchWithAnImage_choosesItInTheWell_data();
    void launchWithAnImage_choosesItInTheWell();
};

void TestDesktopLaunch::imageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString cwd = QDir::currentPath();
    QTest::newRow("none") << QStringList { QStringLiteral("wanstudio") } << QString();
    QTest::newRow("absolute") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("/home/a/Pictures/sea.jpg") }
                              << QStringLiteral("/home/a/Pictures/sea.jpg");
    QTest::newRow("relative") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("shots/sea.png") }
                              << QDir(cwd).absoluteFilePath(QStringLiteral("shots/sea.png"));
    QTest::newRow("file url") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("file:///tmp/a%20b.webp") }
                              << QStringLiteral("/tmp/a b.webp");
    QTest::newRow("https") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("https://example.com/still.jpg") }
                           << QStringLiteral("https://example.com/still.jpg");
    QTest::newRow("after an option") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("--unknown"),
                                                      QStringLiteral("/x/y.jpg") }
                                     << QStringLiteral("/x/y.jpg");
    QTest::newRow("several: the first") << QStringList { QStringLiteral("wanstudio"), QStringLiteral("/x/1.jpg"),
                                                         QStringLiteral("/x/2.jpg") }
                                        << QStringLiteral("/x/1.jpg");
}

void TestDesktopLaunch::imageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(wan::ui::imageArgument(arguments), expected);
}

void TestDesktopLaunch::applicationIcon_hasTheRenderedSizes()
{
    const QIcon icon = wan::ui::applicationIcon();
    QVERIFY(!icon.isNull());
    for (int size : { 16, 24, 32, 48, 64 })
        QCOMPARE(icon.pixmap(QSize(size, size)).size(), QSize(size, size));
    QCOMPARE(icon.availableSizes().size(), 5); // larger ones come from the icon theme
    QCOMPARE(wan::ui::applicationId(), QStringLiteral("io.github.wanstudio.WanStudio"));
}

void TestDesktopLaunch::launchWithAnImage_choosesItInTheWell_data()
{
    QTest::addColumn<bool>("relative");
    QTest::newRow("absolute path, as a desktop passes it") << false;
    QTest::newRow("relative path, from a terminal") << true;
}

// The real binary, offscreen, with its own home: once the well has accepted the
// image it records it as the last image in the settings file.
void TestDesktopLaunch::launchWithAnImage_choosesItInTheWell()
{
    QFETCH(bool, relative);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("Pictures"));
    const QString image = home.filePath(QStringLiteral("Pictures/lighthouse at dusk.jpg"));
    QImage picture(900, 600, QImage::Format_RGB32);
    picture.fill(QColor(200, 120, 40));
    QVERIFY(picture.save(image, "JPEG", 90));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A fake key so no welcome dialog opens, and a closed loopback port for the service.
    env.insert(QStringLiteral("SEGMIND_API_KEY"), QStringLiteral("SG_0000000000000000"));
    env.insert(QStringLiteral("SEGMIND_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("SEGMIND_UPLOAD_BASE"), QStringLiteral("http://127.0.0.1:9"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess app;
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(home.path());
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(WANSTUDIO_BINARY), { relative ? QStringLiteral("Pictures/lighthouse at dusk.jpg") : image });
    QVERIFY(app.waitForStarted());
    const QString settingsFile = home.filePath(QStringLiteral("config/WanStudio/wanstudio.conf"));
    const auto lastImage = [&settingsFile] {
        return QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("editor/lastImage")).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastImage(), image, 30'000);
    QCOMPARE(app.state(), QProcess::Running);
    app.terminate();
    if (!app.waitForFinished(10'000)) {
        app.kill();
        app.waitForFinished();
    }
}

QTEST_MAIN(TestDesktopLaunch)
#include "tst_desktoplaunch.moc"
