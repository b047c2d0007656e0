#include "studio/parameterform.h"

#include "common/accessiblenames.h"
#include "common/segmentedchoice.h"
#include "core/modeltext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wan::ui {

using core::translatedModelText;

namespace {

Q_LOGGING_CATEGORY(lcParameterForm, "wanstudio.ui.parameters", QtInfoMsg)

// The clip's length needs the frame count and the frame rate: the model file
// says which parameters they are ("role"); a model without them shows no length.
const QLatin1String kFrameCountRole("frameCount");
const QLatin1String kFrameRateRole("frameRate");
// A choice of up to this many values is a row of buttons, not a drop-down.
constexpr int MaxSegments = 2;


// A seed is a 64-bit number and QSpinBox is int-only, so the seed is a line
// edit that takes 0..9223372036854775807 (a seed copied from a result sidecar
// or another tool can be bigger than 2^31). Empty is "still typing".
class WholeNumberValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        if (input.isEmpty())
            return Intermediate;
        for (const QChar c : input) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return Invalid;
        }
        bool ok = false;
        input.toLongLong(&ok);
        return ok ? Acceptable : Invalid;
    }
};

// A whole-number field at least as wide as a random seed (10 digits, what
// "Random each run" and the service pick) in the current font, so that a
// reused or pasted seed can be read and checked at a glance.
class WholeNumberEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    QSize minimumSizeHint() const override
    {
        QSize size = QLineEdit::minimumSizeHint();
        QStyleOptionFrame option;
        initStyleOption(&option);
        const QMargins margins = textMargins();
        const QSize text(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + margins.left() + margins.right()
                             + 2 * kHorizontalTextMargin + 1,
                         fontMetrics().height());
        size.setWidth(std::max(size.width(), style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, this).width()));
        return size;
    }

private:
    static constexpr int kHorizontalTextMargin = 2; // QLineEdit's own, each side
};

QString formatNumber(const QLocale &locale, double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return locale.toString(static_cast<qint64>(value));
    return locale.toString(value, 'f', 1);
}

QString randomSeedText()
{
    return ParameterForm::tr("Ra&ndom each run");
}

QString reuseSeedText()
{
    return ParameterForm::tr("Reuse &last seed");
}

QString resetText()
{
    return ParameterForm::tr("&Reset to defaults");
}

} // namespace

