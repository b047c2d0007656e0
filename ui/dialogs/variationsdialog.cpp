#include "dialogs/variationsdialog.h"

#include "common/accessiblenames.h"
#include "core/modeltext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wan::ui {

namespace {

const QString SeedKey = QStringLiteral("seed");
constexpr int VariationsTab = 0;
constexpr int SweepTab = 1;
constexpr int GridTab = 2;
// Far past any range: a typed value the model refuses is reported, not clamped by the box.
constexpr double SpinLimit = 1e6;


QLabel *labelFor(QWidget *control, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(control);
    nameAfter(control, text);
    return label;
}

// 1, 2 or 5 times a power of ten, at least span: a step a person would choose.
double roundStep(double span, bool wholeNumbers)
{
    if (span <= 0.0)
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(span)));
    double step = 10.0 * power;
    for (const double factor : { 1.0, 2.0, 5.0 }) {
        if (factor * power >= span) {
            step = factor * power;
            break;
        }
    }
    return wholeNumbers ? std::max(1.0, std::round(step)) : step;
}

QString valuesText(const QList<double> &values)
{
    QStringList parts;
    for (const double value : values)
        parts << QString::number(value, 'g', 12);
    return parts.join(QLatin1String(", "));
}

void showProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 4px;")); // 6.5:1 on any palette
    label->hide();
}

} // namespace

