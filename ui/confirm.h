#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// Message boxes opened window-modally with open(): the call returns at once and the answer arrives in a
// handler, so no nested event loop ever runs under a caller's feet (a re-read or a finished operation keeps
// being handled while the box is up). Each box is a child of parent and deletes itself when closed.
namespace Confirm {

// The question before a destructive action. The safe button (Cancel) is the default, so Enter or Escape
// never deletes anything; the other button names the action ("Delete 3 images"). onConfirmed runs only when
// that button is clicked, and never after parent is destroyed. details (the image IDs, say) go behind
// "Show Details...".
void destructive(QWidget *parent, const QString &title, const QString &question, const QString &actionLabel,
                 std::function<void()> onConfirmed, const QStringList &details = {});

// A warning with an OK button; details, when given, go behind "Show Details...". objectName names the box
// for tests ("operationError").
void warning(QWidget *parent, const QString &title, const QString &text, const QStringList &details = {},
             const QString &objectName = {});

} // namespace Confirm
