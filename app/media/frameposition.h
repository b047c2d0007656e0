#pragma once

// Which frame of a clip someone asked for: the first, the last, an index from
// 0, or a time in seconds (resolved with FrameTiming, the player's rule). The
// command line's --at and the window use the same words.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wan::media {

struct FramePosition
{
    Q_DECLARE_TR_FUNCTIONS(wan::media::FramePosition)
public:
    enum class Kind { First, Last, Index, Seconds };
    Kind kind = Kind::First;
    qint64 index = 0;    // Kind::Index
    double seconds = 0;  // Kind::Seconds

    static FramePosition first() { return {}; }
    static FramePosition last() { return {Kind::Last, 0, 0}; }
    static FramePosition atIndex(qint64 n) { return {Kind::Index, n, 0}; }
    static FramePosition atSeconds(double s) { return {Kind::Seconds, 0, s}; }

    // "first", "last", a whole number (an index from 0: "12") or a time in
    // seconds, told apart by its decimal point ("2.5", "3.0"). nullopt, with
    // the reason (translated) in *problem, for anything else.
    static std::optional<FramePosition> parse(const QString &text, QString *problem = nullptr);

    // As a person would write it: "first", "last", "12", "2.5 s".
    QString toString() const;
};

} // namespace wan::media
