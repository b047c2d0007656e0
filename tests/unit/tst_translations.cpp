// Every translation in translations/ is complete and safe to ship: lrelease
// finds nothing unfinished or untranslated, each translation keeps exactly the
// placeholders of its source (%1, %L2, %n), and plural messages have as many
// forms as the language has. A failure names the language and the message.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one translation, or the plural forms
};

QString translationsDir()
{
    return QStringLiteral(WANSTUDIO_SOURCE_DIR "/translations");
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    current.context.clear(); // not shipped
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!current.context.isEmpty())
                messages << current;
            current = Message();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99 (with or without L) and %n / %Ln, in order of appearance, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// How many plural forms Qt's numerus rules give each language (Qt Linguist's
// "Translation Rules for Plurals"). A new language adds its line here.
int pluralForms(const QString &language)
{
    static const QMap<QString, int> forms{
        {QStringLiteral("de"), 2}, {QStringLiteral("en"), 2}, {QStringLiteral("es"), 2},
        {QStringLiteral("fr"), 2}, {QStringLiteral("ja"), 1}, {QStringLiteral("zh_CN"), 1},
    };
    return forms.value(language, 0);
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void lrelease_findsNothingUnfinished_data() { languages(); }
    void lrelease_findsNothingUnfinished();
    void placeholders_matchTheSource_data() { languages(); }
    void placeholders_matchTheSource();
    void pluralForms_matchTheLanguage_data() { languages(); }
    void pluralForms_matchTheLanguage();

private:
    void languages();
};

void TestTranslations::languages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("path");
    // ctest runs one language per test (WANSTUDIO_TRANSLATION); by hand, all.
    const QString only = qEnvironmentVariable("WANSTUDIO_TRANSLATION");
    const QDir dir(translationsDir());
    const auto files = dir.entryList({QStringLiteral("wanstudio_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() > 1, qPrintable(QStringLiteral("no translations in %1").arg(dir.path())));
    QVERIFY2(only.isEmpty() || files.contains(QStringLiteral("wanstudio_%1.ts").arg(only)),
             qPrintable(QStringLiteral("no translation %1 in %2").arg(only, dir.path())));
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13); // wanstudio_<language>.ts
        if (language == QLatin1String("en"))
            continue; // English holds only plural forms; its other text is the source
        if (!only.isEmpty() && language != only)
            continue;
        QTest::newRow(qPrintable(language)) << language << dir.filePath(file);
    }
}

void TestTranslations::lrelease_findsNothingUnfinished()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(WANSTUDIO_LRELEASE), {path, QStringLiteral("-qm"), out.filePath(QStringLiteral("out.qm"))});
    QVERIFY2(lrelease.waitForFinished(60'000), "lrelease did not finish");
    const QString output = QString::fromLocal8Bit(lrelease.readAll());
    QVERIFY2(lrelease.exitCode() == 0, qPrintable(language + QStringLiteral(": lrelease failed:\n") + output));

    static const QRegularExpression generated(QStringLiteral("Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"));
    static const QRegularExpression ignored(QStringLiteral("Ignored (\\d+) untranslated source text\\(s\\)"));
    const auto counts = generated.match(output);
    QVERIFY2(counts.hasMatch(), qPrintable(language + QStringLiteral(": unexpected lrelease output:\n") + output));
    const int unfinished = counts.captured(3).toInt();
    const auto untranslatedMatch = ignored.match(output);
    const int untranslated = untranslatedMatch.hasMatch() ? untranslatedMatch.captured(1).toInt() : 0;
    if (unfinished == 0 && untranslated == 0)
        return;

    // Name the messages, so whoever translates knows where to look.
    QString error;
    const auto messages = readTs(path, &error);
    QStringList open;
    for (const Message &m : messages) {
        bool empty = m.forms.isEmpty();
        for (const QString &form : m.forms)
            empty = empty || form.isEmpty();
        if (m.unfinished || empty)
            open << describe(m);
    }
    QFAIL(qPrintable(QStringLiteral("%1: lrelease reports %2 unfinished and %3 untranslated messages, e.g.\n  %4")
                         .arg(language)
                         .arg(unfinished)
                         .arg(untranslated)
                         .arg(open.mid(0, 15).join(QStringLiteral("\n  ")))));
}

void TestTranslations::placeholders_matchTheSource()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    QString error;
    const auto messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(language + QStringLiteral(": ") + error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &m : messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                continue; // unfinished: the lrelease test names it
            const QStringList got = placeholders(form);
            if (got != expected)
                problems << QStringLiteral("%1\n      has %2, source has %3: \"%4\"")
                                .arg(describe(m), got.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')), form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 translations do not keep their placeholders:\n  %3")
                                                .arg(language)
                                                .arg(problems.size())
                                                .arg(problems.join(QStringLiteral("\n  ")))));
}

void TestTranslations::pluralForms_matchTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, path);
    const int expected = pluralForms(language);
    QVERIFY2(expected > 0, qPrintable(QStringLiteral("%1: add its number of plural forms to pluralForms() in this test").arg(language)));
    QString error;
    const auto messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(language + QStringLiteral(": ") + error));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (m.forms.size() != expected)
            problems << QStringLiteral("%1 has %2").arg(describe(m)).arg(m.forms.size());
    }
    QVERIFY2(numerus > 0, qPrintable(language + QStringLiteral(": no plural messages found")));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: plural messages need %2 forms:\n  %3")
                                                .arg(language)
                                                .arg(expected)
                                                .arg(problems.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
