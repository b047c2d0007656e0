// The parameter form is generated from the model description: these tests
// drive the real widgets (keys, clicks, setValue) and hold them to the ranges,
// defaults and allowed values documented on the API page, and check that every
// control can be found by a screen reader and explains itself.

#include "core/modeldescription.h"
#include "common/segmentedchoice.h"
#include "studio/parameterform.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using wan::core::ModelDescription;
using wan::ui::ParameterForm;

namespace {

const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The documented defaults, written out rather than read from the model so a
// wrong model file fails here too.
QJsonObject documentedDefaults()
{
    return QJsonObject {
        { key("seed"), 1 },
        { key("go_fast"), true },
        { key("num_frames"), 81 },
        { key("resolution"), key("480p") },
        { key("aspect_ratio"), key("16:9") },
        { key("sample_shift"), 12.0 },
        { key("frames_per_second"), 16 },
    };
}

QString withoutAmpersands(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

template<typename W> W *child(const QWidget &form, const QString &name)
{
    W *found = form.findChild<W *>(name);
    if (!found)
        qFatal("The form has no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Clicks the box itself: a check box without text may be stretched wider
// than the part that reacts to the mouse.
void clickCheckBox(QCheckBox *check)
{
    QStyleOptionButton option;
    option.initFrom(check);
    const QRect indicator = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, check);
    QTest::mouseClick(check, Qt::LeftButton, {}, indicator.center());
}

void typeInto(QWidget *target, const QString &text)
{
    target->setFocus();
    if (auto *box = qobject_cast<QAbstractSpinBox *>(target))
        box->selectAll();
    else if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
    QTest::keyClicks(target, text);
}

} // namespace

class TestParameterForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaults_matchTheModel();
    void values_haveTheirJsonTypes();

    void slider_stopsAtTheDocumentedRange_data();
    void slider_stopsAtTheDocumentedRange();
    void sliderAndSpinBox_stayInSync_data();
    void sliderAndSpinBox_stayInSync();
    void typingOutOfRange_isImpossible_data();
    void typingOutOfRange_isImpossible();
    void enumChoice_offersExactlyTheDocumentedValues_data();
    void enumChoice_offersExactlyTheDocumentedValues();
    void goFast_isACheckBox();

    void setValues_roundTripsAndEmitsOnce();
    void setValues_ignoresInvalidAndUnknownValues_data();
    void setValues_ignoresInvalidAndUnknownValues();
    void setValues_appliesTheValidValuesOfAMixedSet();
    void resetButton_restoresTheModelDefaults();

    void clipLength_followsFramesAndRate();

    void randomSeed_leavesSeedOutAndDisablesTheField();
    void reuseLastSeed_isEnabledBySetLastSeedAndFillsTheField();
    void seedField_takesOnlyA64BitWholeNumber();
    void seedField_leftEmpty_getsItsValueBack();

    void everyControl_isNamedLikeItsLabelAndHasATooltip();
    void labels_haveDistinctMnemonicsAndBuddies();
    void userEdit_emitsChangedOnce();
    void otherModel_isGeneratedFromItsOwnDescription();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<ParameterForm> m_form;
};

void TestParameterForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Nothing here should touch settings; if something does, it lands in a temporary file.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    // Number formatting in the clip length follows the locale; pin it.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestParameterForm::init()
{
    m_form = std::make_unique<ParameterForm>(model());
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    // Focus changes (the seed field's focus-out) need an active window.
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestParameterForm::cleanup()
{
    m_form.reset();
}

void TestParameterForm::defaults_matchTheModel()
{
    QCOMPARE(m_form->values(), documentedDefaults());
    QCOMPARE(m_form->values(), model().defaults());
    QVERIFY(!m_form->randomSeed());
    QCOMPARE(child<QSpinBox>(*m_form, key("num_frames"))->value(), 81);
    QCOMPARE(child<QSlider>(*m_form, key("num_framesSlider"))->value(), 81);
    QCOMPARE(child<QSpinBox>(*m_form, key("frames_per_second"))->value(), 16);
    QCOMPARE(child<QDoubleSpinBox>(*m_form, key("sample_shift"))->value(), 12.0);
    QCOMPARE(child<QSlider>(*m_form, key("sample_shiftSlider"))->value(), 120);
    QCOMPARE(child<wan::ui::SegmentedChoice>(*m_form, key("resolution"))->currentText(), key("480p"));
    QCOMPARE(child<wan::ui::SegmentedChoice>(*m_form, key("aspect_ratio"))->currentText(), key("16:9"));
    QVERIFY(child<QCheckBox>(*m_form, key("go_fast"))->isChecked());
    QCOMPARE(child<QLineEdit>(*m_form, key("seed"))->text(), key("1"));
}

void TestParameterForm::values_haveTheirJsonTypes()
{
    const QJsonObject values = m_form->values();
    for (const char *whole : { "num_frames", "frames_per_second", "seed" })
        QCOMPARE(values.value(key(whole)).toVariant().typeId(), QMetaType::LongLong);
    // A float is a JSON number; Qt keeps a whole double (the default 12.0) as
    // an integer internally, so the fractional case is the one that tells.
    QVERIFY(values.value(key("sample_shift")).isDouble());
    QCOMPARE(values.value(key("sample_shift")).toDouble(), 12.0);
    m_form->setValues(QJsonObject { { key("sample_shift"), 7.5 } });
    QCOMPARE(m_form->values().value(key("sample_shift")).toVariant().typeId(), QMetaType::Double);
    QCOMPARE(m_form->values().value(key("sample_shift")).toDouble(), 7.5);
    QVERIFY(values.value(key("go_fast")).isBool());
    QVERIFY(values.value(key("resolution")).isString());
    QVERIFY(values.value(key("aspect_ratio")).isString());
    // What goes over the wire: integers without a fraction.
    const QByteArray json = QJsonDocument(values).toJson(QJsonDocument::Compact);
    QVERIFY2(json.contains("\"num_frames\":81,") || json.contains("\"num_frames\":81}"), json.constData());
    QVERIFY2(json.contains("\"seed\":1,") || json.contains("\"seed\":1}"), json.constData());
    QVERIFY(model().validate(model().buildRequest(key("https://example.invalid/a.jpg"), key("a prompt"), values)).isEmpty());
}

void TestParameterForm::slider_stopsAtTheDocumentedRange_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("num_frames") << key("num_frames") << 81.0 << 100.0;
    QTest::newRow("frames_per_second") << key("frames_per_second") << 5.0 << 24.0;
    QTest::newRow("sample_shift") << key("sample_shift") << 1.0 << 20.0;
}

void TestParameterForm::slider_stopsAtTheDocumentedRange()
{
    QFETCH(QString, name);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    auto *slider = child<QSlider>(*m_form, name + QLatin1String("Slider"));
    auto *box = child<QAbstractSpinBox>(*m_form, name);
    const auto boxValue = [box] { return box->property("value").toDouble(); };
    slider->setFocus();

    // Far more page-ups than the range has pages: it must stop at the top.
    for (int i = 0; i < 100; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(boxValue(), maximum);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(boxValue(), maximum);
    for (int i = 0; i < 100; ++i)
        QTest::keyClick(slider, Qt::Key_PageDown);
    QCOMPARE(boxValue(), minimum);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(boxValue(), minimum);
    QTest::keyClick(slider, Qt::Key_Down);
    QCOMPARE(boxValue(), minimum);

    // Even a programmatic push past the ends is held in range.
    slider->setValue(slider->maximum() + 1000);
    QCOMPARE(boxValue(), maximum);
    slider->setValue(slider->minimum() - 1000);
    QCOMPARE(boxValue(), minimum);
    QCOMPARE(box->property("minimum").toDouble(), minimum);
    QCOMPARE(box->property("maximum").toDouble(), maximum);
}

void TestParameterForm::sliderAndSpinBox_stayInSync_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("sliderPosition");
    QTest::addColumn<double>("boxValue");
    QTest::newRow("num_frames") << key("num_frames") << key("93") << 93 << 93.0;
    QTest::newRow("frames_per_second") << key("frames_per_second") << key("8") << 8 << 8.0;
    // One decimal: the slider moves in tenths.
    QTest::newRow("sample_shift") << key("sample_shift") << key("7.5") << 75 << 7.5;
}

void TestParameterForm::sliderAndSpinBox_stayInSync()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    QFETCH(int, sliderPosition);
    QFETCH(double, boxValue);
    auto *slider = child<QSlider>(*m_form, name + QLatin1String("Slider"));
    auto *box = child<QAbstractSpinBox>(*m_form, name);

