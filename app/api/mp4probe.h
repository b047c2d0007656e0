#pragma once

// Recognises an MP4 by its bytes (not its Content-Type) and checks that it is
// complete: the top-level boxes begin with ftyp, tile the file exactly, and
// include moov. Reads box headers only, so it is cheap on large files.

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
    // The device must be open for reading and seekable (a file).
    static Mp4Info inspect(QIODevice &device);
    static Mp4Info inspectFile(const QString &path);
    // True when these first bytes can start an MP4 (an ftyp box).
    static bool startsLikeMp4(const QByteArray &head);
};

} // namespace wan::api
