#include "configdialog.h"
#include "ui_configdialog.h"

#include "confirm.h"
#include "config/optiondescriptor.h"
#include "config/osloconfig.h"
#include "optioneditor.h"
#include "screenfit.h"

#include "core/background.h"
#include "core/expected.h"

#include <QFileInfo>
#include <QLocale>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace {

// Every file, or the sentence of the first that could not be read. Runs on a worker.
Expected<QVector<ConfigDocument>> loadAll(const QStringList &files)
{
    QVector<ConfigDocument> documents;
    for (const QString &f : files) {
        ConfigDocument doc;
        const Expected<void> loaded = doc.load(f);
        if (!loaded)
            return Expected<QVector<ConfigDocument>>::failure(loaded.error());
        documents.append(doc);
    }
    return documents;
}

// Writes every document (ConfigDocument::saveAll); the backups' paths on success. Runs on a worker.
Expected<QStringList> saveAll(QVector<ConfigDocument> edited)
{
    QVector<ConfigDocument *> pointers;
    for (ConfigDocument &doc : edited)
        pointers.append(&doc);
    return ConfigDocument::saveAll(pointers);
}

// The value Glance reads for d from doc alone ($references resolved; the default when unset), or the sentence
// saying why it cannot be resolved.
Expected<QString> effectiveIn(const ConfigDocument &doc, const OptionDescriptor &d)
{
    OsloConfig config;
    QString text = QString::fromUtf8(doc.contents());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    if (const Expected<void> read = config.addText(text, doc.path()); !read)
        return Expected<QString>::failure(read.error());
    return config.resolved(d.section(), d.key(), d.defaultValue());
}

// For comparing: the value, or the file's text when it cannot be resolved.
QString currentText(const ConfigDocument &doc, const OptionDescriptor &d)
{
    const Expected<QString> value = effectiveIn(doc, d);
    return value ? *value : doc.value(d.section(), d.key());
}

} // namespace

ConfigDialog::ConfigDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfigDialog>())
    , m_files(files)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("configDialog"));
    ScreenFit::keepOnScreen(this);
    // The form scrolls down, never sideways: its rows wrap (label above field) before they would overflow.
    m_ui->optionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->keepInStep->setVisible(files.size() > 1);
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QPushButton *saveButton = m_ui->buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setEnabled(false);
    saveButton->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &ConfigDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->keepInStep, &QCheckBox::toggled, this, &ConfigDialog::refreshChanges);
    QStringList shown;
    for (const QString &f : files)
        shown.append(QStringLiteral("<b>%1</b>").arg(f.toHtmlEscaped()));
    // "a and b", "a et b", "a und b": the list in the language of the rest of the sentence.
    m_ui->filesLabel->setText(tr("Editing %1").arg(QLocale().createSeparatedList(shown)));
    m_ui->statusLabel->setText(tr("Reading…"));

    Background::run(this, [files]() { return loadAll(files); },
                    [this](const Expected<QVector<ConfigDocument>> &r) { loaded(r.value(), r.error()); });
}

ConfigDialog::~ConfigDialog() = default;

