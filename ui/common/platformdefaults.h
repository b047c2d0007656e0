#pragma once

// Environment defaults the studio sets before QApplication exists (the
// benchmark applies the same ones, so it measures what the app does).

namespace wan::ui {

// - QT_MEDIA_BACKEND=ffmpeg: Qt 6.4's GStreamer backend stalls without a sound
//   server; the FFmpeg one plays the clip either way (Qt's default from 6.5).
// - QT_XCB_GL_INTEGRATION=none: no widget of ours uses OpenGL (clips are
//   480p/720p and drawn with QPainter by VideoView), so the X11 platform need
//   not load its OpenGL integration. Where there is no GPU, Mesa's software
//   OpenGL (llvmpipe) cost about 80 MB of resident memory and a 40-100 ms stall
//   when QVideoWidget showed the first clip through it.
// A variable the user has set is left alone.
void applyPlatformDefaults();

} // namespace wan::ui
