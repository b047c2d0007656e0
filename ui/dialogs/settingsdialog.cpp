#include "dialogs/settingsdialog.h"

#include "common/accessiblenames.h"
#include "common/appearance.h"

#include "api/endpoints.h"
#include "core/outputplace.h"
#include "core/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *keyBox = new QGroupBox(tr("Segmind API key"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    auto *keyRow = new QHBoxLayout;
    m_key = new QLineEdit(keyBox);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("SG_… (leave empty to keep the stored key)"));
    nameAfter(m_key, tr("API key"));
    m_key->setToolTip(tr("Your key from the Segmind console (API Keys). It is kept in the system keychain, never in a file."));
    m_showKey = new QCheckBox(tr("&Show"), keyBox);
    nameAfter(m_showKey, m_showKey->text());
    m_testKey = new QPushButton(tr("&Test key"), keyBox);
    nameAfter(m_testKey, m_testKey->text());
    m_testKey->setToolTip(tr("Asks the service for the balance with this key."));
    m_removeKey = new QPushButton(tr("&Remove stored key"), keyBox);
    nameAfter(m_removeKey, m_removeKey->text());
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(m_testKey);
    keyLayout->addLayout(keyRow);
    m_keyResult = new QLabel(keyBox);
    m_keyResult->setWordWrap(true);
    m_keyNote = new QLabel(keyBox);
    m_keyNote->setWordWrap(true);
    keyLayout->addWidget(m_keyResult);
    keyLayout->addWidget(m_keyNote);
    keyLayout->addWidget(m_removeKey, 0, Qt::AlignLeft);
    layout->addWidget(keyBox);

    auto *runBox = new QGroupBox(tr("Runs"), this);
    auto *runForm = new QFormLayout(runBox);
    m_mode = new QComboBox(runBox);
    m_mode->addItem(tr("Submit and poll (recommended)"), false);
    m_mode->addItem(tr("One blocking call (v1)"), true);
    auto *modeLabel = new QLabel(tr("&Mode:"), runBox);
    modeLabel->setBuddy(m_mode);
    nameAfter(m_mode, tr("Mode"));
    m_mode->setToolTip(tr("Submit and poll survives network drops and restarts; the blocking call is Segmind's older API."));
    runForm->addRow(modeLabel, m_mode);
    m_maxConcurrent = new QSpinBox(runBox);
    m_maxConcurrent->setRange(1, 8);
    auto *concurrentLabel = new QLabel(tr("Runs at &once:"), runBox);
    concurrentLabel->setBuddy(m_maxConcurrent);
    nameAfter(m_maxConcurrent, tr("Runs at once"));
    runForm->addRow(concurrentLabel, m_maxConcurrent);
    auto *resultsRow = new QHBoxLayout;
    m_results = new QLineEdit(runBox);
    nameAfter(m_results, tr("Results folder"));
    auto *browse = new QPushButton(tr("&Browse…"), runBox);
    nameAfter(browse, browse->text());
    resultsRow->addWidget(m_results, 1);
    resultsRow->addWidget(browse);
    auto *resultsLabel = new QLabel(tr("Results &folder:"), runBox);
    resultsLabel->setBuddy(m_results);
    runForm->addRow(resultsLabel, resultsRow);
    m_resultsProblem = new QLabel(runBox);
    m_resultsProblem->setWordWrap(true);
    m_resultsProblem->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 4px;")); // 6.5:1 on any palette
    m_resultsProblem->hide();
    runForm->addRow(m_resultsProblem);
    m_notifications = new QCheckBox(tr("&Notify when a run finishes while the window is in the background"), runBox);
    nameAfter(m_notifications, m_notifications->text());
    runForm->addRow(m_notifications);
    layout->addWidget(runBox);

    // The same caps as `wanstudio settings set budget/daily`: a run that would pass one is held.
    auto *budgetBox = new QGroupBox(tr("Budget"), this);
    auto *budgetForm = new QFormLayout(budgetBox);
    const auto capBox = [budgetBox](const QString &name) {
        auto *box = new QDoubleSpinBox(budgetBox);
        box->setRange(0.0, 1'000'000.0);
        box->setDecimals(2);
        box->setSingleStep(1.0);
        box->setSuffix(tr(" credits"));
        box->setSpecialValueText(tr("No cap"));
        nameAfter(box, name);
        return box;
    };
    m_dailyBudget = capBox(tr("Daily budget"));
    auto *dailyLabel = new QLabel(tr("&Daily budget:"), budgetBox);
    dailyLabel->setBuddy(m_dailyBudget);
    m_dailyBudget->setToolTip(tr("A run that would take today's spending past this is held until you send it anyway; 0 means no cap."));
    budgetForm->addRow(dailyLabel, m_dailyBudget);
    m_monthlyBudget = capBox(tr("Monthly budget"));
    auto *monthlyLabel = new QLabel(tr("Mont&hly budget:"), budgetBox);
    monthlyLabel->setBuddy(m_monthlyBudget);
    m_monthlyBudget->setToolTip(tr("A run that would take this month's spending past this is held until you send it anyway; 0 means no cap."));
    budgetForm->addRow(monthlyLabel, m_monthlyBudget);
    layout->addWidget(budgetBox);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->addItem(tr("System default"), QString());
    for (const core::Language &language : core::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    auto *languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    nameAfter(m_language, tr("Language"));
    m_language->setToolTip(tr("The language of the menus, buttons and messages. System default follows the language of this computer."));
    languageForm->addRow(languageLabel, m_language);
    m_languageNote = new QLabel(tr("Wan Studio will use the new language the next time it starts."), languageBox);
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    languageForm->addRow(m_languageNote);
    layout->addWidget(languageBox);
    auto *lookBox = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(lookBox);
    m_appearance = new QComboBox(lookBox);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    for (const Appearance a : { Appearance::System, Appearance::Light, Appearance::Dark, Appearance::HighContrast })
        m_appearance->addItem(appearanceLabel(a), appearanceName(a));
    auto *appearanceCaption = new QLabel(tr("&Colours:"), lookBox);
    appearanceCaption->setBuddy(m_appearance);
    nameAfter(m_appearance, tr("Colours"));
    m_appearance->setToolTip(tr("Light, dark or high-contrast colours for Wan Studio, or the desktop's own. "
                                "Text size follows the desktop's font settings."));
    lookForm->addRow(appearanceCaption, m_appearance);
    layout->addWidget(lookBox);

    auto *advanced = new QGroupBox(tr("Advanced: service addresses"), this);
    auto *advancedForm = new QFormLayout(advanced);
    m_apiBase = new QLineEdit(advanced);
    m_uploadBase = new QLineEdit(advanced);
    auto *apiLabel = new QLabel(tr("&API base:"), advanced);
    apiLabel->setBuddy(m_apiBase);
    nameAfter(m_apiBase, tr("API base"));
    auto *uploadLabel = new QLabel(tr("&Upload base:"), advanced);
    uploadLabel->setBuddy(m_uploadBase);
    nameAfter(m_uploadBase, tr("Upload base"));
    m_apiBase->setPlaceholderText(api::Endpoints::defaultApiBase().toString());
    m_uploadBase->setPlaceholderText(api::Endpoints::defaultUploadBase().toString());
    advancedForm->addRow(apiLabel, m_apiBase);
    advancedForm->addRow(uploadLabel, m_uploadBase);
    m_addressProblem = new QLabel(advanced);
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 4px;")); // 6.5:1 on any palette
    m_addressProblem->hide();
    advancedForm->addRow(m_addressProblem);
    layout->addWidget(advanced);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::checkResultsFolderThenAccept);
    connect(m_results, &QLineEdit::textChanged, m_resultsProblem, &QWidget::hide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_testKey, &QPushButton::clicked, this, [this] {
        m_keyResult->setText(tr("Testing…"));
        emit testKeyRequested(m_key->text().trimmed(), m_apiBase->text().trimmed());
    });
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        m_removeRequested = true;
        m_key->clear();
        m_keyNote->setText(tr("The stored key will be removed when you press OK."));
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Results folder"), m_results->text());
        if (!dir.isEmpty())
            m_results->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_languageInUse);
    });
    connect(m_apiBase, &QLineEdit::textChanged, this, &SettingsDialog::validateAddresses);
    connect(m_uploadBase, &QLineEdit::textChanged, this, &SettingsDialog::validateAddresses);
}

