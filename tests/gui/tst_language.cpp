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
#include "library/libraryservice.h"
#include "common/accessiblenames.h"
#include "shell/mainwindow.h"
#include "dialogs/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScreen>
#include <QScrollBar>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

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
    void windowMnemonics_areDistinctLatinKeys_data();
    void windowMnemonics_areDistinctLatinKeys();
    void everyControl_fitsALaptopScreen_data();
    void everyControl_fitsALaptopScreen();

private:
    QString generateTextUnder(const QString &language);
    void removeTranslators();
    void checkMnemonics(QWidget &window, const QString &language);

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

// The studio window on core objects that reach no service (nothing listens on
// port 9: the balance request fails, the window stays), after choosing the
// language in the application's settings and loading the translators as the
// app does at start.
struct WindowUnderLanguage
{
    WindowUnderLanguage(const QString &language, const QString &workDirectory, bool withLibrary)
    {
        {
            core::Settings chosen;
            chosen.setValue(core::Settings::Key::Language, language);
        }
        core::installTranslators(*qApp);
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:9"));
        client = std::make_unique<api::SegmindClient>(&network, api::Endpoints(nowhere, nowhere));
        queue = std::make_unique<jobs::JobQueue>(client.get(), &uploads, model, workDirectory + QStringLiteral("/results"));
        if (withLibrary)
            library = std::make_unique<library::LibraryService>(
                workDirectory + QStringLiteral("/library-%1.sqlite").arg(language), workDirectory + QStringLiteral("/media"));
        ui::StudioContext context;
        context.settings = &settings;
        context.model = &model;
        context.network = &network;
        context.client = client.get();
        context.queue = queue.get();
        context.credits = &credits;
        context.library = library.get();
        window = std::make_unique<ui::MainWindow>(context);
    }

    core::Settings settings;
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    QNetworkAccessManager network;
    std::unique_ptr<api::SegmindClient> client;
    image::UploadCache uploads { QString() };
    std::unique_ptr<jobs::JobQueue> queue;
    core::CreditTracker credits { model.typicalCostUsd() };
    std::unique_ptr<library::LibraryService> library;
    std::unique_ptr<ui::MainWindow> window;
};

QString TestLanguage::generateTextUnder(const QString &language)
{
    WindowUnderLanguage studio(language, m_dir.path(), false);
    auto *generate = studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
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

void TestLanguage::everyControl_fitsALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen"); // empty: maximised on the test's 1366x768 screen
    for (const char *language : { "en", "de", "es", "fr", "ja", "zh_CN" })
        QTest::addRow("%s maximised at 1366x768", language) << QString::fromLatin1(language) << QSize();
    // On a desktop, a title bar and a panel take about 62 of those pixels in height.
    QTest::addRow("de 1366x768 under a title bar and a panel") << QStringLiteral("de") << QSize(1366, 768 - 62);
    QTest::addRow("de 1280x720 under a title bar and a panel") << QStringLiteral("de") << QSize(1280, 720 - 62);
}

