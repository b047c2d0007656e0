#pragma once

// The player keys every clip view shares: Space plays or pauses, Left and
// Right step one frame. Reached when the view has focus, or when the focused
// child (the slider, for Space) has no use for the key.

#include <QKeyEvent>

namespace wan::ui {

// True when the key was a playback key and was handled.
template<typename View>
bool handlePlaybackKey(View *view, const QKeyEvent *event)
{
    if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
        view->togglePlayback();
        return true;
    case Qt::Key_Left:
        view->stepFrames(-1);
        return true;
    case Qt::Key_Right:
        view->stepFrames(1);
        return true;
    default:
        return false;
    }
}

} // namespace wan::ui
