#pragma once

// What went wrong with a clip or one of its frames, in words a person can act
// on (translated, naming the file).

#include <QString>

namespace wan::media {

struct FrameError
{
    enum class Kind {
        None,
        NotFound,      // no such file, or a folder
        Unreadable,    // exists, cannot be read (permissions)
        Empty,         // 0 bytes
        NotAVideo,     // FFmpeg cannot read it as a video container
        Truncated,     // a clip cut short: its index points past the end of the file
        NoVideoStream, // a container without a picture (audio only)
        NoDecoder,     // a codec this FFmpeg cannot decode
        PastTheEnd,    // the frame asked for is after the last one
        DecodeFailed,  // damaged data where the frame should be
        WriteFailed,   // the PNG could not be written
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

} // namespace wan::media
