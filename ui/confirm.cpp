#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Confirm {

void destructive(QWidget *parent, const QString &title, const QString &question, const QString &actionLabel,
                 std::function<void()> onConfirmed, const QStringList &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *action = box->addButton(actionLabel, QMessageBox::DestructiveRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    QObject::connect(box, &QDialog::finished, box, [box, action, onConfirmed = std::move(onConfirmed)]() {
        if (box->clickedButton() == action)
            onConfirmed();
    });
    box->open();
}

void warning(QWidget *parent, const QString &title, const QString &text, const QStringList &details,
             const QString &objectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(objectName);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    box->open();
}

} // namespace Confirm
