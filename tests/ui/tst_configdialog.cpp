#include "configdialog.h"
#include "core/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The cache-options dialog as a person uses it: edit, look at the diff, save or cancel.
class TestConfigDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_api;
    QString m_cache;
    const QByteArray m_apiText = "# Glance API\n[DEFAULT]\n# where cached images live\nimage_cache_dir = /var/lib/glance/image-cache\n"
                                 "debug = true\n\n[paste_deploy]\nflavor = keystone\n";
    const QByteArray m_cacheText = "[DEFAULT]\nimage_cache_dir = /var/lib/glance/image-cache\nimage_cache_max_size = 10737418240\n";

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    std::unique_ptr<ConfigDialog> open()
    {
        auto dialog = std::make_unique<ConfigDialog>(QStringList{m_api, m_cache});
        dialog->show();
        return dialog;
    }

    static void setBytes(ConfigDialog *dialog, double value, const QString &unitSuffix)
    {
        QWidget *editor = dialog->findChild<QWidget *>(QStringLiteral("option_image_cache_max_size"));
        auto *unit = editor->findChild<QComboBox *>(QStringLiteral("unit"));
        unit->setCurrentIndex(unit->findData(unitSuffix));
        editor->findChild<QDoubleSpinBox *>(QStringLiteral("number"))->setValue(value);
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_api = m_tmp->filePath(QStringLiteral("glance-api.conf"));
        m_cache = m_tmp->filePath(QStringLiteral("glance-cache.conf"));
        QVERIFY(write(m_api, m_apiText));
        QVERIFY(write(m_cache, m_cacheText));
    }

    void editShowsDiffAndCancelWritesNothing()
    {
        auto dialog = open();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(!dialog->hasChanges());
        setBytes(dialog.get(), 20, QStringLiteral("G"));
        const QString diff = dialog->diffText();
        QVERIFY2(diff.contains(QLatin1String("+image_cache_max_size = 21474836480")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("-image_cache_max_size = 10737418240")));
        QVERIFY(!save->isDefault());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(read(m_api), m_apiText);
        QCOMPARE(read(m_cache), m_cacheText);
        QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files).size(), 2); // no backup, no temp file
    }

    void warnsAndAsksBeforeDiscarding()
    {
        auto dialog = open();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        setBytes(dialog.get(), 0, QStringLiteral("G"));
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QLatin1String("deletes every cached image")), qPrintable(status));
        QVERIFY(save->isEnabled()); // a warning, not a refusal
        // Esc with edits asks; keeping the edits leaves the dialog open, discarding closes it.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QWidget *box = QApplication::activeModalWidget();
        QVERIFY(box && box != dialog.get());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        box = QApplication::activeModalWidget();
        QVERIFY(box && box != dialog.get());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(read(m_cache), m_cacheText);
    }

    void saveWritesBothFilesInStep()
    {
        auto dialog = open();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        setBytes(dialog.get(), 20, QStringLiteral("G"));
        QSignalSpy saved(dialog.get(), &ConfigDialog::saved);
        bool confirmed = false;
        QTimer::singleShot(0, this, [&confirmed]() {
            // the confirmation: the safe button is the default, so click the named one
            QWidget *box = QApplication::activeModalWidget();
            auto *confirm = box ? box->findChild<QPushButton *>(QStringLiteral("confirmButton")) : nullptr;
            if (confirm) {
                confirmed = true;
                QTest::mouseClick(confirm, Qt::LeftButton);
            }
        });
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(saved.wait(10000), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QVERIFY2(confirmed, "saving asked for no confirmation");
        // only the changed option differs; comments and other options stay byte for byte
        QByteArray expectedApi = m_apiText;
        expectedApi.replace("debug = true\n", "debug = true\nimage_cache_max_size = 21474836480\n");
        QCOMPARE(read(m_api), expectedApi);
        QByteArray expectedCache = m_cacheText;
        expectedCache.replace("10737418240", "21474836480");
        QCOMPARE(read(m_cache), expectedCache);
        const QStringList backups = QDir(m_tmp->path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
        QCOMPARE(backups.size(), 2);
        QVERIFY(saved.at(0).at(0).toString().contains(QLatin1String(".bak")));
    }

    void centralizedDbNeedsTheNodeUrl()
    {
        auto dialog = open();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        auto *driver = dialog->findChild<QWidget *>(QStringLiteral("option_image_cache_driver"))->findChild<QComboBox *>();
        driver->setCurrentIndex(driver->findData(QStringLiteral("centralized_db")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("worker_self_reference_url")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(read(m_api), m_apiText);
    }

    void invalidValueBlocksSave()
    {
        auto dialog = open();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QWidget *editor = dialog->findChild<QWidget *>(QStringLiteral("option_image_cache_dir"));
        auto *line = editor->findChild<QLineEdit *>(QStringLiteral("text"));
        line->setText(QStringLiteral("relative/path"));
        Q_EMIT line->textEdited(line->text());
        QTest::mouseClick(save, Qt::LeftButton); // refused before any question is asked
        QVERIFY(dialog->isVisible());
        QCOMPARE(read(m_api), m_apiText);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem_image_cache_dir"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000); // rows added to a shown dialog appear on the next pass
        QVERIFY(problem->text().contains(QLatin1String("absolute")));
    }

    // The form shows the value Glance reads with the file's text in grey beneath it; an option left alone keeps
    // its reference byte for byte, and a typed '$' is written as "$$".
    void referencesShownKeptAndDollarEscaped()
    {
        const QByteArray api = "[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}/../image-cache\n"
                               "image_cache_sqlite_db = cache.db\n";
        QVERIFY(write(m_api, api));
        auto dialog = std::make_unique<ConfigDialog>(QStringList { m_api });
        dialog->show();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        auto *dirLine = dialog->findChild<QWidget *>(QStringLiteral("option_image_cache_dir"))->findChild<QLineEdit *>(QStringLiteral("text"));
        QCOMPARE(dirLine->text(), QStringLiteral("/var/lib/glance/images/../image-cache"));
        auto *fileText = dialog->findChild<QLabel *>(QStringLiteral("fileText_image_cache_dir"));
        QTRY_VERIFY_WITH_TIMEOUT(fileText->isVisible(), 5000);
        QVERIFY2(fileText->text().contains(QLatin1String("${glance_store.filesystem_store_datadir}/../image-cache")),
                 qPrintable(fileText->text()));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("fileText_image_cache_sqlite_db"))->isVisible());

        // Another option edited: the reference stays as it is.
        auto *dbLine = dialog->findChild<QWidget *>(QStringLiteral("option_image_cache_sqlite_db"))->findChild<QLineEdit *>(QStringLiteral("text"));
        dbLine->selectAll();
        QTest::keyClicks(dbLine, QStringLiteral("price$1.db"));
        QString diff = dialog->diffText();
        QVERIFY2(diff.contains(QLatin1String("+image_cache_sqlite_db = price$$1.db")), qPrintable(diff));
        QVERIFY2(!diff.contains(QLatin1String("-image_cache_dir")) && !diff.contains(QLatin1String("+image_cache_dir")),
                 qPrintable(diff));

        // The directory itself typed with a '$': escaped.
        dirLine->selectAll();
        QTest::keyClicks(dirLine, QStringLiteral("/srv/cache$x"));
        diff = dialog->diffText();
        QVERIFY2(diff.contains(QLatin1String("+image_cache_dir = /srv/cache$$x")), qPrintable(diff));
        QVERIFY2(diff.contains(QLatin1String("-image_cache_dir = ${glance_store.filesystem_store_datadir}")), qPrintable(diff));
    }

    // A reference Glance cannot resolve is shown as an error, and the untouched option is not rewritten.
    void unresolvableReferenceIsShown()
    {
        QVERIFY(write(m_api, "[DEFAULT]\nimage_cache_dir = /srv/cache$x\n"));
        auto dialog = std::make_unique<ConfigDialog>(QStringList { m_api });
        dialog->show();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem_image_cache_dir"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
        QVERIFY2(problem->text().contains(QLatin1String("$x cannot be resolved")), qPrintable(problem->text()));
        QVERIFY(dialog->diffText().isEmpty());
    }
};

QTEST_MAIN(TestConfigDialog)
#include "tst_configdialog.moc"
