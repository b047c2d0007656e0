// The image well, driven like a person would: set, drop, paste, type an
// address, press keys; checked by what it shows (banner, info line, pixels of
// the preview and the frame overlay) and what it reports (imageChanged, image()).

#include "studio/imagewell.h"
#include "common/messagebanner.h"
#include "testimages.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace wan::ui;
using namespace wan::image;
using namespace Qt::StringLiterals;

namespace {

// Counts requests, so "nothing was fetched" is something the test can see.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Serves one PNG over plain http on loopback (allowed for tests) and keeps the request heads.
class PictureServer final : public QObject
{
public:
    explicit PictureServer(QByteArray png)
        : m_png(std::move(png))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    heads.append(head);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1/picture.png"_s.arg(m_server.serverPort()); }
    QList<QByteArray> heads;

private:
    QTcpServer m_server;
    QByteArray m_png;
};

QImage solid(QSize size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QColor pixelAt(QWidget &widget, QPoint point)
{
    return widget.grab().toImage().pixelColor(point);
}

} // namespace

class TestImageWell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void goodJpeg_isChosenAndDescribed();
    void notAPicture_showsProblemAndKeepsPrevious();
    void newerChoice_supersedesOlder();
    void droppedFile_isChosen();
    void pastedPixels_areSavedUnderDataDirAndChosen();
    void pastedFileUrl_isChosen();
    void emptyClipboard_saysSo();
    void outputFrame_movesOverlayAndRereadsFacts();
    void plainHttpAddress_isRefusedWithoutFetching();
    void loopbackAddress_isDownloadedWithoutKey();
    void keyboard_opensFileDialogThatChooses();
    void labels_matchAccessibleNames();

private:
    bool choose(const QString &path);
    QString pastedDir() const { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pasted"_s; }

    QTemporaryDir m_dir;
    QString m_green; // 1600x900 (16:9), solid green
    QString m_blue; // 900x1600 (9:16), solid blue
    CountingNetwork *m_network = nullptr;
    ImageWell *m_well = nullptr;
};

void TestImageWell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Qt file dialog, so the test can drive it under any platform theme.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_dir.isValid());
    m_green = wan::test::writeImage(m_dir.path(), u"green.jpg"_s, solid({ 1600, 900 }, QColor(0, 200, 0)), "JPEG", 92);
    m_blue = wan::test::writeImage(m_dir.path(), u"blue.png"_s, solid({ 900, 1600 }, QColor(0, 0, 220)), "PNG");
    QVERIFY(!m_green.isEmpty() && !m_blue.isEmpty());
}

void TestImageWell::init()
{
    m_network = new CountingNetwork;
    m_well = new ImageWell(m_network);
    m_well->resize(480, 620);
    m_well->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_well));
}

void TestImageWell::cleanup()
{
    delete m_well;
    delete m_network;
    m_well = nullptr;
    m_network = nullptr;
}

void TestImageWell::cleanupTestCase()
{
    QDir(pastedDir()).removeRecursively();
}

bool TestImageWell::choose(const QString &path)
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    m_well->setImage(path);
    return QTest::qWaitFor([&] { return changed.count() == 1; }) && m_well->image() == path;
}

void TestImageWell::goodJpeg_isChosenAndDescribed()
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    QVERIFY(m_well->image().isEmpty());
    m_well->setOutputFrame({ 832, 480 });
    m_well->setImage(m_green);
    // Read off the UI thread: nothing is decided before setImage() returns.
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_well->isBusy());
    QCOMPARE(m_well->infoText(), u"Reading image…"_s);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_green);
    QCOMPARE(m_well->image(), m_green);
    QVERIFY(!m_well->isBusy());

    const QSize prepared = ImagePreparer::targetSize({ 1600, 900 }, { 832, 480 });
    const QString info = m_well->infoText();
    QVERIFY2(info.contains(u"1600x900 → %1x%2"_s.arg(prepared.width()).arg(prepared.height())), qPrintable(info));
    QVERIFY2(info.contains(u"JPEG"_s), qPrintable(info));
    QVERIFY(m_well->problemText().isEmpty());
    // The picture is on screen.
    QVERIFY(wan::test::isNear(pixelAt(*m_well, m_well->frameOverlayRect().center()), QColor(0, 200, 0)));
}

