#pragma once

// Helpers shared by the image preparation tests (tst_imagepreparer and
// tst_imagerefusal): a readable name for each refusal, options for a frame,
// and a check that fails with the preparer's own words.

#include "image/imagepreparer.h"

#include <QSize>
#include <QString>
#include <QTest>

namespace wan::test {

inline QString kindName(wan::image::ImageError::Kind kind)
{
    switch (kind) {
    case wan::image::ImageError::Kind::None:
        return QStringLiteral("None");
    case wan::image::ImageError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case wan::image::ImageError::Kind::Unreadable:
        return QStringLiteral("Unreadable");
    case wan::image::ImageError::Kind::Empty:
        return QStringLiteral("Empty");
    case wan::image::ImageError::Kind::NotAnImage:
        return QStringLiteral("NotAnImage");
    case wan::image::ImageError::Kind::Unsupported:
        return QStringLiteral("Unsupported");
    case wan::image::ImageError::Kind::Truncated:
        return QStringLiteral("Truncated");
    case wan::image::ImageError::Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case wan::image::ImageError::Kind::DecodeFailed:
        return QStringLiteral("DecodeFailed");
    }
    return QStringLiteral("?");
}

inline wan::image::ImagePreparationOptions optionsFor(QSize frame)
{
    wan::image::ImagePreparationOptions options;
    options.outputFrame = frame;
    return options;
}

// Fails the calling test (with the preparer's own words) unless result is ok.
#define REQUIRE_PREPARED(result)                                                                                                 \
    do {                                                                                                                         \
        if (!(result).ok())                                                                                                      \
            QFAIL(qPrintable(QString(kindName((result).error.kind) + QStringLiteral(": ") + (result).error.message)));           \
    } while (false)

} // namespace wan::test