    // Spin box -> slider, by typing.
    typeInto(box, typed);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(box->property("value").toDouble(), boxValue);
    QCOMPARE(slider->value(), sliderPosition);

    // Slider -> spin box, one step at a time.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(slider->value(), sliderPosition + 1);
    QCOMPARE(qRound(box->property("value").toDouble() * (name == QLatin1String("sample_shift") ? 10 : 1)), sliderPosition + 1);
    QCOMPARE(m_form->values().value(name).toDouble(), box->property("value").toDouble());

    // Arrow in the spin box moves the slider back.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(slider->value(), sliderPosition);
}

void TestParameterForm::typingOutOfRange_isImpossible_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::newRow("150 frames") << key("num_frames") << key("150");
    QTest::newRow("1000 frames") << key("num_frames") << key("1000");
    QTest::newRow("30 fps") << key("frames_per_second") << key("30");
    QTest::newRow("negative fps") << key("frames_per_second") << key("-5");
    QTest::newRow("shift 25") << key("sample_shift") << key("25");
    QTest::newRow("shift 20.5") << key("sample_shift") << key("20.5");
}

void TestParameterForm::typingOutOfRange_isImpossible()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    auto *box = child<QAbstractSpinBox>(*m_form, name);
    const double minimum = box->property("minimum").toDouble();
    const double maximum = box->property("maximum").toDouble();

    typeInto(box, typed);
    QVERIFY2(box->text() != typed, qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Return);
    box->clearFocus();
    const double value = box->property("value").toDouble();
    QVERIFY2(value >= minimum && value <= maximum, qPrintable(QString::number(value)));
    QCOMPARE(m_form->values().value(name).toDouble(), value);
    QVERIFY(!model().validateValue(*model().parameter(name), m_form->values().value(name)));
}

