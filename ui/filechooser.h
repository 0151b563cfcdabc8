#pragma once

#include <QString>

#include <functional>

class QWidget;

// File and folder choosers opened window-modally with open() (no nested event loop, as Confirm's boxes):
// chosen runs with the path a person picked, never on Cancel and never after parent is destroyed. Each
// dialog is a child of parent and deletes itself when closed.
namespace FileChooser {

// An existing file; filter as QFileDialog's ("Glance configuration (*.conf);;All files (*)").
void openFile(QWidget *parent, const QString &title, const QString &start, const QString &filter,
              std::function<void(const QString &)> chosen);
// An existing directory.
void openDirectory(QWidget *parent, const QString &title, const QString &start,
                   std::function<void(const QString &)> chosen);

// A file to write, new or existing (the dialog asks before replacing one). filter lists formats as
// "CSV (*.csv);;JSON (*.json)"; a name typed without a suffix gets the selected format's. chosen also gets
// the selected format's filter text.
void saveFile(QWidget *parent, const QString &title, const QString &start, const QString &filter,
              std::function<void(const QString &path, const QString &selectedFilter)> chosen);

} // namespace FileChooser
