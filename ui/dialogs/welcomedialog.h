#pragma once

// First start without a key: where to get one, a field to paste it, a test,
// and the local demo server for trying the app without an account.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wan::ui {

class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, UseKey, Demo };

    // keychainProblem: non-empty when no keychain answers (the key can then only be kept for this session).
    WelcomeDialog(const QString &keychainProblem, bool demoAvailable, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString key() const;
    bool sessionOnly() const;
    void setKeyTestResult(bool ok, const QString &text);

signals:
    void testKeyRequested(const QString &key);

private:
    QLineEdit *m_key = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_useKey = nullptr;
    Choice m_choice = Choice::None;
};

} // namespace wan::ui
