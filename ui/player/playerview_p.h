#pragma once

// PlayerView's timeline state (playerview_timeline.cpp), here so that the
// view's destructor in playerview.cpp knows it.

#include "player/playerview.h"

#include "jobs/sequencetimeline.h"

namespace wan::ui {

struct PlayerView::Timeline
{
    jobs::SequenceTimeline timeline;
    int clip = -1;          // the clip loaded
    int join = -1;          // the join whose seam is reviewed, -1: none
    jobs::SequenceTimeline::Range review;
    bool advancing = false; // a clip change was asked for and has not landed yet
};

} // namespace wan::ui
