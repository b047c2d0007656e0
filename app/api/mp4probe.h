#pragma once

// Recognises an MP4 by its bytes (not its Content-Type) and checks that it is
// complete: the top-level boxes begin with ftyp, tile the file exactly, and
// include moov. Reads box headers (and the ends of an mdat that runs to the end
// of the file) only, so it is cheap on large files. Padding is not a box: a
// "box" without a four-character type (zeros), an unknown box that claims the
// rest of the file, and an mdat to the end that holds only zeros are refused.

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace wan::api {

struct Mp4Info
{
    bool isMp4 = false;        // starts with an ftyp box
    bool complete = false;     // boxes tile the file and moov is present
    qint64 durationMs = -1;    // from mvhd, when present
    QString problem;           // why it is not a complete MP4 (translated)
};

class Mp4Probe final
{
    Q_DECLARE_TR_FUNCTIONS(wan::api::Mp4Probe)
public:
    // The device must be open for reading and seekable (a file). maxMediaBytes,
    // when positive, is the most media data (mdat) the clip can need.
    static Mp4Info inspect(QIODevice &device, qint64 maxMediaBytes = 0);
    static Mp4Info inspectFile(const QString &path, qint64 maxMediaBytes = 0);
    // True when these first bytes can start an MP4 (an ftyp box).
    static bool startsLikeMp4(const QByteArray &head);
};

} // namespace wan::api
