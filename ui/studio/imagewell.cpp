#include "studio/imagewell.h"

#include "studio/imagewellaccessible.h"

#include "common/accessiblevalue.h"
#include "common/readablecolours.h"

#include "core/backgroundwork.h"
#include "core/logging.h"
#include "image/remoteimage.h"
#include "common/messagebanner.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

// The picture area. A separate child so the layout can give it a height that
// follows its width; all state and painting stay in ImageWell, and clicks and
// drops fall through to it (the canvas neither accepts them nor takes focus).
class ImageWellCanvas final : public QWidget
{
public:
    explicit ImageWellCanvas(ImageWell *well)
        : QWidget(well)
        , m_well(well)
    {
        setObjectName(QStringLiteral("imageCanvas"));
        // Spare height goes to the picture, and the picture gives way first on a
        // small screen: every control of the column stays in view before it grows.
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMaximumHeight(480);
        setFocusPolicy(Qt::NoFocus);
    }
    // The output frame is 16:9 or 9:16; a 16:9 canvas shows either without wasting the column.
    QSize sizeHint() const override { return { 400, 225 }; }
    QSize minimumSizeHint() const override { return { 200, 130 }; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_well->paintCanvas(painter, rect());
    }

private:
    ImageWell *m_well;
};

namespace {

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http");
}

// A one-line text a person copied: an address or an absolute path, or nothing.
QString singleLineText(const QMimeData *mime)
{
    const QString text = mime->hasText() ? mime->text().trimmed() : QString();
    return text.contains(QLatin1Char('\n')) ? QString() : text;
}

QString localFileIn(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    const QString text = singleLineText(mime);
    const QUrl url(text, QUrl::StrictMode);
    if (url.isLocalFile())
        return url.toLocalFile();
    return QFileInfo(text).isAbsolute() && QFileInfo::exists(text) ? text : QString();
}

// http too: RemoteImage then explains why it will not fetch it.
QString webAddressIn(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (isWebAddress(url))
            return url.toString();
    }
    const QString text = singleLineText(mime);
    return isWebAddress(QUrl(text, QUrl::StrictMode)) ? text : QString();
}

// The keys that open the file dialog, as on a button.
bool isActivationKey(const QKeyEvent *key)
{
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    return plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space);
}

} // namespace

