#pragma once

// The results of a grid (BatchPlan::grid) side by side: up to 4x4 cells under
// their column labels and beside their row labels, every finished clip played
// in lockstep with the others under one control bar (CompareLockstep, as in
// Compare). A cell whose run is not done shows where it is; a cell's clip can
// be opened in the studio's player (openRequested). Passive: the caller says
// what each cell shows.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedLayout;
class QToolButton;

namespace wan::ui {

class CompareLockstep;
class MediaPlayback;
class PlayerControls;
class VideoView;

// Object names: "gridCorner", "rowLabel<r>", "columnLabel<c>", "gridCell<r>_<c>" (from 1),
// each cell's "cellState", "videoWidget" and "openClipButton"; "playerControls".
class GridView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaximumSide = 4;

    explicit GridView(QWidget *parent = nullptr);
    ~GridView() override;

    // Lays out rows x columns cells (each side 1 to MaximumSide), all waiting.
    void setAxes(const QString &rowTitle, const QStringList &rowLabels, const QString &columnTitle,
                 const QStringList &columnLabels);
    int rowCount() const { return int(m_rowLabels.size()); }
    int columnCount() const { return int(m_columnLabels.size()); }
    QString rowLabel(int row) const { return m_rowLabels.value(row); }
    QString columnLabel(int column) const { return m_columnLabels.value(column); }

    // A cell's run is not done (or failed): the text says where it is.
    void setCellState(int row, int column, const QString &state, bool failed = false);
    // A cell's run finished: its clip joins the others, in step with them.
    void setCellClip(int row, int column, const QString &clipPath);
    QString cellState(int row, int column) const;
    QString cellClip(int row, int column) const;
    // The cell's widget (its video, state and Open button), or nullptr.
    QWidget *cellWidget(int row, int column) const;

    // The clips playing, in the order they arrived.
    QList<MediaPlayback *> players() const;
    QList<VideoView *> videoWidgets() const;
    bool isPlaying() const;
    void play();
    void pause();
    void togglePlayback();
    void seek(qint64 positionMs);
    void stepFrames(int frames);

    QSize sizeHint() const override;

Q_SIGNALS:
    void openRequested(const QString &clipPath);
    // A sentence for the user: a clip that cannot be played.
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Cell
    {
        QWidget *widget = nullptr;
        QStackedLayout *stack = nullptr;
        QLabel *state = nullptr;
        VideoView *video = nullptr;
        QToolButton *open = nullptr;
        MediaPlayback *player = nullptr;
        QString clipPath;
        QString stateText;
        int lockstepIndex = -1;
    };

    Cell *cell(int row, int column);
    const Cell *cell(int row, int column) const;
    void clearCells();
    void showClipError(int lockstepIndex, const QString &reason);
    void retranslate();

    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QString m_rowTitle;
    QString m_columnTitle;
    QList<Cell> m_cells; // row-major
    QList<MediaPlayback *> m_order; // in lockstep order
    CompareLockstep *m_lockstep = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    PlayerControls *m_controls = nullptr;
    bool m_muted = false;
};

} // namespace wan::ui
