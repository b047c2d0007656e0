#include "mp4boxes.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <limits>

namespace wan::library::mp4 {

namespace {

// Shares the translation context of the class that reports these problems.
QString trMeta(const char *text)
{
    return QCoreApplication::translate("wan::library::Mp4Metadata", text);
}

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint64 be64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

QByteArray be32Bytes(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// Decodes one header from up to 16 bytes at `head`; `available` is how many
// bytes the enclosing range still has from this header on.
std::optional<Box> decodeHeader(const char *head, qint64 headBytes, qint64 offset, qint64 available)
{
    if (headBytes < 8 || available < 8)
        return std::nullopt;
    Box box;
    box.offset = offset;
    box.type = QByteArray(head + 4, 4);
    quint64 size = be32(head);
    if (size == 1) {
        if (headBytes < 16 || available < 16)
            return std::nullopt;
        size = be64(head + 8);
        box.headerSize = 16;
    } else if (size == 0) {
        size = static_cast<quint64>(available); // runs to the end of its container
    }
    if (size < static_cast<quint64>(box.headerSize) || size > static_cast<quint64>(available))
        return std::nullopt;
    box.size = static_cast<qint64>(size);
    return box;
}

// Patches the entries of one stco / co64 / saio payload in place.
bool shiftTable(char *payload, qint64 payloadSize, const QByteArray &type, qint64 from, qint64 delta, QString *problem)
{
    if (payloadSize < 8) {
        *problem = trMeta("a chunk offset table of the video is damaged");
        return false;
    }
    const quint8 version = static_cast<quint8>(payload[0]);
    const quint32 flags = be32(payload) & 0xFFFFFF;
    qint64 pos = 4;
    int entrySize = 4;
    if (type == "co64") {
        entrySize = 8;
    } else if (type == "saio") {
        if (flags & 1)
            pos += 8; // aux_info_type and its parameter
        entrySize = version == 0 ? 4 : 8;
    }
    if (pos + 4 > payloadSize) {
        *problem = trMeta("a chunk offset table of the video is damaged");
        return false;
    }
    const quint64 count = be32(payload + pos);
    pos += 4;
    if (count > static_cast<quint64>((payloadSize - pos) / entrySize)) {
        *problem = trMeta("a chunk offset table of the video is damaged");
        return false;
    }
    for (quint64 i = 0; i < count; ++i, pos += entrySize) {
        char *entry = payload + pos;
        if (entrySize == 4) {
            const qint64 offset = be32(entry);
            if (offset < from)
                continue;
            const qint64 moved = offset + delta;
            if (moved < 0 || moved > qint64(std::numeric_limits<quint32>::max())) {
                *problem = trMeta("the video's index cannot address the moved media data (32-bit offsets)");
                return false;
            }
            qToBigEndian(static_cast<quint32>(moved), entry);
        } else {
            const quint64 offset = be64(entry);
            if (offset > quint64(std::numeric_limits<qint64>::max()) || static_cast<qint64>(offset) < from)
                continue;
            // The file's offset may be anything: refuse one the shift would carry past 2^63 or below 0.
            const qint64 start = static_cast<qint64>(offset);
            if ((delta > 0 && start > std::numeric_limits<qint64>::max() - delta) || start + delta < 0) {
                *problem = trMeta("a chunk offset table of the video is damaged");
                return false;
            }
            qToBigEndian(static_cast<quint64>(start + delta), entry);
        }
    }
    return true;
}

// Descends moov → trak → mdia → minf → stbl and patches the tables found there.
bool shiftIn(QByteArray &moov, qint64 begin, qint64 end, int depth, qint64 from, qint64 delta, QString *problem)
{
    static const QByteArray path[] = { "trak", "mdia", "minf", "stbl" };
    QList<Box> children;
    if (!splitBoxes(moov, begin, end, &children)) {
        *problem = trMeta("the video's index (moov box) is damaged");
        return false;
    }
    for (const Box &child : std::as_const(children)) {
        if (depth < 4 && child.type == path[depth]) {
            if (!shiftIn(moov, child.payloadOffset(), child.end(), depth + 1, from, delta, problem))
                return false;
        } else if (depth == 4 && (child.type == "stco" || child.type == "co64" || child.type == "saio")) {
            if (!shiftTable(moov.data() + child.payloadOffset(), child.payloadSize(), child.type, from, delta, problem))
                return false;
        }
    }
    return true;
}

} // namespace

bool splitBoxes(const QByteArray &bytes, qint64 begin, qint64 end, QList<Box> *boxes)
{
    boxes->clear();
    if (begin < 0 || end > bytes.size() || begin > end)
        return false;
    qint64 pos = begin;
    while (pos < end) {
        const qint64 available = end - pos;
        const std::optional<Box> box = decodeHeader(bytes.constData() + pos, std::min<qint64>(available, 16), pos, available);
        if (!box)
            return false;
        boxes->append(*box);
        pos = box->end();
    }
    return true;
}

QByteArray payloadOf(const QByteArray &bytes, const Box &box)
{
    return bytes.mid(box.payloadOffset(), box.payloadSize());
}

std::optional<Box> readBoxHeader(QIODevice &device, qint64 pos, qint64 limit)
{
    if (pos + 8 > limit || !device.seek(pos))
        return std::nullopt;
    const QByteArray head = device.read(std::min<qint64>(16, limit - pos));
    return decodeHeader(head.constData(), head.size(), pos, limit - pos);
}

std::optional<Box> findChild(QIODevice &device, qint64 begin, qint64 end, const QByteArray &type)
{
    qint64 pos = begin;
    while (pos < end) {
        std::optional<Box> box = readBoxHeader(device, pos, end);
        if (!box)
            return std::nullopt;
        if (box->type == type)
            return box;
        pos = box->end();
    }
    return std::nullopt;
}

QByteArray makeBox(const QByteArray &type, const QByteArray &payload)
{
    const qint64 size = 8 + qint64(payload.size());
    if (size <= qint64(std::numeric_limits<quint32>::max()))
        return be32Bytes(static_cast<quint32>(size)) + type + payload;
    QByteArray largeSize(8, '\0');
    qToBigEndian(static_cast<quint64>(size + 8), largeSize.data());
    return be32Bytes(1) + type + largeSize + payload;
}

QByteArray makeFullBox(const QByteArray &type, quint8 version, quint32 flags, const QByteArray &payload)
{
    return makeBox(type, be32Bytes((quint32(version) << 24) | (flags & 0xFFFFFF)) + payload);
}

bool shiftChunkOffsets(QByteArray &moov, qint64 from, qint64 delta, QString *problem)
{
    QList<Box> top;
    if (!splitBoxes(moov, 0, moov.size(), &top) || top.size() != 1 || top.first().type != "moov") {
        *problem = trMeta("the video's index (moov box) is damaged");
        return false;
    }
    return shiftIn(moov, top.first().payloadOffset(), top.first().end(), 0, from, delta, problem);
}

} // namespace wan::library::mp4