void SettingsDialog::checkResultsFolderThenAccept()
{
    const QString folder = QDir::fromNativeSeparators(m_results->text().trimmed());
    if (folder.isEmpty()) {
        accept();  // the default folder in the data directory
        return;
    }
    // The same check as a run's output file, for a clip in this folder: the
    // folder must take a test write, and it must not be one Wan Studio manages.
    // It touches the disk (perhaps a slow share), so it runs on a worker.
    m_ok->setEnabled(false);
    auto *watcher = new QFutureWatcher<core::OutputPlaceCheck>(this);
    connect(watcher, &QFutureWatcher<core::OutputPlaceCheck>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!isVisible())
            return;  // cancelled meanwhile
        const core::OutputPlaceCheck check = watcher->result();
        validateAddresses();  // re-enables OK unless an address is wrong
        if (check.ok()) {
            accept();
            return;
        }
        m_resultsProblem->setText(tr("Videos cannot be saved in this results folder. %1 %2").arg(check.message, check.hint));
        m_resultsProblem->show();
        m_results->setFocus();
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        core::OutputPlaceRules rules;
        rules.mayReplace = true;  // runs pick names of their own that are not taken
        return core::OutputPlace::check(QDir(folder).filePath(QStringLiteral("clip.mp4")), rules);
    }));
}

