#pragma once

// Save Frame as PNG… and Copy Frame, wherever a clip is shown (the player,
// Compare, the Library's first and last frame): the exact decoded frame, at
// the clip's full size, decoded on a worker thread (media::FrameGrabber); a
// saved PNG carries the run's settings and the frame's index in its text.

#include "media/frameposition.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace wan::media {
class FrameGrabber;
struct FrameExportResult;
}

namespace wan::ui {

class FrameSaver final : public QObject
{
    Q_OBJECT
public:
    explicit FrameSaver(QObject *parent = nullptr);

    // Asks where to save (a file dialog over dialogParent), then saves.
    void saveAs(const QString &clipPath, const media::FramePosition &at, QWidget *dialogParent);
    void saveTo(const QString &clipPath, const media::FramePosition &at, const QString &pngPath);
    void copy(const QString &clipPath, const media::FramePosition &at);

Q_SIGNALS:
    // Done: the frame's index (the last frame's, when "last" was asked for).
    void saved(const QString &pngPath, qint64 index);
    void copied(qint64 index);
    void failed(const QString &pngPath);
    // A sentence for the user: what went well, or what went wrong (error true).
    void message(const QString &text, bool error);

private:
    void onGrabbed(quint64 id, const media::FrameExportResult &result);

    media::FrameGrabber *m_grabber = nullptr;
    QHash<quint64, QString> m_targets; // empty: to the clipboard
};

} // namespace wan::ui
