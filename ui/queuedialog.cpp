#include "queuedialog.h"
#include "ui_queuedialog.h"

#include "core/imageid.h"
#include "screenfit.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

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
    m_ui->problemsList->setWordWrap(true);
    m_ui->problemsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    validate();
}

QueueDialog::~QueueDialog() = default;

void QueueDialog::setText(const QString &text)
{
    m_ui->idsEdit->setPlainText(text);
}

void QueueDialog::validate()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList tokens = m_ui->idsEdit->toPlainText().split(separators, Qt::SkipEmptyParts);
    m_valid.clear();
    m_ui->problemsList->clear();
    QSet<QString> seen;
    int duplicates = 0;
    for (const QString &token : tokens) {
        if (!ImageId::isValid(token)) {
            m_ui->problemsList->addItem(ImageId::problem(token));
            continue;
        }
        const QString id = ImageId::normalized(token);
        if (seen.contains(id)) {
            ++duplicates;
            continue;
        }
        seen.insert(id);
        m_valid.append(id);
    }
    const int problems = m_ui->problemsList->count();
    m_ui->problemsList->setVisible(problems > 0);
    QString text;
    if (tokens.isEmpty())
        text = tr("No image IDs yet.");
    else if (problems > 0)
        text = tr("%n entry(ies) cannot be queued; correct or remove them.", nullptr, problems);
    else
        text = tr("%n image(s) to queue.", nullptr, int(m_valid.size()));
    if (duplicates > 0)
        text += u' ' + tr("%n duplicate(s) ignored.", nullptr, duplicates);
    m_ui->validationLabel->setText(text);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Queue %n image(s)", nullptr, int(m_valid.size())));
    ok->setEnabled(problems == 0 && !m_valid.isEmpty());
}
