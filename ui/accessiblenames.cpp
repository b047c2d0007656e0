#include "accessiblenames.h"

#include <QRegularExpression>
#include <QWidget>

namespace wan::ui {

QString accessibleLabelText(const QString &label)
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
    plain = plain.trimmed();
    while (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xFF1A)))
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

} // namespace wan::ui
