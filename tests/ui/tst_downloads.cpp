#include "itemmodels/cacheroles.h"
#include "itemmodels/cachesession.h"
#include "connectiondialog.h"
#include "itemmodels/downloadsmodel.h"
#include "downloadspanel.h"
#include "itemmodels/entrytablemodel.h"
#include "entryview.h"
#include "fetch/imagefetcher.h"
#include "mainwindow.h"
#include "remote/remoteconnection.h"
#include "testcache.h"
#include "core/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using RowState = DownloadsModel::RowState;

namespace {

constexpr qint64 kSize = 256 * 1024 + 5; // several chunks, not a multiple of a block

// tests/fake_glance.py: prints one JSON line when ready, stops when its stdin closes.
struct FakeGlance
{
    QProcess proc;
    QUrl url;
    QNetworkAccessManager nam;
    bool start()
    {
        proc.start(u"/usr/bin/python3"_s, { QStringLiteral(GCA_TESTS_DIR) + "/fake_glance.py"_L1 });
        while (proc.waitForStarted(10000) && !proc.canReadLine()) {
            if (!proc.waitForReadyRead(60000))
                break;
        }
        url = QUrl(QJsonDocument::fromJson(proc.readLine()).object().value("url"_L1).toString());
        return url.isValid() && !url.isEmpty();
    }
    bool post(const QString &path, const QJsonObject &body, const QByteArray &verb = "POST")
    {
        QNetworkRequest r(QUrl(url.toString() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = nam.sendCustomRequest(r, verb, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = (reply->isFinished() || done.wait(30000)) && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }
    bool addImage(const QString &id, const QString &fault = u"none"_s)
    {
        return post("/_fake/images/"_L1 + id, { { "size"_L1, kSize }, { "fault"_L1, fault } }, "PUT");
    }
    bool release() { return post(u"/_fake/release"_s, {}); }
    ~FakeGlance()
    {
        proc.closeWriteChannel();
        if (!proc.waitForFinished(30000))
            proc.kill();
        proc.waitForFinished();
    }
};

QVector<ImageFetcher::Result> waitBatch(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return finished.takeFirst().at(0).value<QVector<ImageFetcher::Result>>();
}

} // namespace

class TestDownloads : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<FakeGlance> m_fake;

    static QString id(int n) { return TestCache::id(n); }
    QVariant cell(const QAbstractItemModel &m, const QString &imageId, int column, int role = Qt::DisplayRole)
    {
        const auto &model = static_cast<const DownloadsModel &>(m);
        return model.index(model.rowOfImage(imageId), column).data(role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), u"en"_s);
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(u"cache"_s), u"sqlite"_s);
        QVERIFY(m_cache->init());
        m_fake = std::make_unique<FakeGlance>();
        QVERIFY(m_fake->start());
    }

    void cleanup()
    {
        m_fake.reset();
        m_cache.reset();
        m_tmp.reset();
    }

    // One row per image, each ending in its own state, progress as a raw fraction, totals summed.
    void modelFollowsARealFetcher()
    {
        DownloadsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageFetcher fetcher;
        model.setFetcher(&fetcher);
        fetcher.setEndpoint(m_fake->url);
        fetcher.setLocation(m_cache->location());
        QVERIFY(m_fake->addImage(id(1)));
        QVERIFY(m_fake->addImage(id(2), u"http_500"_s));
        QVERIFY(m_fake->addImage(id(3), u"corrupt"_s));
        QVERIFY(m_cache->addCached(id(4), 10, 1700000000, 0));
        const QStringList ids = { id(1), id(2), id(3), id(4) };
        QSignalSpy finished(&fetcher, &ImageFetcher::finished);
        QSignalSpy batch(&model, &DownloadsModel::batchFinished);
        QString error;
        QVERIFY2(fetcher.fetch(ids, &error), qPrintable(error));
        model.addImages(ids);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowState(0), RowState::Waiting);
        QCOMPARE(model.totals().imagesTotal, 4);
        QVERIFY(model.totals().running);
        QCOMPARE(waitBatch(finished).size(), 4);
        QCOMPARE(batch.size(), 1);

