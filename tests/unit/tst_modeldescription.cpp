// The model description is the one place ranges and defaults live: these tests
// hold it to the API page (every tunable parameter at and past its limits, the
// defaults, the example request) and check that a broken description is refused.

#include "core/modeldescription.h"
#include "core/modeltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using wan::core::ModelDescription;
using wan::core::ParameterSpec;
using wan::core::ValidationIssue;

namespace {

const QString kImageUrl = QStringLiteral("https://example.invalid/input.jpeg");
const QString kPrompt = QStringLiteral("A lighthouse in a storm, waves breaking, camera slowly pushes in.");

const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

const ParameterSpec &spec(const QString &name)
{
    const ParameterSpec *found = model().parameter(name);
    if (!found)
        qFatal("The built-in model has no parameter %s", qPrintable(name));
    return *found;
}

QString issuesText(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << issue.parameter + QLatin1String(": ") + issue.message;
    return lines.join(QLatin1Char('\n'));
}

// The example body of the API page, verbatim (the JavaScript sample's `data`).
// (Ordinary literals, not a raw string: moc 6.4 mis-reads long multi-line raw strings.)
const char kApiPageExample[] =
    "{\n"
    "  \"image\": \"https://segmind-resources.s3.amazonaws.com/output/310df0db-0c5e-4c5a-8c78-5db73fbc7c91-bcd49a2d-a0a9-465e-aefd-ca9b5ebb11a7.jpeg\",\n"
    "  \"prompt\": \"4K cinematic close-up of a bloodied, battle-worn Viking warrior kneeling in a snowy sacred cave, eyes wide and glassy with intensity.His long braided blonde beard is frosted with snow, blood streaks run down his face and shoulders.The background is dimly lit by a flickering flame behind him — ancient carvings and symbols glow faintly on the icy stone wall.Camera slowly pushes in on his face as snow swirls in slow motion, and he breathes heavily, lips slightly parted.Suddenly, subtle glitch effects ripple across his face — like time distorting — as if a divine force is entering his mind.In the distance, an echo of a woman’s voice is heard whispering prophecy.As his eyes narrow, a faint blue rune glow reflects in his iris, foreshadowing something ancient and powerful.The camera holds as his expression changes — from fear… to understanding… to resolve.\",\n"
    "  \"go_fast\": true,\n"
    "  \"num_frames\": 81,\n"
    "  \"resolution\": \"480p\",\n"
    "  \"aspect_ratio\": \"16:9\",\n"
    "  \"sample_shift\": 12,\n"
    "  \"frames_per_second\": 16\n"
    "}\n";

// A small valid description that the fromJson rows break one field at a time.
QJsonObject minimalDescription()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("m")},
        {QStringLiteral("endpoint"), QStringLiteral("m-1.0_fast")},
        {QStringLiteral("parameters"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("image")}, {QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("required"), true}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("steps")},
                         {QStringLiteral("type"), QStringLiteral("int")},
                         {QStringLiteral("default"), 4},
                         {QStringLiteral("min"), 1},
                         {QStringLiteral("max"), 8}},
         }},
    };
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withParameter(QJsonObject description, const QJsonObject &parameter)
{
    QJsonArray params = description.value(QStringLiteral("parameters")).toArray();
    params.append(parameter);
    description.insert(QStringLiteral("parameters"), params);
    return description;
}

} // namespace

class TestModelDescription final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtInDescription_namesTheModelAndItsEndpoint();
    void parameters_areListedInApiOrderWithImageAndPromptRequired();
    void defaults_areThoseOfTheApiPage();
    void everyLabelAndHelpText_isListedForTranslators();

    void tunableValue_isCheckedAgainstTypeAndRange_data();
    void tunableValue_isCheckedAgainstTypeAndRange();
    void numFramesAboveMaximum_isRejectedNamingTheRange();
    void resolution1080p_isRejectedListingAllowedValues();

    void typedText_isParsedIntoTheParametersType_data();
    void typedText_isParsedIntoTheParametersType();
    void seedBeyond64Bits_isRejectedNamingTheParameter();
    void largestSeed_isAcceptedAndSentExactly();

    void missingImageAndPrompt_areReportedAsRequired();
    void emptyImageAndPrompt_areRejected();
    void completeDefaultRequest_hasNoIssues();
    void severalBadValues_areAllReported();

    void defaultRequest_matchesTheApiPageExampleFieldByField();
    void buildRequest_prefersGivenValuesOverDefaults();

    void frameSize_followsResolutionAndAspect_data();
    void frameSize_followsResolutionAndAspect();
    void frameSizeOfParameters_fillsInDefaults();

    void builtInResourceFile_isTheSourceFile();
    void minimalDescription_isAccepted();
    void malformedDescription_isRefusedWithReason_data();
    void malformedDescription_isRefusedWithReason();
};

void TestModelDescription::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModelDescription::builtInDescription_namesTheModelAndItsEndpoint()
{
    QCOMPARE(model().id(), QStringLiteral("wan-2.2-i2v-fast"));
    QCOMPARE(model().endpoint(), QStringLiteral("wan-2.2-i2v-fast"));
    QCOMPARE(model().resultRetentionSeconds(), 3600);
    QVERIFY(model().typicalSeconds() > 0);
    QVERIFY(model().typicalCostUsd() > 0.0);
    QVERIFY(!model().title().isEmpty());
    QCOMPARE(model().parameter(QStringLiteral("no_such_parameter")), nullptr);
}

