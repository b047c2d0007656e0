// The picture a person picks (or a remote image's bytes): format sniffing,
// header probing, decoding, orientation and the thumbnail, as the window's
// ImageInspector runs it on a worker thread.

#include "fuzzsupport.h"

#include "image/imageinspector.h"

using wan::image::ImageInspector;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = wan::fuzz::bytesOf(data, size);
    const ImageInspector::Result result = ImageInspector::inspectDataNow(bytes, QStringLiteral("fuzz"), QSize(832, 480));
    if (!result.ok()) {
        FUZZ_CHECK(!result.error.message.isEmpty());
        return 0;
    }
    const wan::image::Inspection &inspection = result.inspection;
    FUZZ_CHECK(!inspection.thumbnail.isNull());
    FUZZ_CHECK(inspection.thumbnail.width() <= ImageInspector::ThumbnailEdge
               && inspection.thumbnail.height() <= ImageInspector::ThumbnailEdge);
    FUZZ_CHECK(inspection.originalSize.isValid() && inspection.preparedSize.isValid());
    FUZZ_CHECK(inspection.preparedSize.width() <= inspection.originalSize.width()
               && inspection.preparedSize.height() <= inspection.originalSize.height());
    FUZZ_CHECK(inspection.preparedBytes > 0);
    FUZZ_CHECK(!ImageInspector::describe(inspection).isEmpty());
    return 0;
}