ParameterForm::ParameterForm(const core::ModelDescription &model, QWidget *parent, const QString &reservedMnemonics)
    : QWidget(parent)
    , m_model(model)
{
    // Two sections, each a grid of label | editor: the controls a person sets
    // for every clip, then those the model file marks "advanced", folded under
    // a header that also holds Reset. Rows are generated in the model's order;
    // nothing here is placed per parameter.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto *mainGrid = new QGridLayout;
    mainGrid->setVerticalSpacing(5);
    mainGrid->setColumnStretch(1, 1);
    outer->addLayout(mainGrid);

    // The buttons' mnemonics are set by translators; the generated labels avoid them.
    QString usedMnemonics = reservedMnemonics.toLower();
    m_randomText = claimMnemonic(randomSeedText(), usedMnemonics);
    m_reuseText = claimMnemonic(reuseSeedText(), usedMnemonics);
    m_resetText = claimMnemonic(resetText(), usedMnemonics);

    auto *header = new QHBoxLayout;
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setToolTip(tr("Show or hide the parameters that are rarely changed."));
    header->addWidget(m_advancedToggle);
    header->addStretch(1);
    m_reset = new QPushButton(m_resetText, this);
    m_reset->setObjectName(QStringLiteral("resetToDefaults"));
    m_reset->setAccessibleName(accessibleLabelText(m_resetText));
    m_reset->setToolTip(tr("Set every parameter back to the model's default."));
    connect(m_reset, &QPushButton::clicked, this, &ParameterForm::resetToDefaults);
    header->addWidget(m_reset);
    outer->addLayout(header);
    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedSection"));
    auto *advancedGrid = new QGridLayout(m_advanced);
    advancedGrid->setContentsMargins(0, 0, 0, 0);
    advancedGrid->setVerticalSpacing(5);
    advancedGrid->setColumnStretch(1, 1);
    outer->addWidget(m_advanced);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(open);
        emit advancedOpenChanged(open);
    });

    for (const core::ParameterSpec &spec : model.parameters()) {
        if (!spec.isTunable())
            continue;
        Field field;
        field.spec = spec;
        m_fields.append(field);
    }
    // Two short choices in a row share it (resolution and aspect ratio): one row less to scroll.
    struct Pairing
    {
        QGridLayout *grid = nullptr;
        QHBoxLayout *row = nullptr; // the row of a lone segmented choice, waiting for a partner
    };
    Pairing pairing;
    for (int i = 0; i < m_fields.size(); ++i) {
        Field &field = m_fields[i];
        QGridLayout *grid = field.spec.advanced ? advancedGrid : mainGrid;
        QWidget *editor = createEditor(field, i, usedMnemonics);
        if (field.segments && pairing.row && pairing.grid == grid) {
            pairing.row->addSpacing(12);
            field.label->setMinimumWidth(field.label->sizeHint().width());
            pairing.row->addWidget(field.label);
            pairing.row->addSpacing(4);
            pairing.row->addWidget(editor);
            pairing.row->addStretch(1);
            pairing = {};
            continue;
        }
        const int row = grid->rowCount();
        if (field.wholeEdit && editor != field.wholeEdit) {
            // The seed's row has two lines (the number, then its helpers): the
            // label stands beside the number.
            field.label->setMinimumHeight(field.wholeEdit->sizeHint().height());
            grid->addWidget(field.label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        } else {
            grid->addWidget(field.label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        }
        if (field.segments) {
            auto *pair = new QHBoxLayout;
            pair->setContentsMargins(0, 0, 0, 0);
            pair->addWidget(editor);
            grid->addLayout(pair, row, 1);
            pairing = {grid, pair};
        } else {
            grid->addWidget(editor, row, 1);
            pairing = {};
        }
    }
    // The section's own key comes after the parameters': a key that jumps to a
    // parameter matters more than one that unfolds two of them.
    m_advancedText = claimMnemonic(tr("Ad&vanced"), usedMnemonics);
    m_advancedToggle->setText(m_advancedText);
    m_advancedToggle->setAccessibleName(accessibleLabelText(m_advancedText));
    m_usedMnemonics = usedMnemonics;
    if (advancedGrid->count() == 0) {
        m_advancedToggle->hide();
        m_advanced->hide();
    }

    // One width for every number box, so the sliders line up row to row, and
    // one label column for both sections.
    int boxWidth = 0;
    int labelWidth = 0;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.intBox || field.floatBox)
            boxWidth = qMax(boxWidth, (field.intBox ? static_cast<QWidget *>(field.intBox) : field.floatBox)->sizeHint().width());
        labelWidth = qMax(labelWidth, field.label->sizeHint().width());
    }
    for (const Field &field : std::as_const(m_fields)) {
        if (field.intBox || field.floatBox)
            (field.intBox ? static_cast<QWidget *>(field.intBox) : field.floatBox)->setMinimumWidth(boxWidth);
    }
    mainGrid->setColumnMinimumWidth(0, labelWidth);
    advancedGrid->setColumnMinimumWidth(0, labelWidth);

    resetToDefaults();
}

ParameterForm::~ParameterForm() = default;

QWidget *ParameterForm::createEditor(Field &field, int index, QString &usedMnemonics)
{
    using T = core::ParameterSpec::Type;
    const core::ParameterSpec &spec = field.spec;
    const QString labelText = translatedModelText(spec.label);
    const QString help = spec.help.isEmpty() ? spec.allowedDescription() : translatedModelText(spec.help);

    field.label = new QLabel(withMnemonic(labelText, spec.label, usedMnemonics), this);
    field.label->setObjectName(QString(spec.name + QLatin1String("Label")));
    field.label->setToolTip(help);

    QWidget *row = nullptr;
    QWidget *buddy = nullptr;
    if ((spec.type == T::Int || spec.type == T::Float) && spec.hasRange()) {
        row = createRangeEditor(field);
        buddy = field.intBox ? static_cast<QWidget *>(field.intBox) : field.floatBox;
        field.slider->setAccessibleName(labelText);
        field.slider->setToolTip(help);
    } else if (spec.type == T::Int) {
        row = createWholeEditor(field, index);
        buddy = field.wholeEdit;
    } else if (spec.type == T::Enum && spec.values.size() <= MaxSegments) {
        // One click, both values in view.
        field.segments = new SegmentedChoice(spec.values, this);
        connect(field.segments, &SegmentedChoice::currentIndexChanged, this, &ParameterForm::fieldEdited);
        row = buddy = field.segments;
    } else if (spec.type == T::Enum) {
        field.combo = new QComboBox(this);
        // The values are what the API takes ("480p", "16:9"): shown as they are.
        for (const QString &value : spec.values)
            field.combo->addItem(value, value);
        connect(field.combo, &QComboBox::currentIndexChanged, this, &ParameterForm::fieldEdited);
        row = buddy = field.combo;
    } else {
        field.check = new QCheckBox(this);
        connect(field.check, &QCheckBox::toggled, this, &ParameterForm::fieldEdited);
        row = buddy = field.check;
    }
    buddy->setObjectName(spec.name);
    buddy->setAccessibleName(labelText);
    if (field.segments)
        field.segments->setToolTip(help); // and each of its buttons
    else
        buddy->setToolTip(help);
    field.label->setBuddy(buddy);
    return row;
}