void TestModelDescription::parameters_areListedInApiOrderWithImageAndPromptRequired()
{
    QStringList names;
    for (const ParameterSpec &p : model().parameters())
        names << p.name;
    const QStringList expected{QStringLiteral("image"),      QStringLiteral("prompt"),       QStringLiteral("seed"),
                               QStringLiteral("go_fast"),    QStringLiteral("num_frames"),   QStringLiteral("resolution"),
                               QStringLiteral("aspect_ratio"), QStringLiteral("sample_shift"), QStringLiteral("frames_per_second")};
    QCOMPARE(names, expected);

    QCOMPARE(spec(QStringLiteral("image")).type, ParameterSpec::Type::Image);
    QCOMPARE(spec(QStringLiteral("prompt")).type, ParameterSpec::Type::String);
    QVERIFY(spec(QStringLiteral("image")).required);
    QVERIFY(spec(QStringLiteral("prompt")).required);
    QVERIFY(!spec(QStringLiteral("image")).isTunable());
    QVERIFY(!spec(QStringLiteral("prompt")).isTunable());
    for (const QString &name : expected.mid(2)) {
        QVERIFY2(spec(name).isTunable(), qPrintable(name));
        QVERIFY2(!spec(name).required, qPrintable(name));
        QVERIFY2(!spec(name).help.isEmpty(), qPrintable(name));
    }
    QCOMPARE(spec(QStringLiteral("seed")).type, ParameterSpec::Type::Int);
    QCOMPARE(spec(QStringLiteral("go_fast")).type, ParameterSpec::Type::Bool);
    QCOMPARE(spec(QStringLiteral("num_frames")).type, ParameterSpec::Type::Int);
    QCOMPARE(spec(QStringLiteral("resolution")).type, ParameterSpec::Type::Enum);
    QCOMPARE(spec(QStringLiteral("aspect_ratio")).type, ParameterSpec::Type::Enum);
    QCOMPARE(spec(QStringLiteral("sample_shift")).type, ParameterSpec::Type::Float);
    QCOMPARE(spec(QStringLiteral("frames_per_second")).type, ParameterSpec::Type::Int);
}

void TestModelDescription::defaults_areThoseOfTheApiPage()
{
    const QJsonObject d = model().defaults();
    QCOMPARE(d.size(), 7);
    QVERIFY(!d.contains(QStringLiteral("image")));
    QVERIFY(!d.contains(QStringLiteral("prompt")));
    QCOMPARE(d.value(QStringLiteral("num_frames")), QJsonValue(81));
    QCOMPARE(d.value(QStringLiteral("sample_shift")).toDouble(), 12.0);
    QCOMPARE(d.value(QStringLiteral("frames_per_second")), QJsonValue(16));
    QCOMPARE(d.value(QStringLiteral("resolution")), QJsonValue(QStringLiteral("480p")));
    QCOMPARE(d.value(QStringLiteral("aspect_ratio")), QJsonValue(QStringLiteral("16:9")));
    QCOMPARE(d.value(QStringLiteral("go_fast")), QJsonValue(true));
    QCOMPARE(d.value(QStringLiteral("seed")), QJsonValue(1));
    // Every default passes its own validation.
    for (auto it = d.begin(); it != d.end(); ++it) {
        const auto issue = model().validateValue(spec(it.key()), it.value());
        QVERIFY2(!issue, qPrintable(issue ? issue->message : QString()));
    }
}

