#pragma once

// The ISO BMFF box handling Mp4Metadata needs: splitting a byte range into
// boxes, reading box headers from a file without reading bodies, building
// boxes, and moving every chunk offset of a moov when the bytes after it move.

#include <QByteArray>
#include <QList>

#include <optional>

class QIODevice;

namespace wan::library::mp4 {

struct Box
{
    QByteArray type; // four bytes, e.g. "moov" or "\xA9" "cmt"
    qint64 offset = 0; // of the header, in whatever was split (a file or a byte array)
    qint64 size = 0; // the whole box, header included
    int headerSize = 8; // 16 with a 64-bit size

    qint64 payloadOffset() const { return offset + headerSize; }
    qint64 payloadSize() const { return size - headerSize; }
    qint64 end() const { return offset + size; }
};

// Splits bytes[begin, end) into boxes; false unless they tile it exactly.
bool splitBoxes(const QByteArray &bytes, qint64 begin, qint64 end, QList<Box> *boxes);

// The payload of a box found by splitBoxes() in the same bytes.
QByteArray payloadOf(const QByteArray &bytes, const Box &box);

// Reads the header at pos of a seekable device; nullopt when it does not fit before limit.
std::optional<Box> readBoxHeader(QIODevice &device, qint64 pos, qint64 limit);

// The first child of type inside [begin, end) of a device, reading headers only.
std::optional<Box> findChild(QIODevice &device, qint64 begin, qint64 end, const QByteArray &type);

// A box around payload; the 64-bit size form only when the 32-bit one cannot hold it.
QByteArray makeBox(const QByteArray &type, const QByteArray &payload);
// A full box: version and flags, then payload.
QByteArray makeFullBox(const QByteArray &type, quint8 version, quint32 flags, const QByteArray &payload);

// moov is a whole moov box (header included). Adds delta to every absolute file
// offset at or after `from` in each trak's chunk offset tables (stco, co64) and
// auxiliary information offsets (saio). False with a reason when a table is
// damaged or a 32-bit offset would overflow; moov is then unspecified.
bool shiftChunkOffsets(QByteArray &moov, qint64 from, qint64 delta, QString *problem);

} // namespace wan::library::mp4
