#include "filechooser.h"

#include <QFileDialog>
#include <QRegularExpression>

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

void saveFile(QWidget *parent, const QString &title, const QString &start, const QString &filter,
              std::function<void(const QString &, const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(QStringLiteral("saveChooser"));
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // The suffix follows the format picked: "*.json" gives "json".
    const auto suffixOf = [](const QString &nameFilter) {
        static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
        return pattern.match(nameFilter).captured(1);
    };
    dialog->setDefaultSuffix(suffixOf(dialog->selectedNameFilter()));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, suffixOf](const QString &f) { dialog->setDefaultSuffix(suffixOf(f)); });
    show(dialog, [dialog, chosen = std::move(chosen)](const QString &path) { chosen(path, dialog->selectedNameFilter()); });
}

} // namespace FileChooser