void TestModelDescription::tunableValue_isCheckedAgainstTypeAndRange_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messageMentions"); // for rejected rows

    const QString notWhole = QStringLiteral("not a whole number");
    // num_frames: 81 to 100
    QTest::newRow("num_frames min 81") << QStringLiteral("num_frames") << QJsonValue(81) << true << QString();
    QTest::newRow("num_frames max 100") << QStringLiteral("num_frames") << QJsonValue(100) << true << QString();
    QTest::newRow("num_frames min-1 80") << QStringLiteral("num_frames") << QJsonValue(80) << false << QStringLiteral("81 to 100");
    QTest::newRow("num_frames max+1 101") << QStringLiteral("num_frames") << QJsonValue(101) << false << QStringLiteral("81 to 100");
    QTest::newRow("num_frames text \"81\"") << QStringLiteral("num_frames") << QJsonValue(QStringLiteral("81")) << false << notWhole;
    QTest::newRow("num_frames fraction 90.5") << QStringLiteral("num_frames") << QJsonValue(90.5) << false << notWhole;
    QTest::newRow("num_frames bool") << QStringLiteral("num_frames") << QJsonValue(true) << false << notWhole;
    // frames_per_second: 5 to 24
    QTest::newRow("fps min 5") << QStringLiteral("frames_per_second") << QJsonValue(5) << true << QString();
    QTest::newRow("fps max 24") << QStringLiteral("frames_per_second") << QJsonValue(24) << true << QString();
    QTest::newRow("fps min-1 4") << QStringLiteral("frames_per_second") << QJsonValue(4) << false << QStringLiteral("5 to 24");
    QTest::newRow("fps max+1 25") << QStringLiteral("frames_per_second") << QJsonValue(25) << false << QStringLiteral("5 to 24");
    QTest::newRow("fps text") << QStringLiteral("frames_per_second") << QJsonValue(QStringLiteral("16")) << false << notWhole;
    QTest::newRow("fps fraction 16.5") << QStringLiteral("frames_per_second") << QJsonValue(16.5) << false << notWhole;
    // sample_shift: 1 to 20, a float
    QTest::newRow("sample_shift min 1") << QStringLiteral("sample_shift") << QJsonValue(1) << true << QString();
    QTest::newRow("sample_shift max 20") << QStringLiteral("sample_shift") << QJsonValue(20.0) << true << QString();
    QTest::newRow("sample_shift fraction 12.5") << QStringLiteral("sample_shift") << QJsonValue(12.5) << true << QString();
    QTest::newRow("sample_shift below 0.99") << QStringLiteral("sample_shift") << QJsonValue(0.99) << false << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift above 20.01") << QStringLiteral("sample_shift") << QJsonValue(20.01) << false << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift min-1 0") << QStringLiteral("sample_shift") << QJsonValue(0) << false << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift max+1 21") << QStringLiteral("sample_shift") << QJsonValue(21) << false << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift text") << QStringLiteral("sample_shift") << QJsonValue(QStringLiteral("12")) << false << QStringLiteral("not a number");
    QTest::newRow("sample_shift bool") << QStringLiteral("sample_shift") << QJsonValue(false) << false << QStringLiteral("not a number");
    // seed: any 64-bit integer
    QTest::newRow("seed 0") << QStringLiteral("seed") << QJsonValue(0) << true << QString();
    QTest::newRow("seed -1") << QStringLiteral("seed") << QJsonValue(-1) << true << QString();
    QTest::newRow("seed int64 min") << QStringLiteral("seed") << QJsonValue(std::numeric_limits<qint64>::min()) << true << QString();
    QTest::newRow("seed int64 max") << QStringLiteral("seed") << QJsonValue(std::numeric_limits<qint64>::max()) << true << QString();
    QTest::newRow("seed 1e19 beyond 64 bits") << QStringLiteral("seed") << QJsonValue(1e19) << false << QStringLiteral("64 bits");
    QTest::newRow("seed -1e19 beyond 64 bits") << QStringLiteral("seed") << QJsonValue(-1e19) << false << QStringLiteral("64 bits");
    QTest::newRow("seed 2^63 beyond 64 bits") << QStringLiteral("seed") << QJsonValue(9223372036854775808.0) << false << QStringLiteral("64 bits");
    QTest::newRow("seed text") << QStringLiteral("seed") << QJsonValue(QStringLiteral("1")) << false << notWhole;
    QTest::newRow("seed fraction") << QStringLiteral("seed") << QJsonValue(1.5) << false << notWhole;
    // go_fast: a JSON bool only
    QTest::newRow("go_fast true") << QStringLiteral("go_fast") << QJsonValue(true) << true << QString();
    QTest::newRow("go_fast false") << QStringLiteral("go_fast") << QJsonValue(false) << true << QString();
    QTest::newRow("go_fast number 1") << QStringLiteral("go_fast") << QJsonValue(1) << false << QStringLiteral("true or false");
    QTest::newRow("go_fast text \"true\"") << QStringLiteral("go_fast") << QJsonValue(QStringLiteral("true")) << false << QStringLiteral("true or false");
    // resolution and aspect_ratio: enums, case-sensitive as the API is
    QTest::newRow("resolution 480p") << QStringLiteral("resolution") << QJsonValue(QStringLiteral("480p")) << true << QString();
    QTest::newRow("resolution 720p") << QStringLiteral("resolution") << QJsonValue(QStringLiteral("720p")) << true << QString();
    QTest::newRow("resolution 1080p") << QStringLiteral("resolution") << QJsonValue(QStringLiteral("1080p")) << false << QStringLiteral("480p, 720p");
    QTest::newRow("resolution 480P") << QStringLiteral("resolution") << QJsonValue(QStringLiteral("480P")) << false << QStringLiteral("480p, 720p");
    QTest::newRow("resolution number 720") << QStringLiteral("resolution") << QJsonValue(720) << false << QStringLiteral("480p, 720p");
    QTest::newRow("aspect_ratio 16:9") << QStringLiteral("aspect_ratio") << QJsonValue(QStringLiteral("16:9")) << true << QString();
    QTest::newRow("aspect_ratio 9:16") << QStringLiteral("aspect_ratio") << QJsonValue(QStringLiteral("9:16")) << true << QString();
    QTest::newRow("aspect_ratio 4:3") << QStringLiteral("aspect_ratio") << QJsonValue(QStringLiteral("4:3")) << false << QStringLiteral("16:9, 9:16");
    QTest::newRow("aspect_ratio 1:1") << QStringLiteral("aspect_ratio") << QJsonValue(QStringLiteral("1:1")) << false << QStringLiteral("16:9, 9:16");
}

