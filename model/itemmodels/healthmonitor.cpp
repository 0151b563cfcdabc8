#include "healthmonitor.h"

#include <QStringList>

#include <algorithm>

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
{
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &HealthMonitor::start);
}

void HealthMonitor::setLocation(const CacheLocation &location)
{
    m_location = location;
    m_snapshot = CacheSnapshot();
    m_findings.clear();
    m_hasResult = false;
    Q_EMIT findingsChanged();
    if (location.cacheDir.isEmpty()) {
        m_later.stop();
        m_checks.invalidate();
        if (std::exchange(m_checking, false))
            Q_EMIT checkingChanged(false);
        return;
    }
    m_urgent = true;
    start();
}

void HealthMonitor::snapshotRead(const CacheSnapshot &snapshot)
{
    if (snapshot.location.cacheDir != m_location.cacheDir)
        return;
    m_snapshot = snapshot;
    if (m_urgent || !m_lastStart.isValid() || m_lastStart.elapsed() >= m_minInterval)
        start();
    else if (!m_later.isActive())
        m_later.start(int(m_minInterval - m_lastStart.elapsed()));
}

void HealthMonitor::markChanged()
{
    m_urgent = true;
}

void HealthMonitor::recheck()
{
    if (!m_location.cacheDir.isEmpty())
        start();
}

void HealthMonitor::start()
{
    m_later.stop();
    m_urgent = false;
    m_lastStart.start();
    const CacheLocation location = m_location;
    const CacheSnapshot snapshot = m_snapshot; // shared, not copied: its vectors are implicitly shared
    const bool given = !m_snapshot.location.cacheDir.isEmpty();
    if (!std::exchange(m_checking, true))
        Q_EMIT checkingChanged(true);
    m_checks.run(
        [location, snapshot, given]() {
            HealthCheck check(location);
            if (given)
                check.useSnapshot(snapshot);
            QVector<HealthFinding> findings = check.run();
            if (location.isDemo) {
                static const QStringList ownership = {QStringLiteral("service-user-cannot-write"),
                    QStringLiteral("cache-dir-owner-cannot-write"), QStringLiteral("foreign-owner"),
                    QStringLiteral("service-user-missing")};
                findings.erase(std::remove_if(findings.begin(), findings.end(),
                                              [](const HealthFinding &f) { return ownership.contains(f.id); }),
                               findings.end());
            }
            // Errors first: a warning listed above the error that breaks Glance sends a person the wrong way.
            std::stable_sort(findings.begin(), findings.end(), [](const HealthFinding &a, const HealthFinding &b) {
                return int(a.severity) > int(b.severity);
            });
            return findings;
        },
        [this](const QVector<HealthFinding> &findings) {
            m_findings = findings;
            m_hasResult = true;
            m_checking = false;
            Q_EMIT checkingChanged(false);
            Q_EMIT findingsChanged();
        });
}
