#pragma once

// Plans a batch from the current request: variations (N runs that differ only
// in their seed) or a sweep (one numeric parameter over a list or a range).
// Shows the planned runs and their cost against the balance before anything
// is queued; a passive dialog: the caller reads plannedRuns() after accept.

#include "core/modeldescription.h"
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

private:
    QWidget *buildVariationsPage();
    QWidget *buildSweepPage();
    void onParameterChanged();
    void rebuild();
    void showPlan();

    const core::ModelDescription &m_model;
    jobs::GenerationRequest m_base;
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
    // Both
    QListWidget *m_preview = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_queue = nullptr;
};

} // namespace wan::ui
