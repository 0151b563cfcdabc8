#include "planpreviewdialog.h"
#include "ui_planpreviewdialog.h"

#include "config/optiondescriptor.h"
#include "core/bytesize.h"
#include "core/displayformat.h"
#include "screenfit.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace {

// What image_cache_stall_time takes in a config file, so both places accept the same words.
bool parseStallTime(const QString &text, qint64 *seconds)
{
    const Expected<QString> value = OptionDescriptor::find(QStringLiteral("image_cache_stall_time"))->validate(text);
    if (value)
        *seconds = value->toLongLong();
    return bool(value);
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(Mode mode, qint64 parameter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanPreviewDialog>())
    , m_mode(mode)
    , m_parameter(parameter)
{
    m_ui->setupUi(this);
    ScreenFit::keepOnScreen(this);
    const bool prune = mode == Mode::Prune;
    setObjectName(prune ? QStringLiteral("prunePreview") : QStringLiteral("cleanPreview"));
    setWindowTitle(prune ? tr("Prune preview") : tr("Clean preview"));
    m_ui->introLabel->setText(prune ? tr("Prune deletes the least recently accessed images until the cache is no larger "
                                         "than the limit, exactly as glance-cache-pruner would. Nothing is deleted "
                                         "until you confirm.")
                                    : tr("Clean deletes every file in invalid/ and the downloads in incomplete/ that "
                                         "have not been written to for longer than the stall time, as "
                                         "glance-cache-cleaner would. Nothing is deleted until you confirm."));
    m_ui->parameterLabel->setText(prune ? tr("Limit (image_cache_max_size):") : tr("Stall time (image_cache_stall_time):"));
    m_ui->parameterEdit->setText(QString::number(parameter));
    m_ui->parameterEdit->setToolTip(prune ? tr("Bytes, or a size such as 10G or 500M") : tr("Seconds, or a duration such as 30m, 12h or 1d"));
    m_ui->planTable->setColumnCount(4);
    m_ui->planTable->setHorizontalHeaderLabels({prune ? tr("Order") : tr("Kind"), tr("Image ID"), tr("Name"), tr("Size")});
    m_ui->planTable->verticalHeader()->hide();
    m_ui->planTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->planTable->setColumnHidden(2, true); // until names are known
    m_execute = m_ui->buttons->addButton(prune ? tr("Prune") : tr("Clean"), QDialogButtonBox::AcceptRole);
    m_execute->setObjectName(QStringLiteral("executeButton"));
    m_execute->setAutoDefault(false);
    m_execute->setDefault(false);
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->recalculateButton, &QPushButton::clicked, this, &PlanPreviewDialog::recalculate);
    // Enter in the field recalculates; the dialog must not see it (its default button would close it).
    m_ui->parameterEdit->installEventFilter(this);
    // Spell out what the number means: 12884901888 is easier to trust as "12.0 GiB".
    auto hint = [this]() {
        const QString text = m_ui->parameterEdit->text();
        qint64 value = 0;
        QString ignored;
        bool ok = false;
        if (m_mode == Mode::Prune) {
            ok = ByteSize::parse(text, &value, &ignored);
        } else {
            ok = parseStallTime(text, &value);
        }
        m_ui->parameterHint->setText(!ok ? tr("not valid")
                                         : (m_mode == Mode::Prune ? DisplayFormat::size(value) : DisplayFormat::duration(value)));
    };
    connect(m_ui->parameterEdit, &QLineEdit::textChanged, this, hint);
    hint();
    setWaiting();
}

PlanPreviewDialog::~PlanPreviewDialog() = default;

void PlanPreviewDialog::setImageNames(const ImageNames &names)
{
    m_names = names;
    m_ui->planTable->setColumnHidden(2, !names.isKnown());
}

void PlanPreviewDialog::setWaiting()
{
    m_execute->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Working out the plan…"));
}

void PlanPreviewDialog::recalculate()
{
    qint64 value = 0;
    QString error;
    const QString text = m_ui->parameterEdit->text();
    bool ok = false;
    if (m_mode == Mode::Prune) {
        ok = ByteSize::parse(text, &value, &error);
    } else {
        ok = parseStallTime(text, &value);
        if (!ok)
            error = tr("The stall time is seconds ≥ 0, or a duration such as 30m, 12h or 1d.");
    }
    if (!ok) {
        setPlanError(error);
        return;
    }
    m_parameter = value;
    setWaiting();
    Q_EMIT parameterChanged(value);
}

