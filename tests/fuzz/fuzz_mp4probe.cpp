// Mp4Probe decides whether a download is a complete MP4 before it is kept.

#include "fuzzsupport.h"

#include "api/mp4probe.h"

#include <QBuffer>

using wan::api::Mp4Probe;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = wan::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const wan::api::Mp4Info info = Mp4Probe::inspect(buffer);
    FUZZ_CHECK(info.isMp4 == Mp4Probe::startsLikeMp4(bytes.left(16)));
    FUZZ_CHECK(info.complete == info.problem.isEmpty());
    FUZZ_CHECK(!info.complete || info.isMp4);
    FUZZ_CHECK(info.durationMs >= -1);
    return 0;
}
