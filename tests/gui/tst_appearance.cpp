// Dark, high-contrast and light looks, and a larger system font. The text Wan
// Studio paints itself (gallery cards and badges, the low-credit warning, the
// message banner, the empty image well) is rendered under each palette and
// the painted pixels are measured: the strongest ink in each text's area must
// reach WCAG's 4.5:1 against the background it sits on. With a larger
// application font the widgets ask for more room, and the dialogs laid out at
// their size hints clip no text.

#include "studiowindowfixture.h"

#include "common/appearance.h"
#include "gallery/gallerydelegate.h"
#include "library/gallerymodel.h"
#include "common/messagebanner.h"
#include "player/playercontrols.h"
#include "common/readablecolours.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/variationsdialog.h"
#include "dialogs/welcomedialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace wan;
using library::EntryStatus;
using ui::colours::contrastRatio;

Q_DECLARE_METATYPE(QPalette)

namespace {

// The strongest contrast any pixel in area has against background: the ink
// of the text drawn there (antialiased edges are fainter; the strokes are not).
double inkContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1.0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    }
    return best;
}

// The widget as it shows in its window: a child grabbed alone would lose what
// its translucent parts are drawn over.
QImage grabbed(QWidget *widget)
{
    QWidget *top = widget->window();
    return top->grab(QRect(widget->mapTo(top, QPoint(0, 0)), widget->size())).toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestAppearance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void palettes_meetTextContrast_data();
    void palettes_meetTextContrast();
    void paintedText_isLegible_data();
    void paintedText_isLegible();
    void readableOn_keepsTheHueWhereItCan();
    void largerFont_widgetsGrowAndDialogsClipNoText();
    void appearanceSetting_isApplied();
    void playerBar_showsIconsOnly_ratherThanClipping();

private:
    void addPaletteRows();
    test::StudioWindowFixture m_studio;
    QPalette m_startPalette;
    QFont m_startFont;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    m_startPalette = QApplication::palette();
    m_startFont = QApplication::font();
    QVERIFY(m_studio.startOnce(100));
}

void TestAppearance::cleanup()
{
    m_studio.close();
    QApplication::setPalette(m_startPalette);
    QApplication::setFont(m_startFont);
}

void TestAppearance::addPaletteRows()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << ui::darkPalette();
    QTest::newRow("high contrast") << ui::highContrastPalette();
    QTest::newRow("light") << ui::lightPalette();
}

void TestAppearance::palettes_meetTextContrast_data()
{
    addPaletteRows();
}

void TestAppearance::palettes_meetTextContrast()
{
    QFETCH(QPalette, palette);
    const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs {
        { QPalette::WindowText, QPalette::Window },         { QPalette::Text, QPalette::Base },
        { QPalette::Text, QPalette::AlternateBase },        { QPalette::ButtonText, QPalette::Button },
        { QPalette::HighlightedText, QPalette::Highlight }, { QPalette::PlaceholderText, QPalette::Base },
        { QPalette::ToolTipText, QPalette::ToolTipBase },   { QPalette::Link, QPalette::Base },
    };
    for (const auto &[text, background] : pairs) {
        const double ratio = contrastRatio(palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("role %1 on %2: %3:1").arg(int(text)).arg(int(background)).arg(ratio, 0, 'f', 2)));
    }
}

void TestAppearance::paintedText_isLegible_data()
{
    addPaletteRows();
}

