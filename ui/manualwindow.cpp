#include "manualwindow.h"

#include "screenfit.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString geometryKey = QStringLiteral("manual/geometry");
}

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Glance Cache Admin Manual"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/manual/manual.md")), QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    layout->addWidget(buttons);
    // A size kept from a larger screen, or a larger scale, is dropped rather than overflowing this one.
    if (!ScreenFit::restoreGeometry(this, QSettings().value(geometryKey).toByteArray()))
        ScreenFit::resizeWithin(this, QSize(760, 820));
    ScreenFit::keepOnScreen(this);
}

ManualWindow *ManualWindow::showFor(QWidget *parent)
{
    auto *window = parent->findChild<ManualWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new ManualWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ManualWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QWidget::closeEvent(event);
}