void ConfigDialog::loaded(const QVector<ConfigDocument> &documents, const QString &error)
{
    if (!error.isEmpty()) {
        m_ui->statusLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    m_documents = documents;
    buildForm();
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    refreshChanges();
}

void ConfigDialog::buildForm()
{
    auto *form = new QFormLayout(m_ui->optionsWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const ConfigDocument &primary = m_documents.constFirst();
    for (const OptionDescriptor &d : OptionDescriptor::cacheOptions()) {
        auto *editor = new OptionEditor(d, m_ui->optionsWidget);
        // The editor shows the value Glance reads; the file's own text, when it differs ($references), is the
        // grey line under it. An untouched option is never written, so its references stay as they are.
        const Expected<QString> effective = effectiveIn(primary, d);
        const QString raw = primary.value(d.section(), d.key());
        editor->setFileText(effective ? *effective : raw);
        auto *problem = new QLabel(m_ui->optionsWidget);
        problem->setObjectName(QStringLiteral("problem_") + d.key());
        problem->setWordWrap(true);
        problem->hide();
        auto *fileText = new QLabel(m_ui->optionsWidget);
        fileText->setObjectName(QStringLiteral("fileText_") + d.key());
        fileText->setWordWrap(true);
        fileText->setTextFormat(Qt::PlainText);
        fileText->setForegroundRole(QPalette::PlaceholderText);
        fileText->setText(tr("In the file: %1").arg(raw));
        fileText->setToolTip(tr("The text in %1; Glance reads it as the value above.").arg(primary.path()));
        fileText->setVisible(effective && primary.contains(d.section(), d.key()) && raw != *effective);
        auto *field = new QWidget(m_ui->optionsWidget);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(fileText);
        column->addWidget(problem);
        auto *label = new QLabel(d.label(), m_ui->optionsWidget);
        label->setToolTip(d.help());
        form->addRow(label, field);
        connect(editor, &OptionEditor::edited, this, &ConfigDialog::refreshChanges);
        m_rows.append({&d, editor, problem, fileText, editor->input(), effective ? QString() : effective.error()});
    }
}

bool ConfigDialog::applyEdits(QVector<ConfigDocument> *documents, QStringList *problems) const
{
    *documents = m_documents;
    bool ok = true;
    const bool everywhere = m_ui->keepInStep->isVisible() && m_ui->keepInStep->isChecked();
    for (const Row &row : m_rows) {
        if (leftUnset(row))
            continue;
        const Expected<QString> valid = row.descriptor->validate(row.editor->input());
        if (!valid) {
            problems->append(row.descriptor->displayName() + QStringLiteral(": ") + valid.error());
            ok = false;
            continue;
        }
        const QString &normalized = *valid;
        // Untouched means unchanged: the option keeps its text (and its $references) byte for byte.
        const bool changed = row.editor->input() != row.initialInput;
        for (int i = 0; i < documents->size(); ++i) {
            // Only [DEFAULT] options are shared; the paste pipeline exists in glance-api.conf alone.
            if (i > 0 && (!everywhere || row.descriptor->section() != QLatin1String("DEFAULT")))
                break;
            // In step: a file that disagrees is brought to the same value even when the first did not change
            // (unless the first's value cannot be resolved: there is no value to copy).
            if (i == 0 ? !changed : (!changed && !row.unresolved.isEmpty()))
                continue;
            ConfigDocument &doc = (*documents)[i];
            ConfigDocument edited = doc;
            const Expected<void> set = edited.set(row.descriptor->section(), row.descriptor->key(), normalized);
            if (!set) {
                problems->append(row.descriptor->displayName() + QStringLiteral(": ") + set.error());
                ok = false;
                continue;
            }
            // Written only when Glance would read something else than it does now.
            const Expected<QString> before = effectiveIn(doc, *row.descriptor);
            if (!before || *before != currentText(edited, *row.descriptor))
                doc = edited;
        }
    }
    // Options that are fine alone but not together (centralized_db without this node's URL...).
    const QStringList combined
        = OptionDescriptor::combinationProblems([this](const QString &key) { return editedValue(key); });
    *problems += combined;
    return ok && combined.isEmpty();
}

QString ConfigDialog::editedValue(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.descriptor->key() != key)
            continue;
        // A value that cannot be resolved is unknown, not the 0 its number box shows.
        if (!row.unresolved.isEmpty() && row.editor->input() == row.initialInput)
            return QString();
        const Expected<QString> valid = row.descriptor->validate(row.editor->input());
        return valid ? *valid : row.editor->input();
    }
    return QString();
}

