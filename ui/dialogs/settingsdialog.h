#pragma once

// Settings: the API key (masked, stored in the system keychain by the caller),
// the service addresses, sync or async mode, the results folder,
// notifications, the budget caps and the language. A passive form: "Test key" and saving are signals.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wan::ui {

struct SettingsValues
{
    QString apiKey;           // empty: leave the stored key as it is
    bool removeKey = false;
    QString apiBase;
    QString uploadBase;
    bool sync = false;
    QString resultsDirectory;
    bool notifications = true;
    int maxConcurrent = 3;
    QString language;         // a code from core::availableLanguages(); empty: the system's
    QString appearance = QStringLiteral("system"); // Settings::Key::Appearance
    double dailyBudget = 0.0;   // Settings::Key::BudgetDaily, in the account's credits; 0: no cap
    double monthlyBudget = 0.0; // Settings::Key::BudgetMonthly
};

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setValues(const SettingsValues &values, bool hasStoredKey);
    SettingsValues values() const;

    // Shows the outcome of a key test under the key field.
    void setKeyTestResult(bool ok, const QString &text);
    // Says where the key is kept (keychain, this session only, environment).
    void setKeyStorageNote(const QString &text);

signals:
    void testKeyRequested(const QString &key, const QString &apiBase);

private:
    void validateAddresses();
    // OK: the results folder is checked (off this thread) before the dialog closes.
    void checkResultsFolderThenAccept();

    QLineEdit *m_key = nullptr;
    QCheckBox *m_showKey = nullptr;
    QPushButton *m_testKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLabel *m_keyResult = nullptr;
    QLabel *m_keyNote = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_uploadBase = nullptr;
    QLabel *m_addressProblem = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_appearance = nullptr;
    QLineEdit *m_results = nullptr;
    QLabel *m_resultsProblem = nullptr;
    QCheckBox *m_notifications = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QDoubleSpinBox *m_dailyBudget = nullptr;
    QDoubleSpinBox *m_monthlyBudget = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QString m_languageInUse;
    QPushButton *m_ok = nullptr;
    bool m_removeRequested = false;
};

} // namespace wan::ui
