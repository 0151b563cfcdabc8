#include "core/translations.h"
#include "entryview.h"
#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "testcache.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

// The health summary in the header as an operator meets it: each error and warning a bar with the button that
// fixes it, errors above warnings, the button opening the right place, and the bars current after an operation.
class TestHealthBars : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    const double t0 = 1700000000.0;

    // The header's bars, top to bottom.
    QList<MessageBar *> bars() const
    {
        QList<MessageBar *> shown;
        auto *holder = m_window->findChild<QWidget *>(QStringLiteral("healthBars"));
        for (int i = 0; holder && i < holder->layout()->count(); ++i)
            if (auto *bar = qobject_cast<MessageBar *>(holder->layout()->itemAt(i)->widget()))
                shown.append(bar);
        return shown;
    }
    MessageBar *bar(const QString &findingId) const
    {
        for (MessageBar *b : bars())
            if (b->objectName() == QStringLiteral("health-") + findingId && b->isVisible())
                return b;
        return nullptr;
    }
    QString names() const
    {
        QStringList n;
        for (MessageBar *b : bars())
            n.append(b->objectName() + (b->isVisible() ? QString() : QStringLiteral("(hidden)")) + u' ' + b->text());
        n.append(m_window->findChild<QLabel *>(QStringLiteral("healthSummary"))->text());
        return n.join(u'\n');
    }
    void open(const CacheLocation &location, const QString &note = {})
    {
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1280, 720);
        m_window->show();
        m_session->open(location, note);
    }
    QString writeConfig(const QString &flavor)
    {
        const QString path = m_tmp->filePath(QStringLiteral("glance-api.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_driver = sqlite\nimage_cache_max_size = 2000\n"
                               "[paste_deploy]\nflavor = %2\n").arg(m_cache->dir(), flavor).toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(QStringLiteral("cache")), QStringLiteral("sqlite"));
        QVERIFY(m_cache->init());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(m_cache->addCached(TestCache::id(i), 1000, t0 + i, i));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void overLimitOffersPruneAndGoesAfterIt()
    {
        open(m_cache->location(2500)); // 4000 bytes cached
        QTRY_VERIFY(bar(QStringLiteral("over-max-size")));
        MessageBar *over = bar(QStringLiteral("over-max-size"));
        QCOMPARE(over->type(), MessageBar::Type::Warning);
        QVERIFY2(over->text().contains(QLatin1String("over its limit")), qPrintable(over->text()));
        auto *fix = over->findChild<QToolButton *>(QStringLiteral("fixButton"));
        QVERIFY(fix);
        QCOMPARE(fix->text(), QStringLiteral("Prune Now…"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<QDialog *>(QStringLiteral("prunePreview"))) && preview->isVisible());
        auto *execute = preview->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY(execute->isEnabled());
        QSignalSpy done(m_session.get(), &CacheSession::operationFinished);
        QTest::mouseClick(execute, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        // The check runs again after the operation: the bar goes without waiting for the periodic interval.
        QTRY_VERIFY(!bar(QStringLiteral("over-max-size")));
        QCOMPARE(QDir(m_cache->dir()).entryList({QStringLiteral("*-*")}, QDir::Files).size(), 2);
    }

    void errorsAboveWarningsAndTheirButtonsOpenTheRightPlace()
    {
        CacheLocation location = m_cache->location(1000000);
        location.configFiles = {writeConfig(QStringLiteral("keystone"))}; // a warning, found first by the check
        QVERIFY(!location.configFiles.constFirst().isEmpty());
        QFile db(location.dbPath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(4096, 'x')); // not a database: an error, found later
        db.close();
        open(location);
        QTRY_VERIFY(bar(QStringLiteral("cache-filter-off")));
        const QList<MessageBar *> shown = bars();
        QVERIFY(shown.size() >= 2);
        QCOMPARE(shown.constFirst()->type(), MessageBar::Type::Error);
        QCOMPARE(shown.constLast()->objectName(), QStringLiteral("health-cache-filter-off"));
        // Details shows the finding in the Health dock.
        QTest::mouseClick(shown.constFirst()->findChild<QToolButton *>(QStringLiteral("detailsButton")), Qt::LeftButton);
        auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("healthList"));
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toString(),
                 shown.constFirst()->objectName().mid(int(qstrlen("health-"))));
        // The flavor's fix is the Cache Options dialog on the open file.
        auto *fix = bar(QStringLiteral("cache-filter-off"))->findChild<QToolButton *>(QStringLiteral("fixButton"));
        QCOMPARE(fix->text(), QStringLiteral("Cache Options…"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QDialog *options = nullptr;
        QTRY_VERIFY((options = m_window->findChild<QDialog *>(QStringLiteral("configDialog"))) && options->isVisible());
        options->reject();
    }

    void brokenConfigStaysSaidAndCanBeFixed()
    {
        // A config Glance refuses: its sentence stays (no re-read of some other path replaces it), the window
        // names the file, and the header's button opens that file in Cache Options.
        const QString path = writeConfig(QStringLiteral("keystone+cachemanagement"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("[DEFAULT]\nimage_cache_max_size = 10G\n");
        f.close();
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy failed(m_session.get(), &CacheSession::loadFailed);
        LocationOptions options;
        options.configFiles = {path};
        m_session->openWith(options);
        QVERIFY(failed.wait(10000));
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("headerMessage"));
        QVERIFY2(message->isVisible() && message->text().contains(QLatin1String("10G")), qPrintable(message->text()));
        QVERIFY2(m_window->windowTitle().contains(path), qPrintable(m_window->windowTitle()));
        QSignalSpy loading(m_session.get(), &CacheSession::loadingChanged);
        m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QCOMPARE(loading.size(), 0); // a read would have started right here: there is nothing to read
        QCOMPARE(failed.size(), 1);
        QVERIFY(message->text().contains(QLatin1String("10G")));
        auto *fix = m_window->findChild<QToolButton *>(QStringLiteral("headerFixButton"));
        QVERIFY(fix && fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QDialog *options_ = nullptr;
        QTRY_VERIFY((options_ = m_window->findChild<QDialog *>(QStringLiteral("configDialog"))) && options_->isVisible());
        options_->reject();
    }

    void demoSaysWhyInTheBanner()
    {
        CacheLocation demo = m_cache->location();
        demo.isDemo = true;
        const QString why = QStringLiteral("Showing the demo cache: image_cache_dir is not set in /etc/glance/glance-api.conf.");
        open(demo, why);
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("demoBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(why), qPrintable(banner->text()));
    }

    void closedBarStaysClosedUntilItsFindingChanges()
    {
        open(m_cache->location(2500));
        QTRY_VERIFY(bar(QStringLiteral("over-max-size")));
        QTest::mouseClick(bar(QStringLiteral("over-max-size"))->findChild<QToolButton *>(QStringLiteral("messageClose")),
                          Qt::LeftButton);
        QTRY_VERIFY(!bar(QStringLiteral("over-max-size")));
        // Another image makes it a different finding (another size): it is shown again.
        QVERIFY(m_cache->addCached(TestCache::id(5), 1000, t0 + 5, 1));
        m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_COMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 5);
        m_window->findChild<QAction *>(QStringLiteral("actionHealth"))->trigger();
        auto *rerun = m_window->findChild<QPushButton *>(QStringLiteral("healthRerun"));
        QTRY_VERIFY(rerun->isVisible() && rerun->isEnabled());
        QTest::mouseClick(rerun, Qt::LeftButton);
        QTRY_VERIFY2(bar(QStringLiteral("over-max-size")), qPrintable(names()));
    }
};

QTEST_MAIN(TestHealthBars)
#include "tst_healthbars.moc"