void TestModelDescription::tunableValue_isCheckedAgainstTypeAndRange()
{
    QFETCH(QString, parameter);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messageMentions);

    // One value on its own ...
    const auto issue = model().validateValue(spec(parameter), value);
    QCOMPARE(issue.has_value(), !accepted);
    if (issue) {
        QCOMPARE(issue->parameter, parameter);
        QVERIFY2(issue->message.contains(parameter), qPrintable(issue->message));
        QVERIFY2(issue->message.contains(messageMentions), qPrintable(issue->message));
    }

    // ... and inside a complete request, where it must be the only issue.
    const QJsonObject request = model().buildRequest(kImageUrl, kPrompt, QJsonObject{{parameter, value}});
    QCOMPARE(request.value(parameter), value);
    const QList<ValidationIssue> issues = model().validate(request);
    QCOMPARE(issues.size(), accepted ? 0 : 1);
    if (!accepted) {
        QCOMPARE(issues.first().parameter, parameter);
        QCOMPARE(issues.first().message, issue->message);
    }
}

void TestModelDescription::numFramesAboveMaximum_isRejectedNamingTheRange()
{
    const auto issue = model().validateValue(spec(QStringLiteral("num_frames")), QJsonValue(101));
    QVERIFY(issue);
    QCOMPARE(issue->message, QStringLiteral("num_frames must be a whole number from 81 to 100 (got 101)."));
}

void TestModelDescription::resolution1080p_isRejectedListingAllowedValues()
{
    QString error;
    const auto parsed = model().parseValue(spec(QStringLiteral("resolution")), QStringLiteral("1080p"), &error);
    QVERIFY(!parsed);
    QVERIFY2(error.contains(QStringLiteral("resolution")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("480p")) && error.contains(QStringLiteral("720p")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("1080p")), qPrintable(error));
    QCOMPARE(spec(QStringLiteral("resolution")).allowedDescription(), QStringLiteral("one of 480p, 720p"));
}

