#include "downloadspanel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"
#include "itemmodels/downloadsmodel.h"
#include "entrydelegate.h"
#include "fetch/imagefetcher.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The Progress column as the platform's progress bar, from the raw fraction; other cells as the entry
// tables draw them (failed rows in the attention colour).
class ProgressDelegate : public EntryDelegate
{
public:
    using EntryDelegate::EntryDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != DownloadsModel::Progress) {
            EntryDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
        // A failed or refused download: a whole bar in the error colour, whatever it had received, so it never
        // reads as done; the reason is the cell's tooltip.
        const bool failed = index.data(CacheRoles::AttentionRole).toBool();
        if (!failed && cell.text.isEmpty() && index.data(CacheRoles::RawValueRole).toDouble() <= 0)
            return; // waiting: no bar yet
        QStyleOptionProgressBar bar;
        bar.initFrom(widget);
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = failed ? 1000
                              : int(std::lround(1000 * qBound(0.0, index.data(CacheRoles::RawValueRole).toDouble(), 1.0)));
        bar.text = failed ? DownloadsPanel::tr("Failed") : cell.text;
        bar.textVisible = !bar.text.isEmpty();
        bar.textAlignment = Qt::AlignCenter;
        if (failed)
            DownloadsPanel::paintAsFailed(&bar.palette);
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

DownloadsPanel::DownloadsPanel(ImageFetcher *fetcher, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(fetcher)
    , m_model(new DownloadsModel(this))
{
    setObjectName(QStringLiteral("downloadsPanel"));
    m_model->setFetcher(fetcher);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("downloadsTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("downloadsCancel"));
    m_cancel->setToolTip(tr("Cancel the selected downloads; what they received goes to invalid/"));
    m_cancelAll = new QPushButton(tr("Cancel &All"), this);
    m_cancelAll->setObjectName(QStringLiteral("downloadsCancelAll"));
    m_retry = new QPushButton(tr("&Retry Failed"), this);
    m_retry->setObjectName(QStringLiteral("downloadsRetry"));
    auto *parallel = new QSpinBox(this);
    parallel->setObjectName(QStringLiteral("downloadsParallel"));
    parallel->setRange(1, 6);
    parallel->setPrefix(tr("At once: "));
    parallel->setToolTip(tr("How many images download at the same time"));
    parallel->setValue(QSettings().value(QStringLiteral("downloads/parallel"), 2).toInt());
    m_fetcher->setParallelLimit(parallel->value());
    connect(parallel, &QSpinBox::valueChanged, this, [this](int images) {
        m_fetcher->setParallelLimit(images);
        QSettings().setValue(QStringLiteral("downloads/parallel"), images);
    });
    top->addWidget(m_totals, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_cancelAll);
    top->addWidget(m_retry);
    top->addWidget(parallel);
    layout->addLayout(top);
    // A batch that could not start at all (the Image API unreachable): one sentence here instead of a
    // failed row per image. A new batch takes it away.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("downloadsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paintAsFailed(nullptr, m_error);
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("downloadsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProgressDelegate(-1, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Fixed widths from the font: fitting to contents would make the columns jump with every report.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(DownloadsModel::Id,
        fontMetrics().horizontalAdvance(QStringLiteral("0000000a-0000-4000-8000-000000000000")) + 16);
    header->resizeSection(DownloadsModel::State, digit * 15);
    header->resizeSection(DownloadsModel::Progress, digit * 16);
    for (int c : { int(DownloadsModel::Received), int(DownloadsModel::Size), int(DownloadsModel::Rate) })
        header->resizeSection(c, digit * 12);
    header->resizeSection(DownloadsModel::TimeLeft, digit * 10);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QPushButton::clicked, this, &DownloadsPanel::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, this, &DownloadsPanel::cancelAll);
    connect(m_retry, &QPushButton::clicked, this, [this]() {
        const QStringList ids = m_model->imageIds({ DownloadsModel::RowState::Failed, DownloadsModel::RowState::Refused,
            DownloadsModel::RowState::Cancelled });
        if (!ids.isEmpty())
            Q_EMIT retryRequested(ids);
    });
    connect(m_model, &DownloadsModel::totalsChanged, this, &DownloadsPanel::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_error, &QWidget::hide);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DownloadsPanel::updateButtons);
    updateTotals();
}

void DownloadsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setToolTip(message);
    m_error->setVisible(!message.isEmpty());
}

QString DownloadsPanel::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DownloadsPanel::paintAsFailed(QPalette *palette, QWidget *widget)
{
    const QColor error(0xb0, 0x00, 0x20);
    if (palette) {
        palette->setColor(QPalette::Highlight, error);
        palette->setColor(QPalette::HighlightedText, Qt::white);
    }
    if (widget) {
        QPalette p = widget->palette();
        p.setColor(QPalette::WindowText, error);
        widget->setPalette(p);
    }
}

void DownloadsPanel::cancelSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (DownloadsModel::isActive(m_model->rowState(index.row())))
            m_fetcher->cancel(m_model->imageId(index.row()));
    }
}

void DownloadsPanel::cancelAll()
{
    // Image by image rather than ImageFetcher::cancelAll(), which would also stop a running verify.
    const QStringList ids
        = m_model->imageIds({ DownloadsModel::RowState::Waiting, DownloadsModel::RowState::Downloading });
    for (const QString &id : ids)
        m_fetcher->cancel(id);
}

void DownloadsPanel::updateTotals()
{
    const DownloadsModel::Totals t = m_model->totals();
    QStringList parts;
    if (t.imagesTotal == 0) {
        parts.append(tr("No downloads. Fetch queued or selected images from the Queued tab."));
    } else {
        parts.append(tr("%1 of %Ln image(s) done", nullptr, t.imagesTotal).arg(QLocale().toString(t.imagesDone)));
        parts.append(tr("%1 of %2").arg(DisplayFormat::size(t.bytesDone), DisplayFormat::size(t.bytesTotal)));
        if (t.running && t.bytesPerSecond > 0)
            parts.append(tr("%1/s").arg(DisplayFormat::size(qint64(t.bytesPerSecond))));
        if (t.running && t.etaSeconds >= 0)
            parts.append(tr("%1 left").arg(DisplayFormat::duration(qint64(std::ceil(t.etaSeconds)))));
        if (t.failed > 0)
            parts.append(tr("%Ln failed", nullptr, t.failed));
    }
    m_totals->setText(parts.join(QStringLiteral(" · ")));
    m_progress->setValue(t.bytesTotal > 0 ? int(1000.0 * double(t.bytesDone) / double(t.bytesTotal))
            : t.imagesTotal > 0           ? 1000 * t.imagesDone / t.imagesTotal
                                          : 0);
    m_progress->setVisible(t.imagesTotal > 0);
    // A batch that ended with failures: its bar in the error colour, not a full bar that reads as success.
    const bool failed = !t.running && t.failed > 0;
    QPalette palette = this->palette();
    if (failed)
        paintAsFailed(&palette);
    m_progress->setPalette(palette);
    m_progress->setProperty("failed", failed);
    m_progress->setToolTip(failed ? tr("%Ln image(s) failed; the Message column and its tooltips say why.", nullptr, t.failed)
                                  : QString());
    updateButtons();
}

void DownloadsPanel::updateButtons()
{
    bool activeSelected = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        activeSelected = activeSelected || DownloadsModel::isActive(m_model->rowState(index.row()));
    const DownloadsModel::Totals t = m_model->totals();
    m_cancel->setEnabled(activeSelected);
    m_cancelAll->setEnabled(t.running);
    m_retry->setEnabled(t.failed > 0);
}
