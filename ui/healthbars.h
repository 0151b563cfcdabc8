#pragma once

#include "healthfix.h"

#include <QSet>
#include <QWidget>

class HealthMonitor;
class QVBoxLayout;
struct HealthFinding;

// The health summary in the header: one message bar per error and warning, errors first, each with the button
// that fixes it in the GUI and one that shows its details in the Health panel. At most maxBars() bars; the rest
// are counted in a last line. A bar a person closes stays hidden until its finding changes.
class HealthBars : public QWidget
{
    Q_OBJECT
public:
    explicit HealthBars(HealthMonitor *monitor, QWidget *parent = nullptr);

    static constexpr int maxBars() { return 3; }

Q_SIGNALS:
    void fixRequested(HealthFix::Action action);
    void detailsRequested(const QString &findingId);

private:
    void rebuild();
    void addBar(const HealthFinding &finding);

    HealthMonitor *m_monitor;
    QVBoxLayout *m_layout = nullptr;
    QSet<QString> m_closed; // id + title of the findings closed by hand
};
