#pragma once

// The model's tunable parameters as a form, generated from a ModelDescription:
// labels, ranges, defaults, allowed values and help all come from the model
// file, so a new model or a changed range needs no code here. A passive view:
// it reports changed() and the caller reads values().

#include "core/modeldescription.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace wan::ui {

class SegmentedChoice;

// Object names, for tests and for the window that places the form: the editor
// of a parameter is named after it ("num_frames"), its slider "<name>Slider",
// its label "<name>Label"; the seed's extras "<name>Random" and "<name>Reuse";
// "clipLength" (next to the frame count) and "clipLengthByRate" (next to the
// rate), "resetToDefaults", "advancedToggle" and "advancedSection".
class ParameterForm final : public QWidget
{
    Q_OBJECT
public:
    // reservedMnemonics: letters the surrounding window already uses (menus, buttons),
    // lower case; the generated labels avoid them.
    explicit ParameterForm(const core::ModelDescription &model, QWidget *parent = nullptr,
                           const QString &reservedMnemonics = {});
    ~ParameterForm() override;
    // The keys the window's mnemonics and this form's take (lower case): what
    // other panels shown beside it must avoid.
    QString usedMnemonics() const { return m_usedMnemonics; }

    // Every tunable parameter with its JSON type (whole numbers as integers,
    // floats as doubles rounded to the form's decimals, bools, strings). The
    // seed is left out while "Random each run" is ticked: the caller then
    // draws one (ModelDescription::buildRequest would otherwise fill in the
    // model's default seed) and reports it back through setLastSeed().
    QJsonObject values() const;
    bool randomSeed() const;
    // "81 frames at 16 fps = 5.1 s"; empty when the model has no frame count
    // and frame rate.
    QString clipLengthText() const;
    // The section of the parameters the model marks advanced is unfolded.
    bool isAdvancedOpen() const;

public slots:
    // Unknown keys and values the model rejects are ignored (never clamped).
    // A float with more decimals than the form shows is rounded to them.
    // Does not touch randomSeed(): restore that with setRandomSeed().
    void setValues(const QJsonObject &values);
    void setRandomSeed(bool random);
    // The seed of the last run; enables "Reuse last seed". Negative seeds are
    // ignored: the seed field accepts 0 to 9223372036854775807.
    void setLastSeed(qint64 seed);
    // The model's defaults; "Random each run" is unticked when the model has a
    // default seed.
    void resetToDefaults();
    void setAdvancedOpen(bool open);

signals:
    // Any of values() or randomSeed() may have changed. Emitted once per
    // setValues() / resetToDefaults(), once per edit otherwise.
    void changed();
    // The user (or setAdvancedOpen()) folded or unfolded the advanced section.
    void advancedOpenChanged(bool open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One row of the form; which editor pointers are set depends on the type.
    struct Field
    {
        core::ParameterSpec spec;
        QLabel *label = nullptr;
        QSlider *slider = nullptr; // Int / Float with a range
        QSpinBox *intBox = nullptr; // Int with a range
        QDoubleSpinBox *floatBox = nullptr; // Float
        QComboBox *combo = nullptr; // Enum with many values
        SegmentedChoice *segments = nullptr; // Enum with a few
        QCheckBox *check = nullptr; // Bool
        QLineEdit *wholeEdit = nullptr; // Int without a range (a seed)
        qint64 wholeValue = 0; // its last acceptable value
        double scale = 1.0; // slider steps per unit (10^decimals)
    };

    QWidget *createEditor(Field &field, int index, QString &usedMnemonics);
    QWidget *createRangeEditor(Field &field);
    QWidget *createWholeEditor(Field &field, int index);
    void applyValue(Field &field, const QJsonValue &value);
    void fieldEdited();
    void beginBatch();
    void endBatch();
    void updateClipLength();
    void updateSeedControls();
    const Field *findField(const QString &name) const;
    std::optional<double> numberValue(const QString &name) const;
    std::optional<double> roleValue(const QString &role) const;

    core::ModelDescription m_model;
    QList<Field> m_fields;
    int m_seedIndex = -1; // the first Int without a range: the one "Random each run" applies to
    QCheckBox *m_randomSeed = nullptr;
    QPushButton *m_reuseSeed = nullptr;
    std::optional<qint64> m_lastSeed;
    QList<QLabel *> m_clipLengthLabels;
    QPushButton *m_reset = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    // The buttons' translated texts, with mnemonics that clash with nothing.
    QString m_randomText;
    QString m_reuseText;
    QString m_resetText;
    QString m_advancedText;
    QString m_usedMnemonics;
    int m_batchDepth = 0;
    bool m_changedInBatch = false;
};

} // namespace wan::ui