void TestModelDescription::typedText_isParsedIntoTheParametersType_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");     // for accepted rows
    QTest::addColumn<QString>("messageMentions"); // for rejected rows

    const QJsonValue none;
    const QString notWhole = QStringLiteral("is not a whole number");
    // As typed after "--frames", "--fps", "--shift", "--seed", ... on the command line.
    QTest::newRow("num_frames 81") << QStringLiteral("num_frames") << QStringLiteral("81") << true << QJsonValue(81) << QString();
    QTest::newRow("num_frames 100") << QStringLiteral("num_frames") << QStringLiteral("100") << true << QJsonValue(100) << QString();
    QTest::newRow("num_frames padded") << QStringLiteral("num_frames") << QStringLiteral(" 90 ") << true << QJsonValue(90) << QString();
    QTest::newRow("num_frames 80") << QStringLiteral("num_frames") << QStringLiteral("80") << false << none << QStringLiteral("81 to 100");
    QTest::newRow("num_frames 101") << QStringLiteral("num_frames") << QStringLiteral("101") << false << none << QStringLiteral("81 to 100");
    QTest::newRow("num_frames abc") << QStringLiteral("num_frames") << QStringLiteral("abc") << false << none << notWhole;
    QTest::newRow("num_frames 1.5") << QStringLiteral("num_frames") << QStringLiteral("1.5") << false << none << notWhole;
    QTest::newRow("num_frames 81.0") << QStringLiteral("num_frames") << QStringLiteral("81.0") << false << none << notWhole;
    QTest::newRow("num_frames empty") << QStringLiteral("num_frames") << QString() << false << none << notWhole;
    QTest::newRow("fps 5") << QStringLiteral("frames_per_second") << QStringLiteral("5") << true << QJsonValue(5) << QString();
    QTest::newRow("fps 24") << QStringLiteral("frames_per_second") << QStringLiteral("24") << true << QJsonValue(24) << QString();
    QTest::newRow("fps 4") << QStringLiteral("frames_per_second") << QStringLiteral("4") << false << none << QStringLiteral("5 to 24");
    QTest::newRow("fps 25") << QStringLiteral("frames_per_second") << QStringLiteral("25") << false << none << QStringLiteral("5 to 24");
    QTest::newRow("fps abc") << QStringLiteral("frames_per_second") << QStringLiteral("abc") << false << none << notWhole;
    QTest::newRow("sample_shift 1") << QStringLiteral("sample_shift") << QStringLiteral("1") << true << QJsonValue(1.0) << QString();
    QTest::newRow("sample_shift 20.0") << QStringLiteral("sample_shift") << QStringLiteral("20.0") << true << QJsonValue(20.0) << QString();
    QTest::newRow("sample_shift 12.5") << QStringLiteral("sample_shift") << QStringLiteral("12.5") << true << QJsonValue(12.5) << QString();
    QTest::newRow("sample_shift 20.01") << QStringLiteral("sample_shift") << QStringLiteral("20.01") << false << none << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift 0.99") << QStringLiteral("sample_shift") << QStringLiteral("0.99") << false << none << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift 21") << QStringLiteral("sample_shift") << QStringLiteral("21") << false << none << QStringLiteral("1 to 20");
    QTest::newRow("sample_shift abc") << QStringLiteral("sample_shift") << QStringLiteral("abc") << false << none << QStringLiteral("is not a number");
    QTest::newRow("sample_shift nan") << QStringLiteral("sample_shift") << QStringLiteral("nan") << false << none << QStringLiteral("is not a number");
    QTest::newRow("sample_shift inf") << QStringLiteral("sample_shift") << QStringLiteral("inf") << false << none << QStringLiteral("is not a number");
    QTest::newRow("sample_shift comma 12,5") << QStringLiteral("sample_shift") << QStringLiteral("12,5") << false << none << QStringLiteral("is not a number");
    QTest::newRow("seed 1") << QStringLiteral("seed") << QStringLiteral("1") << true << QJsonValue(1) << QString();
    QTest::newRow("seed -1") << QStringLiteral("seed") << QStringLiteral("-1") << true << QJsonValue(-1) << QString();
    QTest::newRow("seed int64 min") << QStringLiteral("seed") << QStringLiteral("-9223372036854775808") << true
                                    << QJsonValue(std::numeric_limits<qint64>::min()) << QString();
    QTest::newRow("seed int64 max") << QStringLiteral("seed") << QStringLiteral("9223372036854775807") << true
                                    << QJsonValue(std::numeric_limits<qint64>::max()) << QString();
    QTest::newRow("seed int64 max+1") << QStringLiteral("seed") << QStringLiteral("9223372036854775808") << false << none << QStringLiteral("64 bits");
    QTest::newRow("seed 20 digits") << QStringLiteral("seed") << QStringLiteral("99999999999999999999") << false << none << QStringLiteral("64 bits");
    QTest::newRow("seed -20 digits") << QStringLiteral("seed") << QStringLiteral("-99999999999999999999") << false << none << QStringLiteral("64 bits");
    QTest::newRow("seed abc") << QStringLiteral("seed") << QStringLiteral("abc") << false << none << notWhole;
    QTest::newRow("seed 1.5") << QStringLiteral("seed") << QStringLiteral("1.5") << false << none << notWhole;
    QTest::newRow("seed lone minus") << QStringLiteral("seed") << QStringLiteral("-") << false << none << notWhole;
    QTest::newRow("seed hex") << QStringLiteral("seed") << QStringLiteral("0x10") << false << none << notWhole;
    QTest::newRow("go_fast true") << QStringLiteral("go_fast") << QStringLiteral("true") << true << QJsonValue(true) << QString();
    QTest::newRow("go_fast FALSE") << QStringLiteral("go_fast") << QStringLiteral("FALSE") << true << QJsonValue(false) << QString();
    QTest::newRow("go_fast yes") << QStringLiteral("go_fast") << QStringLiteral("yes") << true << QJsonValue(true) << QString();
    QTest::newRow("go_fast off") << QStringLiteral("go_fast") << QStringLiteral("off") << true << QJsonValue(false) << QString();
    QTest::newRow("go_fast 1") << QStringLiteral("go_fast") << QStringLiteral("1") << true << QJsonValue(true) << QString();
    QTest::newRow("go_fast 0") << QStringLiteral("go_fast") << QStringLiteral("0") << true << QJsonValue(false) << QString();
    QTest::newRow("go_fast maybe") << QStringLiteral("go_fast") << QStringLiteral("maybe") << false << none << QStringLiteral("true or false");
    QTest::newRow("resolution 720p") << QStringLiteral("resolution") << QStringLiteral("720p") << true << QJsonValue(QStringLiteral("720p")) << QString();
    QTest::newRow("resolution padded 720p") << QStringLiteral("resolution") << QStringLiteral(" 720p ") << true << QJsonValue(QStringLiteral("720p")) << QString();
    QTest::newRow("resolution 1080p") << QStringLiteral("resolution") << QStringLiteral("1080p") << false << none << QStringLiteral("480p, 720p");
    QTest::newRow("aspect_ratio 9:16") << QStringLiteral("aspect_ratio") << QStringLiteral("9:16") << true << QJsonValue(QStringLiteral("9:16")) << QString();
    QTest::newRow("aspect_ratio 4:3") << QStringLiteral("aspect_ratio") << QStringLiteral("4:3") << false << none << QStringLiteral("16:9, 9:16");
}

void TestModelDescription::typedText_isParsedIntoTheParametersType()
{
    QFETCH(QString, parameter);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, messageMentions);

    QString error;
    const auto parsed = model().parseValue(spec(parameter), text, &error);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted) {
        QCOMPARE(parsed->type(), expected.type());
        QCOMPARE(*parsed, expected);
        // What the form or command line produced passes the request check too.
        QVERIFY(!model().validateValue(spec(parameter), *parsed));
    } else {
        QVERIFY2(error.startsWith(parameter + QLatin1Char(' ')), qPrintable(error));
        QVERIFY2(error.contains(messageMentions), qPrintable(error));
    }
    // Without an error pointer it must not crash and must give the same answer.
    QCOMPARE(model().parseValue(spec(parameter), text, nullptr).has_value(), accepted);
}

