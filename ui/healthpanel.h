#pragma once

#include "healthfix.h"

#include <QWidget>

class HealthMonitor;
class QLabel;
class QPushButton;
class QTreeWidget;

// The health panel: every finding of the HealthMonitor (notes too), errors first, each with its advice and the
// paths or options it concerns. A double-click on a finding runs the fix the header's bar offers for it.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPanel(HealthMonitor *monitor, QWidget *parent = nullptr);

    int findingCount() const;
    // Selects and scrolls to the finding with this id (from a bar's Details button).
    void showFinding(const QString &id);

Q_SIGNALS:
    void fixRequested(HealthFix::Action action);

private:
    void showFindings();
    void showChecking(bool checking);

    HealthMonitor *m_monitor;
    QLabel *m_summary = nullptr;
    QPushButton *m_rerun = nullptr;
    QTreeWidget *m_list = nullptr;
};
