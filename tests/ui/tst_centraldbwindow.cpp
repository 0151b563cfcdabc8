// The main window on a centralized_db cache whose records are on a real scratch MariaDB server: opened from a
// glance-api.conf that names no driver (detected on a worker), the header naming the database in its redacted
// form (never the password), the rows in the cached view, and Follow Changes picking up a change that touches
// only a row (a hit), which no file-system watcher can see. Saves main-centraldb.png for a person to look at.

#include "centraldbrows.h"
#include "core/translations.h"
#include "entryview.h"
#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "scratchdatabases.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString ourNode = QStringLiteral("http://glance-1.example.org:9292");
const QString idA = QStringLiteral("c0000000-0000-4000-8000-00000000000a");
const QString idB = QStringLiteral("a0000000-0000-4000-8000-00000000000b");

} // namespace

class TestCentralDbWindow : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_password;
    QString m_config;

    // The window on the centralized_db config, read once; each test function that needs it opens it when
    // no earlier one did, so that any of them runs alone.
    void openWindow()
    {
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        LocationOptions options;
        options.configFiles = {m_config};
        m_session->openWith(options); // resolved, detection included, on a worker
        QVERIFY(loaded.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start({QStringLiteral("mariadb")}, {}, &error), qPrintable(error));
        QVERIFY2(m_db.schema(QStringLiteral("mariadb"), &error), qPrintable(error));
        m_password = m_db.info(QStringLiteral("mariadb")).value(QLatin1String("password")).toString();
        const QString url = m_db.url(QStringLiteral("mariadb"));
        {
            CentralDbRows rows(url);
            QVERIFY2(rows.isOpen(), qPrintable(rows.error()));
            QVERIFY2(rows.addRow(ourNode, idA, QStringLiteral("2024-05-01 10:00:00"), QStringLiteral("2024-05-01 09:00:00"),
                                 4096, 3) > 0, qPrintable(rows.error()));
            QVERIFY2(rows.addRow(ourNode, idB, QStringLiteral("2024-05-02 08:00:00"), QStringLiteral("2024-05-02 08:00:00"),
                                 8192, 0) > 0, qPrintable(rows.error()));
            QVERIFY2(rows.addRow(QStringLiteral("http://glance-2.example.org:9292"), idB,
                                 QStringLiteral("2024-05-02 08:00:00"), QStringLiteral("2024-05-02 08:00:00"), 8192, 9) > 0,
                     qPrintable(rows.error()));
        }
        const QDir cache(m_db.filePath(QStringLiteral("image-cache")));
        for (const char *sub : {"incomplete", "invalid", "queue"})
            QVERIFY(cache.mkpath(QString::fromLatin1(sub)));
        for (const auto &[id, size] : {std::pair{idA, 4096}, std::pair{idB, 8192}}) {
            QFile f(cache.filePath(id));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(size, 'x')) == size);
        }
        m_config = m_db.filePath(QStringLiteral("glance-api.conf"));
        QFile conf(m_config);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        // No image_cache_driver: Glance 2024.1's default, detected from the database.
        conf.write(QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nworker_self_reference_url = %2\n"
                                  "[database]\nconnection = %3\n")
                       .arg(cache.path(), ourNode, url)
                       .toUtf8());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_db.stop();
    }

    void headerNamesTheDatabase()
    {
        openWindow();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_session->location().driver, QStringLiteral("centralized_db"));
        QCOMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 2);
        // Without the zero-width spaces that let the long URL wrap.
        const QString location
            = m_window->findChild<QLabel *>(QStringLiteral("locationLabel"))->text().remove(QChar(0x200B));
        QVERIFY2(location.contains(QStringLiteral("Records of node <b>%1</b>").arg(ourNode)), qPrintable(location));
        QVERIFY2(location.contains(m_session->location().databaseDisplay.toHtmlEscaped()), qPrintable(location));
        QVERIFY2(location.contains(QLatin1String("glance:***@localhost/glance")), qPrintable(location));
        QVERIFY2(location.contains(QLatin1String("connection has the image cache tables")), qPrintable(location)); // the note
        const QString driver = m_window->findChild<QLabel *>(QStringLiteral("driverLabel"))->text();
        QVERIFY2(driver.contains(QLatin1String("centralized_db")), qPrintable(driver));
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(m_password) && !label->toolTip().contains(m_password),
                     qPrintable(label->objectName()));
            QVERIFY(!label->text().contains(QString::fromLatin1(QUrl::toPercentEncoding(m_password))));
        }
        QDir out(QStringLiteral(GCA_SCREENSHOT_DIR));
        QVERIFY(out.mkpath(QStringLiteral(".")));
        QVERIFY(m_window->grab().save(out.filePath(QStringLiteral("main-centraldb.png"))));
    }

    // A hit changes only a row: the periodic re-read while following shows it.
    void followChangesReReadsRows()
    {
        if (!m_session)
            openWindow();
        if (QTest::currentTestFailed())
            return;
        m_session->setFollowing(true, 300);
        const auto hitsOfA = [this]() {
            for (const CachedImage &c : m_session->snapshot().cached) {
                if (c.imageId == idA)
                    return c.hits;
            }
            return qint64(-1);
        };
        QCOMPARE(hitsOfA(), qint64(3));
        {
            CentralDbRows rows(m_db.url(QStringLiteral("mariadb")));
            QVERIFY2(rows.exec(QStringLiteral("UPDATE cached_images SET hits = hits + 1, last_accessed = ? WHERE image_id = ? "
                                              "AND node_reference_id = ?"),
                               {QStringLiteral("2024-06-01 12:00:00"), idA, rows.node(ourNode)}),
                     qPrintable(rows.error()));
        }
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(hitsOfA(), qint64(4));
        m_session->setFollowing(false);
    }
};

QTEST_MAIN(TestCentralDbWindow)
#include "tst_centraldbwindow.moc"
