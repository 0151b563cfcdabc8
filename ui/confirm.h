#pragma once

#include <QString>

class QWidget;

// The question before a destructive action. The safe button (Cancel) is the default, so Enter or Escape
// never deletes anything; the other button names the action ("Delete 3 images").
namespace Confirm {

bool destructive(QWidget *parent, const QString &title, const QString &question, const QString &actionLabel);

} // namespace Confirm
