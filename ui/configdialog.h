#pragma once

#include "config/configdocument.h"

#include <QDialog>
#include <QVector>

#include <memory>

class OptionEditor;
class QLabel;

namespace Ui {
class ConfigDialog;
}

// Edits the cache options of glance-api.conf and/or glance-cache.conf. The form is generated from
// OptionDescriptor::cacheOptions(); only changed options are written, everything else in the files stays
// byte for byte. The Changes tab shows the diff; Save asks once more, then writes atomically with a backup
// and refuses when a file changed on disk meanwhile. Files are read and written on a worker thread.
class ConfigDialog : public QDialog
{
    Q_OBJECT
public:
    // files: the first is edited; with "keep in step" every file gets the same changes.
    explicit ConfigDialog(const QStringList &files, QWidget *parent = nullptr);
    ~ConfigDialog() override;

    // The documents with the person's changes applied (for tests and the diff view).
    QString diffText() const;
    bool hasChanges() const;

    // Esc and the window's close button do nothing while a save runs: the save's answer (saved(), the
    // backups, the re-read) needs the dialog.
    void reject() override;

Q_SIGNALS:
    // After a successful save: what was written and where the backups are.
    void saved(const QString &summary);

private:
    struct Row
    {
        const class OptionDescriptor *descriptor;
        OptionEditor *editor;
        QLabel *problem;
        QLabel *fileText; // grey "In the file: $…" when the file's text is not the value Glance reads
        QString initialInput; // the editor's input() as loaded: anything else is an edit
        QString unresolved; // why the primary file's value cannot be resolved, "" when it can
    };

    void loaded(const QVector<ConfigDocument> &documents, const QString &error);
    void buildForm();
    bool leftUnset(const Row &row) const;
    bool applyEdits(QVector<ConfigDocument> *documents, QStringList *problems) const;
    QString editedValue(const QString &key) const; // what the form would write for key (its input when invalid)
    void refreshChanges();
    void save();
    // After the confirmation: writes on a worker, then reports saved() and closes, or shows the error.
    void write(const QVector<ConfigDocument> &edited, const QStringList &changedFiles);

    std::unique_ptr<Ui::ConfigDialog> m_ui;
    QStringList m_files;
    QVector<ConfigDocument> m_documents; // as loaded
    QVector<Row> m_rows;
    bool m_saving = false;
    bool m_discarding = false; // the person confirmed throwing the edits away
};
