#pragma once

// A row of small first frames under the player: this session's clips, newest
// first. A click plays one; the window's View menu steps to the newer or
// older clip and flips between the clip shown and the one shown before it
// (an A/B at the same moment). Passive: it follows the clip the player shows
// (setCurrentClip) and emits the clip the user picked.

#include <QListView>

namespace wan::jobs {
class SessionClips;
}

namespace wan::ui {

class SessionThumbnails;

class ClipStrip final : public QListView
{
    Q_OBJECT
public:
    ClipStrip(jobs::SessionClips *clips, SessionThumbnails *thumbnails, QWidget *parent = nullptr);

    // The clip the player shows now (empty: none). The one shown before it becomes the A/B partner.
    void setCurrentClip(const QString &path);
    QString currentClip() const { return m_current; }
    // The clip an A/B flip goes to: the one shown before the current one while
    // it is still listed, else the next older (or newer) clip; empty without one.
    QString flipPartner() const;
    // The neighbours of the current clip in the strip (left is newer); empty at either end.
    QString newerClip() const;
    QString olderClip() const;

    // The keys the window gives these moves, for the strip's explanation.
    void setKeys(const QString &newer, const QString &older, const QString &flip);

    // Where an item's picture goes.
    static QRect thumbnailRect(const QRect &item);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clipActivated(const QString &path);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectCurrent();
    int stripHeight() const;

    jobs::SessionClips *m_clips;
    QString m_current;
    QString m_previous;
    QString m_newerKeys;
    QString m_olderKeys;
    QString m_flipKeys;
};

} // namespace wan::ui