QWidget *ParameterForm::createRangeEditor(Field &field)
{
    const core::ParameterSpec &spec = field.spec;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field.slider = new QSlider(Qt::Horizontal, row);
    field.slider->setObjectName(QString(spec.name + QLatin1String("Slider")));
    layout->addWidget(field.slider, 1);

    QSlider *slider = field.slider;
    if (spec.type == core::ParameterSpec::Type::Int) {
        constexpr double intMin = std::numeric_limits<int>::min();
        constexpr double intMax = std::numeric_limits<int>::max();
        if (*spec.minimum < intMin || *spec.maximum > intMax)
            qCWarning(lcParameterForm) << "The range of" << spec.name << "does not fit a spin box; it is cut to int.";
        const int low = static_cast<int>(std::ceil(qBound(intMin, *spec.minimum, intMax)));
        const int high = static_cast<int>(std::floor(qBound(intMin, *spec.maximum, intMax)));
        field.intBox = new QSpinBox(row);
        field.intBox->setRange(low, high);
        slider->setRange(low, high);
        QSpinBox *box = field.intBox;
        // The guard matters: QSpinBox::setValue() rewrites the text even when the
        // value is unchanged, which would fight the user's typing. The echo
        // coming back from the slider is dropped here.
        connect(slider, &QSlider::valueChanged, box, [box](int value) {
            if (box->value() != value)
                box->setValue(value);
        });
        connect(box, &QSpinBox::valueChanged, slider, &QSlider::setValue);
        connect(box, &QSpinBox::valueChanged, this, &ParameterForm::fieldEdited);
        layout->addWidget(box);
    } else {
        // The slider moves in the smallest step the form shows: tenths for one decimal.
        field.scale = std::pow(10.0, spec.decimals);
        const double scale = field.scale;
        field.floatBox = new QDoubleSpinBox(row);
        field.floatBox->setDecimals(spec.decimals);
        field.floatBox->setSingleStep(1.0 / scale);
        field.floatBox->setRange(*spec.minimum, *spec.maximum);
        slider->setRange(static_cast<int>(std::ceil(*spec.minimum * scale - 1e-9)),
                         static_cast<int>(std::floor(*spec.maximum * scale + 1e-9)));
        slider->setPageStep(static_cast<int>(scale));
        QDoubleSpinBox *box = field.floatBox;
        // As above: while typing "7.5", the echo of "7" must not reformat the text to "7.0".
        connect(slider, &QSlider::valueChanged, box, [box, scale](int steps) {
            if (std::lround(box->value() * scale) != steps)
                box->setValue(steps / scale);
        });
        connect(box, &QDoubleSpinBox::valueChanged, slider,
                [slider, scale](double value) { slider->setValue(static_cast<int>(std::lround(value * scale))); });
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterForm::fieldEdited);
        layout->addWidget(box);
    }
    if (spec.role == kFrameCountRole || spec.role == kFrameRateRole) {
        // What frames and rate make together, next to each of them: the clip's length.
        auto *length = new QLabel(row);
        length->setObjectName(spec.role == kFrameCountRole ? QStringLiteral("clipLength") : QStringLiteral("clipLengthByRate"));
        length->setAccessibleName(tr("Clip length"));
        // Wide enough for "99.9 s" in this font, so both rows' sliders end at the same place.
        length->setMinimumWidth(length->fontMetrics().horizontalAdvance(locale().toString(99.9, 'f', 1) + QStringLiteral(" s")) + 4);
        length->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(length);
        m_clipLengthLabels.append(length);
    }
    return row;
}

