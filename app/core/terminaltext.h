#pragma once

// Text that came from outside (the service's error texts, request ids, file
// names in its answers) made safe to show on a terminal or write to a log: a
// hostile answer must not be able to retitle the terminal, clear the screen or
// fake a line of our own output with escape sequences.

#include <QString>

namespace wan::core {

enum class LineBreaks {
    Keep,        // newline and tab stay (multi-line messages)
    AsSpaces,    // newline, carriage return and tab become a space (one-line fields)
};

// Removes ESC sequences (CSI "ESC [ ... final", OSC/DCS/APC/PM/SOS strings up to
// BEL or "ESC \", and two-character ones), every other C0 control character,
// DEL and the C1 controls U+0080-U+009F (an 8-bit CSI or OSC loses its
// introducer, so what follows is plain, harmless text). Printable text,
// including any non-Latin script, stays as it is.
QString printableText(const QString &text, LineBreaks lineBreaks = LineBreaks::Keep);

// True when text holds any character printableText() would remove or change
// (with LineBreaks::AsSpaces): for values that are refused rather than cleaned.
bool hasControlCharacters(const QString &text);

} // namespace wan::core
