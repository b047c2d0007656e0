// The output place check the command line and the window run before a paid run:
// a file, not a folder; not the input picture (also through a symbolic link);
// not one of Wan Studio's own files; an existing file only when replacing was
// allowed; and a folder that takes a real test write.

#include "core/outputplace.h"
#include "core/settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using wan::core::KeptFiles;
using wan::core::OutputPlace;
using wan::core::OutputPlaceCheck;
using wan::core::OutputPlaceRules;
using Verdict = OutputPlaceCheck::Verdict;

Q_DECLARE_METATYPE(OutputPlaceCheck::Verdict)

class TestOutputPlace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newFileInWritableFolder_isFine();
    void folderThatCanBeCreated_isFine_andNotCreated();
    void refused_data();
    void refused();
    void existingFile_isReplacedOnlyWhenAllowed();
    void appFiles_areRefused_data();
    void appFiles_areRefused();
    void readOnlyFolder_isUnwritable();

private:
    QString write(const QString &name, const QByteArray &bytes = "x");
    QTemporaryDir m_dir;
    QString m_image;
};

void TestOutputPlace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WanStudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_outputplace"));
    QVERIFY(m_dir.isValid());
    m_image = write(QStringLiteral("photo.jpg"), "not really a jpeg, but precious");
}

QString TestOutputPlace::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestOutputPlace::newFileInWritableFolder_isFine()
{
    OutputPlaceRules rules;
    rules.inputImage = m_image;
    const auto check = OutputPlace::check(m_dir.filePath(QStringLiteral("clip.mp4")), rules);
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.absolutePath, m_dir.filePath(QStringLiteral("clip.mp4")));
    // The test write leaves nothing behind.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("wanstudio-write-test")).size(), 0);
}

void TestOutputPlace::folderThatCanBeCreated_isFine_andNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("new/deeper/clip.mp4"));
    const auto check = OutputPlace::check(path, {});
    QVERIFY2(check.ok(), qPrintable(check.message));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new"))));
}

void TestOutputPlace::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("says");
    QTemporaryDir &dir = m_dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a folder"))));
    const QString link = dir.filePath(QStringLiteral("link-to-photo.mp4"));
    QFile::remove(link);
    QVERIFY(QFile::link(m_image, link));
    const QString file = write(QStringLiteral("notes.txt"));
    QTest::newRow("empty") << QString() << Verdict::Unsafe << QStringLiteral("No output file");
    QTest::newRow("folder") << dir.filePath(QStringLiteral("a folder")) << Verdict::Unsafe << QStringLiteral("is a folder");
    QTest::newRow("input picture") << m_image << Verdict::Unsafe << QStringLiteral("input picture");
    QTest::newRow("input picture, other spelling") << (dir.path() + QStringLiteral("/a folder/../photo.jpg")) << Verdict::Unsafe
                                                   << QStringLiteral("input picture");
    QTest::newRow("link to the input picture") << link << Verdict::Unsafe << QStringLiteral("input picture");
    QTest::newRow("device") << QStringLiteral("/dev/null") << Verdict::Unsafe << QStringLiteral("not a regular file");
    QTest::newRow("folder under a file") << (file + QStringLiteral("/sub/clip.mp4")) << Verdict::Unwritable << QStringLiteral("cannot be created");
    // Not even root may create files here.
    QTest::newRow("proc") << QStringLiteral("/proc/1/clip.mp4") << Verdict::Unwritable << QStringLiteral("cannot write");
}

void TestOutputPlace::refused()
{
    QFETCH(QString, path);
    QFETCH(Verdict, verdict);
    QFETCH(QString, says);
    OutputPlaceRules rules;
    rules.inputImage = m_image;
    rules.mayReplace = true;  // even so
    const auto check = OutputPlace::check(path, rules);
    QCOMPARE(int(check.verdict), int(verdict));
    QVERIFY2(check.message.contains(says), qPrintable(check.message));
    QVERIFY(!check.hint.isEmpty());
    QCOMPARE(QFile(m_image).size(), qint64(31));
}

void TestOutputPlace::existingFile_isReplacedOnlyWhenAllowed()
{
    const QString old = write(QStringLiteral("old.mp4"), "an older clip");
    OutputPlaceRules rules;
    const auto refused = OutputPlace::check(old, rules);
    QCOMPARE(int(refused.verdict), int(Verdict::Unsafe));
    QVERIFY2(refused.message.contains(QStringLiteral("already exists")), qPrintable(refused.message));
    QVERIFY2(refused.hint.contains(QStringLiteral("--overwrite")), qPrintable(refused.hint));
    rules.mayReplace = true;
    QVERIFY(OutputPlace::check(old, rules).ok());
}

void TestOutputPlace::appFiles_areRefused_data()
{
    QTest::addColumn<QString>("path");
    const QString data = wan::core::Settings::dataDirectory();
    QTest::newRow("library") << data + QStringLiteral("/library.sqlite");
    QTest::newRow("library wal") << data + QStringLiteral("/library.sqlite-wal");
    QTest::newRow("library shm") << data + QStringLiteral("/library.sqlite-shm");
    QTest::newRow("library journal") << data + QStringLiteral("/library.sqlite-journal");
    QTest::newRow("upload cache") << data + QStringLiteral("/upload-cache.json");
    QTest::newRow("media") << data + QStringLiteral("/media/inputs/prepared.jpg");
    QTest::newRow("owners") << data + QStringLiteral("/owners/run-1");
    QTest::newRow("settings") << QSettings().fileName();
}

void TestOutputPlace::appFiles_areRefused()
{
    QFETCH(QString, path);
    OutputPlaceRules rules;
    rules.mayReplace = true;
    // Whether or not the file exists yet.
    const auto before = OutputPlace::check(path, rules);
    QCOMPARE(int(before.verdict), int(Verdict::Unsafe));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept by the app");
    }
    const auto after = OutputPlace::check(path, rules);
    QCOMPARE(int(after.verdict), int(Verdict::Unsafe));
    QVERIFY2(after.message.contains(QStringLiteral("Wan Studio")), qPrintable(after.message));
    // Through a symbolic link from elsewhere, too.
    const QString link = m_dir.filePath(QStringLiteral("innocent-%1.mp4").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(int(OutputPlace::check(link, rules).verdict), int(Verdict::Unsafe));
    QFile::remove(path);
}

void TestOutputPlace::readOnlyFolder_isUnwritable()
{
    if (::geteuid() == 0)
        QSKIP("running as root, for whom permission bits do not stop a write (the /proc row covers this case)");
    const QString folder = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto check = OutputPlace::check(folder + QStringLiteral("/clip.mp4"), {});
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(int(check.verdict), int(Verdict::Unwritable));
}

QTEST_GUILESS_MAIN(TestOutputPlace)
#include "tst_outputplace.moc"