void TestImageWell::notAPicture_showsProblemAndKeepsPrevious()
{
    QVERIFY(choose(m_green));
    const QString infoBefore = m_well->infoText();
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    const QString text = wan::test::writeTextAsJpeg(m_dir.path());
    m_well->setImage(text);
    QTRY_VERIFY(!m_well->isBusy());

    auto *banner = m_well->findChild<MessageBanner *>();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isError());
    // Its dismiss button got its icon when it first showed (it is looked up late).
    auto *dismiss = banner->findChild<QToolButton *>();
    QVERIFY(dismiss);
    QVERIFY(!dismiss->icon().isNull());
    QCOMPARE(dismiss->accessibleName(), QStringLiteral("Dismiss"));
    const QString problem = m_well->problemText();
    QVERIFY2(problem.contains(QFileInfo(text).fileName()), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1Char('\n')), qPrintable(problem)); // what happened, then what to do
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_well->image(), m_green);
    QCOMPARE(m_well->infoText(), infoBefore);
    QVERIFY(wan::test::isNear(pixelAt(*m_well, m_well->frameOverlayRect().center()), QColor(0, 200, 0)));

    // The next good picture clears the problem.
    QVERIFY(choose(m_blue));
    QVERIFY(!banner->isVisible());
}

void TestImageWell::newerChoice_supersedesOlder()
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    m_well->setImage(m_green);
    m_well->setImage(m_blue);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_blue);
    QTest::qWait(200); // the first read may still finish: it must not report
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_well->image(), m_blue);
}

void TestImageWell::droppedFile_isChosen()
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_blue) });
    const QPoint at = m_well->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_well, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_well, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_well->image(), m_blue);

    // Something that is neither a file, pixels nor an address is not accepted.
    QMimeData words;
    words.setText(u"just words"_s);
    QDragEnterEvent refused(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_well, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestImageWell::pastedPixels_areSavedUnderDataDirAndChosen()
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    QGuiApplication::clipboard()->setImage(solid({ 300, 200 }, Qt::red));
    m_well->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_well));
    m_well->setFocus();
    QVERIFY(m_well->hasFocus());
    QTest::keyClick(m_well, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(changed.count(), 1);

    const QString path = m_well->image();
    QVERIFY2(path.startsWith(pastedDir() + QLatin1Char('/')), qPrintable(path));
    QVERIFY(path.endsWith(u".png"_s));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QImage(path).size(), QSize(300, 200));
    QVERIFY(m_well->infoText().contains(u"300x200"_s));

    // Named by content: the same pixels again reuse the file (also when the
    // frame changes while the paste is still being saved).
    QVERIFY(m_well->pasteFromClipboard());
    m_well->setOutputFrame({ 480, 832 });
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(m_well->image(), path);
    QCOMPARE(QDir(pastedDir()).entryList(QDir::Files).size(), 1);
}

void TestImageWell::pastedFileUrl_isChosen()
{
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    auto *mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(m_green) });
    QGuiApplication::clipboard()->setMimeData(mime);
    QVERIFY(m_well->pasteFromClipboard());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_well->image(), m_green);
}

void TestImageWell::emptyClipboard_saysSo()
{
    QGuiApplication::clipboard()->clear();
    QVERIFY(!m_well->pasteFromClipboard());
    QVERIFY(!m_well->problemText().isEmpty());
    QVERIFY(m_well->image().isEmpty());
}

