#pragma once

// Turns a fault from the plan into the bytes on the wire: the odd status, the
// HTML page, the broken JSON, the reset. Kept apart from the routes so that
// every route misbehaves in exactly the same way.
#include "faultplan.h"
#include "httpserver.h"

namespace wan::emulator {

// The answer of an answer fault (status, html, empty, invalid-json, wrong-shape,
// huge-json, expired, reset, stall), also used after an accepted submission.
HttpResponse faultAnswer(const Fault &fault);
// Changes a video answer (200, video/mp4) as a delivery fault says: truncate,
// not-mp4, or reset/stall after afterBytes.
void applyDeliveryFault(const Fault &fault, HttpResponse &videoAnswer);
// True for the faults that applyDeliveryFault handles.
bool isDeliveryFault(const Fault &fault);
// Where a redirect-loop fault sends the client; that path redirects to itself.
constexpr char RedirectLoopPath[] = "/redirect-loop";
HttpResponse redirectLoopAnswer();
// The error text a JSON error answer carries for a status code.
QString defaultErrorText(int status);

} // namespace wan::emulator
