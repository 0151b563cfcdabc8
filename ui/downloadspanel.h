#pragma once

#include <QWidget>

class DownloadsModel;
class ImageFetcher;
class QLabel;
class QPalette;
class QProgressBar;
class QPushButton;
class QTableView;

// The downloads panel: the ImageFetcher's batch as a table (state, a progress bar per image, bytes,
// rate, time left, message), a line with the batch's totals, and Cancel (selected), Cancel All and
// Retry Failed. Cancels go straight to the fetcher; a retry is asked for with retryRequested(), because
// the owner first renews the connection (a token may have expired). Does not own the fetcher; owns
// its DownloadsModel. GUI thread only.
class DownloadsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadsPanel(ImageFetcher *fetcher, QWidget *parent = nullptr);

    DownloadsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // One sentence for a batch that could not start (the Image API unreachable); empty hides it. The next
    // batch's rows hide it too.
    void showError(const QString &message);
    QString error() const; // the sentence shown, or empty
    // The error colour for a failed bar (palette's Highlight) or a label's text (widget's WindowText).
    static void paintAsFailed(QPalette *palette, QWidget *widget = nullptr);

Q_SIGNALS:
    // Retry Failed was clicked: these images ended without success (failed, refused or cancelled).
    void retryRequested(const QStringList &imageIds);

private:
    void cancelSelected();
    void cancelAll();
    void updateTotals();
    void updateButtons();

    ImageFetcher *m_fetcher;
    DownloadsModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_cancelAll = nullptr;
    QPushButton *m_retry = nullptr;
};
