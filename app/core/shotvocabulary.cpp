#include "shotvocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace wan::core {

namespace {

constexpr const char *kContext = "wan::core::ShotVocabulary";

// Keep in step with resources/shotvocabulary.json (tst_shotvocabulary checks it).
constexpr const char *kSources[] = {
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Camera moves"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera travels toward the subject."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera travels away from the subject."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera turns to the left on the spot."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera turns upward on the spot."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera circles the subject from above."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera follows the subject with a slight shake."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The camera does not move; only the scene does."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Shot sizes"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "A detail fills the frame, such as an eye or a hand."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "A face or one object fills most of the frame."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "A person from the waist up."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The whole subject with plenty of its surroundings."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Lenses and focus"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The subject is sharp and the background soft."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The focus shifts from one subject to another during the shot."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "A wide view with stretched edges and deep space."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "A narrow view that flattens distance."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Lighting"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Warm, low sunlight shortly before sunset."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Cool, soft light just after sunset."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The light comes from behind the subject, outlining it."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Even light from a cloudy sky, with faint shadows."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Motion speed"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Movement is slowed down and smooth."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Time passes quickly: clouds race and light changes."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Small, calm motions in the scene."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Mood"),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "The look of a feature film: graded colour and careful framing."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Soft, hazy and slightly unreal."),
    QT_TRANSLATE_NOOP("wan::core::ShotVocabulary", "Dark tones and strong contrast."),
};

} // namespace

std::optional<ShotVocabulary> ShotVocabulary::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ShotVocabulary> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonArray groups = document.object().value(QStringLiteral("groups")).toArray();
    if (groups.isEmpty())
        return fail(QStringLiteral("no groups"));
    ShotVocabulary vocabulary;
    for (const QJsonValue groupValue : groups) {
        const QJsonObject object = groupValue.toObject();
        VocabularyGroup group;
        group.id = object.value(QStringLiteral("id")).toString();
        group.title = object.value(QStringLiteral("title")).toString();
        if (group.id.isEmpty() || group.title.isEmpty())
            return fail(QStringLiteral("a group without an id or a title"));
        const QJsonArray entries = object.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue entryValue : entries) {
            const QJsonObject entry = entryValue.toObject();
            VocabularyEntry e { entry.value(QStringLiteral("phrase")).toString().trimmed(),
                                entry.value(QStringLiteral("description")).toString(), group.id };
            if (e.phrase.isEmpty() || e.description.isEmpty())
                return fail(QStringLiteral("an entry of %1 without a phrase or a description").arg(group.id));
            group.entries.append(e);
        }
        if (group.entries.isEmpty())
            return fail(QStringLiteral("group %1 has no entries").arg(group.id));
        vocabulary.m_groups.append(group);
    }
    return vocabulary;
}

const ShotVocabulary &ShotVocabulary::builtIn()
{
    static const ShotVocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/shotvocabulary.json"));
        QString error;
        std::optional<ShotVocabulary> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJson(file.readAll(), &error);
        // Built into the binary and checked by a test: a broken file is a build defect.
        Q_ASSERT_X(parsed, "ShotVocabulary::builtIn", qPrintable(error));
        return parsed.value_or(ShotVocabulary());
    }();
    return vocabulary;
}

QStringList ShotVocabulary::textSources()
{
    QStringList sources;
    for (const char *source : kSources)
        sources << QString::fromUtf8(source);
    return sources;
}

QString ShotVocabulary::translated(const QString &source)
{
    return QCoreApplication::translate(kContext, source.toUtf8().constData());
}

namespace {

// Whether word starts a word of text (case aside): "light" finds "light" and
// "lighting", not "slight" or "sunlight". In scripts written without spaces
// (Chinese, Japanese) every character may start one.
bool startsAWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
        switch (text.at(at).script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

QList<VocabularyEntry> ShotVocabulary::search(const QString &text) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    QList<VocabularyEntry> found;
    for (const VocabularyGroup &group : m_groups) {
        // The group's title counts: "light" lists the Lighting group.
        const QString titles = group.title + QLatin1Char(' ') + translated(group.title);
        for (const VocabularyEntry &entry : group.entries) {
            const QString haystack = titles + QLatin1Char(' ') + entry.phrase + QLatin1Char(' ') + entry.description
                + QLatin1Char(' ') + translated(entry.description);
            const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return startsAWord(haystack, word); });
            if (all)
                found.append(entry);
        }
    }
    return found;
}

} // namespace wan::core