QWidget *ParameterForm::createWholeEditor(Field &field, int index)
{
    const core::ParameterSpec &spec = field.spec;
    field.wholeEdit = new WholeNumberEdit(this);
    field.wholeEdit->setValidator(new WholeNumberValidator(field.wholeEdit));
    field.wholeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    // Focus-out puts back the last good number when the field was left empty.
    field.wholeEdit->installEventFilter(this);
    connect(field.wholeEdit, &QLineEdit::textChanged, this, [this, index](const QString &text) {
        Field &edited = m_fields[index];
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || !edited.wholeEdit->hasAcceptableInput() || value == edited.wholeValue)
            return;
        edited.wholeValue = value;
        fieldEdited();
    });
    if (m_seedIndex >= 0)
        return field.wholeEdit; // only the first such field is "the seed"

    m_seedIndex = index;
    // The number on a line of its own, full width, and its two helpers under
    // it: side by side with them the field was squeezed to a few digits, or
    // (wide enough for a seed) the whole column grew in longer languages.
    auto *row = new QWidget(this);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(field.wholeEdit);
    auto *layout = new QHBoxLayout;
    column->addLayout(layout);

    m_randomSeed = new QCheckBox(m_randomText, row);
    m_randomSeed->setObjectName(QString(spec.name + QLatin1String("Random")));
    m_randomSeed->setAccessibleName(accessibleLabelText(m_randomText));
    m_randomSeed->setToolTip(tr("Use a different random seed for every run. The seed actually used is kept with each result."));
    connect(m_randomSeed, &QCheckBox::toggled, this, [this] {
        updateSeedControls();
        fieldEdited();
    });
    layout->addWidget(m_randomSeed);

    m_reuseSeed = new QPushButton(m_reuseText, row);
    m_reuseSeed->setObjectName(QString(spec.name + QLatin1String("Reuse")));
    m_reuseSeed->setAccessibleName(accessibleLabelText(m_reuseText));
    connect(m_reuseSeed, &QPushButton::clicked, this, [this] {
        if (!m_lastSeed)
            return;
        beginBatch();
        m_fields[m_seedIndex].wholeEdit->setText(QString::number(*m_lastSeed));
        setRandomSeed(false);
        endBatch();
    });
    layout->addWidget(m_reuseSeed);
    layout->addStretch(1);
    updateSeedControls();
    return row;
}

bool ParameterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (Field &field : m_fields) {
            // Also normalises "007" to "7".
            if (field.wholeEdit == watched && field.wholeEdit->text() != QString::number(field.wholeValue))
                field.wholeEdit->setText(QString::number(field.wholeValue));
        }
    }
    return QWidget::eventFilter(watched, event);
}

QJsonObject ParameterForm::values() const
{
    QJsonObject values;
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        if (field.intBox)
            values.insert(field.spec.name, static_cast<qint64>(field.intBox->value()));
        else if (field.floatBox)
            values.insert(field.spec.name, field.floatBox->value());
        else if (field.combo)
            values.insert(field.spec.name, field.combo->currentData().toString());
        else if (field.segments)
            values.insert(field.spec.name, field.segments->currentText());
        else if (field.check)
            values.insert(field.spec.name, field.check->isChecked());
        else if (field.wholeEdit && !(i == m_seedIndex && randomSeed()))
            values.insert(field.spec.name, field.wholeValue);
    }
    return values;
}

bool ParameterForm::randomSeed() const
{
    return m_randomSeed && m_randomSeed->isChecked();
}

void ParameterForm::setValues(const QJsonObject &values)
{
    beginBatch();
    for (Field &field : m_fields) {
        const QJsonValue value = values.value(field.spec.name);
        if (value.isUndefined())
            continue;
        if (const auto issue = m_model.validateValue(field.spec, value)) {
            qCInfo(lcParameterForm) << "Ignoring a stored value:" << issue->message;
            continue;
        }
        applyValue(field, value);
    }
    endBatch();
}

void ParameterForm::applyValue(Field &field, const QJsonValue &value)
{
    if (field.intBox) {
        field.intBox->setValue(static_cast<int>(value.toInteger()));
    } else if (field.floatBox) {
        field.floatBox->setValue(value.toDouble());
    } else if (field.combo) {
        field.combo->setCurrentIndex(field.combo->findData(value.toString()));
    } else if (field.segments) {
        field.segments->setCurrentIndex(field.segments->findText(value.toString()));
    } else if (field.check) {
        field.check->setChecked(value.toBool());
    } else if (field.wholeEdit) {
        // Valid for the model but outside what the field takes: left as it was.
        const qint64 whole = value.toInteger(-1);
        if (whole < 0) {
            qCInfo(lcParameterForm) << "Ignoring" << field.spec.name << value << "(the form takes 0 and up).";
            return;
        }
        field.wholeEdit->setText(QString::number(whole));
    }
}

