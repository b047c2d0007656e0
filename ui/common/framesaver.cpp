#include "common/framesaver.h"

#include "library/mp4metadata.h"
#include "media/frameexport.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QStandardPaths>

namespace wan::ui {

FrameSaver::FrameSaver(QObject *parent)
    : QObject(parent)
    , m_grabber(new media::FrameGrabber(this))
{
    connect(m_grabber, &media::FrameGrabber::finished, this, &FrameSaver::onGrabbed);
}

void FrameSaver::saveAs(const QString &clipPath, const media::FramePosition &at, QWidget *dialogParent)
{
    if (clipPath.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString which = at.kind == media::FramePosition::Kind::Last    ? tr("last frame")
                          : at.kind == media::FramePosition::Kind::First ? tr("first frame")
                                                                          : tr("frame %1").arg(at.index);
    const QString suggested = folder + QLatin1Char('/') + QFileInfo(clipPath).completeBaseName() + QLatin1Char(' ') + which
        + QStringLiteral(".png");
    const QString target = QFileDialog::getSaveFileName(dialogParent, tr("Save Frame as PNG"), suggested, tr("PNG images (*.png)"));
    if (!target.isEmpty())
        saveTo(clipPath, at, target);
}

void FrameSaver::saveTo(const QString &clipPath, const media::FramePosition &at, const QString &pngPath)
{
    media::FrameExportRequest request;
    request.clipPath = clipPath;
    request.at = at;
    request.pngPath = pngPath;
    request.imageFormat = QImage::Format_RGB888;
    request.settingsOf = library::Mp4Metadata::readCompact;
    m_targets.insert(m_grabber->request(request), pngPath);
}

void FrameSaver::copy(const QString &clipPath, const media::FramePosition &at)
{
    media::FrameExportRequest request;
    request.clipPath = clipPath;
    request.at = at;
    m_targets.insert(m_grabber->request(request), QString());
}

void FrameSaver::onGrabbed(quint64 id, const media::FrameExportResult &result)
{
    const QString target = m_targets.take(id);
    if (!result.ok()) {
        Q_EMIT message(tr("The frame could not be taken from the clip: %1").arg(result.error.message), true);
        if (!target.isEmpty())
            Q_EMIT failed(target);
        return;
    }
    if (target.isEmpty()) {
        QGuiApplication::clipboard()->setImage(result.frame.image);
        Q_EMIT message(tr("Frame %1 (%2x%3) copied.").arg(result.frame.index).arg(result.size.width()).arg(result.size.height()), false);
        Q_EMIT copied(result.frame.index);
        return;
    }
    Q_EMIT message(tr("Frame %1 saved as “%2”.").arg(result.frame.index).arg(QDir::toNativeSeparators(result.pngPath)), false);
    Q_EMIT saved(result.pngPath, result.frame.index);
}

} // namespace wan::ui
