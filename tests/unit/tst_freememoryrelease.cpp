// FreeMemoryRelease: a burst of requests gives the heap's free pages back once,
// after the burst, and those pages really leave the process (glibc only).

#include "core/freememoryrelease.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using wan::core::FreeMemoryRelease;

namespace {

// Anonymous resident memory of this process in kB; -1 where /proc is missing.
qint64 residentAnonKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestFreeMemoryRelease final : public QObject
{
    Q_OBJECT
private slots:
    void burstOfRequests_releasesOnceAfterItSettles();
    void freedHoles_goBackToTheSystem();
};

void TestFreeMemoryRelease::burstOfRequests_releasesOnceAfterItSettles()
{
    if (!FreeMemoryRelease::isSupported())
        QSKIP("this C library cannot give free memory back");
    FreeMemoryRelease release;
    release.setSettleMs(50);
    QSignalSpy released(&release, &FreeMemoryRelease::released);
    QVERIFY(!release.isPending());
    for (int i = 0; i < 5; ++i)
        release.request();
    QVERIFY(release.isPending());
    QCOMPARE(released.count(), 0); // never at once: the work that asked may not be done
    QTRY_COMPARE(released.count(), 1);
    QTRY_VERIFY(!release.isPending()); // nothing more is coming
    QCOMPARE(released.count(), 1);
}

// Small blocks (heap, not mmap) of which one in 64 stays: what is freed lies
// between blocks in use, where glibc keeps it until asked to give it back.
void TestFreeMemoryRelease::freedHoles_goBackToTheSystem()
{
    if (!FreeMemoryRelease::isSupported())
        QSKIP("this C library cannot give free memory back");
    if (residentAnonKb() < 0)
        QSKIP("no /proc/self/status");
    // tests/leaks.sh preloads LeakSanitizer, whose allocator then serves malloc.
    if (qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("san")))
        QSKIP("a sanitizer's allocator serves malloc here, not glibc's");
    constexpr int kBlock = 1024;
    constexpr int kBlocks = 48 * 1024; // 48 MB
    std::vector<std::unique_ptr<char[]>> blocks(kBlocks);
    for (auto &block : blocks) {
        block.reset(new char[kBlock]);
        std::fill_n(block.get(), kBlock, char(1)); // resident, not just reserved
    }
    for (int i = 0; i < kBlocks; ++i) {
        if (i % 64 != 0)
            blocks[i].reset();
    }
    const qint64 holding = residentAnonKb();

    FreeMemoryRelease release;
    release.setSettleMs(0);
    QSignalSpy released(&release, &FreeMemoryRelease::released);
    release.request();
    QTRY_COMPARE(released.count(), 1);
    const qint64 after = residentAnonKb();
    // At least half of the 47 MB freed leaves the process.
    QVERIFY2(holding - after > 24 * 1024, qPrintable(QStringLiteral("RssAnon %1 kB -> %2 kB").arg(holding).arg(after)));
}

QTEST_GUILESS_MAIN(TestFreeMemoryRelease)
#include "tst_freememoryrelease.moc"
