#include "optioneditor.h"

#include "filechooser.h"

#include "config/optiondescriptor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include <cmath>

namespace {

struct Unit
{
    const char *suffix; // what validate() accepts after the number
    const char *label;
    double factor;
};

const Unit byteUnits[] = {
    {"", QT_TRANSLATE_NOOP("OptionEditor", "bytes"), 1},
    {"K", QT_TRANSLATE_NOOP("OptionEditor", "KiB"), 1024.0},
    {"M", QT_TRANSLATE_NOOP("OptionEditor", "MiB"), 1048576.0},
    {"G", QT_TRANSLATE_NOOP("OptionEditor", "GiB"), 1073741824.0},
    {"T", QT_TRANSLATE_NOOP("OptionEditor", "TiB"), 1099511627776.0},
};
const Unit timeUnits[] = {
    {"s", QT_TRANSLATE_NOOP("OptionEditor", "seconds"), 1},
    {"m", QT_TRANSLATE_NOOP("OptionEditor", "minutes"), 60},
    {"h", QT_TRANSLATE_NOOP("OptionEditor", "hours"), 3600},
    {"d", QT_TRANSLATE_NOOP("OptionEditor", "days"), 86400},
};

} // namespace

OptionEditor::OptionEditor(const OptionDescriptor &descriptor, QWidget *parent)
    : QWidget(parent)
    , m_descriptor(descriptor)
{
    setObjectName(QStringLiteral("option_") + descriptor.key());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setToolTip(descriptor.help());
    switch (descriptor.type()) {
    case OptionDescriptor::Type::Choice:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("choice"));
        for (const OptionDescriptor::Choice &c : descriptor.choices()) {
            // The summary names the value itself ("sqlite: a SQLite database…").
            m_choice->addItem(OptionDescriptor::choiceSummary(c), c.value);
        }
        // The summaries are sentences: sized by them, the combo made the form wider than its dialog (and
        // pushed the unit boxes of the other rows out of sight). It shows about 24 characters, more if there
        // is room, and the open list is as wide as its longest item.
        m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_choice->setMinimumContentsLength(24);
        layout->addWidget(m_choice, 1);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &OptionEditor::edited);
        break;
    case OptionDescriptor::Type::Bytes:
    case OptionDescriptor::Type::Seconds: {
        const bool bytes = descriptor.type() == OptionDescriptor::Type::Bytes;
        m_number = new QDoubleSpinBox(this);
        m_number->setObjectName(QStringLiteral("number"));
        m_number->setRange(0, 1e15);
        m_number->setDecimals(bytes ? 2 : 0);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unit"));
        if (bytes) {
            for (const Unit &u : byteUnits)
                m_unit->addItem(tr(u.label), QString::fromLatin1(u.suffix));
        } else {
            for (const Unit &u : timeUnits)
                m_unit->addItem(tr(u.label), QString::fromLatin1(u.suffix));
        }
        // Sized for the range's 16 digits the box would take half the form; in the largest unit that divides
        // the value a few digits are enough, and the unit beside it stays in view.
        fitNumber();
        connect(m_number, &QDoubleSpinBox::valueChanged, this, &OptionEditor::fitNumber);
        m_number->setMaximumWidth(m_number->sizeHint().width());
        m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(m_number, 1);
        layout->addWidget(m_unit);
        layout->addStretch(0);
        connect(m_number, &QDoubleSpinBox::valueChanged, this, &OptionEditor::edited);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &OptionEditor::edited);
        break;
    }
    case OptionDescriptor::Type::Path:
    case OptionDescriptor::Type::String:
    case OptionDescriptor::Type::Url:
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("text"));
        layout->addWidget(m_line, 1);
        connect(m_line, &QLineEdit::textEdited, this, &OptionEditor::edited);
        if (descriptor.type() == OptionDescriptor::Type::Path) {
            auto *browse = new QToolButton(this);
            browse->setObjectName(QStringLiteral("browse"));
            browse->setText(tr("Browse…"));
            layout->addWidget(browse);
            connect(browse, &QToolButton::clicked, this, [this]() {
                FileChooser::openDirectory(this, tr("Choose the image cache directory"), m_line->text(),
                                           [this](const QString &dir) {
                                               m_line->setText(dir);
                                               Q_EMIT edited();
                                           });
            });
        }
        break;
    }
}

void OptionEditor::setFileText(const QString &text)
{
    const QSignalBlocker blockChoice(m_choice);
    const QSignalBlocker blockNumber(m_number);
    const QSignalBlocker blockUnit(m_unit);
    if (m_line) {
        m_line->setText(text);
    } else if (m_choice) {
        const int index = m_choice->findData(text.trimmed().toLower());
        m_choice->setCurrentIndex(index < 0 ? 0 : index);
    } else if (m_number) {
        // Show the largest unit that divides the value exactly, so what is written back is the same number.
        const double value = text.trimmed().toDouble();
        const bool bytes = m_descriptor.type() == OptionDescriptor::Type::Bytes;
        int unit = 0;
        const int units = bytes ? int(std::size(byteUnits)) : int(std::size(timeUnits));
        for (int i = units - 1; i > 0; --i) {
            const double f = bytes ? byteUnits[i].factor : timeUnits[i].factor;
            if (value >= f && std::fmod(value, f) == 0) {
                unit = i;
                break;
            }
        }
        m_unit->setCurrentIndex(unit);
        m_number->setValue(value / (bytes ? byteUnits[unit].factor : timeUnits[unit].factor));
        fitNumber();
    }
}

void OptionEditor::fitNumber()
{
    // The box's own hint is for "1000000000000000.00"; it may shrink to what the value shows (at least six
    // digits), never further, so the number is never cut.
    const QFontMetrics metrics = m_number->fontMetrics();
    const QString shown = m_number->textFromValue(m_number->value());
    const int spare = metrics.horizontalAdvance(m_number->textFromValue(m_number->maximum()))
        - qMax(metrics.horizontalAdvance(shown), metrics.horizontalAdvance(QStringLiteral("999999.99")));
    m_number->setMinimumWidth(m_number->sizeHint().width() - qMax(0, spare));
}

QString OptionEditor::input() const
{
    if (m_line)
        return m_line->text();
    if (m_choice)
        return m_choice->currentData().toString();
    const QString suffix = m_unit->currentData().toString();
    if (suffix.isEmpty())
        return QString::number(qint64(std::llround(m_number->value())));
    return QString::number(m_number->value(), 'f', m_number->decimals()) + suffix;
}
