#include "terminaltext.h"

namespace wan::core {

namespace {

constexpr char16_t Esc = 0x1B;
constexpr char16_t Bel = 0x07;

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Index just past the escape sequence that starts at text[i] (an ESC).
qsizetype skipEscape(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    if (i + 1 >= n)
        return n;
    const char16_t kind = text.at(i + 1).unicode();
    if (kind == u'[') {
        // CSI: parameter and intermediate bytes, then one final byte 0x40-0x7E.
        qsizetype j = i + 2;
        while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3F)
            ++j;
        while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2F)
            ++j;
        return j < n && text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7E ? j + 1 : j;
    }
    if (kind == u']' || kind == u'P' || kind == u'_' || kind == u'^' || kind == u'X') {
        // OSC, DCS, APC, PM, SOS: a string that ends with BEL or ESC \ (or at the end).
        for (qsizetype j = i + 2; j < n; ++j) {
            if (text.at(j).unicode() == Bel)
                return j + 1;
            if (text.at(j).unicode() == Esc)
                return j + 1 < n && text.at(j + 1) == u'\\' ? j + 2 : j;
        }
        return n;
    }
    // ESC followed by intermediates (0x20-0x2F) and one final character, e.g. "ESC ( B", "ESC c".
    qsizetype j = i + 1;
    while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2F)
        ++j;
    return j < n && !isControl(text.at(j).unicode()) ? j + 1 : j;
}

} // namespace

QString printableText(const QString &text, LineBreaks lineBreaks)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text.at(i).unicode();
        if (c == Esc) {
            i = skipEscape(text, i);
            continue;
        }
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            if (lineBreaks == LineBreaks::AsSpaces)
                out += QLatin1Char(' ');
            else if (c != u'\r')  // a lone CR would let the next text overwrite this line
                out += QChar(c);
            ++i;
            continue;
        }
        if (!isControl(c))
            out += QChar(c);
        ++i;
    }
    return out;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

} // namespace wan::core
