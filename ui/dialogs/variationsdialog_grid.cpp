// The Grid tab of the Variations and sweeps dialog: two axes, each the
// prompt's alternatives, seeds, or a numeric parameter over a few values
// (at most BatchPlan::MaxGridSide), planned with BatchPlan::grid.

#include "dialogs/variationsdialog.h"

#include "common/accessiblenames.h"
#include "core/modeltext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wan::ui {

namespace {

QLabel *labelFor(QWidget *control, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(control);
    nameAfter(control, text);
    return label;
}

// The combo's data: what an axis varies.
const QString PromptChoice = QStringLiteral(":prompt");
const QString SeedChoiceKey = QStringLiteral(":seed");

QString numbersText(const QList<double> &values)
{
    QStringList parts;
    for (const double value : values)
        parts << QString::number(value, 'g', 12);
    return parts.join(QLatin1String(", "));
}

// Three values across the parameter's range (its ends and middle, rounded to its decimals).
QList<double> suggestedValues(const core::ParameterSpec &spec)
{
    const double fallback = spec.defaultValue.toDouble(1.0);
    const double low = spec.minimum.value_or(fallback);
    const double high = spec.maximum.value_or(fallback + 2.0);
    const bool whole = spec.type == core::ParameterSpec::Type::Int;
    const double scale = whole ? 1.0 : std::pow(10.0, std::max(spec.decimals, 1));
    QList<double> values;
    for (const double value : { low, (low + high) / 2.0, high }) {
        const double rounded = std::round(value * scale) / scale;
        if (!values.contains(rounded))
            values.append(rounded);
    }
    return values;
}

} // namespace

QWidget *VariationsDialog::buildGridPage()
{
    auto *page = new QWidget(this);
    page->setAccessibleName(tr("Grid"));
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("Rows and columns each vary one thing, at most %1 values each; every cell is one run, "
                                "and the grid opens side by side when they are done.")
                                 .arg(jobs::BatchPlan::MaxGridSide),
                             page);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_rowAxis = new QComboBox(page);
    m_columnAxis = new QComboBox(page);
    m_rowValues = new QLineEdit(page);
    m_columnValues = new QLineEdit(page);
    fillAxisChoices(m_rowAxis);
    fillAxisChoices(m_columnAxis);
    m_rowAxis->setToolTip(tr("What changes from one row of the grid to the next."));
    m_columnAxis->setToolTip(tr("What changes from one column of the grid to the next."));
    for (QLineEdit *values : { m_rowValues, m_columnValues })
        values->setToolTip(tr("The values to try, separated by commas, e.g. 4, 8, 12. For seeds, the seeds themselves."));

    auto addAxisRow = [&](QComboBox *combo, QLineEdit *values, const QString &label, const QString &valuesLabel) {
        auto *row = new QHBoxLayout;
        row->addWidget(combo, 1);
        row->addWidget(labelFor(values, valuesLabel, page));
        row->addWidget(values, 2);
        form->addRow(labelFor(combo, label, page), row);
    };
    addAxisRow(m_rowAxis, m_rowValues, tr("R&ows:"), tr("Row va&lues:"));
    addAxisRow(m_columnAxis, m_columnValues, tr("&Columns:"), tr("Colu&mn values:"));

    m_gridNote = new QLabel(page);
    m_gridNote->setWordWrap(true);
    form->addRow(QString(), m_gridNote);

    // Prompt alternatives as rows when the prompt has them, a parameter across;
    // else a parameter as rows and seeds across.
    const bool alternatives = m_alternatives && m_alternatives->hasGroups();
    const int shift = m_rowAxis->findData(QStringLiteral("sample_shift"));
    const int firstParameter = m_rowAxis->findData(SeedChoiceKey) + 1;
    const int parameter = shift >= 0 ? shift : firstParameter;
    m_rowAxis->setCurrentIndex(alternatives ? m_rowAxis->findData(PromptChoice) : parameter);
    m_columnAxis->setCurrentIndex(alternatives ? parameter : m_columnAxis->findData(SeedChoiceKey));
    onGridAxisChanged(m_rowAxis, m_rowValues);
    onGridAxisChanged(m_columnAxis, m_columnValues);

    connect(m_rowAxis, &QComboBox::currentIndexChanged, this, [this] {
        onGridAxisChanged(m_rowAxis, m_rowValues);
        rebuild();
    });
    connect(m_columnAxis, &QComboBox::currentIndexChanged, this, [this] {
        onGridAxisChanged(m_columnAxis, m_columnValues);
        rebuild();
    });
    connect(m_rowValues, &QLineEdit::textChanged, this, &VariationsDialog::rebuild);
    connect(m_columnValues, &QLineEdit::textChanged, this, &VariationsDialog::rebuild);
    return page;
}

