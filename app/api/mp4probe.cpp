#include "mp4probe.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace wan::api {

namespace {

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint64 be64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

// Reads mvhd inside moov (moov at [start, end)) for the duration.
qint64 readDuration(QIODevice &device, qint64 start, qint64 end)
{
    qint64 pos = start;
    while (pos + 8 <= end) {
        if (!device.seek(pos))
            return -1;
        const QByteArray header = device.read(8);
        if (header.size() < 8)
            return -1;
        const quint64 size = be32(header.constData());
        if (header.mid(4, 4) == "mvhd" && size >= 32) {
            const QByteArray body = device.read(std::min<qint64>(static_cast<qint64>(size) - 8, 120));
            if (body.size() < 24)
                return -1;
            const int version = static_cast<unsigned char>(body.at(0));
            quint64 timescale = 0;
            quint64 duration = 0;
            if (version == 1) {
                if (body.size() < 32)
                    return -1; // too short for version 1's 64-bit fields; never read it as version 0
                timescale = be32(body.constData() + 20);
                duration = be64(body.constData() + 24);
            } else {
                timescale = be32(body.constData() + 12);
                duration = be32(body.constData() + 16);
            }
            if (timescale == 0 || duration > (quint64(1) << 50))
                return -1;
            return static_cast<qint64>(duration * 1000 / timescale);
        }
        if (size < 8)
            return -1;
        pos += static_cast<qint64>(size);
    }
    return -1;
}

// A box type is four printable ASCII characters. Zeros (padding) are not one.
bool isFourCc(const QByteArray &type)
{
    if (type.size() != 4)
        return false;
    for (const char c : type) {
        if (c < 0x20 || c > 0x7E)
            return false;
    }
    return true;
}

// The top-level boxes an MP4 (ISO/IEC 14496-12, and what FFmpeg writes) may have.
bool isKnownTopLevelBox(const QByteArray &type)
{
    static const char *const known[] = {"ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "uuid", "moof", "mfra",
                                        "sidx", "ssix", "meta", "pdin", "emsg", "prft", "udta", "junk"};
    for (const char *k : known) {
        if (type == k)
            return true;
    }
    return false;
}

// True when [start, end) holds only zeros, judged by its first and last 4 kB
// (reading a whole mdat would cost as much as the download): padding, not
// media. Media data starts with real bytes (H.264 escapes runs of zeros).
bool isZeroPadding(QIODevice &device, qint64 start, qint64 end)
{
    constexpr qint64 Probe = 4096;
    if (end - start <= 0)
        return false;
    for (const qint64 at : {start, std::max(start, end - Probe)}) {
        if (!device.seek(at))
            return false;
        const QByteArray piece = device.read(std::min(Probe, end - at));
        if (piece.isEmpty() || piece.count('\0') != piece.size())
            return false;
    }
    return true;
}

} // namespace

bool Mp4Probe::startsLikeMp4(const QByteArray &head)
{
    if (head.size() < 8 || head.mid(4, 4) != "ftyp")
        return false;
    const quint32 size = be32(head.constData());
    return size >= 8 && size <= 4096;
}

Mp4Info Mp4Probe::inspect(QIODevice &device, qint64 maxMediaBytes)
{
    Mp4Info info;
    const qint64 fileSize = device.size();
    if (!device.seek(0)) {
        info.problem = tr("the file cannot be read");
        return info;
    }
    const QByteArray head = device.read(16);
    info.isMp4 = startsLikeMp4(head);
    if (!info.isMp4) {
        info.problem = head.isEmpty() ? tr("the file is empty") : tr("it is not an MP4 video");
        return info;
    }

    qint64 pos = 0;
    bool moov = false;
    bool mdat = false;
    int boxes = 0;
    qint64 mediaBytes = 0;
    while (pos < fileSize) {
        if (++boxes > 100000) {
            info.problem = tr("the video's structure is damaged");
            return info;
        }
        if (!device.seek(pos)) {
            info.problem = tr("the file cannot be read");
            return info;
        }
        const QByteArray header = device.read(16);
        if (header.size() < 8) {
            info.problem = tr("the video is incomplete (it ends in the middle of a box)");
            return info;
        }
        quint64 size = be32(header.constData());
        const QByteArray type = header.mid(4, 4);
        if (!isFourCc(type)) {
            info.problem = tr("the video ends in %1 bytes that are not part of any video box (padding or garbage)")
                               .arg(fileSize - pos);
            return info;
        }
        if (size == 1) {
            if (header.size() < 16) {
                info.problem = tr("the video is incomplete (it ends in the middle of a box)");
                return info;
            }
            size = be64(header.constData() + 8);
        } else if (size == 0) {
            size = static_cast<quint64>(fileSize - pos);
        }
        if (size < 8 || size > static_cast<quint64>(fileSize - pos)) {
            // Unsigned: a 64-bit size from the file may be anything up to 2^64 - 1.
            info.problem = tr("the video is incomplete (%1 of its bytes are missing)")
                               .arg(size < 8 ? 0 : size - static_cast<quint64>(fileSize - pos));
            return info;
        }
        const bool toTheEnd = pos + static_cast<qint64>(size) == fileSize;
        if (toTheEnd && boxes > 1 && !isKnownTopLevelBox(type)) {
            info.problem = tr("the video ends in an unknown box of %1 bytes that runs to the end of the file").arg(size);
            return info;
        }
        // Small all-zero media is harmless (and hand-made test files have it); padding is large.
        if (type == "mdat" && toTheEnd && size > quint64(64) * 1024 && isZeroPadding(device, pos + 8, fileSize)) {
            info.problem = tr("the video's media data is padding (zero bytes), not video");
            return info;
        }
        if (type == "moov") {
            moov = true;
            info.durationMs = readDuration(device, pos + 8, pos + static_cast<qint64>(size));
        } else if (type == "mdat") {
            mdat = true;
            mediaBytes += static_cast<qint64>(size);
        }
        pos += static_cast<qint64>(size);
    }
    if (!moov) {
        info.problem = tr("the video has no index (moov box); it is incomplete");
        return info;
    }
    if (!mdat) {
        info.problem = tr("the video has no media data");
        return info;
    }
    if (maxMediaBytes > 0 && mediaBytes > maxMediaBytes) {
        info.problem = tr("its media data (%1 bytes) is more than a clip of these settings can need (%2 bytes)")
                           .arg(mediaBytes)
                           .arg(maxMediaBytes);
        return info;
    }
    info.complete = true;
    return info;
}

Mp4Info Mp4Probe::inspectFile(const QString &path, qint64 maxMediaBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Mp4Info info;
        info.problem = tr("the file cannot be opened: %1").arg(file.errorString());
        return info;
    }
    return inspect(file, maxMediaBytes);
}

} // namespace wan::api
