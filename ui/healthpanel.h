#pragma once

#include "core/background.h"
#include "core/cachelocation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
struct HealthFinding;

// The health panel: runs HealthCheck on the open cache (on a worker thread) and lists its findings by
// severity, each with its advice and the paths or options it concerns.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPanel(QWidget *parent = nullptr);

    // Checks location now; a check still running for an earlier location is dropped.
    void check(const CacheLocation &location);
    int findingCount() const;

Q_SIGNALS:
    void checked(int errors, int warnings);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const QVector<HealthFinding> &findings);

    QLabel *m_summary = nullptr;
    QPushButton *m_rerun = nullptr;
    QTreeWidget *m_list = nullptr;
    CacheLocation m_location;
    BackgroundLane m_checks { this }; // a newer check makes an older one's findings stale
    bool m_stale = false;
};