void TestModelDescription::seedBeyond64Bits_isRejectedNamingTheParameter()
{
    QString error;
    const auto parsed = model().parseValue(spec(QStringLiteral("seed")), QStringLiteral("99999999999999999999"), &error);
    QVERIFY(!parsed);
    QVERIFY2(error.startsWith(QStringLiteral("seed ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("99999999999999999999")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not fit in 64 bits")), qPrintable(error));
}

void TestModelDescription::largestSeed_isAcceptedAndSentExactly()
{
    QString error;
    const auto parsed = model().parseValue(spec(QStringLiteral("seed")), QStringLiteral("9223372036854775807"), &error);
    QVERIFY2(parsed, qPrintable(error));
    const QJsonObject request = model().buildRequest(kImageUrl, kPrompt, QJsonObject{{QStringLiteral("seed"), *parsed}});
    QVERIFY2(model().validate(request).isEmpty(), qPrintable(issuesText(model().validate(request))));
    // Not rounded through a double on the way out.
    const QByteArray json = QJsonDocument(request).toJson(QJsonDocument::Compact);
    QVERIFY2(json.contains("\"seed\":9223372036854775807"), json.constData());
}

void TestModelDescription::missingImageAndPrompt_areReportedAsRequired()
{
    const QList<ValidationIssue> issues = model().validate(model().defaults());
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).parameter, QStringLiteral("image"));
    QCOMPARE(issues.at(0).message, QStringLiteral("image is required."));
    QCOMPARE(issues.at(1).parameter, QStringLiteral("prompt"));
    QCOMPARE(issues.at(1).message, QStringLiteral("prompt is required."));

    // A JSON null counts as missing.
    QJsonObject withNulls = model().defaults();
    withNulls.insert(QStringLiteral("image"), QJsonValue::Null);
    withNulls.insert(QStringLiteral("prompt"), QJsonValue::Null);
    QCOMPARE(model().validate(withNulls).size(), 2);

    // The optional parameters may be left out: the service fills in its defaults.
    const QJsonObject bare{{QStringLiteral("image"), kImageUrl}, {QStringLiteral("prompt"), kPrompt}};
    QVERIFY2(model().validate(bare).isEmpty(), qPrintable(issuesText(model().validate(bare))));
}

void TestModelDescription::emptyImageAndPrompt_areRejected()
{
    {
        const QList<ValidationIssue> issues = model().validate(model().buildRequest(QString(), QString(), {}));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).parameter, QStringLiteral("image"));
        QCOMPARE(issues.at(0).message, QStringLiteral("image must not be empty."));
        QCOMPARE(issues.at(1).parameter, QStringLiteral("prompt"));
        QCOMPARE(issues.at(1).message, QStringLiteral("prompt must not be empty."));
    }
    {
        // Only whitespace is empty too.
        const QList<ValidationIssue> issues = model().validate(model().buildRequest(kImageUrl, QStringLiteral(" \t\n "), {}));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).parameter, QStringLiteral("prompt"));
    }
    {
        // Not text at all.
        QJsonObject request = model().buildRequest(kImageUrl, kPrompt, {});
        request.insert(QStringLiteral("prompt"), 42);
        const QList<ValidationIssue> issues = model().validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).parameter, QStringLiteral("prompt"));
        QVERIFY2(issues.at(0).message.contains(QStringLiteral("not text")), qPrintable(issues.at(0).message));
    }
}

void TestModelDescription::completeDefaultRequest_hasNoIssues()
{
    const QJsonObject request = model().buildRequest(kImageUrl, kPrompt, {});
    QVERIFY2(model().validate(request).isEmpty(), qPrintable(issuesText(model().validate(request))));
}

void TestModelDescription::severalBadValues_areAllReported()
{
    const QJsonObject request = model().buildRequest(QString(), kPrompt,
                                                     QJsonObject{{QStringLiteral("num_frames"), 200},
                                                                 {QStringLiteral("resolution"), QStringLiteral("1080p")},
                                                                 {QStringLiteral("sample_shift"), 0}});
    const QList<ValidationIssue> issues = model().validate(request);
    QStringList names;
    for (const ValidationIssue &issue : issues)
        names << issue.parameter;
    QCOMPARE(names, (QStringList{QStringLiteral("image"), QStringLiteral("num_frames"), QStringLiteral("resolution"), QStringLiteral("sample_shift")}));
}