void ParameterForm::setRandomSeed(bool random)
{
    if (m_randomSeed)
        m_randomSeed->setChecked(random);
}

void ParameterForm::setLastSeed(qint64 seed)
{
    if (seed < 0)
        return;
    m_lastSeed = seed;
    updateSeedControls();
}

void ParameterForm::resetToDefaults()
{
    beginBatch();
    bool seedHasDefault = false;
    for (int i = 0; i < m_fields.size(); ++i) {
        Field &field = m_fields[i];
        if (!field.spec.defaultValue.isUndefined()) {
            applyValue(field, field.spec.defaultValue);
            seedHasDefault = seedHasDefault || i == m_seedIndex;
        } else if (field.intBox) {
            field.intBox->setValue(field.intBox->minimum());
        } else if (field.floatBox) {
            field.floatBox->setValue(field.floatBox->minimum());
        } else if (field.combo) {
            field.combo->setCurrentIndex(0);
        } else if (field.segments) {
            field.segments->setCurrentIndex(0);
        } else if (field.check) {
            field.check->setChecked(false);
        } else if (field.wholeEdit) {
            field.wholeEdit->setText(QString::number(field.wholeValue));
        }
    }
    // No default seed means the service picks one: that is what "random" is.
    setRandomSeed(!seedHasDefault);
    endBatch();
    updateClipLength();
}

void ParameterForm::fieldEdited()
{
    updateClipLength();
    if (m_batchDepth > 0)
        m_changedInBatch = true;
    else
        emit changed();
}

void ParameterForm::beginBatch()
{
    ++m_batchDepth;
}

void ParameterForm::endBatch()
{
    if (--m_batchDepth > 0 || !m_changedInBatch)
        return;
    m_changedInBatch = false;
    emit changed();
}

void ParameterForm::updateSeedControls()
{
    if (m_seedIndex < 0)
        return;
    m_fields[m_seedIndex].wholeEdit->setEnabled(!randomSeed());
    m_reuseSeed->setEnabled(m_lastSeed.has_value());
    m_reuseSeed->setToolTip(m_lastSeed ? tr("Put the seed of the last run (%1) into the field.").arg(*m_lastSeed)
                                       : tr("Available once a run has finished."));
}

QString ParameterForm::clipLengthText() const
{
    const auto frames = roleValue(kFrameCountRole);
    const auto fps = roleValue(kFrameRateRole);
    if (!frames || !fps || *fps <= 0)
        return {};
    const QLocale loc = locale();
    return tr("%1 frames at %2 fps = %3 s")
        .arg(formatNumber(loc, *frames), formatNumber(loc, *fps), loc.toString(*frames / *fps, 'f', 1));
}

void ParameterForm::updateClipLength()
{
    const auto frames = roleValue(kFrameCountRole);
    const auto fps = roleValue(kFrameRateRole);
    const QString full = clipLengthText();
    const QString shortText = full.isEmpty() ? QString() : tr("%1 s").arg(locale().toString(*frames / *fps, 'f', 1));
    for (QLabel *label : std::as_const(m_clipLengthLabels)) {
        label->setText(shortText);
        label->setToolTip(full);
        label->setAccessibleDescription(full);
    }
}

std::optional<double> ParameterForm::roleValue(const QString &role) const
{
    for (const Field &candidate : m_fields) {
        if (candidate.spec.role == role)
            return numberValue(candidate.spec.name);
    }
    return std::nullopt;
}

bool ParameterForm::isAdvancedOpen() const
{
    return m_advancedToggle->isChecked();
}

void ParameterForm::setAdvancedOpen(bool open)
{
    m_advancedToggle->setChecked(open);
}

const ParameterForm::Field *ParameterForm::findField(const QString &name) const
{
    for (const Field &candidate : m_fields) {
        if (candidate.spec.name == name)
            return &candidate;
    }
    return nullptr;
}

std::optional<double> ParameterForm::numberValue(const QString &name) const
{
    const Field *found = findField(name);
    if (!found)
        return std::nullopt;
    if (found->intBox)
        return found->intBox->value();
    if (found->floatBox)
        return found->floatBox->value();
    if (found->wholeEdit)
        return static_cast<double>(found->wholeValue);
    return std::nullopt;
}

} // namespace wan::ui
