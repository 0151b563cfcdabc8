#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <functional>

MessageBar::MessageBar(Type type, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_type(type)
{
    setObjectName(QStringLiteral("messageBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 5, 6, 5);
    row->setSpacing(8);
    m_icon = new QLabel(this);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (type == Type::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (type == Type::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(extent, extent));
    m_icon->setAlignment(Qt::AlignTop);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Without this a long sentence sets the band's minimum width, and with it the window's.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // what setWordWrap() had set, and a new policy would drop
    m_text->setSizePolicy(policy);
    m_text->setMinimumSize(120, 1); // a height too: a wrapped label's own minimum is computed for a narrow width
    row->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    row->addLayout(m_buttons);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Hide this message"));
    m_close->hide();
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::closeRequested);
}

QString MessageBar::text() const
{
    return m_text->text();
}

QToolButton *MessageBar::addButton(const QString &text, const std::function<void()> &onClick)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(button, &QToolButton::clicked, this, [onClick]() { onClick(); });
    m_buttons->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QColor MessageBar::colour(Type type)
{
    // KDE Breeze's positive, neutral, negative and information colours: recognisable, and readable on light and dark.
    switch (type) {
    case Type::Positive:
        return QColor(0x27, 0xae, 0x60);
    case Type::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Error:
        break;
    }
    return QColor(0xda, 0x44, 0x53);
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = colour(m_type);
    QColor fill = border;
    fill.setAlphaF(0.2);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}