void TestModelDescription::defaultRequest_matchesTheApiPageExampleFieldByField()
{
    QJsonParseError parseError;
    const QJsonDocument exampleDoc = QJsonDocument::fromJson(QByteArray(kApiPageExample), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject example = exampleDoc.object();
    QCOMPARE(example.size(), 8);

    const QJsonObject request = model().buildRequest(example.value(QStringLiteral("image")).toString(),
                                                     example.value(QStringLiteral("prompt")).toString(), {});
    // Every field of the example, with the same value and the same JSON type.
    for (auto it = example.begin(); it != example.end(); ++it) {
        QVERIFY2(request.contains(it.key()), qPrintable(it.key()));
        const QJsonValue ours = request.value(it.key());
        QVERIFY2(ours.type() == it.value().type(), qPrintable(it.key()));
        QVERIFY2(ours == it.value(), qPrintable(it.key()));
    }
    // Plus the seed the page documents as defaulting to 1 (its example omits it), and nothing else.
    QCOMPARE(request.size(), example.size() + 1);
    QCOMPARE(request.value(QStringLiteral("seed")), QJsonValue(1));

    // On the wire: ints are written as ints, the bool as a bool, enums as strings.
    const QByteArray wire = QJsonDocument(request).toJson(QJsonDocument::Compact);
    for (const char *field : {"\"go_fast\":true", "\"num_frames\":81", "\"resolution\":\"480p\"", "\"aspect_ratio\":\"16:9\"",
                              "\"sample_shift\":12", "\"frames_per_second\":16", "\"seed\":1"}) {
        QVERIFY2(wire.contains(field), field);
    }
    for (const char *intField : {"num_frames", "frames_per_second", "seed"}) {
        const QJsonValue v = request.value(QLatin1String(intField));
        QVERIFY2(v.isDouble() && v.toInteger(-12345) == v.toDouble(), intField);
    }
    QVERIFY(request.value(QStringLiteral("go_fast")).isBool());

    // Read back from the wire, it is still the example plus the seed.
    QJsonObject roundTrip = QJsonDocument::fromJson(wire).object();
    roundTrip.remove(QStringLiteral("seed"));
    QCOMPARE(roundTrip, example);
}

void TestModelDescription::buildRequest_prefersGivenValuesOverDefaults()
{
    const QJsonObject request = model().buildRequest(kImageUrl, kPrompt,
                                                     QJsonObject{{QStringLiteral("num_frames"), 100},
                                                                 {QStringLiteral("go_fast"), false},
                                                                 {QStringLiteral("not_a_parameter"), 1},
                                                                 {QStringLiteral("image"), QStringLiteral("https://example.invalid/other.png")}});
    QCOMPARE(request.value(QStringLiteral("num_frames")), QJsonValue(100));
    QCOMPARE(request.value(QStringLiteral("go_fast")), QJsonValue(false));
    QCOMPARE(request.value(QStringLiteral("frames_per_second")), QJsonValue(16));
    // Unknown names are not sent; image and prompt come from their own arguments.
    QVERIFY(!request.contains(QStringLiteral("not_a_parameter")));
    QCOMPARE(request.value(QStringLiteral("image")), QJsonValue(kImageUrl));
    QCOMPARE(request.value(QStringLiteral("prompt")), QJsonValue(kPrompt));
}

void TestModelDescription::frameSize_followsResolutionAndAspect_data()
{
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("aspectRatio");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("480p landscape") << QStringLiteral("480p") << QStringLiteral("16:9") << QSize(832, 480);
    QTest::newRow("480p portrait") << QStringLiteral("480p") << QStringLiteral("9:16") << QSize(480, 832);
    QTest::newRow("720p landscape") << QStringLiteral("720p") << QStringLiteral("16:9") << QSize(1280, 720);
    QTest::newRow("720p portrait") << QStringLiteral("720p") << QStringLiteral("9:16") << QSize(720, 1280);
    QTest::newRow("unknown resolution") << QStringLiteral("1080p") << QStringLiteral("16:9") << QSize();
    QTest::newRow("unknown aspect") << QStringLiteral("480p") << QStringLiteral("4:3") << QSize();
    QTest::newRow("empty") << QString() << QString() << QSize();
}

void TestModelDescription::frameSize_followsResolutionAndAspect()
{
    QFETCH(QString, resolution);
    QFETCH(QString, aspectRatio);
    QFETCH(QSize, expected);
    const QSize size = model().frameSize(resolution, aspectRatio);
    QCOMPARE(size, expected);
    QCOMPARE(size.isValid(), expected.isValid());
}

void TestModelDescription::frameSizeOfParameters_fillsInDefaults()
{
    QCOMPARE(model().frameSize(QJsonObject{}), QSize(832, 480));
    QCOMPARE(model().frameSize(QJsonObject{{QStringLiteral("aspect_ratio"), QStringLiteral("9:16")}}), QSize(480, 832));
    QCOMPARE(model().frameSize(QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")}}), QSize(1280, 720));
    QCOMPARE(model().frameSize(QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")}, {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")}}),
             QSize(720, 1280));
}