void PlanPreviewDialog::fill(const QVector<std::pair<QString, qint64>> &rows, const QStringList &kinds)
{
    QTableWidget *t = m_ui->planTable;
    const int shown = int(qMin<qsizetype>(rows.size(), maxRows));
    t->setRowCount(shown + (rows.size() > shown ? 1 : 0));
    for (int i = 0; i < shown; ++i) {
        auto *first = new QTableWidgetItem(kinds.isEmpty() ? QLocale().toString(i + 1) : kinds.at(i));
        auto *size = new QTableWidgetItem(DisplayFormat::size(rows.at(i).second));
        size->setToolTip(DisplayFormat::exactBytes(rows.at(i).second));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString &id = rows.at(i).first;
        auto *name = new QTableWidgetItem(m_names.isMissing(id) ? ImageNames::placeholder() : m_names.name(id));
        if (m_names.isMissing(id)) {
            name->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            name->setToolTip(ImageNames::missingExplanation());
        }
        t->setItem(i, 0, first);
        t->setItem(i, 1, new QTableWidgetItem(id));
        t->setItem(i, 2, name);
        t->setItem(i, 3, size);
    }
    if (rows.size() > shown)
        t->setItem(shown, 1, new QTableWidgetItem(tr("… and %Ln more", nullptr, int(rows.size() - shown))));
    t->resizeColumnToContents(0);
    t->resizeColumnToContents(3);
    if (m_names.isKnown()) {
        // Long names are cut rather than pushing the IDs (the column that stretches) out of sight.
        t->resizeColumnToContents(2);
        t->setColumnWidth(2, qMin(t->columnWidth(2), fontMetrics().averageCharWidth() * 32));
    }
}

void PlanPreviewDialog::setPlan(const PrunePlan &plan)
{
    m_prune = plan;
    QVector<std::pair<QString, qint64>> rows;
    rows.reserve(plan.victims.size());
    for (const PruneVictim &v : plan.victims)
        rows.append({v.imageId, v.size});
    fill(rows, {});
    const int n = int(plan.victims.size());
    if (n == 0 && !plan.neverEnds.isEmpty()) {
        m_ui->summaryLabel->setText(plan.neverEnds.toHtmlEscaped());
    } else if (n == 0) {
        m_ui->summaryLabel->setText(tr("The cache (%1) is within the limit of %2: nothing would be pruned.")
                                        .arg(DisplayFormat::size(plan.sizeBefore), DisplayFormat::size(plan.maxSize)));
    } else {
        QString text = tr("<b>%Ln image(s)</b> would be deleted, freeing <b>%1</b> (%2). The cache would go from %3 to "
                          "<b>%4</b> (limit %5).",
                          nullptr, n)
                           .arg(DisplayFormat::size(plan.bytesFreed), DisplayFormat::exactBytes(plan.bytesFreed),
                                DisplayFormat::size(plan.sizeBefore), DisplayFormat::size(plan.sizeAfter()),
                                DisplayFormat::size(plan.maxSize));
        if (!plan.neverEnds.isEmpty())
            text += u' ' + plan.neverEnds.toHtmlEscaped();
        else if (plan.sizeAfter() > plan.maxSize)
            text += u' ' + tr("It would still be over the limit: files without a record in cache.db count toward "
                              "the size but cannot be pruned.");
        m_ui->summaryLabel->setText(text);
    }
    m_execute->setText(tr("Prune %Ln image(s)", nullptr, n));
    m_execute->setEnabled(n > 0);
    refit();
}

void PlanPreviewDialog::setPlan(const CleanPlan &plan)
{
    m_clean = plan;
    QVector<std::pair<QString, qint64>> rows;
    QStringList kinds;
    for (const PartialImage &p : plan.invalid) {
        rows.append({p.imageId, p.size});
        kinds.append(tr("invalid"));
    }
    for (const PartialImage &p : plan.stalled) {
        rows.append({p.imageId, p.size});
        kinds.append(tr("stalled"));
    }
    fill(rows, kinds);
    const int n = int(rows.size());
    m_ui->summaryLabel->setText(n == 0 ? tr("Nothing to clean: no invalid files and no download older than %1.")
                                             .arg(DisplayFormat::duration(plan.stallTime))
                                       : tr("<b>%Ln file(s)</b> would be deleted, freeing <b>%1</b>: %2 invalid, %3 "
                                            "stalled (not written to for %4).",
                                           nullptr, n)
                                             .arg(DisplayFormat::size(plan.bytesFreed))
                                             .arg(QLocale().toString(plan.invalid.size()))
                                             .arg(QLocale().toString(plan.stalled.size()))
                                             .arg(DisplayFormat::duration(plan.stallTime)));
    m_execute->setText(tr("Clean %Ln file(s)", nullptr, n));
    m_execute->setEnabled(n > 0);
    refit();
}

void PlanPreviewDialog::refit()
{
    // The button text grows with the count; lay out now so it is never shown clipped.
    m_execute->setMinimumWidth(m_execute->sizeHint().width());
    m_ui->buttons->layout()->activate();
    layout()->activate();
}

void PlanPreviewDialog::setPlanError(const QString &message)
{
    m_execute->setEnabled(false);
    m_ui->summaryLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

bool PlanPreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->parameterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            recalculate();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