ImageWell::ImageWell(QNetworkAccessManager *network, QWidget *parent)
    : QFrame(parent)
    , m_inspector(new image::ImageInspector(this))
    , m_remote(new image::RemoteImage(network, this))
    , m_frame(image::ImagePreparationOptions {}.outputFrame)
{
    installImageWellAccessibility();
    setObjectName(QStringLiteral("imageWell"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAccessibleName(tr("Image"));
    setToolTip(tr("The picture the video starts from. Click (or press Space) to choose a file, drop one here, "
                  "or paste one with Ctrl+V. The bright frame is the part the video keeps."));

    auto *heading = new QLabel(tr("Image"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_canvas = new ImageWellCanvas(this);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("imageInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setToolTip(tr("Size of the picture → size it is uploaded at (just enough to cover the video frame)."));
    m_banner = new MessageBanner(this);

    auto *urlLabel = new QLabel(tr("Image URL"), this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("imageUrl"));
    m_url->setAccessibleName(tr("Image URL"));
    m_url->setPlaceholderText(tr("or paste an https:// image address"));
    m_url->setToolTip(tr("The https:// address of a picture; press Enter to load it. It is downloaded "
                         "without your API key, for the preview and the upload."));
    m_url->setClearButtonEnabled(true);
    urlLabel->setBuddy(m_url);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_canvas);
    layout->addWidget(m_info);
    layout->addWidget(m_banner);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_url, 1);
    layout->addLayout(urlRow);

    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (!m_url->text().trimmed().isEmpty())
            setImage(m_url->text());
    });
    connect(m_inspector, &image::ImageInspector::inspected, this, &ImageWell::onInspected);
    connect(m_inspector, &image::ImageInspector::failed, this,
            [this](const QString &, const image::ImageError &error) { onInspectionFailed(error); });
    connect(m_remote, &image::RemoteImage::fetched, this, &ImageWell::onFetched);
    connect(m_remote, &image::RemoteImage::failed, this,
            [this](const QUrl &, const QString &message) { onFetchFailed(message); });
    refreshInfo();
}

ImageWell::~ImageWell() = default;

// ---- Choosing -----------------------------------------------------------

void ImageWell::setImage(const QString &pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty())
        return;
    // Only something that names a scheme is an address; "C:\x.jpg" and "/x.jpg" are paths.
    if (text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        startLocal(QUrl(text).toLocalFile());
    else if (text.contains(QLatin1String("://")))
        startRemote(QUrl(text)); // RemoteImage refuses what is not https, with the reason
    else
        startLocal(text);
}

void ImageWell::begin(Stage stage, const QString &busyText)
{
    // Whatever was in flight is superseded: its answers are dropped.
    m_remote->abort();
    m_inspector->cancel();
    m_banner->hide();
    m_stage = stage;
    m_busyText = busyText;
    refreshInfo();
}

void ImageWell::finish()
{
    m_stage = Stage::Idle;
    m_busyText.clear();
    refreshInfo();
}

void ImageWell::startLocal(const QString &path)
{
    begin(Stage::Inspecting, {});
    m_candidate = Candidate { path, {}, {}, false };
    inspectCandidate();
}

void ImageWell::startRemote(const QUrl &url)
{
    begin(Stage::Fetching, tr("Downloading image…"));
    m_candidate = Candidate { url.toString(), {}, {}, false };
    m_remote->fetch(url);
}

QString ImageWell::candidateName() const
{
    return QUrl(m_candidate.source).toDisplayString(QUrl::RemoveUserInfo);
}

void ImageWell::inspectCandidate()
{
    m_stage = Stage::Inspecting;
    m_busyText = m_candidate.pixels.isNull() ? tr("Reading image…") : tr("Saving pasted image…");
    refreshInfo();
    if (!m_candidate.pixels.isNull()) {
        // Saved as a file so the run can upload (and the library record) it like any other.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pasted");
        m_inspector->inspectPixels(m_candidate.pixels, dir, m_frame);
    } else if (m_candidate.bytes.isEmpty()) {
        m_inspector->inspect(m_candidate.source, m_frame);
    } else {
        m_inspector->inspectData(m_candidate.bytes, candidateName(), m_frame);
    }
}

void ImageWell::setOutputFrame(QSize frame)
{
    if (frame == m_frame || !frame.isValid())
        return;
    m_frame = frame;
    m_canvas->update();
    // The uploaded size depends on the frame, so the facts shown are re-read;
    // a picture still being read is simply read again for the new frame.
    if (m_stage == Stage::Inspecting) {
        inspectCandidate();
    } else if (m_stage == Stage::Idle && !m_source.isEmpty()) {
        m_candidate = Candidate { m_source, m_sourceBytes, {}, true };
        inspectCandidate();
    }
}

void ImageWell::onFetched(const QUrl &, const QByteArray &bytes)
{
    if (m_stage != Stage::Fetching)
        return;
    m_candidate.bytes = bytes;
    inspectCandidate();
}

void ImageWell::onFetchFailed(const QString &message)
{
    if (m_stage != Stage::Fetching)
        return;
    finish();
    showProblem(message, {});
}

void ImageWell::onInspected(const image::Inspection &inspection)
{
    if (m_stage != Stage::Inspecting)
        return;
    const Candidate candidate = std::exchange(m_candidate, {});
    m_inspection = inspection;
    m_scaled = QPixmap();
    m_scaling = QSize();
    ++m_scaleSerial; // a scaling of the previous picture is not used
    if (!candidate.refresh) {
        m_source = candidate.source.isEmpty() ? inspection.source : candidate.source; // pasted: the saved file
        m_sourceBytes = candidate.bytes;
        m_url->setText(candidate.bytes.isEmpty() ? QString() : candidate.source);
        if (candidate.bytes.isEmpty() && !candidate.source.isEmpty())
            m_lastDirectory = QFileInfo(candidate.source).absolutePath();
    }
    m_banner->hide();
    finish();
    qCDebug(lcImage) << "well shows" << m_source << image::ImageInspector::describe(m_inspection);
    if (!candidate.refresh)
        emit imageChanged(m_source);
}

void ImageWell::onInspectionFailed(const image::ImageError &error)
{
    if (m_stage != Stage::Inspecting)
        return;
    m_candidate = {};
    finish();
    showProblem(error.message, error.hint);
}

void ImageWell::showProblem(const QString &message, const QString &hint)
{
    const QString text = hint.isEmpty() ? message : message + QLatin1Char('\n') + hint;
    m_banner->showMessage(text, true);
    m_canvas->update();
}

void ImageWell::refreshInfo()
{
    QString text;
    if (!m_busyText.isEmpty()) {
        text = m_busyText;
    } else if (!m_source.isEmpty()) {
        text = image::ImageInspector::describe(m_inspection);
        if (!m_inspection.note.isEmpty())
            text += QLatin1Char('\n') + m_inspection.note;
    } else {
        text = tr("No image chosen yet. JPEG, PNG, WebP, BMP, TIFF or GIF.");
    }
    m_info->setText(text);
    // The line is read as it reads (its tooltip says what it means); the well, a
    // button named "Image", says it in its description.
    exposeValue(m_info, text);
    exposeValue(this, text);
    m_canvas->setToolTip(m_source.isEmpty() ? toolTip() : m_source + QLatin1Char('\n') + toolTip());
    m_canvas->update();
}

QString ImageWell::infoText() const
{
    return m_info->text();
}

QString ImageWell::problemText() const
{
    return m_banner->text();
}

void ImageWell::chooseFile()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QString dir = m_lastDirectory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto *dialog = new QFileDialog(this, tr("Choose an Image"), dir);
    dialog->setObjectName(QStringLiteral("imageFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({ tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)"), tr("All files (*)") });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { setImage(file); });
    m_dialog = dialog;
    dialog->open(); // not exec(): the well never runs a nested event loop
}