void TestParameterForm::enumChoice_offersExactlyTheDocumentedValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("documented");
    QTest::newRow("resolution") << key("resolution") << QStringList { key("480p"), key("720p") };
    QTest::newRow("aspect_ratio") << key("aspect_ratio") << QStringList { key("16:9"), key("9:16") };
}

void TestParameterForm::enumChoice_offersExactlyTheDocumentedValues()
{
    QFETCH(QString, name);
    QFETCH(QStringList, documented);
    // Two values: one button each, all in view, one click to choose.
    auto *choice = child<wan::ui::SegmentedChoice>(*m_form, name);
    QStringList texts;
    for (int i = 0; i < choice->count(); ++i) {
        texts << choice->text(i);
        QCOMPARE(choice->button(i)->accessibleName(), choice->text(i));
    }
    QCOMPARE(texts, documented);
    for (int i = 0; i < documented.size(); ++i) {
        QTest::mouseClick(choice->button(i), Qt::LeftButton);
        QCOMPARE(m_form->values().value(name).toString(), documented.at(i));
    }

    // Choosing with the keyboard reaches values().
    QTest::keyClick(choice->button(documented.size() - 1), Qt::Key_Left);
    QCOMPARE(m_form->values().value(name).toString(), documented.constFirst());
    QTest::keyClick(choice->button(0), Qt::Key_Right);
    QCOMPARE(m_form->values().value(name).toString(), documented.constLast());
}

void TestParameterForm::goFast_isACheckBox()
{
    auto *check = child<QCheckBox>(*m_form, key("go_fast"));
    clickCheckBox(check);
    QCOMPARE(m_form->values().value(key("go_fast")), QJsonValue(false));
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(m_form->values().value(key("go_fast")), QJsonValue(true));
}

void TestParameterForm::setValues_roundTripsAndEmitsOnce()
{
    const QJsonObject chosen {
        { key("seed"), qint64(123456789012) },
        { key("go_fast"), false },
        { key("num_frames"), 97 },
        { key("resolution"), key("720p") },
        { key("aspect_ratio"), key("9:16") },
        { key("sample_shift"), 7.5 },
        { key("frames_per_second"), 24 },
    };
    QSignalSpy changed(m_form.get(), &ParameterForm::changed);
    m_form->setValues(chosen);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_form->values(), chosen);
    QCOMPARE(child<QSlider>(*m_form, key("num_framesSlider"))->value(), 97);
    QCOMPARE(child<QSlider>(*m_form, key("sample_shiftSlider"))->value(), 75);
    QCOMPARE(child<QLineEdit>(*m_form, key("seed"))->text(), key("123456789012"));

    // Through JSON text and back, as the caller persists it.
    const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(m_form->values()).toJson()).object();
    ParameterForm other(model());
    other.setValues(stored);
    QCOMPARE(other.values(), chosen);

    // The same values again change nothing.
    m_form->setValues(chosen);
    QCOMPARE(changed.count(), 1);
}

