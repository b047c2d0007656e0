#pragma once

// PlayerView's timeline state (playerview_timeline.cpp) and its second player
// (playerview_preload.cpp), here so that the view's destructor in
// playerview.cpp knows them.

#include "player/playerview.h"

#include "jobs/sequencetimeline.h"

class QObject;

namespace wan::ui {

struct PlayerView::Timeline
{
    jobs::SequenceTimeline timeline;
    int clip = -1;          // the clip loaded
    int join = -1;          // the join whose seam is reviewed, -1: none
    jobs::SequenceTimeline::Range review;
    bool advancing = false; // a clip change was asked for and has not landed yet
};

// Two players take turns: the view's m_player shows a clip while this one
// holds the next, paused at the frame it starts from; at the join they swap
// (PlayerView::swapPlayers). The VideoView shows the shown player's frames
// (the hidden one's only as a crossfade's overlay).
struct PlayerView::Preload
{
    QObject *context = nullptr;        // the receiver of the two players' own connections
    MediaPlayback *player = nullptr;   // the hidden player (swapped with m_player), muted while hidden
    PlayerStillSeek *stillSeek = nullptr;
    bool routed = false;               // in a timeline
    int clip = -1;                     // the timeline clip loaded into it, -1: none
    qint64 frame = -1;                 // the clip's frame it waits at
    bool ready = false;                // loaded and waiting at that frame
    bool fading = false;               // playing, blended over the shown clip
    qreal opacity = 0;                 // of the blend
    qint64 stillFrame = -1;            // paused inside a crossfade: the frame it shows blended, -1: none
};

} // namespace wan::ui
