// Every parser of the Segmind API's answers, on the same bytes: the JSON
// bodies (submit, status, result, credits, upload, error text), the headers
// (x-remaining-credits, Retry-After) and the error built from an error answer.

#include "fuzzsupport.h"

#include "api/apierror.h"
#include "api/apiresponses.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

using wan::api::ApiErrors;
using wan::api::ApiResponses;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wan::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = wan::fuzz::bytesOf(data, size);
    const QUrl base(QStringLiteral("https://api.segmind.com/v2/requests/"));

    const auto submit = ApiResponses::parseSubmit(body, base);
    if (submit.ok()) {
        FUZZ_CHECK(!submit.value->requestId.isEmpty());
        FUZZ_CHECK(submit.value->statusUrl.isValid() && submit.value->responseUrl.isValid());
    } else {
        FUZZ_CHECK(!submit.problem.isEmpty());
    }

    const auto status = ApiResponses::parseStatus(body);
    FUZZ_CHECK(status.ok() || !status.problem.isEmpty());
    if (status.ok() && status.value->status == wan::api::RunStatus::Failed)
        FUZZ_CHECK(!status.value->error.isEmpty());
    if (status.ok() && status.value->inferenceSeconds)
        FUZZ_CHECK(std::isfinite(*status.value->inferenceSeconds));

    const auto result = ApiResponses::parseResult(body, base);
    FUZZ_CHECK(result.ok() == status.ok());
    if (result.ok() && !result.value->outputUrl.isEmpty())
        FUZZ_CHECK(result.value->outputUrl.isValid() && !result.value->outputUrl.isRelative());

    const auto credits = ApiResponses::parseCredits(body);
    FUZZ_CHECK(!credits.ok() || std::isfinite(*credits.value));

    const auto upload = ApiResponses::parseUpload(body);
    FUZZ_CHECK(!upload.ok() || (upload.value->isValid() && !upload.value->isRelative()));

    const QString text = ApiResponses::errorText(body);
    FUZZ_CHECK(text.size() <= 500);
    ApiResponses::looksLikeHtml(body);

    // Headers are short; the first line of the input stands in for one.
    const QByteArray header = body.left(body.indexOf('\n') < 0 ? 200 : body.indexOf('\n'));
    const auto headerCredits = ApiResponses::parseCreditsHeader(header);
    FUZZ_CHECK(!headerCredits || std::isfinite(*headerCredits));
    const QDateTime now(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
    const auto retryAfter = ApiResponses::parseRetryAfter(header, now);
    FUZZ_CHECK(!retryAfter || (*retryAfter >= 0 && *retryAfter <= 3600));
    ApiResponses::statusFromString(QString::fromUtf8(header));

    // The error a failed call turns into, for a status taken from the input.
    const int httpStatus = size >= 2 ? 100 + (data[0] << 8 | data[1]) % 500 : 500;
    const auto error = ApiErrors::fromHttpStatus(httpStatus, text, QStringLiteral("checking the run"));
    FUZZ_CHECK(error.isError() && !error.message.isEmpty() && !error.hint.isEmpty());
    FUZZ_CHECK(!error.fullText().isEmpty());
    return 0;
}
