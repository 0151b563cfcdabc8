#include "filechooser.h"

#include <QFileDialog>

namespace FileChooser {

namespace {

void show(QFileDialog *dialog, std::function<void(const QString &)> chosen)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen = std::move(chosen)](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

} // namespace

void openFile(QWidget *parent, const QString &title, const QString &start, const QString &filter,
              std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(QStringLiteral("fileChooser"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    show(dialog, std::move(chosen));
}

void openDirectory(QWidget *parent, const QString &title, const QString &start,
                   std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, start);
    dialog->setObjectName(QStringLiteral("directoryChooser"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    show(dialog, std::move(chosen));
}

} // namespace FileChooser
