// The language chosen in Settings is the one the studio speaks: Wan Studio's
// own text and Qt's standard buttons, with System default following the
// system and an unknown choice falling back to it. The Settings dialog offers
// every language by its own name and saves the choice.

#include "api/segmindclient.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "core/translations.h"
#include "image/uploadcache.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace wan;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void setting_selectsTheLanguageOfTheWindow_data();
    void setting_selectsTheLanguageOfTheWindow();
    void systemDefault_andUnknownCodes_followTheSystem();
    void settingsDialog_offersEveryLanguageByItsOwnName();

private:
    QString generateTextUnder(const QString &language);
    void removeTranslators();

    QTemporaryDir m_dir;
    QLocale m_systemDefault;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The default QSettings (what installTranslators(app) reads) lives here.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    core::applyApplicationIdentity();
    m_systemDefault = QLocale();
}

void TestLanguage::cleanup()
{
    removeTranslators();
    QLocale::setDefault(m_systemDefault);
}

void TestLanguage::removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Chooses the language in the application's settings, loads the translators
// as the app does at start, and builds the studio window.
QString TestLanguage::generateTextUnder(const QString &language)
{
    {
        core::Settings settings;
        settings.setValue(core::Settings::Key::Language, language);
    }
    core::installTranslators(*qApp);

    core::Settings settings;
    const auto &model = core::ModelDescription::wan22ImageToVideo();
    QNetworkAccessManager network;
    // Nothing listens on port 9: the balance request fails, the window stays.
    api::SegmindClient client(&network, api::Endpoints(QUrl(QStringLiteral("http://127.0.0.1:9")), QUrl(QStringLiteral("http://127.0.0.1:9"))));
    image::UploadCache uploads{QString()};
    jobs::JobQueue queue(&client, &uploads, model, m_dir.filePath(QStringLiteral("results")));
    core::CreditTracker credits(model.typicalCostUsd());
    ui::StudioContext context;
    context.settings = &settings;
    context.model = &model;
    context.network = &network;
    context.client = &client;
    context.queue = &queue;
    context.credits = &credits;
    ui::MainWindow window(context);
    auto *generate = window.findChild<QPushButton *>(QStringLiteral("generateButton"));
    return generate ? generate->text() : QString();
}

void TestLanguage::setting_selectsTheLanguageOfTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("generate");
    QTest::addColumn<QString>("qtCancel"); // from Qt's own translations (qtbase)
    QTest::newRow("de") << "de" << "&Generieren" << "Abbrechen";
    QTest::newRow("es") << "es" << "&Generar" << "Cancelar";
    QTest::newRow("fr") << "fr" << "&Générer" << "Annuler";
    QTest::newRow("en") << "en" << "&Generate" << "Cancel";
}

void TestLanguage::setting_selectsTheLanguageOfTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, generate);
    QFETCH(QString, qtCancel);
    QCOMPARE(generateTextUnder(language), generate);
    QCOMPARE(QLocale().name().left(2), language);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
}

void TestLanguage::systemDefault_andUnknownCodes_followTheSystem()
{
    // ctest runs with the C locale or the machine's; either way the window
    // speaks what the system's locale selects, which for C and English is English.
    const QString systemLanguage = QLocale::system().name().left(2);
    for (const QString &choice : {QString(), QStringLiteral("xx")}) {
        const QString text = generateTextUnder(choice);
        QCOMPARE(QLocale().name(), m_systemDefault.name());
        if (systemLanguage == QLatin1String("C") || systemLanguage == QLatin1String("en"))
            QCOMPARE(text, QStringLiteral("&Generate"));
        else
            QVERIFY2(!text.isEmpty(), qPrintable(choice));
        removeTranslators();
    }
}

void TestLanguage::settingsDialog_offersEveryLanguageByItsOwnName()
{
    ui::SettingsDialog dialog;
    ui::SettingsValues values;
    values.language = QStringLiteral("fr");
    dialog.setValues(values, false);
    QComboBox *combo = nullptr;
    for (QComboBox *candidate : dialog.findChildren<QComboBox *>()) {
        if (candidate->accessibleName() == QLatin1String("Language"))
            combo = candidate;
    }
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                  QStringLiteral("Español"), QStringLiteral("Français"), QStringLiteral("日本語"),
                                  QStringLiteral("简体中文")}));
    QCOMPARE(combo->currentText(), QStringLiteral("Français"));
    QCOMPARE(dialog.values().language, QStringLiteral("fr"));

    // Choosing another language says when it applies, and is what the dialog returns.
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("next time")))
            note = label;
    }
    QVERIFY(note);
    QVERIFY(note->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QVERIFY(!note->isHidden());
    QCOMPARE(dialog.values().language, QStringLiteral("de"));
    combo->setCurrentIndex(0);
    QCOMPARE(dialog.values().language, QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
