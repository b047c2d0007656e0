// Mp4Metadata on a file made of the input: reading the settings back (a video
// dropped onto the window) and writing them into it (every downloaded video).

#include "fuzzsupport.h"

#include "api/mp4probe.h"
#include "library/mp4metadata.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using wan::library::Mp4Metadata;

namespace {

QString workFile()
{
    // tmpfs when there is one: the write path syncs the file it makes.
    static QTemporaryDir *dir = new QTemporaryDir(QDir(QStringLiteral("/dev/shm")).exists()
                                                      ? QStringLiteral("/dev/shm/wanstudio-fuzz-XXXXXX")
                                                      : QDir::tempPath() + QStringLiteral("/wanstudio-fuzz-XXXXXX"));
    return dir->filePath(QStringLiteral("clip.mp4"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = workFile();
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) == static_cast<qint64>(size));
    }
    QString error;
    const auto before = Mp4Metadata::read(path, &error);
    FUZZ_CHECK(before || !error.isEmpty());

    const QJsonObject settings { { QStringLiteral("prompt"), QStringLiteral("a lighthouse at dusk") },
                                 { QStringLiteral("seed"), 42 } };
    error.clear();
    const bool wrote = Mp4Metadata::write(path, settings, &error);
    if (wrote) {
        // write() checks its own result; check it once more from outside.
        FUZZ_CHECK(wan::api::Mp4Probe::inspectFile(path).complete);
        const auto after = Mp4Metadata::read(path, &error);
        FUZZ_CHECK(after && *after == settings);
    } else {
        FUZZ_CHECK(!error.isEmpty());
        // A refused write leaves the file as it was.
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::ReadOnly));
        FUZZ_CHECK(file.readAll() == wan::fuzz::bytesOf(data, size));
    }
    return 0;
}
