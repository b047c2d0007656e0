// The shot vocabulary: the built-in file loads with its six groups, every
// title and description is listed for translators (lupdate cannot read the
// JSON), search finds phrases and descriptions, and a broken file is refused.

#include "core/shotvocabulary.h"

#include <QFile>
#include <QSet>
#include <QTest>

using wan::core::ShotVocabulary;
using wan::core::VocabularyEntry;

class TestShotVocabulary final : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_hasTheGroupsAndDistinctPhrases()
    {
        const ShotVocabulary &vocabulary = ShotVocabulary::builtIn();
        QStringList ids;
        for (const auto &group : vocabulary.groups())
            ids.append(group.id);
        QCOMPARE(ids, (QStringList { QStringLiteral("camera"), QStringLiteral("size"), QStringLiteral("lens"),
                                     QStringLiteral("lighting"), QStringLiteral("speed"), QStringLiteral("mood") }));
        QSet<QString> phrases;
        for (const auto &group : vocabulary.groups()) {
            for (const auto &entry : group.entries) {
                QVERIFY2(!phrases.contains(entry.phrase), qPrintable(entry.phrase));
                phrases.insert(entry.phrase);
                QCOMPARE(entry.groupId, group.id);
                // A phrase goes into a prompt: it must not open an alternatives group.
                QVERIFY(!entry.phrase.contains(QLatin1Char('{')) && !entry.phrase.contains(QLatin1Char('|')));
            }
        }
        QVERIFY(phrases.contains(QStringLiteral("aerial orbit")));
        QVERIFY(phrases.contains(QStringLiteral("handheld tracking shot")));
        QVERIFY(phrases.contains(QStringLiteral("dolly in")));
    }

    void everyText_isListedForTranslators()
    {
        const QStringList listed = ShotVocabulary::textSources();
        QStringList shown;
        for (const auto &group : ShotVocabulary::builtIn().groups()) {
            shown.append(group.title);
            for (const auto &entry : group.entries)
                shown.append(entry.description);
        }
        for (const QString &text : shown)
            QVERIFY2(listed.contains(text), qPrintable(QStringLiteral("not in shotvocabulary.cpp: ") + text));
        QCOMPARE(listed.size(), shown.size());
    }

    void search_findsPhrasesAndDescriptions()
    {
        const ShotVocabulary &vocabulary = ShotVocabulary::builtIn();
        QCOMPARE(vocabulary.search(QString()).size(), 25);
        const auto orbit = vocabulary.search(QStringLiteral("ORBIT"));
        QCOMPARE(orbit.size(), 1);
        QCOMPARE(orbit.first().phrase, QStringLiteral("aerial orbit"));
        const auto sunset = vocabulary.search(QStringLiteral("after sunset"));
        QCOMPARE(sunset.size(), 1);
        QCOMPARE(sunset.first().phrase, QStringLiteral("blue hour"));
        QVERIFY(vocabulary.search(QStringLiteral("nothing-like-this")).isEmpty());
        // Words match from their start, and a group's title counts: "light"
        // lists the Lighting group, not "a slight shake" or "slightly unreal".
        QStringList light;
        for (const VocabularyEntry &entry : vocabulary.search(QStringLiteral("light")))
            light << entry.phrase;
        QVERIFY2(light.contains(QStringLiteral("golden hour")), qPrintable(light.join(QLatin1String(", "))));
        QVERIFY2(!light.contains(QStringLiteral("handheld tracking shot")), qPrintable(light.join(QLatin1String(", "))));
        QVERIFY2(!light.contains(QStringLiteral("dreamy")), qPrintable(light.join(QLatin1String(", "))));
        QCOMPARE(vocabulary.search(QStringLiteral("ight")).size(), 0);
    }

    void brokenFile_isRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no groups") << QByteArray(R"({"groups": []})");
        QTest::newRow("group without title") << QByteArray(R"({"groups": [{"id": "a", "entries": [{"phrase": "p", "description": "d"}]}]})");
        QTest::newRow("entry without phrase") << QByteArray(R"({"groups": [{"id": "a", "title": "A", "entries": [{"description": "d"}]}]})");
        QTest::newRow("empty group") << QByteArray(R"({"groups": [{"id": "a", "title": "A", "entries": []}]})");
    }
    void brokenFile_isRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!ShotVocabulary::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestShotVocabulary)
#include "tst_shotvocabulary.moc"
