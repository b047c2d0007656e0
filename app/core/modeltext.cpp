#include "modeltext.h"

#include <QCoreApplication>

namespace wan::core {

namespace {

constexpr const char *kContext = "wan::core::ModelText";

// Keep in step with resources/models/*.json (tst_modeldescription checks it).
constexpr const char *kSources[] = {
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Image"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Input image URL for video base. Choose a detailed image for best results."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Prompt"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Descriptive prompt for video content. Include vivid details for a richer video."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Seed"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Sets randomness; leave blank for complete randomization. Use a specific seed for reproducibility."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Go fast"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Activates faster video generation. Disable for quality over speed."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Frames"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Sets video frame count; 81 frames for optimal detail. Increase for smoother motion."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Resolution"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Sets video resolution. Use 720p for higher clarity, 480p for faster generation."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Aspect ratio"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Defines frame aspect ratio. Use 16:9 for landscape and 9:16 for portrait videos."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Sample shift"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Adjusts image sampling shift. Use lower values for subtle changes."),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Frames per second"),
    QT_TRANSLATE_NOOP("wan::core::ModelText", "Determines video smoothness. Choose 16 fps for optimal balance."),
};

} // namespace

QStringList modelTextSources()
{
    QStringList sources;
    for (const char *source : kSources)
        sources << QString::fromUtf8(source);
    return sources;
}

QString translatedModelText(const QString &source)
{
    if (source.isEmpty())
        return source;
    return QCoreApplication::translate(kContext, source.toUtf8().constData());
}

} // namespace wan::core
