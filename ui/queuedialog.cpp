#include "queuedialog.h"
#include "ui_queuedialog.h"

#include "core/imageid.h"
#include "screenfit.h"
#include "core/imageidscan.h"

#include <QFontDatabase>
#include <QPushButton>

QueueDialog::QueueDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QueueDialog>())
{
    m_ui->setupUi(this);
    ScreenFit::keepOnScreen(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("queueButton"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->idsEdit, &QPlainTextEdit::textChanged, this, &QueueDialog::validate);
    // Pasted tables keep their columns lined up, so a person sees which column the IDs came from.
    m_ui->idsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->skippedList->setWordWrap(true);
    m_ui->skippedList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    validate();
}

QueueDialog::~QueueDialog() = default;

void QueueDialog::setKnown(const QSet<QString> &cached, const QSet<QString> &queued)
{
    m_cached = cached;
    m_queued = queued;
    validate();
}

void QueueDialog::setText(const QString &text)
{
    m_ui->idsEdit->setPlainText(text);
}

QString QueueDialog::skippedSummary() const
{
    QStringList parts;
    if (m_alreadyCached > 0)
        parts.append(tr("%Ln already cached", nullptr, m_alreadyCached));
    if (m_alreadyQueued > 0)
        parts.append(tr("%Ln already queued", nullptr, m_alreadyQueued));
    if (parts.isEmpty())
        return {};
    return tr("Skipped %Ln image(s): %1.", nullptr, m_alreadyCached + m_alreadyQueued).arg(parts.join(QStringLiteral(", ")));
}

void QueueDialog::validate()
{
    // A paste of a few thousand table rows scans in milliseconds (tst_imageidscan): no worker needed.
    const ImageIdScan::Result found = ImageIdScan::scan(m_ui->idsEdit->toPlainText());
    m_toQueue.clear();
    m_skippedLines.clear();
    m_alreadyCached = m_alreadyQueued = 0;
    m_ui->skippedList->clear();
    for (const QString &id : found.ids) {
        if (m_cached.contains(id)) {
            ++m_alreadyCached;
            m_skippedLines.append(tr("%1: already cached").arg(id));
        } else if (m_queued.contains(id)) {
            ++m_alreadyQueued;
            m_skippedLines.append(tr("%1: already queued").arg(id));
        } else {
            m_toQueue.append(id);
        }
    }
    m_ui->skippedList->addItems(m_skippedLines);
    for (const QString &word : found.rejected)
        m_ui->skippedList->addItem(ImageId::problem(word));
    m_ui->skippedList->setVisible(m_ui->skippedList->count() > 0);

    const int count = int(found.ids.size());
    QStringList sentences;
    if (count == 0) {
        sentences.append(m_ui->idsEdit->toPlainText().trimmed().isEmpty() ? tr("No image IDs yet.")
                                                                          : tr("No image IDs found in this text."));
    } else {
        QStringList parts{tr("%Ln ID(s) found", nullptr, count)};
        if (m_alreadyCached > 0)
            parts.append(tr("%Ln already cached", nullptr, m_alreadyCached));
        if (m_alreadyQueued > 0)
            parts.append(tr("%Ln already queued", nullptr, m_alreadyQueued));
        sentences.append(parts.join(QStringLiteral(", ")) + u'.');
        sentences.append(m_toQueue.isEmpty() ? tr("Nothing new to queue.")
                                             : tr("%Ln image(s) to queue.", nullptr, int(m_toQueue.size())));
    }
    if (found.duplicates > 0)
        sentences.append(tr("%Ln repeated ID(s) counted once.", nullptr, found.duplicates));
    if (!found.rejected.isEmpty())
        sentences.append(tr("%Ln mistyped ID(s) not queued (see below).", nullptr, int(found.rejected.size())));
    m_ui->validationLabel->setText(sentences.join(u' '));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Queue %Ln image(s)", nullptr, int(m_toQueue.size())));
    ok->setEnabled(!m_toQueue.isEmpty());
}
