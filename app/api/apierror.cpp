#include "apierror.h"

namespace wan::api {

QString ApiError::title(Kind kind)
{
    switch (kind) {
    case Kind::None: return ApiErrors::tr("No error");
    case Kind::InvalidInput: return ApiErrors::tr("Invalid input");
    case Kind::KeyMissing: return ApiErrors::tr("No API key");
    case Kind::KeyRejected: return ApiErrors::tr("API key rejected");
    case Kind::NotPermitted: return ApiErrors::tr("Model not permitted");
    case Kind::ModelRetired: return ApiErrors::tr("Model retired");
    case Kind::NotFound: return ApiErrors::tr("Endpoint not found");
    case Kind::InsufficientCredits: return ApiErrors::tr("Not enough credits");
    case Kind::RateLimited: return ApiErrors::tr("Rate limited");
    case Kind::ServiceFailed: return ApiErrors::tr("The service failed");
    case Kind::Network: return ApiErrors::tr("Network error");
    case Kind::Timeout: return ApiErrors::tr("Timed out");
    case Kind::BadResponse: return ApiErrors::tr("Unexpected answer");
    case Kind::BadVideo: return ApiErrors::tr("Damaged video");
    case Kind::Expired: return ApiErrors::tr("Result expired");
    case Kind::InsecureUrl: return ApiErrors::tr("Insecure address");
    case Kind::Disk: return ApiErrors::tr("Could not save");
    case Kind::Cancelled: return ApiErrors::tr("Cancelled");
    }
    return {};
}

QString ApiError::code(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::KeyMissing: return QStringLiteral("key-missing");
    case Kind::KeyRejected: return QStringLiteral("key-rejected");
    case Kind::NotPermitted: return QStringLiteral("not-permitted");
    case Kind::ModelRetired: return QStringLiteral("model-retired");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::InsufficientCredits: return QStringLiteral("insufficient-credits");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::ServiceFailed: return QStringLiteral("service-failed");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::BadVideo: return QStringLiteral("bad-video");
    case Kind::Expired: return QStringLiteral("expired");
    case Kind::InsecureUrl: return QStringLiteral("insecure-url");
    case Kind::Disk: return QStringLiteral("disk");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

int ApiError::exitCode(Kind kind)
{
    switch (kind) {
    case Kind::None: return 0;
    case Kind::InvalidInput:
    case Kind::InsecureUrl:
        return 2;
    case Kind::KeyMissing:
    case Kind::KeyRejected:
        return 3;
    case Kind::InsufficientCredits:
        return 4;
    case Kind::NotFound:
    case Kind::RateLimited:
    case Kind::ServiceFailed:
    case Kind::BadResponse:
    case Kind::BadVideo:
    case Kind::Expired:
    case Kind::Cancelled:
        return 5;
    case Kind::Disk:
        return 7;
    case Kind::NotPermitted:
    case Kind::ModelRetired:
        return 9;
    case Kind::Network:
    case Kind::Timeout:
        return 6;
    }
    return 5;
}

QString ApiError::fullText() const
{
    if (hint.isEmpty())
        return message;
    return message + QLatin1Char(' ') + hint;
}

ApiError ApiErrors::fromHttpStatus(int status, const QString &serverText, const QString &what)
{
    ApiError e;
    e.httpStatus = status;
    const QString detail = serverText.isEmpty() ? QString() : tr(" The service said: \"%1\".").arg(serverText.left(300));
    switch (status) {
    case 400:
        e.kind = ApiError::Kind::InvalidInput;
        e.message = tr("The service refused the request as invalid while %1 (HTTP 400).").arg(what) + detail;
        e.hint = tr("Check the prompt and the parameters, then try again.");
        break;
    case 401:
        e.kind = ApiError::Kind::KeyRejected;
        e.message = tr("The service rejected the API key while %1 (HTTP %2).").arg(what).arg(status) + detail;
        e.hint = tr("Check the key in Settings (it starts with SG_) or create a new one in your Segmind console.");
        break;
    case 403:
        e.kind = ApiError::Kind::NotPermitted;
        e.message = tr("Your Segmind account or team may not use this model (HTTP 403); the API key itself was accepted. "
                       "Nothing was charged.")
            + detail;
        e.hint = tr("Ask your team's Segmind admin for access to the model, or use a key of an account that has it.");
        break;
    case 404:
    case 405:
        e.kind = ApiError::Kind::NotFound;
        e.message = tr("The service has no such endpoint while %1 (HTTP %2).").arg(what).arg(status) + detail;
        e.hint = tr("Check the API base address in Settings; the default is https://api.segmind.com.");
        break;
    case 406:
        e = notAcceptable(serverText, what);
        break;
    case 402:
        e.kind = ApiError::Kind::InsufficientCredits;
        e.message = tr("Your Segmind account does not have enough credits for this run (HTTP %1).").arg(status) + detail;
        e.hint = tr("Top up your credits in the Segmind console (Billing), then try again.");
        break;
    case 410:
        e.kind = ApiError::Kind::ModelRetired;
        e.message = tr("Segmind has retired this model (HTTP 410); nothing was charged.") + detail;
        e.hint = tr("Look for its successor on segmind.com; a newer Wan Studio may support it.");
        break;
    case 422:
        // v2's answer for a run that was executed and FAILED (callers that poll read
        // the body first); not billed.
        e.kind = ApiError::Kind::ServiceFailed;
        e.message = tr("The service ran this and it failed while %1 (HTTP 422); failed runs are not charged.").arg(what) + detail;
        e.hint = tr("Try again, perhaps with another prompt, image or settings.");
        break;
    case 429:
        e.kind = ApiError::Kind::RateLimited;
        e.message = tr("The service is rate limiting requests while %1 (HTTP 429).").arg(what) + detail;
        e.hint = tr("Wait a minute and try again, or run fewer generations at once.");
        break;
    default:
        if (status >= 500) {
            e.kind = ApiError::Kind::ServiceFailed;
            e.message = tr("The service had a problem while %1 (HTTP %2); no video was made.").arg(what).arg(status) + detail;
            e.hint = tr("Try again in a little while; if it keeps failing, check Segmind's status page.");
        } else {
            e.kind = ApiError::Kind::BadResponse;
            e.message = tr("The service answered with an unexpected HTTP status %1 while %2.").arg(status).arg(what) + detail;
            e.hint = tr("Try again; if it keeps happening, check the API base address in Settings.");
        }
        break;
    }
    return e;
}

ApiError ApiErrors::notAcceptable(const QString &serverText, const QString &what)
{
    // Segmind's 406 has four causes, told apart only by the message.
    ApiError e;
    e.httpStatus = 406;
    const QString detail = serverText.isEmpty() ? QString() : tr(" The service said: \"%1\".").arg(serverText.left(300));
    const QString text = serverText.toLower();
    if (text.contains(QLatin1String("content type")) || text.contains(QLatin1String("content-type"))) {
        e.kind = ApiError::Kind::BadResponse;
        e.message = tr("The service refused the request's content type while %1 (HTTP 406); nothing was charged.").arg(what) + detail;
        e.hint = tr("This is a fault of Wan Studio or of a proxy in between; if it keeps happening, please report it.");
    } else if (text.contains(QLatin1String("spend")) || text.contains(QLatin1String("budget"))
               || (text.contains(QLatin1String("team")) && text.contains(QLatin1String("limit")))) {
        e.kind = ApiError::Kind::InsufficientCredits;
        e.message = tr("Your team's spend limit on Segmind is reached (HTTP 406); nothing was charged.") + detail;
        e.hint = tr("Ask your team's Segmind admin to raise the limit, or wait until it resets.");
    } else if (text.isEmpty() || text.contains(QLatin1String("credit")) || text.contains(QLatin1String("balance"))) {
        e.kind = ApiError::Kind::InsufficientCredits;
        e.message = tr("Your Segmind account does not have enough credits for this run (HTTP 406); nothing was charged.") + detail;
        e.hint = tr("The balance must cover the model's whole cost, not only be above zero. Top up in the Segmind console "
                    "(Billing), then try again.");
    } else {
        e.kind = ApiError::Kind::InvalidInput;
        e.message = tr("The service refused a parameter before running while %1 (HTTP 406); nothing was charged.").arg(what) + detail;
        e.hint = tr("Change the value the service names, then try again.");
    }
    return e;
}

ApiError ApiErrors::keyMissing()
{
    ApiError e;
    e.kind = ApiError::Kind::KeyMissing;
    e.message = tr("No Segmind API key is set.");
    e.hint = tr("Add your key in Settings, or set SEGMIND_API_KEY; get one from your Segmind console under API Keys.");
    return e;
}

ApiError ApiErrors::network(const QString &detail, const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = tr("The connection failed while %1: %2.").arg(what, detail);
    e.hint = tr("Check your internet connection and try again.");
    return e;
}

ApiError ApiErrors::timeout(const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::Timeout;
    e.message = tr("The service did not answer in time while %1.").arg(what);
    e.hint = tr("Check your connection and try again.");
    return e;
}

ApiError ApiErrors::badResponse(const QString &detail, const QString &what)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.message = tr("The service gave an answer Wan Studio cannot read while %1: %2.").arg(what, detail);
    e.hint = tr("Try again; if it keeps happening, check the API base address in Settings (a proxy or captive portal may be answering instead).");
    return e;
}

ApiError ApiErrors::badVideo(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::BadVideo;
    e.message = tr("The downloaded video is not usable: %1.").arg(detail);
    e.hint = tr("Download it again; the result stays available on the service for an hour.");
    return e;
}

ApiError ApiErrors::expired()
{
    ApiError e;
    e.kind = ApiError::Kind::Expired;
    e.message = tr("The service no longer has this run: results are kept for one hour after submission.");
    e.hint = tr("Generate it again (this is a new, charged run).");
    return e;
}

ApiError ApiErrors::serviceFailed(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::ServiceFailed;
    e.message = tr("The service could not make the video: %1.").arg(detail);
    e.hint = tr("Try again, perhaps with other settings; a failed run is not charged.");
    return e;
}

ApiError ApiErrors::runFailed(const QString &reason)
{
    ApiError e;
    e.kind = ApiError::Kind::ServiceFailed;
    e.httpStatus = 422;
    e.mayHaveBeenCharged = false;
    e.message = tr("The run failed on the service: %1. Failed runs are not charged.").arg(reason);
    e.hint = tr("Try again, perhaps with another prompt, image or settings.");
    return e;
}

ApiError ApiErrors::insecureUrl(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::InsecureUrl;
    e.message = detail;
    e.hint = tr("Use an https:// address (plain http:// is allowed only for this computer, e.g. 127.0.0.1).");
    return e;
}

ApiError ApiErrors::disk(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Disk;
    e.message = tr("The video could not be saved: %1.").arg(detail);
    e.hint = tr("Free some disk space or choose another results folder, then download again.");
    return e;
}

ApiError ApiErrors::cancelled(bool mayHaveBeenCharged)
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.mayHaveBeenCharged = mayHaveBeenCharged;
    e.message = mayHaveBeenCharged ? tr("Stopped waiting. The service had already accepted this run, so it may still be charged.")
                                   : tr("Cancelled before anything was sent; nothing was charged.");
    return e;
}

ApiError ApiErrors::invalidInput(const QString &detail, const QString &hint)
{
    ApiError e;
    e.kind = ApiError::Kind::InvalidInput;
    e.message = detail;
    e.hint = hint;
    return e;
}

} // namespace wan::api
