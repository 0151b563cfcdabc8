#pragma once

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <memory>

namespace Ui {
class QueueDialog;
}

// Takes whatever a person pastes (IDs, `openstack image list` tables, JSON, Image API URLs), picks the
// image IDs out of it with ImageIdScan, and queues those the cache neither holds nor has queued already;
// it says how many it found, which it skips and why, and which words look like a mistyped ID. Text
// without IDs in it is ignored: it never blocks the IDs that were found.
class QueueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QueueDialog(QWidget *parent = nullptr);
    ~QueueDialog() override;

    // The IDs the open cache already has (normalised), from the window's snapshot; they are skipped.
    void setKnown(const QSet<QString> &cached, const QSet<QString> &queued);
    void setText(const QString &text);

    // The IDs to queue, normalised, in the pasted order, without duplicates.
    QStringList imageIds() const { return m_toQueue; }
    // IDs found but not queued, as "<id>: already cached" lines, and a sentence saying so (empty: none).
    QStringList skippedLines() const { return m_skippedLines; }
    QString skippedSummary() const;

private:
    void validate();

    std::unique_ptr<Ui::QueueDialog> m_ui;
    QSet<QString> m_cached;
    QSet<QString> m_queued;
    QStringList m_toQueue;
    QStringList m_skippedLines;
    int m_alreadyCached = 0;
    int m_alreadyQueued = 0;
};
