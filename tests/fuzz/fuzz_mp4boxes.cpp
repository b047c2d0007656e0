// The box layer under Mp4Metadata, in memory: splitting, and moving the chunk
// offsets of a moov (what a metadata write does to a downloaded video).

#include "fuzzsupport.h"

#include "library/mp4boxes.h"

#include <QBuffer>
#include <QList>

namespace mp4 = wan::library::mp4;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the shift; the rest is the box data.
    const qint64 delta = static_cast<qint64>(static_cast<std::int8_t>(data[0])) * 4099;
    const qint64 from = static_cast<qint64>(data[1]) * 16;
    QByteArray bytes = wan::fuzz::bytesOf(data + 2, size - 2);

    QList<mp4::Box> boxes;
    if (mp4::splitBoxes(bytes, 0, bytes.size(), &boxes)) {
        qint64 next = 0;
        for (const mp4::Box &box : std::as_const(boxes)) {
            FUZZ_CHECK(box.offset == next && box.size >= box.headerSize);
            FUZZ_CHECK(mp4::payloadOf(bytes, box).size() == box.payloadSize());
            next = box.end();
        }
        FUZZ_CHECK(next == bytes.size());
    }

    // The same headers read from a device, as Mp4Metadata::read does.
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    if (const auto moov = mp4::findChild(device, 0, bytes.size(), "moov"))
        FUZZ_CHECK(moov->end() <= bytes.size());

    QByteArray moved = bytes;
    QString problem;
    if (mp4::shiftChunkOffsets(moved, from, 0, &problem))
        FUZZ_CHECK(moved == bytes); // a shift by nothing changes nothing
    moved = bytes;
    if (mp4::shiftChunkOffsets(moved, from, delta, &problem)) {
        FUZZ_CHECK(moved.size() == bytes.size());
        // Moving back restores every table (offsets below `from` never moved).
        if (delta > 0) {
            QByteArray back = moved;
            FUZZ_CHECK(mp4::shiftChunkOffsets(back, from + delta, -delta, &problem));
            FUZZ_CHECK(back == bytes);
        }
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }
    return 0;
}
