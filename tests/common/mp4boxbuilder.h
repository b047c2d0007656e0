#pragma once

// Builds MP4 boxes by hand, for tests that need files ffmpeg would never write
// (64-bit sizes, co64 offsets, cut or malformed boxes).

#include <QByteArray>
#include <QtEndian>

namespace wan::test {

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}

// A box: 32-bit size, four-character type, payload.
inline QByteArray box(const char *type, const QByteArray &payload)
{
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}

} // namespace wan::test
