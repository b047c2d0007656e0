#pragma once

// One clip of a sequence as a strip of thumbnails, for setting its in and out
// points to the exact frame: frames sampled across the clip with their
// numbers, the part outside in..out shaded, and a cursor on one frame (its
// number shown). Click or drag to move the cursor; Left/Right move it a frame
// (Shift: ten), Home/End to the ends, I and O set the in and out point there.
// The thumbnails are decoded with media::ClipFrames on a worker thread.

#include <QImage>
#include <QList>
#include <QWidget>

namespace wan::ui {

class SequenceStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit SequenceStrip(QWidget *parent = nullptr);
    ~SequenceStrip() override;

    // The clip and its frame count (0: none); thumbnails follow from a worker.
    void setClip(const QString &path, qint64 frames);
    void setPoints(qint64 in, qint64 out); // the clip's own frames, both included
    void setCursor(qint64 frame);
    qint64 cursor() const { return m_cursor; }
    qint64 frames() const { return m_frames; }
    // Thumbnails decoded so far (tests wait for them).
    int thumbnailCount() const;
    // The frame under an x position of the widget.
    qint64 frameAt(int x) const;

    // Decodes up to count frames spread over the clip, scaled to height: on
    // the calling thread (the strip calls it on a worker). Index and picture.
    static QList<QPair<qint64, QImage>> decodeSamples(const QString &path, int count, int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cursorMoved(qint64 frame);
    void inRequested(qint64 frame);
    void outRequested(qint64 frame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void decode();
    int xOf(qint64 frame) const;
    int slotCount() const;

    QString m_path;
    qint64 m_frames = 0;
    qint64 m_in = 0;
    qint64 m_out = -1;
    qint64 m_cursor = 0;
    QList<QPair<qint64, QImage>> m_samples;
    quint64 m_generation = 0;
    int m_decodedSlots = 0;
};

} // namespace wan::ui
