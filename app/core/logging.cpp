#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "wanstudio.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImage, "wanstudio.image", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "wanstudio.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "wanstudio.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "wanstudio.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "wanstudio.model", QtInfoMsg)
