#pragma once

// Gives back to the system the memory the C library keeps after a burst of
// work. Each clip shown builds a new decoder (thousands of small allocations on
// its threads) and each run passes images and answers through the heap; once
// freed, glibc keeps those pages inside its heaps, between blocks still in use,
// so a long session grew although the memory in use hardly did. A while after
// the last request (a run finished, its clip loaded), malloc_trim hands the
// free pages back, on a pool thread so the caller never waits.

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace wan::core {

class FreeMemoryRelease final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultSettleMs = 1000;

    explicit FreeMemoryRelease(QObject *parent = nullptr);
    ~FreeMemoryRelease() override;

    // Releases once no new request has come for settleMs; a request while
    // one waits starts the wait again, so a burst of work releases once.
    void request();
    void setSettleMs(int milliseconds) { m_settle.setInterval(milliseconds); }
    bool isPending() const { return m_settle.isActive() || m_running.isRunning(); }
    // Whether the allocator can give free memory back (glibc's, not under
    // AddressSanitizer); elsewhere requests do nothing and released() never comes.
    static bool isSupported();

Q_SIGNALS:
    // The free memory was given back (after the pool thread finished).
    void released();

private:
    void release();

    QTimer m_settle;
    QFutureWatcher<void> m_running;
};

} // namespace wan::core