void TestAppearance::paintedText_isLegible()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);

    // Gallery cards: the status pills and the summary line, as the delegate paints them.
    ui::GalleryDelegate delegate;
    QStandardItemModel model;
    for (const EntryStatus status :
         { EntryStatus::Failed, EntryStatus::Expired, EntryStatus::Cancelled, EntryStatus::Processing }) {
        auto *item = new QStandardItem;
        item->setData(int(status), library::GalleryModel::StatusRole);
        item->setData(QStringLiteral("A heron lifts off the misty lake"), library::GalleryModel::PromptRole);
        item->setData(QStringLiteral("seed 42 · 81 f · 16 fps · 480p"), library::GalleryModel::SummaryRole);
        model.appendRow(item);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const auto status = static_cast<EntryStatus>(index.data(library::GalleryModel::StatusRole).toInt());
        QStyleOptionViewItem option;
        option.palette = palette;
        option.font = QApplication::font();
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, index));
        QImage card(option.rect.size(), QImage::Format_RGB32);
        card.fill(palette.color(QPalette::Window));
        {
            QPainter painter(&card);
            delegate.paint(&painter, option, index);
        }
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        const QString text = ui::GalleryDelegate::badgeText(status);
        const QRect pill = ui::GalleryDelegate::badgeRect(option.rect.adjusted(2, 2, -2, -2), text, QFontMetrics(small));
        const QColor fill = card.pixelColor(pill.left() + pill.height() / 2, pill.top() + 1);
        const double badge = inkContrast(card, pill.adjusted(pill.height() / 2, 2, -pill.height() / 2, -2), fill);
        QVERIFY2(badge >= 4.5, qPrintable(QStringLiteral("“%1” pill: %2:1").arg(text).arg(badge, 0, 'f', 2)));
        // The summary: the card's last line, on the card's base.
        const int line = QFontMetrics(small).lineSpacing();
        const QRect summary(10, option.rect.height() - 10 - line, option.rect.width() - 20, line);
        const double quiet = inkContrast(card, summary, palette.color(QPalette::Base));
        QVERIFY2(quiet >= 4.5, qPrintable(QStringLiteral("summary line: %1:1").arg(quiet, 0, 'f', 2)));
    }

    // The main window: the credit warning and an error in the banner.
    QVERIFY(m_studio.open(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    ui::MainWindow *window = m_studio.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    m_studio.credits->observe(0.01); // lower than one run: the label turns to a warning
    auto *credits = window->findChild<QLabel *>(QStringLiteral("creditsLabel"));
    QTRY_VERIFY(!credits->text().isEmpty());
    QVERIFY(credits->font().bold());
    const QImage creditsShot = grabbed(credits);
    const QColor creditsBackground = creditsShot.pixelColor(0, 0);
    QCOMPARE(creditsBackground, palette.color(QPalette::Window));
    const double warning = inkContrast(creditsShot, creditsShot.rect(), creditsBackground);
    QVERIFY2(warning >= 4.5, qPrintable(QStringLiteral("credit warning: %1:1").arg(warning, 0, 'f', 2)));
    // It is red where red reads: more red than green in the ink.
    const QColor ink = credits->palette().color(QPalette::WindowText);
    QVERIFY(ink.red() > ink.green() + 40);

    auto *banner = window->findChild<ui::MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    banner->showMessage(QStringLiteral("The service refused the key (HTTP 401)."), true);
    QTRY_VERIFY(banner->isVisible() && banner->height() > 0);
    const QImage bannerShot = grabbed(banner);
    auto *bannerText = banner->findChild<QLabel *>();
    const QRect textArea = bannerText->geometry();
    const QColor bannerBackground = bannerShot.pixelColor(textArea.left() - 4, textArea.center().y());
    const double message = inkContrast(bannerShot, textArea, bannerBackground);
    QVERIFY2(message >= 4.5, qPrintable(QStringLiteral("error banner: %1:1").arg(message, 0, 'f', 2)));

    // The empty image well's invitation.
    QWidget *well = window->findChild<QWidget *>(QStringLiteral("imageWell"));
    QWidget *canvas = well->findChild<QWidget *>(QStringLiteral("imageCanvas"));
    QVERIFY(canvas);
    const QImage wellShot = grabbed(canvas);
    const QColor wellBackground = wellShot.pixelColor(wellShot.width() / 2, 12);
    QCOMPARE(wellBackground, palette.color(QPalette::AlternateBase));
    const double invitation = inkContrast(wellShot, wellShot.rect().adjusted(20, 20, -20, -20), wellBackground);
    QVERIFY2(invitation >= 4.5, qPrintable(QStringLiteral("image well: %1:1").arg(invitation, 0, 'f', 2)));

    // The transport glyphs: WCAG asks 3:1 of the shapes a control is recognised by.
    auto *controls = window->findChild<ui::PlayerControls *>();
    QVERIFY(controls);
    controls->setPlayable(true);
    auto *play = window->findChild<QToolButton *>(QStringLiteral("playPauseButton"));
    QVERIFY(play && play->isEnabled());
    const QImage playShot = grabbed(play);
    const QColor playBackground = playShot.pixelColor(1, playShot.height() / 2);
    const double glyph = inkContrast(playShot, playShot.rect().adjusted(3, 3, -3, -3), playBackground);
    QVERIFY2(glyph >= 3.0, qPrintable(QStringLiteral("play glyph: %1:1").arg(glyph, 0, 'f', 2)));

    // The frame label over a picture: white on a translucent black, worst case a white picture.
    QVERIFY(contrastRatio(Qt::white, ui::colours::over(QColor(0, 0, 0, 140), Qt::white)) >= 4.5);
}

void TestAppearance::readableOn_keepsTheHueWhereItCan()
{
    const QColor red(0xd3, 0x2f, 0x2f);
    QCOMPARE(ui::colours::readableOn(red, Qt::white), red); // already 4.98:1 on white
    const QColor onDark = ui::colours::readableOn(red, QColor(0x2d, 0x2d, 0x30));
    QVERIFY(contrastRatio(onDark, QColor(0x2d, 0x2d, 0x30)) >= 4.5);
    QVERIFY(std::abs(onDark.hslHue() - red.hslHue()) <= 2); // lighter, still red
    QVERIFY(contrastRatio(red, QColor(0x2d, 0x2d, 0x30)) < 4.5); // the old fixed red did not read there
    // The amber "Expired" pill with the old rule's white text: 2.4:1. Now black.
    QCOMPARE(ui::colours::textOn(QColor(0xe0, 0x8e, 0x0b)), QColor(Qt::black));
}

void TestAppearance::largerFont_widgetsGrowAndDialogsClipNoText()
{
    QVERIFY(m_studio.open(QStringLiteral("font")));
    ui::MainWindow *window = m_studio.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<QWidget *> watched {
        window->findChild<QPushButton *>(QStringLiteral("generateButton")),
        window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"))->parentWidget(), // the editor with its footer
        window->findChild<QWidget *>(QStringLiteral("imageWell")),
        window->findChild<QLabel *>(QStringLiteral("runStatus")),
        window->findChild<QComboBox *>(QStringLiteral("speedCombo")),
    };
    QList<QSize> before;
    for (QWidget *w : watched) {
        QVERIFY(w);
        before << w->sizeHint();
    }

    QFont larger = m_startFont;
    larger.setPointSizeF(m_startFont.pointSizeF() * 1.75);
    QApplication::setFont(larger);
    QCoreApplication::processEvents();
    for (qsizetype i = 0; i < watched.size(); ++i) {
        const QSize after = watched.at(i)->sizeHint();
        QVERIFY2(after.height() > before.at(i).height() || after.width() > before.at(i).width(),
                 qPrintable(QStringLiteral("%1 did not grow with the font: %2x%3 → %4x%5")
                                .arg(watched.at(i)->objectName())
                                .arg(before.at(i).width())
                                .arg(before.at(i).height())
                                .arg(after.width())
                                .arg(after.height())));
    }

    // Each dialog at its own size hint: every label, button and field gets the
    // height its text needs (nothing fixed in pixels squeezes it).
    ui::SettingsDialog settings;
    settings.setValues({}, true);
    ui::VariationsDialog variations(core::ModelDescription::wan22ImageToVideo(), m_studio.request(QStringLiteral("Dunes")));
    ui::WelcomeDialog welcome(QStringLiteral("No keychain here."), true);
    for (QWidget *dialog : QList<QWidget *> { &settings, &variations, &welcome, window }) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (dialog != window)
            dialog->resize(dialog->sizeHint());
        QCoreApplication::processEvents();
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            const bool text = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w);
            if (!text || !w->isVisibleTo(dialog) || w->minimumSizeHint().isEmpty())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w); label && (label->text().isEmpty() || !label->pixmap().isNull()))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->text().isEmpty())
                continue; // an icon: no text to clip
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a spin box's own field: the spin box is measured
            QVERIFY2(w->height() >= w->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1 “%2” in %3 is %4 px high, its text needs %5")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                         QString::fromLatin1(dialog->metaObject()->className()))
                                    .arg(w->height())
                                    .arg(w->minimumSizeHint().height())));
        }
    }
}