VariationsDialog::VariationsDialog(const core::ModelDescription &model, const jobs::GenerationRequest &base, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_base(base)
{
    setWindowTitle(tr("Variations and sweeps"));
    m_alternatives = core::PromptAlternatives::parse(m_base.prompt, &m_promptProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPromptArea());

    m_modes = new QTabWidget(this);
    m_modes->setAccessibleName(tr("Kind of batch"));
    m_modes->addTab(buildVariationsPage(), tr("&Variations"));
    m_modes->addTab(buildSweepPage(), tr("S&weep"));
    m_modes->addTab(buildGridPage(), tr("&Grid"));
    m_modes->setTabToolTip(VariationsTab, tr("The same request several times, each with its own seed."));
    m_modes->setTabToolTip(SweepTab, tr("The same request and seed, with one parameter taking several values."));
    m_modes->setTabToolTip(GridTab, tr("Two things varied against each other (prompt alternatives, seeds or a parameter), "
                                       "shown side by side when the runs are done."));
    layout->addWidget(m_modes);

    m_prompts = new QListWidget(this);
    m_prompts->setObjectName(QStringLiteral("plannedPrompts"));
    m_prompts->setToolTip(tr("Every prompt the alternatives make, in full, as it will be sent."));
    m_prompts->setSelectionMode(QAbstractItemView::NoSelection);
    m_prompts->setWordWrap(true);
    m_prompts->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_promptsLabel = labelFor(m_prompts, tr("Pl&anned prompts:"), this);
    layout->addWidget(m_promptsLabel);
    layout->addWidget(m_prompts);

    m_preview = new QListWidget(this);
    m_preview->setToolTip(tr("The runs that will be queued, in order."));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(labelFor(m_preview, tr("Planned r&uns:"), this));
    layout->addWidget(m_preview, 1);

    m_cost = new QLabel(this);
    m_cost->setWordWrap(true);
    m_cost->setToolTip(tr("Each run costs about %1 credits; the balance is the one the service last reported.")
                           .arg(QLocale().toString(m_model.typicalCostUsd(), 'f', 2)));
    layout->addWidget(m_cost);
    m_reason = new QLabel(this);
    showProblem(m_reason);
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_queue = buttons->addButton(tr("&Queue runs"), QDialogButtonBox::AcceptRole);
    m_queue->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    nameAfter(cancel, cancel->text());
    cancel->setToolTip(tr("Closes without queueing anything."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_queue->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modes, &QTabWidget::currentChanged, this, &VariationsDialog::rebuild);

    onParameterChanged();
}

// The prompt as it will be expanded, and where a malformed group is: the
// character the problem points at is marked.
QWidget *VariationsDialog::buildPromptArea()
{
    auto *area = new QWidget(this);
    auto *row = new QHBoxLayout(area);
    row->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(area);
    m_prompt->setObjectName(QStringLiteral("basePrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setToolTip(tr("The prompt of the studio. Alternatives in braces, {golden hour|blue hour}, make one prompt "
                            "each; write \\{ for a literal brace."));
    const QString text = m_base.prompt;
    QString html;
    if (!m_alternatives && m_promptProblem.position >= 0 && m_promptProblem.position < text.size()) {
        const int at = m_promptProblem.position;
        html = text.left(at).toHtmlEscaped()
            + QStringLiteral("<span style=\"background:#b3261e; color:white; font-weight:bold\">")
            + QString(text.at(at)).toHtmlEscaped() + QStringLiteral("</span>") + text.mid(at + 1).toHtmlEscaped();
    } else {
        html = text.toHtmlEscaped();
    }
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_prompt->setText(html);
    m_prompt->setAccessibleName(text);
    auto *label = new QLabel(tr("Prompt:"), area);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(label, 0, Qt::AlignTop);
    row->addWidget(m_prompt, 1);
    return area;
}

QWidget *VariationsDialog::buildVariationsPage()
{
    auto *page = new QWidget(this);
    page->setAccessibleName(tr("Variations"));
    auto *form = new QFormLayout(page);

    m_count = new QSpinBox(page);
    const bool alternatives = m_alternatives && m_alternatives->hasGroups();
    // With alternatives every prompt gets the seeds: one each already compares the prompts.
    m_count->setRange(alternatives ? 1 : 2, 16);
    m_count->setValue(alternatives ? 1 : 4);
    m_count->setToolTip(
        alternatives ? tr("How many seeds each prompt is tried with; each run costs about %1 credits.")
                           .arg(QLocale().toString(m_model.typicalCostUsd(), 'f', 2))
                     : tr("How many runs to queue; each costs about %1 credits.").arg(QLocale().toString(m_model.typicalCostUsd(), 'f', 2)));
    m_countLabel = labelFor(m_count, alternatives ? tr("Seeds &per prompt:") : tr("&Number of runs:"), page);
    form->addRow(m_countLabel, m_count);

    m_randomSeeds = new QRadioButton(tr("&Random seeds"), page);
    nameAfter(m_randomSeeds, m_randomSeeds->text());
    m_randomSeeds->setToolTip(tr("A different random seed for every run; each seed is recorded so a run can be repeated."));
    m_redraw = new QPushButton(tr("&Draw new seeds"), page);
    nameAfter(m_redraw, m_redraw->text());
    m_redraw->setToolTip(tr("Draws another set of random seeds."));
    auto *randomRow = new QHBoxLayout;
    randomRow->addWidget(m_randomSeeds);
    randomRow->addWidget(m_redraw);
    randomRow->addStretch(1);
    m_consecutiveSeeds = new QRadioButton(tr("C&onsecutive seeds"), page);
    nameAfter(m_consecutiveSeeds, m_consecutiveSeeds->text());
    m_consecutiveSeeds->setToolTip(tr("Seeds counting up from the start seed: start, start + 1, …"));
    auto *seedGroup = new QButtonGroup(page);
    seedGroup->addButton(m_randomSeeds);
    seedGroup->addButton(m_consecutiveSeeds);
    m_randomSeeds->setChecked(true);
    auto *seedsLabel = new QLabel(tr("Seeds:"), page);
    form->addRow(seedsLabel, randomRow);
    form->addRow(QString(), m_consecutiveSeeds);

    m_startSeed = new QSpinBox(page);
    m_startSeed->setRange(0, static_cast<int>(jobs::BatchPlan::MaxSeed));
    const qint64 baseSeed = m_base.parameters.contains(SeedKey)
        ? m_base.parameters.value(SeedKey).toInteger()
        : (m_model.parameter(SeedKey) ? m_model.parameter(SeedKey)->defaultValue.toInteger() : 0);
    m_startSeed->setValue(static_cast<int>(qBound<qint64>(0, baseSeed, jobs::BatchPlan::MaxSeed)));
    m_startSeed->setToolTip(tr("The first of the consecutive seeds, from 0 to %1.").arg(jobs::BatchPlan::MaxSeed));
    form->addRow(labelFor(m_startSeed, tr("&Start seed:"), page), m_startSeed);

    connect(m_count, &QSpinBox::valueChanged, this, &VariationsDialog::rebuild);
    connect(m_startSeed, &QSpinBox::valueChanged, this, &VariationsDialog::rebuild);
    connect(m_randomSeeds, &QRadioButton::toggled, this, &VariationsDialog::rebuild);
    connect(m_redraw, &QPushButton::clicked, this, &VariationsDialog::rebuild);
    return page;
}

QWidget *VariationsDialog::buildSweepPage()
{
    auto *page = new QWidget(this);
    page->setAccessibleName(tr("Sweep"));
    auto *form = new QFormLayout(page);

    m_parameter = new QComboBox(page);
    for (const core::ParameterSpec &spec : jobs::BatchPlan::sweepableParameters(m_model)) {
        m_parameter->addItem(tr("%1 (%2)").arg(core::translatedModelText(spec.label), spec.name), spec.name);
        m_parameter->setItemData(m_parameter->count() - 1, spec.help, Qt::ToolTipRole);
    }
    m_parameter->setToolTip(tr("The parameter that changes from run to run; everything else, the seed included, stays."));
    form->addRow(labelFor(m_parameter, tr("&Parameter:"), page), m_parameter);
    m_allowed = new QLabel(page);
    m_allowed->setWordWrap(true);
    form->addRow(QString(), m_allowed);

    m_listMode = new QRadioButton(tr("&List:"), page);
    nameAfter(m_listMode, m_listMode->text());
    m_listMode->setToolTip(tr("Try the values you type."));
    m_values = new QLineEdit(page);
    nameAfter(m_values, tr("Values"));
    m_values->setToolTip(tr("The values to try, separated by commas, e.g. 4, 8, 12, 16. Use a point for decimals."));
    form->addRow(m_listMode, m_values);

    m_rangeMode = new QRadioButton(tr("&Range:"), page);
    nameAfter(m_rangeMode, m_rangeMode->text());
    m_rangeMode->setToolTip(tr("Try every value from a start to an end in equal steps."));
    auto *rangeRow = new QHBoxLayout;
    m_from = new QDoubleSpinBox(page);
    m_to = new QDoubleSpinBox(page);
    m_step = new QDoubleSpinBox(page);
    m_from->setToolTip(tr("The first value."));
    m_to->setToolTip(tr("The last value (reached when the steps land on it)."));
    m_step->setToolTip(tr("The distance between two values."));
    rangeRow->addWidget(labelFor(m_from, tr("&From"), page));
    rangeRow->addWidget(m_from, 1);
    rangeRow->addWidget(labelFor(m_to, tr("&To"), page));
    rangeRow->addWidget(m_to, 1);
    rangeRow->addWidget(labelFor(m_step, tr("St&ep"), page));
    rangeRow->addWidget(m_step, 1);
    form->addRow(m_rangeMode, rangeRow);
    auto *valueGroup = new QButtonGroup(page);
    valueGroup->addButton(m_listMode);
    valueGroup->addButton(m_rangeMode);
    m_listMode->setChecked(true);

    m_seedNote = new QLabel(page);
    m_seedNote->setWordWrap(true);
    form->addRow(QString(), m_seedNote);

    connect(m_parameter, &QComboBox::currentIndexChanged, this, &VariationsDialog::onParameterChanged);
    connect(m_values, &QLineEdit::textChanged, this, &VariationsDialog::rebuild);
    connect(m_listMode, &QRadioButton::toggled, this, &VariationsDialog::rebuild);
    for (QDoubleSpinBox *box : { m_from, m_to, m_step })
        connect(box, &QDoubleSpinBox::valueChanged, this, &VariationsDialog::rebuild);
    return page;
}

// A new parameter gets its own allowed values and a sensible starting sweep:
// its whole range in four or five round steps.
void VariationsDialog::onParameterChanged()
{
    const core::ParameterSpec *spec = m_model.parameter(m_parameter->currentData().toString());
    if (spec) {
        const bool whole = spec->type == core::ParameterSpec::Type::Int;
        const int decimals = whole ? 0 : qMax(spec->decimals, 1);
        const double fallback = spec->defaultValue.toDouble(1.0);
        const double low = spec->minimum.value_or(fallback);
        const double high = spec->maximum.value_or(fallback + 3.0);
        const double step = roundStep((high - low) / 4.0, whole);
        m_allowed->setText(tr("Allowed: %1.").arg(spec->allowedDescription()));
        const QSignalBlocker blockFrom(m_from), blockTo(m_to), blockStep(m_step), blockValues(m_values);
        for (QDoubleSpinBox *box : { m_from, m_to, m_step })
            box->setDecimals(decimals);
        m_from->setRange(-SpinLimit, SpinLimit);
        m_to->setRange(-SpinLimit, SpinLimit);
        m_step->setRange(std::pow(10.0, -decimals), SpinLimit);
        m_from->setValue(low);
        m_to->setValue(high);
        m_step->setValue(step);
        const QString suggestion = valuesText(jobs::BatchPlan::rangeValues(low, high, step).value_or(QList<double> { low }));
        m_values->setText(suggestion);
        m_values->setPlaceholderText(tr("e.g. %1").arg(suggestion));
    }
    rebuild();
}

void VariationsDialog::rebuild()
{
    m_plan.reset();
    const bool variations = m_modes->currentIndex() == VariationsTab;
    m_startSeed->setEnabled(m_consecutiveSeeds->isChecked());
    m_redraw->setEnabled(m_randomSeeds->isChecked());
    m_values->setEnabled(m_listMode->isChecked());
    for (QDoubleSpinBox *box : { m_from, m_to, m_step })
        box->setEnabled(m_rangeMode->isChecked());

    m_inputProblem.clear();
    // Every kind goes through the combined plan (or the grid), so that the
    // prompt's alternatives multiply it, its escapes are resolved and a
    // malformed group is refused with its position.
    jobs::BatchSpec spec;
    spec.base = m_base;
    if (variations) {
        spec.seedCount = m_count->value();
        spec.seedChoice = m_randomSeeds->isChecked() ? jobs::SeedChoice::Random : jobs::SeedChoice::Consecutive;
        if (m_consecutiveSeeds->isChecked()) {
            spec.base.parameters.insert(SeedKey, m_startSeed->value());
            spec.base.randomSeed = false;
        }
        m_plan = jobs::BatchPlan::combined(m_model, spec);
    } else if (m_modes->currentIndex() == GridTab) {
        m_plan = planGrid();
    } else if (m_parameter->count() == 0) {
        m_inputProblem = tr("%1 has no numeric parameter to sweep.").arg(m_model.title());
    } else {
        const QString name = m_parameter->currentData().toString();
        std::optional<QList<double>> values;
        if (m_rangeMode->isChecked())
            values = jobs::BatchPlan::rangeValues(m_from->value(), m_to->value(), m_step->value(), &m_inputProblem);
        else
            values = jobs::BatchPlan::parseValues(m_values->text(), &m_inputProblem);
        if (values) {
            spec.sweeps = { jobs::PlanAxis::sweep(name, *values) };
            m_plan = jobs::BatchPlan::combined(m_model, spec);
        }
    }
    // A screen reader hears what is wrong with the typed values on the field itself.
    const QString valuesProblem = m_plan ? m_plan->problem() : m_inputProblem;
    m_values->setAccessibleDescription(m_modes->currentIndex() == SweepTab && m_listMode->isChecked() ? valuesProblem
                                                                                                      : QString());

    if (m_plan && m_plan->isValid() && m_plan->fixedSeed()) {
        const QString seedText = m_base.randomSeed ? tr("seed %1 (drawn once for the whole sweep)").arg(*m_plan->fixedSeed())
                                                   : tr("seed %1").arg(*m_plan->fixedSeed());
        const bool alternatives = m_alternatives && m_alternatives->hasGroups();
        m_seedNote->setText(alternatives
                                ? tr("Every run uses %1, so only the prompt and %2 change.").arg(seedText, m_parameter->currentData().toString())
                                : tr("Every run uses %1, so only %2 changes.").arg(seedText, m_parameter->currentData().toString()));
        m_gridNote->setText(tr("Every run uses %1, so only the two axes change.").arg(seedText));
    } else {
        m_seedNote->clear();
        m_gridNote->clear();
    }
    showPlan();
}

void VariationsDialog::showPlan()
{
    const QList<jobs::PlannedRun> runs = plannedRuns();
    m_preview->clear();
    for (const jobs::PlannedRun &run : runs) {
        auto *item = new QListWidgetItem(run.label, m_preview);
        item->setToolTip(run.request.prompt);
    }
    showPrompts();

    m_cost->setText(m_plan ? m_plan->costSummary(m_balance) : tr("No runs planned."));
    QString reason = m_plan ? m_plan->problem() : m_inputProblem;
    const double typical = m_model.typicalCostUsd();
    if (reason.isEmpty() && !runs.isEmpty() && m_balance && typical > 0.0
        && !jobs::BatchPlan::balanceCoversNext(m_balance, typical)) {
        const QLocale locale;
        reason = tr("Your balance %1 does not cover one run (about %2 credits). Top up your Segmind account first.")
                     .arg(locale.toString(*m_balance, 'f', 2), locale.toString(typical, 'f', 2));
    }
    const bool ready = !runs.isEmpty() && reason.isEmpty();
    m_queue->setEnabled(ready);
    m_queue->setText(ready ? tr("&Queue %n run(s)", nullptr, static_cast<int>(runs.size())) : tr("&Queue runs"));
    nameAfter(m_queue, m_queue->text());
    m_queue->setToolTip(ready ? tr("Adds these runs to the queue; they start as the queue has room.") : reason);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

// Each distinct prompt of the plan, in full: what the alternatives expand to.
void VariationsDialog::showPrompts()
{
    const bool alternatives = m_alternatives && m_alternatives->hasGroups();
    m_prompts->clear();
    QStringList prompts;
    for (const jobs::PlannedRun &run : plannedRuns()) {
        if (!prompts.contains(run.request.prompt))
            prompts.append(run.request.prompt);
    }
    for (int i = 0; i < prompts.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2", "a numbered prompt").arg(i + 1).arg(prompts.at(i)), m_prompts);
        item->setToolTip(prompts.at(i));
        item->setData(Qt::UserRole, prompts.at(i));
    }
    // Only worth a list when the prompt varies, or when a malformed group has to be fixed first.
    m_promptsLabel->setText(tr("Pl&anned prompts (%n):", nullptr, static_cast<int>(prompts.size())));
    nameAfter(m_prompts, m_promptsLabel->text());
    m_promptsLabel->setVisible(alternatives);
    m_prompts->setVisible(alternatives);
}

const jobs::BatchPlan *VariationsDialog::plan() const
{
    return m_plan && m_plan->isValid() ? &*m_plan : nullptr;
}

bool VariationsDialog::isGrid() const
{
    return m_modes->currentIndex() == GridTab;
}

QList<jobs::PlannedRun> VariationsDialog::plannedRuns() const
{
    if (!m_plan || !m_plan->isValid())
        return {};
    return m_plan->runs();
}

void VariationsDialog::setBalance(std::optional<double> balance)
{
    m_balance = balance;
    showPlan();
}

} // namespace wan::ui
