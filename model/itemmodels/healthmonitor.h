#pragma once

#include "cache/cachesnapshot.h"
#include "cache/healthcheck.h"
#include "core/background.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Keeps the health findings of the open cache current for the GUI: checks when a cache is opened, after every
// operation and on request at once, and after re-reads at most every minInterval() (a busy node is re-read
// every few seconds). Checks run on a worker and reuse the snapshot the session has just read, so the cache
// is not read twice. Findings come errors first, then warnings, then notes, each group in the check's order.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(QObject *parent = nullptr);

    // A new cache: forgets the findings and checks it now (it may never yield a snapshot: a missing directory).
    void setLocation(const CacheLocation &location);
    // A fresh read of the cache: checked now when urgent (after an operation) or when the last check is older
    // than minInterval(), else once that time is up.
    void snapshotRead(const CacheSnapshot &snapshot);
    // The next snapshotRead() is checked at once (an operation or a fetch has just changed the cache).
    void markChanged();
    // Checks now, with the latest snapshot when there is one (Check Again).
    void recheck();

    const QVector<HealthFinding> &findings() const { return m_findings; }
    bool isChecking() const { return m_checking; }
    bool hasResult() const { return m_hasResult; }
    const CacheLocation &location() const { return m_location; }
    void setMinInterval(int ms) { m_minInterval = ms; }
    int minInterval() const { return m_minInterval; }

Q_SIGNALS:
    void checkingChanged(bool checking);
    void findingsChanged();

private:
    void start();

    CacheLocation m_location;
    CacheSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_urgent = true;
    bool m_checking = false;
    bool m_hasResult = false;
    int m_minInterval = 30000;
    QVector<HealthFinding> m_findings;
    QElapsedTimer m_lastStart;
    QTimer m_later;
    BackgroundLane m_checks { this }; // a newer check makes an older one's findings stale
};