// ---- Clipboard and drops --------------------------------------------------

bool ImageWell::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && take(mime))
        return true;
    showProblem(tr("The clipboard holds no image."),
                tr("Copy a picture, an image file or an https:// image address, then paste again."));
    return false;
}

bool ImageWell::canTake(const QMimeData *mime)
{
    return mime && (!localFileIn(mime).isEmpty() || mime->hasImage() || !webAddressIn(mime).isEmpty());
}

bool ImageWell::take(const QMimeData *mime)
{
    // A file first (exact bytes, and a name), then pixels, then an address:
    // a browser's "Copy Image" gives pixels and the page's address together.
    const QString file = localFileIn(mime);
    const QImage pixels = file.isEmpty() && mime->hasImage() ? qvariant_cast<QImage>(mime->imageData()) : QImage();
    const QString address = webAddressIn(mime);
    if (!file.isEmpty())
        setImage(file);
    else if (!pixels.isNull())
        savePastedImage(pixels);
    else if (!address.isEmpty())
        setImage(address);
    else
        return false;
    return true;
}

void ImageWell::savePastedImage(const QImage &image)
{
    begin(Stage::Inspecting, {});
    m_candidate = Candidate { {}, {}, image, false };
    inspectCandidate();
}

void ImageWell::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
    m_dragHover = event->isAccepted();
    m_canvas->update();
}

void ImageWell::dragMoveEvent(QDragMoveEvent *event)
{
    if (canTake(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImageWell::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragHover = false;
    m_canvas->update();
    QFrame::dragLeaveEvent(event);
}

void ImageWell::dropEvent(QDropEvent *event)
{
    m_dragHover = false;
    m_canvas->update();
    if (take(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

// ---- Keyboard and mouse --------------------------------------------------

bool ImageWell::event(QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        m_canvas->update(); // the focus ring is drawn by the canvas
    // Keys the well acts on when it has focus itself win over window shortcuts
    // (the URL field, when focused, gets its own keys as usual).
    if (event->type() == QEvent::ShortcutOverride && hasFocus()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) || isActivationKey(key)) {
            event->accept();
            return true;
        }
    }
    return QFrame::event(event);
}

void ImageWell::keyPressEvent(QKeyEvent *event)
{
    if (hasFocus() && event->matches(QKeySequence::Paste))
        pasteFromClipboard();
    else if (hasFocus() && isActivationKey(event))
        chooseFile();
    else
        QFrame::keyPressEvent(event);
}

void ImageWell::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton && m_canvas->geometry().contains(event->position().toPoint());
    if (m_pressed)
        event->accept();
    else
        QFrame::mousePressEvent(event);
}

void ImageWell::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click
        = m_pressed && event->button() == Qt::LeftButton && m_canvas->geometry().contains(event->position().toPoint());
    m_pressed = false;
    if (click)
        chooseFile();
    else
        QFrame::mouseReleaseEvent(event);
}

// ---- Geometry (the painting is in imagewell_paint.cpp) ---------------------

QRect ImageWell::pictureRect() const
{
    return thumbnailRectIn(m_canvas->rect()).translated(m_canvas->pos()).toRect();
}

QRect ImageWell::frameOverlayRect() const
{
    return overlayRectIn(thumbnailRectIn(m_canvas->rect())).translated(m_canvas->pos()).toRect();
}

void ImageWell::scaleLater(const QSize &pixels, qreal ratio)
{
    if (m_scaling == pixels)
        return; // already under way
    m_scaling = pixels;
    const quint64 serial = ++m_scaleSerial;
    const QImage thumbnail = m_inspection.thumbnail;
    QtConcurrent::run(core::backgroundPool(), [thumbnail, pixels] { return thumbnail.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation); })
        .then(this, [this, serial, ratio](const QImage &image) {
            if (serial != m_scaleSerial)
                return; // another size or another picture was asked for since
            m_scaling = QSize();
            m_scaled = QPixmap::fromImage(image);
            m_scaled.setDevicePixelRatio(ratio);
            m_canvas->update();
        });
}

} // namespace wan::ui