void TestModelDescription::builtInResourceFile_isTheSourceFile()
{
    QFile file(QStringLiteral(WANSTUDIO_SOURCE_DIR "/resources/models/wan-2.2-i2v-fast.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QString error;
    const auto fromSource = ModelDescription::fromJson(file.readAll(), &error);
    QVERIFY2(fromSource, qPrintable(error));
    QCOMPARE(fromSource->endpoint(), model().endpoint());
    QCOMPARE(fromSource->defaults(), model().defaults());
    QCOMPARE(fromSource->parameters().size(), model().parameters().size());
}

void TestModelDescription::minimalDescription_isAccepted()
{
    QString error;
    const auto parsed = ModelDescription::fromJson(toBytes(minimalDescription()), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(parsed->id(), QStringLiteral("m"));
    QCOMPARE(parsed->title(), QStringLiteral("m")); // the id stands in for a missing title
    QCOMPARE(parsed->resultRetentionSeconds(), 3600);
    QCOMPARE(parsed->defaults(), (QJsonObject{{QStringLiteral("steps"), 4}}));
    QCOMPARE(parsed->parameter(QStringLiteral("steps"))->label, QStringLiteral("steps"));
}

void TestModelDescription::malformedDescription_isRefusedWithReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reasonMentions");

    const auto param = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
    };
    const auto with = [](QJsonObject o, const char *key, const QJsonValue &value) {
        o.insert(QLatin1String(key), value);
        return o;
    };
    const QJsonObject base = minimalDescription();

    QTest::newRow("not JSON") << QByteArray("this is not json") << QStringLiteral("not valid JSON");
    QTest::newRow("truncated JSON") << toBytes(base).chopped(5) << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[{\"id\":\"m\"}]") << QStringLiteral("not a JSON object");
    const auto without = [](QJsonObject o, const char *key) {
        o.remove(QLatin1String(key));
        return o;
    };
    QTest::newRow("missing endpoint") << toBytes(without(base, "endpoint")) << QStringLiteral("no id or endpoint");
    QTest::newRow("empty endpoint") << toBytes(with(base, "endpoint", QString())) << QStringLiteral("no id or endpoint");
    QTest::newRow("missing id") << toBytes(without(base, "id")) << QStringLiteral("no id or endpoint");
    QTest::newRow("endpoint with a path") << toBytes(with(base, "endpoint", QStringLiteral("../v1/other"))) << QStringLiteral("not a plain name");
    QTest::newRow("endpoint with a query") << toBytes(with(base, "endpoint", QStringLiteral("m?x=1"))) << QStringLiteral("not a plain name");
    QTest::newRow("endpoint not ASCII") << toBytes(with(base, "endpoint", QStringLiteral("mod\u00e8le"))) << QStringLiteral("not a plain name");
    QTest::newRow("no parameters") << toBytes(with(base, "parameters", QJsonArray{})) << QStringLiteral("lists no parameters");
    QTest::newRow("parameters not a list") << toBytes(with(base, "parameters", QJsonObject{})) << QStringLiteral("lists no parameters");
    QTest::newRow("parameter without name") << toBytes(withParameter(base, QJsonObject{{QStringLiteral("type"), QStringLiteral("int")}}))
                                            << QStringLiteral("no name or an unknown type");
    QTest::newRow("parameter of unknown type") << toBytes(withParameter(base, param("x", "double"))) << QStringLiteral("no name or an unknown type");
    QTest::newRow("parameter not an object") << toBytes(with(base, "parameters", QJsonArray{42})) << QStringLiteral("no name or an unknown type");
    QTest::newRow("parameter twice") << toBytes(withParameter(base, param("steps", "bool"))) << QStringLiteral("described twice");
    QTest::newRow("min above max") << toBytes(withParameter(base, with(with(param("x", "int"), "min", 10), "max", 5))) << QStringLiteral("invalid range");
    QTest::newRow("min without max") << toBytes(withParameter(base, with(param("x", "int"), "min", 1))) << QStringLiteral("invalid range");
    QTest::newRow("max without min") << toBytes(withParameter(base, with(param("x", "int"), "max", 1))) << QStringLiteral("invalid range");
    QTest::newRow("float without range") << toBytes(withParameter(base, param("x", "float"))) << QStringLiteral("needs a range");
    QTest::newRow("enum without values") << toBytes(withParameter(base, param("x", "enum"))) << QStringLiteral("lists no allowed values");
    QTest::newRow("default below min") << toBytes(withParameter(base, with(with(with(param("x", "int"), "min", 1), "max", 5), "default", 0)))
                                       << QStringLiteral("outside its own range");
    QTest::newRow("enum default not allowed")
        << toBytes(withParameter(base, with(with(param("x", "enum"), "values", QJsonArray{QStringLiteral("a")}), "default", QStringLiteral("b"))))
        << QStringLiteral("outside its own range");
    QTest::newRow("bool default of wrong type") << toBytes(withParameter(base, with(param("x", "bool"), "default", QStringLiteral("yes"))))
                                                << QStringLiteral("outside its own range");
}

void TestModelDescription::malformedDescription_isRefusedWithReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reasonMentions);

    QString error;
    const auto parsed = ModelDescription::fromJson(json, &error);
    QVERIFY(!parsed);
    QVERIFY2(error.contains(reasonMentions), qPrintable(error));
    // Without an error pointer it is refused all the same.
    QVERIFY(!ModelDescription::fromJson(json));
}

void TestModelDescription::everyLabelAndHelpText_isListedForTranslators()
{
    // lupdate cannot read the JSON: a label missing from modeltext.cpp would
    // stay English in every language.
    const QStringList listed = wan::core::modelTextSources();
    for (const auto &spec : model().parameters()) {
        QVERIFY2(listed.contains(spec.label), qPrintable(spec.label));
        if (!spec.help.isEmpty())
            QVERIFY2(listed.contains(spec.help), qPrintable(spec.help));
    }
}

QTEST_GUILESS_MAIN(TestModelDescription)
#include "tst_modeldescription.moc"
