// The settings and welcome dialogs: the key stays masked unless asked, bad
// service addresses cannot be saved, and a key test goes through a signal.

#include "dialogs/settingsdialog.h"
#include "dialogs/welcomedialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings.h"

using namespace wan::ui;

namespace {

template<typename T>
T *byAccessibleName(QWidget *root, const QString &name)
{
    const auto children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void values_roundTrip();
    void key_isMaskedUntilShown();
    void testKey_emitsTheTypedKeyAndShowsTheResult();
    void insecureApiBase_cannotBeSaved();
    void removeKey_isReportedOnlyWhenAsked();
    void resultsFolder_isCheckedBeforeSaving();
    void welcome_useKeyNeedsAKeyAndWarnsAboutItsShape();
    void welcome_withoutKeychain_keepsTheKeyForTheSessionOnly();
};

void TestSettingsDialog::values_roundTrip()
{
    SettingsDialog dialog;
    SettingsValues in;
    in.apiBase = QStringLiteral("http://127.0.0.1:8765");
    in.uploadBase = QStringLiteral("https://uploads.example.com");
    in.sync = true;
    in.resultsDirectory = QStringLiteral("/tmp/wan results");
    in.notifications = false;
    in.maxConcurrent = 5;
    in.dailyBudget = 2.5;
    in.monthlyBudget = 0.0;
    dialog.setValues(in, true);
    SettingsValues out = dialog.values();
    QCOMPARE(out.dailyBudget, 2.5);
    QCOMPARE(out.monthlyBudget, 0.0);
    // The caps are the spin boxes named after their labels; 0 reads "No cap".
    auto *daily = byAccessibleName<QDoubleSpinBox>(&dialog, QStringLiteral("Daily budget"));
    auto *monthly = byAccessibleName<QDoubleSpinBox>(&dialog, QStringLiteral("Monthly budget"));
    QVERIFY(daily && monthly);
    QCOMPARE(monthly->text(), QStringLiteral("No cap"));
    monthly->setValue(40.0);
    QCOMPARE(dialog.values().monthlyBudget, 40.0);
    out = dialog.values();
    QCOMPARE(out.apiBase, in.apiBase);
    QCOMPARE(out.uploadBase, in.uploadBase);
    QCOMPARE(out.sync, true);
    QCOMPARE(out.resultsDirectory, in.resultsDirectory);
    QCOMPARE(out.notifications, false);
    QCOMPARE(out.maxConcurrent, 5);
    QVERIFY(out.apiKey.isEmpty());
    QVERIFY(!out.removeKey);
}

void TestSettingsDialog::key_isMaskedUntilShown()
{
    SettingsDialog dialog;
    auto *key = byAccessibleName<QLineEdit>(&dialog, QStringLiteral("API key"));
    auto *show = byAccessibleName<QCheckBox>(&dialog, QStringLiteral("Show"));
    QVERIFY(key && show);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    show->click();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestSettingsDialog::testKey_emitsTheTypedKeyAndShowsTheResult()
{
    SettingsDialog dialog;
    dialog.setValues({}, false);
    QSignalSpy spy(&dialog, &SettingsDialog::testKeyRequested);
    auto *key = byAccessibleName<QLineEdit>(&dialog, QStringLiteral("API key"));
    QTest::keyClicks(key, QStringLiteral("SG_0000000000000000"));
    byAccessibleName<QPushButton>(&dialog, QStringLiteral("Test key"))->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("SG_0000000000000000"));
    dialog.setKeyTestResult(false, QStringLiteral("The service rejected the API key."));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(QLatin1String("rejected"));
    QVERIFY(shown);
}

void TestSettingsDialog::insecureApiBase_cannotBeSaved()
{
    SettingsDialog dialog;
    dialog.setValues({}, false);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *base = byAccessibleName<QLineEdit>(&dialog, QStringLiteral("API base"));
    QTest::keyClicks(base, QStringLiteral("http://api.example.com"));
    QVERIFY(!ok->isEnabled());
    base->setText(QStringLiteral("http://127.0.0.1:9000"));
    QVERIFY(ok->isEnabled());
}

// The window's runs are saved in the results folder: one inside Wan Studio's own
// media folder, or one that cannot be written, is refused when the user presses
// OK (before any run is paid for), with the reason, and the dialog stays open.
void TestSettingsDialog::resultsFolder_isCheckedBeforeSaving()
{
    SettingsDialog dialog;
    dialog.setValues({}, false);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *results = byAccessibleName<QLineEdit>(&dialog, QStringLiteral("Results folder"));
    auto problemShown = [&dialog](const QString &text) {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(text))
                return true;
        }
        return false;
    };

    results->setText(wan::core::Settings::dataDirectory() + QStringLiteral("/media/results"));
    ok->click();
    QTRY_VERIFY(problemShown(QStringLiteral("Wan Studio manages")));
    QVERIFY(ok->isEnabled());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());

    results->setText(QStringLiteral("/proc/1/results"));  // not writable, not even by root
    QVERIFY(!problemShown(QStringLiteral("Wan Studio manages")));
    ok->click();
    QTRY_VERIFY(problemShown(QStringLiteral("cannot write")));
    QCOMPARE(accepted.count(), 0);

    QTemporaryDir good;
    results->setText(good.path());
    ok->click();
    QTRY_COMPARE(accepted.count(), 1);
}

void TestSettingsDialog::removeKey_isReportedOnlyWhenAsked()
{
    SettingsDialog dialog;
    dialog.setValues({}, true);
    QVERIFY(!dialog.values().removeKey);
    byAccessibleName<QPushButton>(&dialog, QStringLiteral("Remove stored key"))->click();
    QVERIFY(dialog.values().removeKey);
    dialog.setValues({}, false);
    QVERIFY(!byAccessibleName<QPushButton>(&dialog, QStringLiteral("Remove stored key"))->isEnabled());
}

void TestSettingsDialog::welcome_useKeyNeedsAKeyAndWarnsAboutItsShape()
{
    WelcomeDialog dialog(QString(), false);
    auto *use = byAccessibleName<QPushButton>(&dialog, QStringLiteral("Use this key"));
    auto *demo = byAccessibleName<QPushButton>(&dialog, QStringLiteral("Try the local demo"));
    QVERIFY(use && demo);
    QVERIFY(!use->isEnabled());
    QVERIFY(!demo->isEnabled());
    auto *key = byAccessibleName<QLineEdit>(&dialog, QStringLiteral("API key"));
    QTest::keyClicks(key, QStringLiteral("SG_123"));
    QVERIFY(use->isEnabled());
    bool warned = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        warned = warned || label->text().contains(QLatin1String("16"));
    QVERIFY(warned);
    use->click();
    QCOMPARE(dialog.choice(), WelcomeDialog::Choice::UseKey);
    QCOMPARE(dialog.key(), QStringLiteral("SG_123"));
}

void TestSettingsDialog::welcome_withoutKeychain_keepsTheKeyForTheSessionOnly()
{
    WelcomeDialog dialog(QStringLiteral("The system keychain could not be used."), true);
    QVERIFY(dialog.sessionOnly());
    auto *sessionOnly = byAccessibleName<QCheckBox>(&dialog, QStringLiteral("Keep the key for this session only"));
    QVERIFY(sessionOnly && !sessionOnly->isEnabled());
    auto *demo = byAccessibleName<QPushButton>(&dialog, QStringLiteral("Try the local demo"));
    QVERIFY(demo->isEnabled());
    demo->click();
    QCOMPARE(dialog.choice(), WelcomeDialog::Choice::Demo);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
