#pragma once

// A MotionPlan as an ffmpeg filter graph (-vf) over one still image: the image
// is covered at twice the frame size and graded once, then zoompan films the
// camera's move frame by frame. Pure text, so it is cheap to look at in a test.
#include "motionplan.h"

#include <QSize>
#include <QString>

namespace wan::emulator {

QString motionFilter(const MotionPlan &plan, QSize frame, int frames, int fps);

} // namespace wan::emulator