void TestParameterForm::setValues_ignoresInvalidAndUnknownValues_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::newRow("150 frames") << QJsonObject { { key("num_frames"), 150 } };
    QTest::newRow("80 frames") << QJsonObject { { key("num_frames"), 80 } };
    QTest::newRow("fractional frames") << QJsonObject { { key("num_frames"), 90.5 } };
    QTest::newRow("fps as text") << QJsonObject { { key("frames_per_second"), key("16") } };
    QTest::newRow("fps 4") << QJsonObject { { key("frames_per_second"), 4 } };
    QTest::newRow("shift 25") << QJsonObject { { key("sample_shift"), 25 } };
    QTest::newRow("shift 0.5") << QJsonObject { { key("sample_shift"), 0.5 } };
    QTest::newRow("1080p") << QJsonObject { { key("resolution"), key("1080p") } };
    QTest::newRow("aspect 4:3") << QJsonObject { { key("aspect_ratio"), key("4:3") } };
    QTest::newRow("go_fast as text") << QJsonObject { { key("go_fast"), key("yes") } };
    QTest::newRow("seed as text") << QJsonObject { { key("seed"), key("42") } };
    QTest::newRow("negative seed") << QJsonObject { { key("seed"), -5 } };
    QTest::newRow("null") << QJsonObject { { key("num_frames"), QJsonValue() } };
    QTest::newRow("unknown key") << QJsonObject { { key("guidance"), 3 } };
    QTest::newRow("prompt is not a form value") << QJsonObject { { key("prompt"), key("hello") } };
}

void TestParameterForm::setValues_ignoresInvalidAndUnknownValues()
{
    QFETCH(QJsonObject, values);
    QSignalSpy changed(m_form.get(), &ParameterForm::changed);
    m_form->setValues(values);
    QCOMPARE(m_form->values(), documentedDefaults());
    QCOMPARE(changed.count(), 0);
}

void TestParameterForm::setValues_appliesTheValidValuesOfAMixedSet()
{
    m_form->setValues(
        QJsonObject { { key("num_frames"), 150 }, { key("frames_per_second"), 20 }, { key("resolution"), key("720p") } });
    QJsonObject expected = documentedDefaults();
    expected.insert(key("frames_per_second"), 20);
    expected.insert(key("resolution"), key("720p"));
    QCOMPARE(m_form->values(), expected);
}

