#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;
class UsageGauge;
struct CacheSnapshot;
struct CacheLocation;

// The band above the views: where the open cache is, which driver Glance uses on it (warning when it is
// not the configured one), the usage gauge with free space, why the demo is shown when it is, and the health
// summary's message bars.
class CacheHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CacheHeader(QWidget *parent = nullptr);

    void showLocation(const CacheLocation &location, const QString &note);
    void showSnapshot(const CacheSnapshot &snapshot);
    void showError(const QString &message);
    // The health summary's message bars, below everything else (the header does not own their logic).
    void setHealthBars(QWidget *bars);

    UsageGauge *gauge() const { return m_gauge; }

Q_SIGNALS:
    // The error is in a config file the Cache Options dialog can open and fix.
    void editOptionsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_demo = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_driver = nullptr;
    UsageGauge *m_gauge = nullptr;
    QLabel *m_free = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_fix = nullptr; // Cache Options… beside an error that is the config's
    QScrollArea *m_bars = nullptr;
    bool m_configOnly = false; // a config that names no usable cache
};
