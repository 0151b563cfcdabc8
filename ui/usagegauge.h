#pragma once

#include <QWidget>

// A horizontal bar: the cache's size (as the pruner counts it) against image_cache_max_size, red when
// over, with the numbers written on it. Custom painted; reads nothing itself.
class UsageGauge : public QWidget
{
    Q_OBJECT
public:
    explicit UsageGauge(QWidget *parent = nullptr);

    void setUsage(qint64 size, qint64 maxSize);
    qint64 size() const { return m_size; }
    qint64 maxSize() const { return m_maxSize; }
    bool isOver() const { return m_size > m_maxSize; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_size = 0;
    qint64 m_maxSize = 0;
};