        QCOMPARE(model.rowState(model.rowOfImage(id(1))), RowState::Cached);
        QCOMPARE(model.rowState(model.rowOfImage(id(2))), RowState::Failed);
        QCOMPARE(model.rowState(model.rowOfImage(id(3))), RowState::Failed);
        QCOMPARE(model.rowState(model.rowOfImage(id(4))), RowState::AlreadyCached);
        QCOMPARE(cell(model, id(1), DownloadsModel::State).toString(), u"Cached"_s);
        QCOMPARE(cell(model, id(4), DownloadsModel::State).toString(), u"Already cached"_s);
        QCOMPARE(cell(model, id(1), DownloadsModel::Progress, CacheRoles::RawValueRole).toDouble(), 1.0);
        QCOMPARE(cell(model, id(1), DownloadsModel::Received, CacheRoles::RawValueRole).toLongLong(), kSize);
        QCOMPARE(cell(model, id(1), DownloadsModel::Size, CacheRoles::RawValueRole).toLongLong(), kSize);
        QCOMPARE(cell(model, id(1), DownloadsModel::Progress).toString(), u"100.0 %"_s);
        QVERIFY(cell(model, id(2), DownloadsModel::Message).toString().contains("500"_L1));
        QVERIFY(cell(model, id(3), DownloadsModel::Progress, CacheRoles::RawValueRole).toDouble() > 0.9);
        QVERIFY(cell(model, id(2), DownloadsModel::Id, CacheRoles::AttentionRole).toBool());
        QVERIFY(!cell(model, id(1), DownloadsModel::Id, CacheRoles::AttentionRole).toBool());
        QCOMPARE(cell(model, id(3), DownloadsModel::Id, CacheRoles::ImageIdRole).toString(), id(3));

        const DownloadsModel::Totals t = model.totals();
        QCOMPARE(t.imagesDone, 4);
        QCOMPARE(t.failed, 2);
        QVERIFY(!t.running);
        QCOMPARE(t.bytesDone, kSize + kSize); // the corrupt one arrived whole, then failed its check
        QCOMPARE(model.imageIds({ RowState::Failed }), (QStringList { id(2), id(3) }));

