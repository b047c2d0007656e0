#include "backgroundwork.h"

#include <QThread>
#include <QThreadPool>

namespace wan::core {

namespace {

struct BackgroundPool : QThreadPool
{
    BackgroundPool()
    {
        setMaxThreadCount(QThread::idealThreadCount());
        setObjectName(QStringLiteral("wanstudio-background"));
    }
};

Q_GLOBAL_STATIC(BackgroundPool, g_pool)

} // namespace

QThreadPool *backgroundPool()
{
    return g_pool();
}

} // namespace wan::core
