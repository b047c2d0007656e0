#include "libraryentry.h"

#include <array>
#include <utility>

namespace wan::library {

namespace {

// The names are stored in the database: never change one, only add new ones.
constexpr std::array<std::pair<EntryStatus, const char *>, 11> statusNames { {
    { EntryStatus::Queued, "queued" },
    { EntryStatus::Preparing, "preparing" },
    { EntryStatus::Uploading, "uploading" },
    { EntryStatus::Submitting, "submitting" },
    { EntryStatus::Submitted, "submitted" },
    { EntryStatus::Processing, "processing" },
    { EntryStatus::Downloading, "downloading" },
    { EntryStatus::Completed, "completed" },
    { EntryStatus::Failed, "failed" },
    { EntryStatus::Cancelled, "cancelled" },
    { EntryStatus::Expired, "expired" },
} };

} // namespace

QString statusName(EntryStatus status)
{
    for (const auto &[value, name] : statusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EntryStatus> statusFromName(const QString &name)
{
    for (const auto &[value, text] : statusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isFinished(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Completed:
    case EntryStatus::Failed:
    case EntryStatus::Cancelled:
    case EntryStatus::Expired:
        return true;
    case EntryStatus::Queued:
    case EntryStatus::Preparing:
    case EntryStatus::Uploading:
    case EntryStatus::Submitting:
    case EntryStatus::Submitted:
    case EntryStatus::Processing:
    case EntryStatus::Downloading:
        return false;
    }
    return false;
}

} // namespace wan::library