void TestLanguage::everyControl_fitsALaptopScreen()
{
    // On the most common laptop screen, in every language (German's labels are
    // the longest), the image, the prompt, every model control that is not
    // folded under Advanced, Generate and the run's status are in view, and
    // nothing has to be scrolled to reach them.
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    {
        core::Settings earlier; // what the other tests' windows left: this is a first start
        earlier.setValue(core::Settings::Key::WindowGeometry, QByteArray());
        earlier.setValue(core::Settings::Key::WindowState, QByteArray());
        earlier.setValue(core::Settings::Key::SplitterState, QByteArray());
        earlier.setValue(core::Settings::Key::AdvancedOpen, false);
    }
    WindowUnderLanguage studio(language, m_dir.path(), true);
    QMainWindow &window = *studio.window;
    QVERIFY2(window.screen()->size() == QSize(1366, 768), "tests/gui/laptopscreen.json gives the offscreen screen a laptop's size");
    if (screen.isEmpty()) {
        // A first start on a screen this size opens maximised by itself.
        QVERIFY(window.windowState() & Qt::WindowMaximized);
        screen = window.screen()->availableGeometry().size();
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (window.size() != screen) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(screen);
    }
    QCoreApplication::processEvents();
    QTRY_COMPARE(window.size(), screen);

    auto *scroll = window.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    const QRect visible(scroll->viewport()->mapTo(&window, QPoint(0, 0)), scroll->viewport()->size());

    QList<QWidget *> mustSee;
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    for (const core::ParameterSpec &spec : model.parameters()) {
        if (!spec.isTunable() || spec.advanced)
            continue;
        auto *editor = window.findChild<QWidget *>(spec.name);
        auto *label = window.findChild<QWidget *>(spec.name + QStringLiteral("Label"));
        QVERIFY2(editor && label, qPrintable(spec.name));
        mustSee << editor << label;
        if (auto *slider = window.findChild<QWidget *>(spec.name + QStringLiteral("Slider")))
            mustSee << slider;
        // A choice's every value is one click away: each button is in view.
        for (QAbstractButton *segment : editor->findChildren<QAbstractButton *>())
            mustSee << segment;
    }
    for (const char *name : { "seedRandom", "seedReuse", "clipLength", "advancedToggle", "resetToDefaults", "imageCanvas" })
        mustSee << window.findChild<QWidget *>(QLatin1String(name));
    mustSee << window.findChild<QPlainTextEdit *>();
    QVERIFY(!mustSee.contains(nullptr));
    for (QWidget *widget : std::as_const(mustSee)) {
        const QRect at(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
        QVERIFY2(visible.contains(at), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is outside the column's view %6,%7 %8x%9")
                                                      .arg(widget->objectName())
                                                      .arg(at.x()).arg(at.y()).arg(at.width()).arg(at.height())
                                                      .arg(visible.x()).arg(visible.y()).arg(visible.width()).arg(visible.height())));
    }
    // Four lines of prompt at least.
    auto *prompt = window.findChild<QPlainTextEdit *>();
    QVERIFY(prompt->viewport()->height() >= 4 * prompt->fontMetrics().lineSpacing());

    // Generate and the run's status, under the column, inside the window.
    for (const char *name : { "generateButton", "runStatus", "cancelButton" }) {
        auto *widget = window.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        const QRect at(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        QVERIFY2(window.rect().contains(at), name);
    }
}

QTEST_MAIN(TestLanguage)
void TestLanguage::windowMnemonics_areDistinctLatinKeys_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : { "en", "de", "es", "fr", "ja", "zh_CN" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Every mnemonic the studio window shows (menus, tabs, buttons, the parameter
// labels, which are made from data) must be a key of a Latin keyboard (Alt+シ
// cannot be typed: Japanese and Chinese labels get "(&S)" after them) and
// distinct, or Alt+key stops working for both; and none shows in an
// accessible name.
void TestLanguage::windowMnemonics_areDistinctLatinKeys()
{
    QFETCH(QString, language);
    WindowUnderLanguage studio(language, m_dir.path(), true);
    ui::MainWindow &window = *studio.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every parameter's label in view: the advanced ones too.
    auto *advanced = window.findChild<QAbstractButton *>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    advanced->setChecked(true);
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs && tabs->count() == 3);
    // The input column stays in view beside every tab (Player, Library, Sequences): each must be free of clashes.
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        checkMnemonics(window, language);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestLanguage::checkMnemonics(QWidget &window, const QString &language)
{
    QStringList texts; // "where: text"
    for (QAction *menu : window.findChild<QMenuBar *>()->actions())
        texts << QStringLiteral("menu: ") + menu->text();
    for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
        if (tabs->isVisibleTo(&window)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << QStringLiteral("tab: ") + tabs->tabText(i);
        }
    }
    int labels = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&window) && label->text().contains(QLatin1Char('&'))) {
            texts << QStringLiteral("label: ") + label->text();
            ++labels;
            QVERIFY2(!label->buddy()->accessibleName().contains(QLatin1Char('&')), qPrintable(label->buddy()->accessibleName()));
        }
    }
    // Seven parameter labels. In English, German and French the eleven labels and
    // buttons of the form share fewer free letters than they are, so one label
    // goes without (rather than show a stray "(B)"); a label with no Latin
    // letter always gets one after it.
    const bool latinScript = !language.startsWith(QLatin1String("ja")) && !language.startsWith(QLatin1String("zh"));
    QVERIFY2(latinScript ? labels >= 6 : labels >= 7, qPrintable(QString::number(labels)));
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && button->text().contains(QLatin1Char('&'))) {
            texts << QStringLiteral("button: ") + button->text();
            QVERIFY2(!button->accessibleName().contains(QLatin1Char('&')) && !button->accessibleName().contains(QLatin1String("(")),
                     qPrintable(button->accessibleName()));
        }
    }
    QString letters;
    for (const QString &text : std::as_const(texts)) {
        const QString letter = ui::mnemonicLetter(text);
        if (letter.isEmpty())
            continue; // "&&" only: a literal ampersand
        QVERIFY2(letter.at(0).unicode() < 0x80 && letter.at(0).isLetterOrNumber(), qPrintable(text));
        QVERIFY2(!letters.contains(letter), qPrintable(text + QLatin1String(" takes a key already taken: ") + letters));
        letters += letter;
    }
}

#include "tst_language.moc"