void ConfigDialog::refreshChanges()
{
    QVector<ConfigDocument> edited;
    QStringList problems;
    applyEdits(&edited, &problems);
    for (const Row &row : m_rows) {
        const Expected<QString> checked
            = leftUnset(row) ? Expected<QString>(QString()) : row.descriptor->validate(row.editor->input());
        const bool valid = checked.ok();
        QString note;
        if (!valid)
            note = QStringLiteral("<span style='color:#b00020'>%1</span>").arg(checked.error().toHtmlEscaped());
        else if (!row.unresolved.isEmpty() && row.editor->input() == row.initialInput)
            note = QStringLiteral("<span style='color:#b00020'>%1</span>").arg(row.unresolved.toHtmlEscaped());
        for (int i = 1; valid && i < m_documents.size(); ++i) {
            const QString other = currentText(m_documents.at(i), *row.descriptor);
            if (other != currentText(m_documents.constFirst(), *row.descriptor))
                note = tr("<span style='color:#8a5300'>%1 has %2</span>")
                           .arg(QFileInfo(m_documents.at(i).path()).fileName().toHtmlEscaped(),
                                (other.isEmpty() ? tr("(unset)") : other).toHtmlEscaped());
        }
        row.problem->setText(note);
        row.problem->setVisible(!note.isEmpty());
    }
    QString diff;
    for (const ConfigDocument &doc : std::as_const(edited))
        diff += doc.diff();
    m_ui->diffView->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
    m_ui->pages->setTabText(1, diff.isEmpty() ? tr("Changes") : tr("Changes (*)"));
    const QStringList warnings
        = OptionDescriptor::valueWarnings([this](const QString &key) { return editedValue(key); });
    if (!m_saving)
        m_ui->statusLabel->setText(
            !problems.isEmpty() ? QStringLiteral("<span style='color:#b00020'>%1</span>")
                                      .arg(problems.join(QStringLiteral("<br>")).toHtmlEscaped())
                : warnings.isEmpty() ? QString()
                                     : QStringLiteral("<span style='color:#8a5300'>%1</span>")
                                           .arg(warnings.join(QStringLiteral("<br>")).toHtmlEscaped()));
}

bool ConfigDialog::leftUnset(const Row &row) const
{
    // An option the file does not set, left empty: nothing to write (not an invalid empty value).
    return row.editor->input().trimmed().isEmpty()
        && !m_documents.constFirst().contains(row.descriptor->section(), row.descriptor->key());
}

QString ConfigDialog::diffText() const
{
    QVector<ConfigDocument> edited;
    QStringList problems;
    applyEdits(&edited, &problems);
    QString diff;
    for (const ConfigDocument &doc : std::as_const(edited))
        diff += doc.diff();
    return diff;
}

void ConfigDialog::reject()
{
    if (m_saving)
        return;
    if (!hasChanges() || m_discarding) {
        QDialog::reject();
        return;
    }
    // Esc or Cancel with edits: ask, so a stray key does not throw a page of edits away.
    Confirm::destructive(this, tr("Discard changes"), tr("Discard the changes you made to the cache options?"),
                         tr("Discard"), [this]() {
                             m_discarding = true;
                             reject();
                         });
}

bool ConfigDialog::hasChanges() const
{
    return !diffText().isEmpty();
}

void ConfigDialog::save()
{
    QVector<ConfigDocument> edited;
    QStringList problems;
    if (!applyEdits(&edited, &problems)) {
        m_ui->statusLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                       .arg(problems.join(QStringLiteral("<br>")).toHtmlEscaped()));
        return;
    }
    QStringList changedFiles;
    for (const ConfigDocument &doc : std::as_const(edited)) {
        if (doc.isModified())
            changedFiles.append(doc.path());
    }
    if (changedFiles.isEmpty()) {
        m_ui->statusLabel->setText(tr("Nothing changed; nothing to save."));
        return;
    }
    m_ui->pages->setCurrentIndex(1); // let the person see the diff behind the question
    const QStringList warnings
        = OptionDescriptor::valueWarnings([this](const QString &key) { return editedValue(key); });
    QString question = tr("Write these changes to %1?\n\nA backup of each file is kept next to it. glance-api "
                          "and the cache tools read the new values when they next start.")
                           .arg(changedFiles.join(QStringLiteral(", ")));
    if (!warnings.isEmpty())
        question += QStringLiteral("\n\n") + tr("Warning:") + u' ' + warnings.join(u' ');
    Confirm::destructive(this, tr("Save cache options"), question,
                         tr("Save"), [this, edited, changedFiles]() { write(edited, changedFiles); });
}

void ConfigDialog::write(const QVector<ConfigDocument> &edited, const QStringList &changedFiles)
{
    m_saving = true;
    m_ui->buttons->setEnabled(false);
    m_ui->statusLabel->setText(tr("Saving…"));
    Background::run(this, [edited]() { return saveAll(edited); }, [this, changedFiles](const Expected<QStringList> &r) {
        m_saving = false;
        m_ui->buttons->setEnabled(true);
        if (!r) {
            m_ui->statusLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(r.error().toHtmlEscaped()));
            return;
        }
        QStringList backups = r.value();
        backups.removeAll(QString());
        Q_EMIT saved(tr("Saved %1 (backup: %2).").arg(changedFiles.join(QStringLiteral(", ")), backups.join(QStringLiteral(", "))));
        accept();
    });
}
