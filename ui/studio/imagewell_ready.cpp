// ImageWell::setInspected: a picture whose facts were made off the UI thread
// ahead of the click (the last frame of the clip in the player).

#include "studio/imagewell.h"

namespace wan::ui {

void ImageWell::setInspected(const image::Inspection &inspection)
{
    if (inspection.source.isEmpty())
        return;
    if (inspection.outputFrame != m_frame || inspection.thumbnail.isNull()) {
        setImage(inspection.source);
        return;
    }
    begin(Stage::Inspecting, {});
    m_candidate = Candidate { inspection.source, {}, {}, false };
    onInspected(inspection);
}

} // namespace wan::ui