void TestParameterForm::resetButton_restoresTheModelDefaults()
{
    m_form->setValues(QJsonObject { { key("num_frames"), 100 },
                                    { key("sample_shift"), 3.2 },
                                    { key("aspect_ratio"), key("9:16") },
                                    { key("go_fast"), false },
                                    { key("seed"), 77 } });
    m_form->setRandomSeed(true);
    QVERIFY(m_form->values() != documentedDefaults());

    QSignalSpy changed(m_form.get(), &ParameterForm::changed);
    auto *reset = child<QPushButton>(*m_form, key("resetToDefaults"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_form->randomSeed());
    QCOMPARE(m_form->values(), documentedDefaults());
    QCOMPARE(child<QSlider>(*m_form, key("num_framesSlider"))->value(), 81);
    QCOMPARE(m_form->clipLengthText(), key("81 frames at 16 fps = 5.1 s"));
}

void TestParameterForm::clipLength_followsFramesAndRate()
{
    // The length stands next to the frame count and next to the rate; the
    // whole sentence is its tool tip and what assistive technology reads.
    auto *label = child<QLabel>(*m_form, key("clipLength"));
    auto *byRate = child<QLabel>(*m_form, key("clipLengthByRate"));
    QCOMPARE(m_form->clipLengthText(), key("81 frames at 16 fps = 5.1 s"));
    QCOMPARE(label->text(), key("5.1 s"));
    QCOMPARE(byRate->text(), key("5.1 s"));
    QCOMPARE(label->accessibleDescription(), m_form->clipLengthText());
    QCOMPARE(label->toolTip(), m_form->clipLengthText());
    QVERIFY(label->isVisible());
    QVERIFY(byRate->isVisible());

    auto *frames = child<QSlider>(*m_form, key("num_framesSlider"));
    frames->setFocus();
    QTest::keyClick(frames, Qt::Key_End);
    QCOMPARE(label->text(), key("6.3 s"));
    QCOMPARE(label->accessibleDescription(), key("100 frames at 16 fps = 6.3 s"));
    auto *rate = child<QSlider>(*m_form, key("frames_per_secondSlider"));
    rate->setFocus();
    QTest::keyClick(rate, Qt::Key_End);
    QCOMPARE(byRate->text(), key("4.2 s"));
    QCOMPARE(m_form->clipLengthText(), key("100 frames at 24 fps = 4.2 s"));

    typeInto(child<QSpinBox>(*m_form, key("frames_per_second")), key("5"));
    QCOMPARE(label->text(), key("20.0 s"));
    QCOMPARE(byRate->accessibleDescription(), key("100 frames at 5 fps = 20.0 s"));
}

void TestParameterForm::randomSeed_leavesSeedOutAndDisablesTheField()
{
    auto *random = child<QCheckBox>(*m_form, key("seedRandom"));
    auto *field = child<QLineEdit>(*m_form, key("seed"));
    QVERIFY(field->isEnabled());
    QSignalSpy changed(m_form.get(), &ParameterForm::changed);

    clickCheckBox(random);
    QVERIFY(m_form->randomSeed());
    QVERIFY(!field->isEnabled());
    QVERIFY(!m_form->values().contains(key("seed")));
    QCOMPARE(m_form->values().size(), documentedDefaults().size() - 1);
    QCOMPARE(changed.count(), 1);

    m_form->setRandomSeed(false);
    QVERIFY(!random->isChecked());
    QVERIFY(field->isEnabled());
    QCOMPARE(m_form->values().value(key("seed")), QJsonValue(1));
    QCOMPARE(changed.count(), 2);
}

void TestParameterForm::reuseLastSeed_isEnabledBySetLastSeedAndFillsTheField()
{
    auto *reuse = child<QPushButton>(*m_form, key("seedReuse"));
    QVERIFY(!reuse->isEnabled());
    m_form->setRandomSeed(true);

    const qint64 lastSeed = 9007199254740993LL; // beyond a double's exact integers and 32 bits
    m_form->setLastSeed(lastSeed);
    QVERIFY(reuse->isEnabled());
    QVERIFY(reuse->toolTip().contains(QString::number(lastSeed)));
    QSignalSpy changed(m_form.get(), &ParameterForm::changed);
    QTest::mouseClick(reuse, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_form->randomSeed());
    QCOMPARE(child<QLineEdit>(*m_form, key("seed"))->text(), QString::number(lastSeed));
    QCOMPARE(m_form->values().value(key("seed")).toInteger(), lastSeed);
    QVERIFY(model().validate(model().buildRequest(key("https://example.invalid/a.jpg"), key("p"), m_form->values())).isEmpty());
}

void TestParameterForm::seedField_takesOnlyA64BitWholeNumber()
{
    auto *field = child<QLineEdit>(*m_form, key("seed"));
    typeInto(field, key("12ab-3.4"));
    QCOMPARE(field->text(), key("1234"));
    QCOMPARE(m_form->values().value(key("seed")), QJsonValue(1234));

    typeInto(field, key("9223372036854775807"));
    QCOMPARE(m_form->values().value(key("seed")).toInteger(), std::numeric_limits<qint64>::max());
    // One more digit would not fit in 64 bits: the key press is refused.
    QTest::keyClick(field, Qt::Key_0);
    QCOMPARE(field->text(), key("9223372036854775807"));
    typeInto(field, key("9223372036854775808"));
    QCOMPARE(field->text(), key("922337203685477580"));
}

void TestParameterForm::seedField_leftEmpty_getsItsValueBack()
{
    auto *field = child<QLineEdit>(*m_form, key("seed"));
    typeInto(field, key("42"));
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClick(field, Qt::Key_Backspace);
    QCOMPARE(field->text(), QString());
    QCOMPARE(m_form->values().value(key("seed")), QJsonValue(4)); // the last number it held
    child<QSpinBox>(*m_form, key("num_frames"))->setFocus();
    QTRY_VERIFY(!field->hasFocus());
    QCOMPARE(field->text(), key("4"));
}

void TestParameterForm::everyControl_isNamedLikeItsLabelAndHasATooltip()
{
    int checked = 0;
    // Controls in a labelled row are named like the row's label.
    for (const wan::core::ParameterSpec &spec : model().parameters()) {
        if (!spec.isTunable())
            continue;
        auto *label = child<QLabel>(*m_form, spec.name + QLatin1String("Label"));
        const QString visible = withoutAmpersands(label->text());
        QCOMPARE(visible, spec.label); // no translator loaded: the model's English
        QWidget *editor = child<QWidget>(*m_form, spec.name);
        QCOMPARE(label->buddy(), editor);
        QCOMPARE(editor->accessibleName(), visible);
        QCOMPARE(editor->toolTip(), spec.help);
        if (auto *slider = m_form->findChild<QSlider *>(spec.name + QLatin1String("Slider"))) {
            QCOMPARE(slider->accessibleName(), visible);
            QCOMPARE(slider->toolTip(), spec.help);
        }
        ++checked;
    }
    QCOMPARE(checked, 7);

    // Buttons carry their own text: the accessible name is that text.
    for (QAbstractButton *button : m_form->findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty())
            QCOMPARE(button->accessibleName(), withoutAmpersands(button->text()));
    }
    // And nothing a person can operate is left unnamed or unexplained.
    QList<QWidget *> controls;
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QComboBox *>(w)
            || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                && !qobject_cast<QComboBox *>(w->parentWidget())))
            controls << w;
    }
    // 5 editors, 2 x 2 buttons of the two-value choices, 3 sliders, random + reuse + reset + advanced
    QCOMPARE(controls.size(), 5 + 4 + 3 + 4);
    for (QWidget *control : std::as_const(controls)) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
    }
}