void TestImageWell::outputFrame_movesOverlayAndRereadsFacts()
{
    m_well->setOutputFrame({ 832, 480 });
    QVERIFY(choose(m_green));
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    const QRect picture = m_well->pictureRect();
    const QRect wide = m_well->frameOverlayRect();
    QVERIFY(picture.contains(wide));
    QVERIFY(wide.width() > wide.height());
    QVERIFY(qAbs(wide.height() - picture.height()) <= 1); // 16:9-ish frame on a 16:9 picture: nearly all of it

    m_well->setOutputFrame({ 480, 832 });
    const QRect tall = m_well->frameOverlayRect();
    QVERIFY(picture.contains(tall));
    QVERIFY(tall.height() > tall.width());
    QVERIFY(qAbs(tall.height() - picture.height()) <= 1);
    QVERIFY(qAbs(tall.width() - picture.height() * 480 / 832) <= 2);
    QCOMPARE(tall.center().x(), picture.center().x());

    // Outside the frame the picture is dimmed; inside it is not.
    const QColor inside = pixelAt(*m_well, tall.center());
    const QColor outside = pixelAt(*m_well, QPoint(picture.left() + 4, picture.center().y()));
    QVERIFY(wan::test::isNear(inside, QColor(0, 200, 0)));
    QVERIFY2(outside.green() < inside.green() - 50, qPrintable(outside.name()));

    // The uploaded size depends on the frame: the facts are re-read, the choice is unchanged.
    const QSize prepared = ImagePreparer::targetSize({ 1600, 900 }, { 480, 832 });
    const QString expected = u"→ %1x%2"_s.arg(prepared.width()).arg(prepared.height());
    QTRY_VERIFY2(m_well->infoText().contains(expected), qPrintable(m_well->infoText()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_well->image(), m_green);
}

void TestImageWell::plainHttpAddress_isRefusedWithoutFetching()
{
    QVERIFY(choose(m_green));
    auto *field = m_well->findChild<QLineEdit *>(u"imageUrl"_s);
    QVERIFY(field);
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    QTest::keyClicks(field, u"http://example.com/cat.png"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_well->problemText().isEmpty());
    QVERIFY2(m_well->problemText().contains(u"https://"_s), qPrintable(m_well->problemText()));
    QVERIFY(!m_well->isBusy());
    QCOMPARE(m_network->created, 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_well->image(), m_green);
    QCOMPARE(field->text(), u"http://example.com/cat.png"_s); // left to correct
}

void TestImageWell::loopbackAddress_isDownloadedWithoutKey()
{
    PictureServer server(wan::test::encode(solid({ 640, 480 }, QColor(220, 0, 0)), "PNG"));
    QVERIFY(server.listen());
    auto *field = m_well->findChild<QLineEdit *>(u"imageUrl"_s);
    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    QTest::keyClicks(field, server.url());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_well->image(), server.url());
    QVERIFY(m_well->infoText().contains(u"640x480 →"_s));
    QCOMPARE(server.heads.size(), 1);
    QVERIFY(!server.heads.first().toLower().contains("x-api-key"));
}

void TestImageWell::keyboard_opensFileDialogThatChooses()
{
    m_well->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_well));
    m_well->setFocus();
    QTest::keyClick(m_well, Qt::Key_Space);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_well->findChild<QFileDialog *>(u"imageFileDialog"_s)) && dialog->isVisible());
    QVERIFY(dialog->nameFilters().first().contains(u"*.webp"_s));

    QSignalSpy changed(m_well, &ImageWell::imageChanged);
    dialog->setDirectory(m_dir.path());
    dialog->selectFile(m_blue);
    static_cast<QDialog *>(dialog)->accept(); // as the Open button does
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_well->image(), m_blue);
}

void TestImageWell::labels_matchAccessibleNames()
{
    QCOMPARE(m_well->accessibleName(), u"Image"_s);
    QVERIFY(m_well->focusPolicy() & Qt::TabFocus);
    QVERIFY(!m_well->toolTip().isEmpty());
    auto *field = m_well->findChild<QLineEdit *>(u"imageUrl"_s);
    QCOMPARE(field->accessibleName(), u"Image URL"_s);
    QCOMPARE(field->placeholderText(), u"or paste an https:// image address"_s);
    QVERIFY(!field->toolTip().isEmpty());
    const QList<QLabel *> labels = m_well->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [&](QLabel *label) { return label->text() == field->accessibleName() && label->buddy() == field; }));
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *label) { return label->text() == m_well->accessibleName(); }));
}

QTEST_MAIN(TestImageWell)
#include "tst_imagewell.moc"