void TestAppearance::appearanceSetting_isApplied()
{
    QVERIFY(m_studio.open(QStringLiteral("setting")));
    m_studio.settings->setValue(core::Settings::Key::Appearance, QStringLiteral("dark"));
    QCOMPARE(ui::appearanceFromName(m_studio.settings->value(core::Settings::Key::Appearance).toString()), ui::Appearance::Dark);
    ui::applyAppearance(*qApp, ui::Appearance::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Window), ui::darkPalette().color(QPalette::Window));
    QTRY_COMPARE(m_studio.window->palette().color(QPalette::Window), ui::darkPalette().color(QPalette::Window));
    ui::applyAppearance(*qApp, ui::Appearance::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), ui::highContrastPalette().color(QPalette::Highlight));
    // A field's outline shows on the black window (3:1, what WCAG asks of a control's edge).
    QWidget holder;
    auto *field = new QLineEdit(&holder);
    field->setFocusPolicy(Qt::NoFocus); // no focus ring: the outline alone
    field->setGeometry(10, 10, 200, field->sizeHint().height());
    holder.resize(220, 60);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    const QImage fieldShot = grabbed(field);
    const double edge = inkContrast(fieldShot, QRect(0, fieldShot.height() / 2 - 2, 3, 4), Qt::black);
    QVERIFY2(edge >= 3.0, qPrintable(QStringLiteral("field outline: %1:1").arg(edge, 0, 'f', 2)));
    ui::applyAppearance(*qApp, ui::Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startPalette.color(QPalette::Window));

    // The dialog offers all four and hands back the choice.
    ui::SettingsDialog dialog;
    ui::SettingsValues values;
    values.appearance = QStringLiteral("highContrast");
    dialog.setValues(values, true);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("appearance"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->accessibleName(), QStringLiteral("Colours"));
    QCOMPARE(dialog.values().appearance, QStringLiteral("highContrast"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
    QCOMPARE(dialog.values().appearance, QStringLiteral("dark"));
}

void TestAppearance::playerBar_showsIconsOnly_ratherThanClipping()
{
    QFont larger = m_startFont;
    larger.setPointSizeF(m_startFont.pointSizeF() * 1.75);
    QApplication::setFont(larger);
    QWidget holder;   // a window would hold the bar at its layout's minimum
    holder.resize(2000, 200);
    ui::PlayerControls bar(&holder);
    bar.setPlayable(true);
    bar.setFileAvailable(true);
    bar.resize(bar.sizeHint());
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    auto *save = bar.findChild<QToolButton *>(QStringLiteral("saveAsButton"));
    QVERIFY(save);
    QTRY_VERIFY(!bar.fileActionsCompact());
    QCOMPARE(save->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    const int withWords = bar.sizeHint().width();
    const int promised = bar.minimumSizeHint().width();
    // As narrow as the bar says it may be: the file actions drop their words...
    QVERIFY(bar.minimumSizeHint().width() < bar.sizeHint().width());
    bar.resize(bar.minimumSizeHint().width(), bar.height());
    QTRY_VERIFY(bar.fileActionsCompact());
    QCOMPARE(save->toolButtonStyle(), Qt::ToolButtonIconOnly);
    // The width promised with words shown is the width needed without them.
    QTRY_VERIFY2(qAbs(bar.minimumSizeHint().width() - promised) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(bar.minimumSizeHint().width()).arg(promised)));
    QCOMPARE(save->accessibleName(), QStringLiteral("Save As…"));   // still named
    QCOMPARE(save->toolTip(), QStringLiteral("Save As…"));
    // ...and nothing in the bar is squeezed below what it needs.
    QCoreApplication::processEvents();
    for (QWidget *w : bar.findChildren<QWidget *>()) {
        if (w->isVisible() && w->parentWidget() == &bar && !qobject_cast<QSlider *>(w))
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(w->objectName()).arg(w->width()).arg(w->minimumSizeHint().width())));
    }
    // Room again: the words come back.
    bar.resize(withWords, bar.height());
    QTRY_VERIFY(!bar.fileActionsCompact());
    QCOMPARE(save->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
