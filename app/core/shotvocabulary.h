#pragma once

// The shot vocabulary beside the prompt: camera moves, shot sizes, lenses and
// focus, lighting, motion speed and mood, as phrases Wan 2.2 follows, grouped,
// each with a one-line description. The data is resources/shotvocabulary.json;
// the phrases go into the prompt as written (English, as the model reads them),
// the group titles and descriptions are shown translated (translated(); lupdate
// sees them through the list in shotvocabulary.cpp, which a test keeps in step).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wan::core {

struct VocabularyEntry
{
    QString phrase;         // inserted into the prompt, e.g. "dolly in"
    QString description;    // English source; show translated()
    QString groupId;        // "camera", "size", "lens", "lighting", "speed", "mood"
};

struct VocabularyGroup
{
    QString id;
    QString title;          // English source; show translated()
    QList<VocabularyEntry> entries;
};

class ShotVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(wan::core::ShotVocabulary)
public:
    // Parses the vocabulary file; nullopt with *error when it is not one.
    static std::optional<ShotVocabulary> fromJson(const QByteArray &json, QString *error = nullptr);
    // The built-in vocabulary (resources/shotvocabulary.json).
    static const ShotVocabulary &builtIn();
    // Every group title and description the built-in file may show, as lupdate sees them.
    static QStringList textSources();
    // A title or description in the user's language (the English source when untranslated).
    static QString translated(const QString &source);

    const QList<VocabularyGroup> &groups() const { return m_groups; }
    // The entries whose phrase or description (English or translated) contains
    // every word of text, case-insensitively, in file order; all of them for empty text.
    QList<VocabularyEntry> search(const QString &text) const;

private:
    QList<VocabularyGroup> m_groups;
};

} // namespace wan::core
