#pragma once

// The picture a video starts from: chosen by click, drop, paste or web
// address, shown with the part the output frame will keep, and explained (size
// now, size uploaded) or refused with a reason while the previous choice stays.
// Reading, downloading and saving all happen off the UI thread.

#include "image/imageinspector.h"

#include <QFrame>
#include <QPixmap>
#include <QPointer>
#include <QSize>
#include <QUrl>

class QFileDialog;
class QLabel;
class QLineEdit;
class QMimeData;
class QNetworkAccessManager;

namespace wan::image {
class RemoteImage;
}

namespace wan::ui {

class MessageBanner;
class ImageWellCanvas;

class ImageWell final : public QFrame
{
    Q_OBJECT
public:
    // network: used only to download pictures from addresses the person gives
    // (never with the API key); must outlive the well.
    explicit ImageWell(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ImageWell() override;

    // The accepted picture: a local path, or the https address it came from. Empty until one is accepted.
    QString image() const { return m_source; }
    // Starts reading a local path, a file:// URL or an https:// address. imageChanged()
    // follows if it is a usable picture; else a message shows and image() stays as it was.
    void setImage(const QString &pathOrUrl);
    // A local file already inspected off the UI thread (a continuation's
    // frame): shown at once. Facts made for another output frame are read again.
    void setInspected(const image::Inspection &inspection);

    // The frame the model renders (e.g. 832x480): the overlay shows what it keeps of the picture.
    void setOutputFrame(QSize frame);
    QSize outputFrame() const { return m_frame; }

    // What was learnt about the accepted picture (empty before one is accepted).
    const image::Inspection &inspection() const { return m_inspection; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    // The line under the picture, and the problem shown on the well (empty when none).
    QString infoText() const;
    QString problemText() const;
    // Where the picture is drawn and the part of it the output frame keeps, in
    // this widget's coordinates; empty without a picture.
    QRect pictureRect() const;
    QRect frameOverlayRect() const;

    // Opens the file dialog (non-modal to the event loop: returns at once).
    void chooseFile();
    // Takes a file, an image address or image data from the clipboard. False
    // (and a message on the well) when the clipboard holds none of these.
    bool pasteFromClipboard();

signals:
    // A new picture was read successfully; source is what image() now returns.
    void imageChanged(const QString &source);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class ImageWellCanvas;
    enum class Stage { Idle, Fetching, Inspecting };

    // What is being read right now; it replaces the accepted picture only once it is read.
    struct Candidate
    {
        QString source;
        QByteArray bytes; // downloaded bytes, for address sources
        QImage pixels; // pasted pixels, until inspection saves them to a file
        bool refresh = false; // re-reading the accepted picture for a new output frame
    };

    static bool canTake(const QMimeData *mime);
    bool take(const QMimeData *mime);
    void begin(Stage stage, const QString &busyText);
    void finish();
    void startLocal(const QString &path);
    void startRemote(const QUrl &url);
    void inspectCandidate();
    void savePastedImage(const QImage &image);
    void onInspected(const image::Inspection &inspection);
    void onInspectionFailed(const image::ImageError &error);
    void onFetched(const QUrl &url, const QByteArray &bytes);
    void onFetchFailed(const QString &message);
    void showProblem(const QString &message, const QString &hint);
    void refreshInfo();
    QString candidateName() const;

    // Painting, done for the canvas child (see ImageWellCanvas).
    void paintCanvas(QPainter &painter, const QRect &area);
    QRectF thumbnailRectIn(const QRect &area) const;
    QRectF overlayRectIn(const QRectF &thumbnail) const;
    void paintOverlay(QPainter &painter, const QRectF &thumbnail, const QRectF &crop) const;
    // m_scaled at this size, made on a worker; the canvas repaints when it is there.
    void scaleLater(const QSize &pixels, qreal ratio);

    image::ImageInspector *m_inspector = nullptr;
    image::RemoteImage *m_remote = nullptr;
    ImageWellCanvas *m_canvas = nullptr;
    QLabel *m_info = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_url = nullptr;
    QPointer<QFileDialog> m_dialog;

    QString m_source;
    QByteArray m_sourceBytes; // for an address source: what was downloaded
    image::Inspection m_inspection;
    QPixmap m_scaled; // the thumbnail at the size last painted
    QSize m_scaling;         // the size being made on a worker, if any
    quint64 m_scaleSerial = 0; // which request a worker's answer belongs to
    Candidate m_candidate;
    Stage m_stage = Stage::Idle;
    QString m_busyText;
    QSize m_frame;
    QString m_lastDirectory;
    bool m_dragHover = false;
    bool m_pressed = false;
};

} // namespace wan::ui
