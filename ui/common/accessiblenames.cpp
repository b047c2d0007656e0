#include "common/accessiblenames.h"

#include <QRegularExpression>
#include <QWidget>

#include <algorithm>

namespace wan::ui {

namespace {

// The text as shown, without its mnemonic marker ("&Seed" -> "Seed",
// "シード(&S)" -> "シード", "R&&D" -> "R&D").
QString withoutMnemonic(const QString &label)
{
    // The CJK convention puts the marker after the words: "ファイル(&F)".
    static const QRegularExpression trailingMarker(QStringLiteral("\\s*[(（]&[^&][)）]"));
    QString text = label;
    text.remove(trailingMarker);
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            plain += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            plain += QLatin1Char('&'); // "&&" is a literal ampersand
            ++i;
        }
    }
    return plain;
}

bool isColon(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xFF1A);
}

// A mnemonic is pressed as Alt+key, so it must be a key of a Latin keyboard:
// an ASCII letter or digit (Alt+シ cannot be typed).
bool typableMnemonic(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Where the mnemonic goes in text: the first free word-initial typable letter,
// else the first free typable letter, else -1.
qsizetype mnemonicPosition(const QString &text, const QString &used)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
            if (typableMnemonic(c) && (pass == 1 || wordStart) && !used.contains(c.toLower()))
                return i;
        }
    }
    return -1;
}

} // namespace

QString accessibleLabelText(const QString &label)
{
    QString plain = withoutMnemonic(label).trimmed();
    while (!plain.isEmpty() && isColon(plain.back()))
        plain.chop(1);
    return plain.trimmed();
}

void nameAfter(QWidget *control, const QString &label)
{
    control->setAccessibleName(accessibleLabelText(label));
}

QString mnemonicLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return QString(text.at(i + 1).toLower());
    }
    return {};
}

// Labels come from data, so their mnemonics are chosen here (mnemonicPosition);
// `used` collects the letters taken so two rows never share one. A label
// whose letters are all taken has none. A label with no Latin letter at all
// (Japanese, Chinese) gets one after it, "シード(&S)", the way those languages
// write mnemonics: a letter of the English label (source), else the first free one.
QString withMnemonic(const QString &plain, const QString &source, QString &used)
{
    QString text;
    const qsizetype at = mnemonicPosition(plain, used);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i == at) {
            text += QLatin1Char('&');
            used += plain.at(i).toLower();
        }
        text += plain.at(i);
        if (plain.at(i) == QLatin1Char('&'))
            text += QLatin1Char('&');
    }
    if (at >= 0 || std::any_of(plain.cbegin(), plain.cend(), typableMnemonic))
        return text; // Latin letters, all taken: no mnemonic rather than a stray "(B)"
    QChar letter;
    if (const qsizetype inSource = mnemonicPosition(source, used); inSource >= 0)
        letter = source.at(inSource).toLower();
    for (char c = 'a'; letter.isNull() && c <= 'z'; ++c) {
        if (!used.contains(QLatin1Char(c)))
            letter = QLatin1Char(c);
    }
    if (letter.isNull())
        return text;
    used += letter;
    // Before a closing colon: "解像度(&R)："
    qsizetype end = text.size();
    while (end > 0 && isColon(text.at(end - 1)))
        --end;
    return text.insert(end, QLatin1String("(&") + letter.toUpper() + QLatin1Char(')'));
}

// A translated button text keeps its translator's mnemonic unless that key is
// taken (by the window's menus and tabs, or another button) or cannot be
// typed; then it gets a free one as a label would.
QString claimMnemonic(const QString &text, QString &used)
{
    const QString letter = mnemonicLetter(text);
    if (!letter.isEmpty() && typableMnemonic(letter.at(0)) && !used.contains(letter)) {
        used += letter;
        return text;
    }
    const QString plain = withoutMnemonic(text);
    return withMnemonic(plain, plain, used);
}

} // namespace wan::ui