void TestParameterForm::labels_haveDistinctMnemonicsAndBuddies()
{
    QStringList texts;
    for (QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    QCOMPARE(texts.size(), 7);
    for (QAbstractButton *button : m_form->findChildren<QAbstractButton *>()) {
        // A value of a two-value choice ("480p") is reached through its row's label.
        if (!button->text().isEmpty() && !qobject_cast<wan::ui::SegmentedChoice *>(button->parentWidget()))
            texts << button->text();
    }
    QString letters;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        QVERIFY2(at >= 0, qPrintable(text));
        const QChar letter = text.at(at + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(text + QLatin1String(" repeats a mnemonic of ") + letters));
        letters += letter;
    }
}

void TestParameterForm::userEdit_emitsChangedOnce()
{
    QSignalSpy changed(m_form.get(), &ParameterForm::changed);
    auto *slider = child<QSlider>(*m_form, key("sample_shiftSlider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_form->values().value(key("sample_shift")).toDouble(), 12.1);
    auto *choice = child<wan::ui::SegmentedChoice>(*m_form, key("resolution"));
    QTest::mouseClick(choice->button(1), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    // The arrow keys move the choice, as in a radio group.
    QTest::keyClick(choice->button(1), Qt::Key_Left);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_form->values().value(key("resolution")).toString(), key("480p"));
}

void TestParameterForm::otherModel_isGeneratedFromItsOwnDescription()
{
    // Nothing about Wan is built into the form: a different description gives a different form.
    const QJsonObject description {
        { key("id"), key("other") },
        { key("endpoint"), key("other-1") },
        { key("parameters"),
          QJsonArray {
              QJsonObject { { key("name"), key("image") }, { key("type"), key("image") } },
              QJsonObject { { key("name"), key("strength") },
                            { key("type"), key("float") },
                            { key("default"), 0.35 },
                            { key("min"), 0 },
                            { key("max"), 1 },
                            { key("decimals"), 2 },
                            { key("label"), key("Strength") },
                            { key("help"), key("How much the image may change.") } },
              QJsonObject { { key("name"), key("style") },
                            { key("type"), key("enum") },
                            { key("values"), QJsonArray { key("a"), key("b"), key("c") } },
                            { key("label"), key("Style") },
                            { key("help"), key("The look.") } },
          } },
    };
    QString error;
    const auto other = ModelDescription::fromJson(QJsonDocument(description).toJson(), &error);
    QVERIFY2(other, qPrintable(error));
    ParameterForm form(*other);
    auto *slider = child<QSlider>(form, key("strengthSlider"));
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 100); // two decimals: hundredths
    QCOMPARE(slider->value(), 35);
    QCOMPARE(child<QDoubleSpinBox>(form, key("strength"))->decimals(), 2);
    QCOMPARE(child<QComboBox>(form, key("style"))->count(), 3);
    QCOMPARE(form.values(), (QJsonObject { { key("strength"), 0.35 }, { key("style"), key("a") } }));
    QVERIFY(form.clipLengthText().isEmpty());
    QVERIFY(!form.findChild<QCheckBox *>(key("seedRandom")));
    QVERIFY(!form.randomSeed());
}

QTEST_MAIN(TestParameterForm)
#include "tst_parameterform.moc"
