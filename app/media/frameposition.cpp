#include "frameposition.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace wan::media {

std::optional<FramePosition> FramePosition::parse(const QString &text, QString *problem)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("first"))
        return first();
    if (word == QLatin1String("last"))
        return last();
    // Digits only: an index. A decimal point (in the C locale: these are typed
    // on a command line and stored in scripts) makes it seconds.
    static const QRegularExpression index(QStringLiteral("^\\d{1,15}$"));
    static const QRegularExpression seconds(QStringLiteral("^(\\d{1,9}\\.\\d*|\\.\\d+)$"));
    if (index.match(word).hasMatch())
        return atIndex(word.toLongLong());
    if (seconds.match(word).hasMatch()) {
        bool ok = false;
        const double value = QLocale::c().toDouble(word, &ok);
        if (ok && std::isfinite(value) && value >= 0)
            return atSeconds(value);
    }
    if (problem) {
        if (word.startsWith(QLatin1Char('-')))
            *problem = tr("\u201C%1\u201D is not a frame: frames count from 0 (the first), and times from 0.0 seconds.").arg(text);
        else
            *problem = tr("\u201C%1\u201D is not a frame: give first, last, a frame index from 0 (for example 40) or a time "
                          "in seconds with a decimal point (for example 2.5).")
                           .arg(text);
    }
    return std::nullopt;
}

QString FramePosition::toString() const
{
    switch (kind) {
    case Kind::First:
        return QStringLiteral("first");
    case Kind::Last:
        return QStringLiteral("last");
    case Kind::Index:
        return QString::number(index);
    case Kind::Seconds:
        return QStringLiteral("%1 s").arg(QLocale::c().toString(seconds, 'g', 12));
    }
    return {};
}

} // namespace wan::media
