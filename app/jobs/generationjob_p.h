#pragma once

// What the parts of GenerationJob (generationjob.cpp: preparing, sending and
// polling; generationjob_fetch.cpp: the result and its download) share. Not an API.

#include "api/apierror.h"

#include <QString>
#include <QUrl>

namespace wan::jobs::detail {

inline const QString &seedKey()
{
    static const QString key = QStringLiteral("seed");
    return key;
}

// Past the rate window's stated opening: clocks differ by a little.
constexpr qint64 RateWindowMarginMs = 500;

inline bool isRemoteImage(const QString &image)
{
    const QUrl url(image);
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

// Problems worth another poll or download: they cost nothing to retry.
inline bool isTransient(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::BadResponse:
        return true;
    case Kind::ServiceFailed:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace wan::jobs::detail