        // A new batch shows only its own images.
        QVERIFY(m_fake->addImage(id(5)));
        QVERIFY(fetcher.fetch({ id(5) }, &error));
        model.addImages({ id(5) });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(waitBatch(finished).size(), 1);
        QCOMPARE(model.rowState(0), RowState::Cached);
    }

    // Progress reports many times a second for several images: one dataChanged per run of changed
    // rows per interval, covering those rows only.
    void updatesAreCoalesced()
    {
        DownloadsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImageFetcher fetcher; // a signal source only
        model.setFetcher(&fetcher);
        QStringList ids;
        for (int i = 1; i <= 6; ++i)
            ids.append(id(i));
        model.addImages(ids);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(&model, &DownloadsModel::totalsChanged);
        Q_EMIT fetcher.imageStarted(id(2));
        Q_EMIT fetcher.imageStarted(id(3));
        Q_EMIT fetcher.imageStarted(id(5));
        for (int step = 1; step <= 200; ++step) {
            Q_EMIT fetcher.imageProgress(id(2), step * 100, 20000, 1e6, 1);
            Q_EMIT fetcher.imageProgress(id(3), step * 50, 20000, 5e5, 2);
            Q_EMIT fetcher.imageProgress(id(5), step * 10, -1, 1e5, -1);
        }
        QVERIFY(changed.isEmpty()); // nothing yet: announced together, later
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.size(), 2); // rows 1-2 and row 4
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 4);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 4);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(model.rowState(1), RowState::Downloading);
        QCOMPARE(model.index(1, DownloadsModel::Progress).data(CacheRoles::RawValueRole).toDouble(), 1.0);
        QCOMPARE(model.index(2, DownloadsModel::Progress).data(CacheRoles::RawValueRole).toDouble(), 0.5);
        QCOMPARE(
            model.index(4, DownloadsModel::Progress).data(CacheRoles::RawValueRole).toDouble(), 0.0); // size unknown
        QCOMPARE(model.index(2, DownloadsModel::Rate).data().toString(), u"488.3 KiB/s"_s);
        const DownloadsModel::Totals t = model.totals();
        QCOMPARE(t.bytesDone, 20000 + 10000 + 2000);
        QCOMPARE(t.bytesTotal, 20000 + 20000 + 2000);
        QCOMPARE(t.bytesPerSecond, 1.6e6);
        QCOMPARE(t.imagesDone, 0);
        QVERIFY(t.etaSeconds > 0);
    }

    // Cancel on a selected row and Retry Failed, through the panel's buttons, against the fake.
    void panelCancelsAndRetries()
    {
        ImageFetcher fetcher;
        fetcher.setEndpoint(m_fake->url);
        fetcher.setLocation(m_cache->location());
        DownloadsPanel panel(&fetcher);
        DownloadsModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As the main window does: a retry is announced to the model and handed to the fetcher.
        connect(&panel, &DownloadsPanel::retryRequested, &fetcher, [&](const QStringList &ids) {
            for (const QString &i : ids)
                QVERIFY(fetcher.retry(i));
            model->addImages(ids);
        });
        panel.resize(900, 300);
        panel.show();
        auto *cancel = panel.findChild<QPushButton *>(u"downloadsCancel"_s);
        auto *cancelAll = panel.findChild<QPushButton *>(u"downloadsCancelAll"_s);
        auto *retry = panel.findChild<QPushButton *>(u"downloadsRetry"_s);
        auto *totals = panel.findChild<QLabel *>(u"downloadsTotals"_s);
        QVERIFY(cancel && cancelAll && retry && totals);
        QVERIFY(!cancel->isEnabled() && !cancelAll->isEnabled() && !retry->isEnabled());

        QVERIFY(m_fake->addImage(id(1), u"fail_once_503"_s));
        QVERIFY(m_fake->addImage(id(2), u"hold"_s));
        const QStringList ids = { id(1), id(2) };
        QSignalSpy finished(&fetcher, &ImageFetcher::finished);
        QString error;
        QVERIFY(fetcher.fetch(ids, &error));
        model->addImages(ids);
        QVERIFY(cancelAll->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowState(0), RowState::Failed, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(1, DownloadsModel::Received, {}).data(CacheRoles::RawValueRole).toLongLong() > 0, 20000);
        QCOMPARE(model->rowState(1), RowState::Downloading);
        QTRY_VERIFY(retry->isEnabled()); // buttons follow the coalesced totals
        QVERIFY2(totals->text().contains(" of 2 image"_L1), qPrintable(totals->text())); // (plural forms: translations)

        panel.view()->selectRow(1);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(waitBatch(finished).size(), 2);
        QCOMPARE(model->rowState(1), RowState::Cancelled);
        QVERIFY(m_cache->exists("invalid/"_L1 + id(2)));
        QTRY_VERIFY(!cancelAll->isEnabled());
        QVERIFY(totals->text().contains("2 failed"_L1));

        // Retry both: the 503 was once only; the held one goes through once released.
        QVERIFY(m_fake->release());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        const QVector<ImageFetcher::Result> results = waitBatch(finished);
        QCOMPARE(results.size(), 2);
        QCOMPARE(model->rowState(0), RowState::Cached);
        QCOMPARE(model->rowState(1), RowState::Cached);
        QTRY_VERIFY(!retry->isEnabled());
        QVERIFY(m_cache->exists(id(1)) && m_cache->exists(id(2)));
        QVERIFY2(totals->text().startsWith("2 of 2 image"_L1), qPrintable(totals->text()));
    }

    // Fields -> ConnectionOptions and nodes and back; URL checks before OK; secrets never saved.
    void connectionDialogRoundTrip()
    {
        ConnectionDialog dialog;
        ConnectionOptions o;
        o.authUrl = u"https://keystone.example.com:5000/v3"_s;
        o.username = u"admin"_s;
        o.password = u"s3cret-pass"_s;
        o.projectName = u"ops"_s;
        o.userDomainName = u"Default"_s;
        o.projectDomainName = u"Default"_s;
        o.regionName = u"RegionTwo"_s;
        o.interface = u"internal"_s;
        o.cacert = u"/etc/ssl/cloud-ca.pem"_s;
        const QStringList nodes = { u"http://node-1:9292"_s, u"http://node-2:9292"_s };
        dialog.setOptions(o, nodes);
        QCOMPARE(dialog.source(), ConnectionDialog::Source::Keystone);
        for (const char *secret : { "passwordEdit", "appCredSecretEdit", "tokenEdit" })
            QCOMPARE(dialog.findChild<QLineEdit *>(QLatin1String(secret))->echoMode(), QLineEdit::Password);
        ConnectionOptions back = dialog.options();
        QCOMPARE(back.authUrl, o.authUrl);
        QCOMPARE(back.username, o.username);
        QCOMPARE(back.password, o.password);
        QCOMPARE(back.projectName, o.projectName);
        QCOMPARE(back.userDomainName, o.userDomainName);
        QCOMPARE(back.regionName, o.regionName);
        QCOMPARE(back.interface, o.interface);
        QCOMPARE(back.cacert, o.cacert);
        QVERIFY(!back.insecure);
        QCOMPARE(dialog.nodes(), nodes);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));

        // The insecure switch is visibly warned.
        dialog.show();
        auto *warning = dialog.findChild<QLabel *>(u"insecureWarning"_s);
        QVERIFY(!warning->isVisible());
        dialog.findChild<QCheckBox *>(u"insecureCheck"_s)->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(dialog.options().insecure);

        // Checked before OK: a missing password, a bad node, a bad URL; nodes alone are enough.
        dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->clear();
        QVERIFY(dialog.problem().contains("password"_L1, Qt::CaseInsensitive));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(u"errorLabel"_s)->text().isEmpty());
        dialog.setSource(ConnectionDialog::Source::ImageUrl);
        QVERIFY(dialog.options().authUrl.isEmpty() && dialog.options().password.isEmpty());
        QVERIFY(dialog.problem().isEmpty()); // no image URL: the nodes, without Keystone
        dialog.findChild<QPlainTextEdit *>(u"nodesEdit"_s)->setPlainText(u"http://node-1:9292\nnode-2 port 9292\n"_s);
        QVERIFY(dialog.problem().contains("node-2 port 9292"_L1));
        dialog.findChild<QPlainTextEdit *>(u"nodesEdit"_s)->clear();
        QVERIFY(!dialog.problem().isEmpty());
        dialog.findChild<QLineEdit *>(u"imageUrlEdit"_s)->setText(u"ftp://glance"_s);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.findChild<QLineEdit *>(u"imageUrlEdit"_s)->setText(u"http://glance.example.com:9292"_s);
        QVERIFY(dialog.problem().isEmpty());
        dialog.setSource(ConnectionDialog::Source::Token);
        dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(u"gAAAA-token"_s);
        dialog.findChild<QLineEdit *>(u"tokenImageUrlEdit"_s)->setText(u"http://glance.example.com:9292"_s);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.options().authToken, u"gAAAA-token"_s);

        // The clouds of clouds.yaml are listed (read on a worker thread).
        const QString cloudsFile = m_tmp->filePath(u"clouds.yaml"_s);
        QFile f(cloudsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("clouds:\n  prod:\n    auth:\n      auth_url: https://k:5000\n  lab:\n    auth:\n      auth_url: "
                "http://l:5000\n");
        f.close();
        QProcessEnvironment env;
        env.insert(u"OS_CLIENT_CONFIG_FILE"_s, cloudsFile);
        env.insert(u"HOME"_s, m_tmp->path());
        QSignalSpy loaded(&dialog, &ConnectionDialog::cloudsLoaded);
        dialog.loadClouds(env, m_tmp->path());
        QVERIFY(loaded.wait(10000));
        auto *clouds = dialog.findChild<QComboBox *>(u"cloudCombo"_s);
        QCOMPARE(clouds->count(), 2);
        QVERIFY(dialog.findChild<QLabel *>(u"cloudsFileLabel"_s)->text().contains(cloudsFile));
        dialog.setSource(ConnectionDialog::Source::Cloud);
        clouds->setCurrentIndex(clouds->findText(u"lab"_s));
        QCOMPARE(dialog.options().cloud, u"lab"_s);
        QVERIFY(dialog.options().authToken.isEmpty());

        // RemoteConnection remembers everything but the secrets.
        RemoteConnection remote;
        o.applicationCredentialSecret = u"app-s3cret"_s;
        o.authToken = u"tok-s3cret"_s;
        remote.setOptions(o);
        remote.setNodes(nodes);
        const QString ini = m_tmp->filePath(u"settings.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            remote.save(&settings);
        }
        QFile saved(ini);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(text.contains("keystone.example.com"));
        QVERIFY(!text.contains("s3cret"));
        RemoteConnection restored;
        QSettings settings(ini, QSettings::IniFormat);
        restored.load(&settings);
        QCOMPARE(restored.nodes(), nodes);
        QCOMPARE(restored.options().username, o.username);
        QVERIFY(restored.options().password.isEmpty() && restored.options().authToken.isEmpty());
        ConnectionDialog again;
        again.setOptions(restored.options(), restored.nodes());
        QCOMPARE(again.options().authUrl, o.authUrl);
        QCOMPARE(again.nodes(), nodes);
    }

    // The person's path: Fetch with no connection asks for one, then the queued image ends up cached,
    // shown in the Cached tab; Verify finds it intact, then finds a damaged copy and deletes it.
    void fetchAndVerifyThroughTheMainWindow()
    {
        QVERIFY(m_cache->addCached(id(1), 1000, 1700000000, 3));
        QVERIFY(m_cache->addQueued(id(2), 1700000000));
        QVERIFY(m_fake->addImage(id(2)));
        CacheSession session;
        RemoteConnection remote;
        remote.setEnvironment(QProcessEnvironment(), m_tmp->path()); // no OS_* or clouds.yaml of this machine
        MainWindow window(&session, &remote);
        window.show();
        QSignalSpy loaded(&session, &CacheSession::snapshotChanged);
        session.open(m_cache->location());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.view(MainWindow::QueuedTab)->model()->rowCount(), 1);
        auto *fetch = window.findChild<QAction *>(u"actionFetch"_s);
        QVERIFY(fetch->isEnabled());
        QCOMPARE(fetch->text(), u"&Fetch All Queued"_s);

        fetch->trigger();
        ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible());
        dialog->setSource(ConnectionDialog::Source::ImageUrl);
        dialog->findChild<QLineEdit *>(u"imageUrlEdit"_s)->setText(m_fake->url.toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(window.view(MainWindow::CachedTab)->model()->rowCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.view(MainWindow::QueuedTab)->model()->rowCount(), 0, 10000);
        QVERIFY(window.view(MainWindow::CachedTab)->entryModel()->rowOfKey(id(2)) >= 0);
        QCOMPARE(m_cache->rows().value(id(2)), kSize);
        auto *panel = window.findChild<DownloadsPanel *>();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->rowState(0), RowState::Cached);
        QCOMPARE(remote.options().imageUrl, m_fake->url.toString());
        QCOMPARE(QSettings().value(u"connection/imageUrl"_s).toString(), m_fake->url.toString());

        // Verify: intact.
        window.findChild<QTabWidget *>(u"viewTabs"_s)->setCurrentIndex(MainWindow::CachedTab);
        window.view(MainWindow::CachedTab)->selectKeys({ id(2) });
        auto *verify = window.findChild<QAction *>(u"actionVerify"_s);
        QVERIFY(verify->isEnabled());
        verify->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"resultLabel"_s)->text().contains("1 match, 0 do not"_L1), 20000);

        // Damaged in the middle, same size: Verify offers to delete it.
        {
            QFile file(m_cache->dir() + u'/' + id(2));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(kSize / 2));
            QVERIFY(file.write("\xff\xff\xff\xff", 4) == 4);
        }
        QString question;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &window, [&]() {
            auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != "confirmDialog"_L1)
                return;
            poll.stop();
            question = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
            QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        });
        poll.start(20);
        QTRY_VERIFY(verify->isEnabled());
        verify->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(!question.isEmpty(), qPrintable(window.findChild<QLabel *>(u"resultLabel"_s)->text()), 20000);
        QVERIFY2(question.contains("not match"_L1) && question.contains(id(2)), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(window.view(MainWindow::CachedTab)->model()->rowCount(), 1, 10000);
        QVERIFY(!m_cache->exists(id(2)));
    }
};

QTEST_MAIN(TestDownloads)
#include "tst_downloads.moc"