void VariationsDialog::fillAxisChoices(QComboBox *combo)
{
    const bool alternatives = m_alternatives && m_alternatives->hasGroups();
    combo->addItem(tr("Prompt alternatives"), PromptChoice);
    combo->setItemData(0,
                       alternatives ? tr("The %n prompt(s) the braces in the prompt make.", nullptr,
                                         static_cast<int>(m_alternatives->combinationCount()))
                                    : tr("Write alternatives in the prompt first, e.g. {golden hour|blue hour}."),
                       Qt::ToolTipRole);
    combo->addItem(tr("Seeds"), SeedChoiceKey);
    combo->setItemData(1, tr("The same request with the seeds you list."), Qt::ToolTipRole);
    for (const core::ParameterSpec &spec : jobs::BatchPlan::sweepableParameters(m_model)) {
        combo->addItem(tr("%1 (%2)").arg(core::translatedModelText(spec.label), spec.name), spec.name);
        combo->setItemData(combo->count() - 1, spec.help, Qt::ToolTipRole);
    }
}

// A new choice gets sensible values to start from: the alternatives need
// none, seeds start at the base's, a parameter spans its range.
void VariationsDialog::onGridAxisChanged(QComboBox *combo, QLineEdit *values)
{
    const QString choice = combo->currentData().toString();
    const QSignalBlocker block(values);
    values->setEnabled(choice != PromptChoice);
    if (choice == PromptChoice) {
        values->clear();
        values->setPlaceholderText(m_alternatives && m_alternatives->hasGroups()
                                       ? tr("%n prompt(s) from the braces", nullptr,
                                            static_cast<int>(m_alternatives->combinationCount()))
                                       : tr("no alternatives in the prompt"));
    } else if (choice == SeedChoiceKey) {
        const qint64 seed = m_base.parameters.value(QStringLiteral("seed")).toInteger(1);
        const qint64 start = std::clamp<qint64>(seed, 0, jobs::BatchPlan::MaxSeed - 1);
        values->setText(QStringLiteral("%1, %2").arg(start).arg(start + 1));
        values->setPlaceholderText(tr("e.g. %1").arg(values->text()));
    } else if (const core::ParameterSpec *spec = m_model.parameter(choice)) {
        values->setText(numbersText(suggestedValues(*spec)));
        values->setPlaceholderText(tr("e.g. %1").arg(values->text()));
    }
}

std::optional<jobs::PlanAxis> VariationsDialog::gridAxis(QComboBox *combo, QLineEdit *values, QString *problem) const
{
    const QString choice = combo->currentData().toString();
    if (choice == PromptChoice)
        return jobs::PlanAxis::prompt();
    const auto numbers = jobs::BatchPlan::parseValues(values->text(), problem);
    if (!numbers)
        return std::nullopt;
    if (choice == SeedChoiceKey) {
        QList<qint64> seeds;
        for (const double number : *numbers) {
            if (number != std::floor(number)) {
                *problem = tr("A seed is a whole number: %1 is not.").arg(number);
                return std::nullopt;
            }
            seeds.append(static_cast<qint64>(number));
        }
        return jobs::PlanAxis::seedList(seeds);
    }
    return jobs::PlanAxis::sweep(choice, *numbers);
}

std::optional<jobs::BatchPlan> VariationsDialog::planGrid()
{
    QString rowProblem;
    QString columnProblem;
    const auto rows = gridAxis(m_rowAxis, m_rowValues, &rowProblem);
    const auto columns = gridAxis(m_columnAxis, m_columnValues, &columnProblem);
    m_rowValues->setAccessibleDescription(rowProblem);
    m_columnValues->setAccessibleDescription(columnProblem);
    if (!rows || !columns) {
        QStringList problems;
        if (!rows)
            problems.append(tr("Rows: %1").arg(rowProblem));
        if (!columns)
            problems.append(tr("Columns: %1").arg(columnProblem));
        m_inputProblem = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return jobs::BatchPlan::grid(m_model, m_base, *rows, *columns);
}

} // namespace wan::ui