void SettingsDialog::validateAddresses()
{
    const QString api = m_apiBase->text().trimmed();
    const QString upload = m_uploadBase->text().trimmed();
    const api::Endpoints endpoints(api.isEmpty() ? api::Endpoints::defaultApiBase() : QUrl(api),
                                   upload.isEmpty() ? api::Endpoints::defaultUploadBase() : QUrl(upload));
    const QString problem = endpoints.validate();
    m_addressProblem->setText(problem);
    m_addressProblem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

void SettingsDialog::setValues(const SettingsValues &values, bool hasStoredKey)
{
    m_key->clear();
    m_key->setPlaceholderText(hasStoredKey ? tr("A key is stored (leave empty to keep it)") : tr("SG_…"));
    // The hint is the only place that says an empty field keeps the key: wide
    // enough to read whole in every language (the dialog grows, up to a limit).
    const int hint = m_key->fontMetrics().horizontalAdvance(m_key->placeholderText()) + 24;
    m_key->setMinimumWidth(qMin(hint, 480));
    m_removeKey->setEnabled(hasStoredKey);
    m_removeRequested = false;
    m_apiBase->setText(values.apiBase == api::Endpoints::defaultApiBase().toString() ? QString() : values.apiBase);
    m_uploadBase->setText(values.uploadBase == api::Endpoints::defaultUploadBase().toString() ? QString() : values.uploadBase);
    m_mode->setCurrentIndex(values.sync ? 1 : 0);
    m_results->setText(QDir::toNativeSeparators(values.resultsDirectory));
    m_notifications->setChecked(values.notifications);
    m_maxConcurrent->setValue(values.maxConcurrent);
    m_dailyBudget->setValue(values.dailyBudget);
    m_monthlyBudget->setValue(values.monthlyBudget);
    m_languageInUse = values.language;
    const int language = m_language->findData(values.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_languageNote->setVisible(m_language->currentData().toString() != m_languageInUse);
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(values.appearance)));
    validateAddresses();
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues v;
    v.apiKey = m_key->text().trimmed();
    v.removeKey = m_removeRequested && v.apiKey.isEmpty();
    v.apiBase = m_apiBase->text().trimmed().isEmpty() ? api::Endpoints::defaultApiBase().toString() : m_apiBase->text().trimmed();
    v.uploadBase = m_uploadBase->text().trimmed().isEmpty() ? api::Endpoints::defaultUploadBase().toString() : m_uploadBase->text().trimmed();
    v.sync = m_mode->currentData().toBool();
    v.resultsDirectory = QDir::fromNativeSeparators(m_results->text().trimmed());
    v.notifications = m_notifications->isChecked();
    v.maxConcurrent = m_maxConcurrent->value();
    v.dailyBudget = m_dailyBudget->value();
    v.monthlyBudget = m_monthlyBudget->value();
    v.language = m_language->currentData().toString();
    v.appearance = m_appearance->currentData().toString();
    return v;
}

void SettingsDialog::setKeyTestResult(bool ok, const QString &text)
{
    m_keyResult->setText(ok ? tr("✓ %1").arg(text) : tr("✗ %1").arg(text));
}

void SettingsDialog::setKeyStorageNote(const QString &text)
{
    m_keyNote->setText(text);
}

} // namespace wan::ui
