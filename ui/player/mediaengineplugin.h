#pragma once

// The Qt Multimedia implementation of MediaEngine: a MODULE of its own
// (ui/CMakeLists.txt), the only code that links Qt6::Multimedia.

#include "player/mediaengine.h"

#include <QObject>

namespace wan::ui {

class QtMediaEngine final : public QObject, public MediaEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WanStudioMediaEngine_iid)
    Q_INTERFACES(wan::ui::MediaEngine)
public:
    MediaBackend *createBackend(MediaBackendEvents *events, bool withAudio) const override;
};

} // namespace wan::ui
