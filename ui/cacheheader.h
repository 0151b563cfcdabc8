#pragma once

#include <QWidget>

class QLabel;
class UsageGauge;
struct CacheSnapshot;
struct CacheLocation;

// The band above the views: where the open cache is, which driver Glance uses on it (warning when it is
// not the configured one), the usage gauge with free space, and a plain sentence when over the limit.
class CacheHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CacheHeader(QWidget *parent = nullptr);

    void showLocation(const CacheLocation &location, const QString &note);
    void showSnapshot(const CacheSnapshot &snapshot);
    void showError(const QString &message);

    UsageGauge *gauge() const { return m_gauge; }

private:
    QLabel *m_demo = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_driver = nullptr;
    UsageGauge *m_gauge = nullptr;
    QLabel *m_free = nullptr;
    QLabel *m_message = nullptr;
};
