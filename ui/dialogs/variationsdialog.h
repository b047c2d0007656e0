#pragma once

// Plans a batch from the current request: variations (N runs that differ only
// in their seed), a sweep (one numeric parameter over a list or a range) or a
// grid (two axes among the prompt's alternatives, seeds and numeric
// parameters). A prompt's {a|b|c} alternatives multiply every kind: each
// expanded prompt is listed in full. Shows the planned runs and their cost
// against the balance before anything is queued; a passive dialog: the caller
// reads plannedRuns() (and, for a grid, plan()->axes()) after accept.

#include "core/modeldescription.h"
#include "core/promptalternatives.h"
#include "jobs/batchplan.h"
#include "jobs/generationjob.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace wan::ui {

class VariationsDialog final : public QDialog
{
    Q_OBJECT
public:
    VariationsDialog(const core::ModelDescription &model, const jobs::GenerationRequest &base, QWidget *parent = nullptr);

    // The runs shown in the preview; empty while the plan is invalid.
    QList<jobs::PlannedRun> plannedRuns() const;
    // The balance the cost is stated against; nullopt when unknown.
    void setBalance(std::optional<double> balance);
    // The valid plan shown, or nullptr.
    const jobs::BatchPlan *plan() const;
    // The Grid tab is chosen: the runs carry rows and columns.
    bool isGrid() const;

private:
    QWidget *buildPromptArea();
    QWidget *buildVariationsPage();
    QWidget *buildSweepPage();
    // variationsdialog_grid.cpp
    QWidget *buildGridPage();
    void fillAxisChoices(QComboBox *combo);
    void onGridAxisChanged(QComboBox *combo, QLineEdit *values);
    std::optional<jobs::PlanAxis> gridAxis(QComboBox *combo, QLineEdit *values, QString *problem) const;
    std::optional<jobs::BatchPlan> planGrid();
    void showPrompts();
    void onParameterChanged();
    void rebuild();
    void showPlan();

    const core::ModelDescription &m_model;
    jobs::GenerationRequest m_base;
    // The base prompt's alternatives, or the problem with them.
    std::optional<core::PromptAlternatives> m_alternatives;
    core::PromptAlternatives::Problem m_promptProblem;
    std::optional<double> m_balance;
    std::optional<jobs::BatchPlan> m_plan;
    QString m_inputProblem; // text that could not become a plan, e.g. "4, x"

    QTabWidget *m_modes = nullptr;
    // Variations
    QSpinBox *m_count = nullptr;
    QRadioButton *m_randomSeeds = nullptr;
    QRadioButton *m_consecutiveSeeds = nullptr;
    QSpinBox *m_startSeed = nullptr;
    QPushButton *m_redraw = nullptr;
    // Sweep
    QComboBox *m_parameter = nullptr;
    QLabel *m_allowed = nullptr;
    QRadioButton *m_listMode = nullptr;
    QRadioButton *m_rangeMode = nullptr;
    QLineEdit *m_values = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QDoubleSpinBox *m_step = nullptr;
    QLabel *m_seedNote = nullptr;
    // Grid
    QComboBox *m_rowAxis = nullptr;
    QLineEdit *m_rowValues = nullptr;
    QComboBox *m_columnAxis = nullptr;
    QLineEdit *m_columnValues = nullptr;
    QLabel *m_gridNote = nullptr;
    // All
    QLabel *m_prompt = nullptr;
    QLabel *m_promptsLabel = nullptr;
    QListWidget *m_prompts = nullptr;
    QLabel *m_countLabel = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_queue = nullptr;
};

} // namespace wan::ui
