// The memo of prepared images: the same file and options give the same upload
// bytes; a changed file is prepared afresh; a failure is not remembered; many
// callers at once, on the thread pool and off it, get the same result and
// never deadlock (preparing uses the pool too).

#include "image/preparedimagecache.h"
#include "testimages.h"

#include <QDateTime>
#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace wan;
using image::PreparedImageCache;

class TestPreparedImageCache final : public QObject
{
    Q_OBJECT

private slots:
    void init() { PreparedImageCache::clear(); }

    void sameFileAndOptions_giveTheSameUpload();
    void changedFile_isPreparedAfresh();
    void otherOptions_arePreparedSeparately();
    void failure_isNotRemembered();
    void concurrentCallers_getTheSameResult();

private:
    QTemporaryDir m_dir;
};

void TestPreparedImageCache::sameFileAndOptions_giveTheSameUpload()
{
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("a.jpg"), test::photoLikeJpeg(QSize(1600, 1200)));
    const auto first = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    const auto second = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second.image.sha256, first.image.sha256);
    QCOMPARE(second.image.jpeg, first.image.jpeg);
    QCOMPARE(first.image.preparedSize, image::ImagePreparer::targetSize(QSize(1600, 1200), QSize(832, 480)));
}

void TestPreparedImageCache::changedFile_isPreparedAfresh()
{
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("b.jpg"), test::photoLikeJpeg(QSize(1600, 1200), 90, 1));
    const auto before = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    QVERIFY(before.ok());
    // Another picture under the same name, with another modification time.
    test::writeFile(m_dir.path(), QStringLiteral("b.jpg"), test::photoLikeJpeg(QSize(1200, 1600), 90, 2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    const auto after = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    QVERIFY(after.ok());
    QVERIFY(after.image.sha256 != before.image.sha256);
    QCOMPARE(after.image.originalSize, QSize(1200, 1600));
}

void TestPreparedImageCache::otherOptions_arePreparedSeparately()
{
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("c.jpg"), test::photoLikeJpeg(QSize(2000, 1500)));
    image::ImagePreparationOptions hd;
    hd.outputFrame = QSize(1280, 720);
    const auto small = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    const auto large = PreparedImageCache::prepareFile(path, hd);
    QVERIFY(small.ok() && large.ok());
    QCOMPARE(small.image.preparedSize, image::ImagePreparer::targetSize(QSize(2000, 1500), QSize(832, 480)));
    QCOMPARE(large.image.preparedSize, image::ImagePreparer::targetSize(QSize(2000, 1500), QSize(1280, 720)));
}

void TestPreparedImageCache::failure_isNotRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("later.jpg"));
    const auto missing = PreparedImageCache::prepareFile(path, image::ImagePreparationOptions());
    QCOMPARE(missing.error.kind, image::ImageError::Kind::NotFound);
    const QString broken = test::writeFile(m_dir.path(), QStringLiteral("broken.jpg"), QByteArray("not a picture"));
    QVERIFY(!PreparedImageCache::prepareFile(broken, image::ImagePreparationOptions()).ok());
    test::writeFile(m_dir.path(), QStringLiteral("later.jpg"), test::photoLikeJpeg(QSize(900, 600)));
    QVERIFY(PreparedImageCache::prepareFile(path, image::ImagePreparationOptions()).ok());
}

void TestPreparedImageCache::concurrentCallers_getTheSameResult()
{
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("d.jpg"), test::photoLikeJpeg(QSize(3000, 2000)));
    QList<QFuture<image::ImagePreparer::Result>> futures;
    for (int i = 0; i < 6; ++i)
        futures.append(QtConcurrent::run([path] { return PreparedImageCache::prepareFile(path, image::ImagePreparationOptions()); }));
    const QByteArray expected = futures.first().result().image.sha256;
    QVERIFY(!expected.isEmpty());
    for (auto &future : futures)
        QCOMPARE(future.result().image.sha256, expected);
}

QTEST_GUILESS_MAIN(TestPreparedImageCache)
#include "tst_preparedimagecache.moc"
