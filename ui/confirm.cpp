#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Confirm {

bool destructive(QWidget *parent, const QString &title, const QString &question, const QString &actionLabel)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *action = box.addButton(actionLabel, QMessageBox::DestructiveRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == action;
}

} // namespace Confirm
