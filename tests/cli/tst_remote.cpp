#include "glancenode.h"
#include "testcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// glance-cachectl --node: remote management through the v2 cache API of two real glance-api nodes (Debian's
// Glance Zed, no Keystone) that share one database and file store, as the nodes of one region do.
class TestRemote : public QObject
{
    Q_OBJECT
private:
    GlanceNode m_a, m_b;
    QStringList m_images; // names "remote-0".."remote-3", created through node A
    QByteArray m_out, m_err;
    QTemporaryDir m_home; // no clouds.yaml, no OS_* variables

    int ctl(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(TestCache::cliEnvironment(m_home.path()));
        p.start(QStringLiteral(GCA_CACHECTL), args);
        if (!p.waitForFinished(120000))
            return -1;
        m_out = p.readAllStandardOutput();
        m_err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    QStringList both() const { return { u"--node"_s, m_a.url, u"--node"_s, m_b.url }; }

    // image ID -> "cached"/"queued" for each node, from glance-cachectl list --json.
    // What one node holds, from `list --json`. A listing that failed or lacks the node fails the test: an empty
    // state would make every "gone" check pass. (QTest::qFail, not QVERIFY: this helper returns a value.)
    QHash<QString, QString> stateOn(int node)
    {
        QHash<QString, QString> states;
        const int code = ctl(both() + QStringList{ u"list"_s, u"--json"_s });
        const QJsonObject n = QJsonDocument::fromJson(m_out).object().value("nodes"_L1).toArray().at(node).toObject();
        if (code != 0 || !n.value("cached_images"_L1).isArray() || !n.value("queued_images"_L1).isArray()) {
            QTest::qFail(qPrintable(u"list --json failed (exit code %1): %2"_s.arg(code).arg(QString::fromUtf8(m_err))),
                         __FILE__, __LINE__);
            states.insert(u"<list failed>"_s, u"<list failed>"_s);
            return states;
        }
        for (const QJsonValue &c : n.value("cached_images"_L1).toArray())
            states.insert(c.toObject().value("image_id"_L1).toString(), u"cached"_s);
        for (const QJsonValue &q : n.value("queued_images"_L1).toArray())
            states.insert(q.toString(), u"queued"_s);
        return states;
    }

    QJsonArray matrixRows(const QStringList &extra = {})
    {
        if (ctl(both() + extra + QStringList{ u"matrix"_s, u"--json"_s }) != 0)
            qWarning("%s", m_err.constData());
        return QJsonDocument::fromJson(m_out).object().value("images"_L1).toArray();
    }

    static QJsonObject rowOf(const QJsonArray &rows, const QString &id)
    {
        for (const QJsonValue &r : rows) {
            if (r.toObject().value("image_id"_L1).toString() == id)
                return r.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_a.start());
        QVERIFY(m_b.start({ u"--shared-with"_s, m_a.workdir() }));
        for (int i = 0; i < 4; ++i) {
            m_images.append(m_a.createImage("remote-" + QByteArray::number(i), QByteArray(1000 * (i + 1), 'x')));
            QVERIFY(!m_images.last().isEmpty());
        }
    }

    void cleanupTestCase()
    {
        QVERIFY(m_b.stop());
        QVERIFY(m_a.stop());
    }

    void nodesShowCapabilities()
    {
        QCOMPARE(ctl(both() + QStringList{ u"nodes"_s, u"--json"_s }), 0);
        const QJsonArray nodes = QJsonDocument::fromJson(m_out).object().value("nodes"_L1).toArray();
        QCOMPARE(nodes.size(), 2);
        for (const QJsonValue &n : nodes) {
            QVERIFY(n.toObject().value("ok"_L1).toBool());
            QVERIFY(n.toObject().value("cache_api"_L1).toBool());
            QVERIFY(!n.toObject().value("prune_clean_api"_L1).toBool()); // Zed announces 2.16
        }
        QCOMPARE(ctl(both() + QStringList{ u"nodes"_s }), 0);
        QVERIFY(m_out.contains(m_b.url.toUtf8()) && m_out.contains("v2.16"));
    }

    void queueListMatrixDelete()
    {
        // Image 0 on both nodes, image 1 on node A only.
        QCOMPARE(ctl(both() + QStringList{ u"queue"_s, m_images.at(0) }), 0);
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"queue"_s, m_images.at(1).toUpper() }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(0).value(m_images.at(1)), u"cached"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(1).value(m_images.at(0)), u"cached"_s, 30000);
        QCOMPARE(stateOn(0).value(m_images.at(0)), u"cached"_s);
        QVERIFY(!stateOn(1).contains(m_images.at(1)));
        // Queued again where it is cached: nothing is sent (Zed would download it once more).
        QCOMPARE(ctl(both() + QStringList{ u"queue"_s, u"--json"_s, m_images.at(0) }), 0);
        const QJsonArray again = QJsonDocument::fromJson(m_out).object().value("results"_L1).toArray();
        QCOMPARE(again.size(), 2);
        for (const QJsonValue &r : again)
            QCOMPARE(r.toObject().value("result"_L1).toString(), u"already_cached"_s);

        // The matrix joins both listings with Glance's names; a local cache is one more column.
        QTemporaryDir local;
        TestCache cache(local.path(), u"sqlite"_s);
        QVERIFY(cache.init());
        QVERIFY(cache.addCached(m_images.at(1), 2000, 1700000000.0, 3));
        QVERIFY(cache.addCached(TestCache::id(77), 10, 1700000000.0, 0)); // no such image in Glance
        const QJsonArray rows = matrixRows({ u"--cache-dir"_s, local.path() });
        const QJsonObject all = rowOf(rows, m_images.at(0));
        QCOMPARE(all.value("name"_L1).toString(), u"remote-0"_s);
        QCOMPARE(all.value("cells"_L1).toArray().at(0).toObject().value("state"_L1).toString(), u"cached"_s);
        QCOMPARE(all.value("cells"_L1).toArray().at(1).toObject().value("state"_L1).toString(), u"cached"_s);
        QCOMPARE(all.value("cells"_L1).toArray().at(2).toObject().value("state"_L1).toString(), u"absent"_s);
        const QJsonObject one = rowOf(rows, m_images.at(1));
        QVERIFY(one.value("partial"_L1).toBool());
        QCOMPARE(one.value("cells"_L1).toArray().at(1).toObject().value("state"_L1).toString(), u"absent"_s);
        QCOMPARE(one.value("cells"_L1).toArray().at(2).toObject().value("hits"_L1).toInt(), 3);
        const QJsonObject orphan = rowOf(rows, TestCache::id(77));
        QCOMPARE(orphan.value("in_glance"_L1).toBool(true), false);
        QCOMPARE(ctl(both() + QStringList{ u"matrix"_s }), 0);
        QVERIFY2(m_out.contains("remote-1") && m_out.contains("cached on 1 of 2"), m_out.constData());

        // delete asks; without a terminal and without --yes nothing is sent.
        QCOMPARE(ctl(both() + QStringList{ u"delete"_s, m_images.at(0) }), 1);
        QVERIFY(m_err.contains("--yes"));
        QCOMPARE(stateOn(1).value(m_images.at(0)), u"cached"_s);
        QCOMPARE(ctl(both() + QStringList{ u"delete"_s, u"--yes"_s, u"--json"_s, m_images.at(0) }), 0);
        const QJsonArray results = QJsonDocument::fromJson(m_out).object().value("results"_L1).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(!stateOn(0).contains(m_images.at(0)));
        QVERIFY(!stateOn(1).contains(m_images.at(0)));
    }

    void orphanAfterImageDeleted()
    {
        // Cached on node B, then deleted from Glance through node A: B keeps a copy nobody can use.
        const QString id = m_images.at(2);
        QCOMPARE(ctl({ u"--node"_s, m_b.url, u"queue"_s, id }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(1).value(id), u"cached"_s, 30000);
        int status = 0;
        m_a.request("DELETE", "/v2/images/"_L1 + id, {}, &status);
        QCOMPARE(status, 204);
        const QJsonObject row = rowOf(matrixRows(), id);
        QCOMPARE(row.value("in_glance"_L1).toBool(true), false);
        QCOMPARE(row.value("cells"_L1).toArray().at(1).toObject().value("state"_L1).toString(), u"cached"_s);
    }

    void hiddenImageIsNotAnOrphan()
    {
        // GET /v2/images leaves hidden images out; the matrix asks for them one by one.
        const QString id = m_a.createImage("hidden", QByteArray(3000, 'h'), true);
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl({ u"--node"_s, m_b.url, u"queue"_s, id }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(1).value(id), u"cached"_s, 30000);
        const QJsonObject row = rowOf(matrixRows(), id);
        QCOMPARE(row.value("in_glance"_L1).toBool(false), true);
        QCOMPARE(row.value("name"_L1).toString(), u"hidden"_s);
    }

    void clearAndStatus()
    {
        const QString id = m_images.at(3);
        QCOMPARE(ctl(both() + QStringList{ u"queue"_s, id }), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(1).value(id), u"cached"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(0).value(id), u"cached"_s, 30000);
        QCOMPARE(ctl(both() + QStringList{ u"status"_s, u"--json"_s }), 0);
        const QJsonArray before = QJsonDocument::fromJson(m_out).object().value("nodes"_L1).toArray();
        QVERIFY(before.at(0).toObject().value("cached_images"_L1).toInt() >= 2);
        QVERIFY(before.at(1).toObject().value("size"_L1).toInteger() >= 4000);

        // A queue marker nobody consumes (Zed's cache API lists it): the queue target removes it and only it.
        const QString stuck = TestCache::id(55);
        QFile marker(m_a.cacheDir + "/queue/"_L1 + stuck);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QCOMPARE(stateOn(0).value(stuck), u"queued"_s);
        QCOMPARE(ctl(both() + QStringList{ u"clear"_s, u"--target"_s, u"queue"_s, u"--yes"_s }), 0);
        QVERIFY(!stateOn(0).contains(stuck));
        QCOMPARE(stateOn(0).value(id), u"cached"_s); // the queue target leaves cached images alone
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QCOMPARE(ctl(both() + QStringList{ u"clear"_s, u"--target"_s, u"cache"_s, u"--yes"_s }), 0);
        QCOMPARE(stateOn(0), (QHash<QString, QString>{ { stuck, u"queued"_s } })); // the cache target: cache only
        QVERIFY(stateOn(1).isEmpty());
        // No target: both, sent without a header (never "both", which Zed refuses).
        QCOMPARE(ctl(both() + QStringList{ u"clear"_s, u"--yes"_s }), 0);
        QVERIFY(stateOn(0).isEmpty());
    }

    void failuresAreReportedPerNode()
    {
        // One node down: the other still answers, the exit status says something failed.
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"--node"_s, u"http://127.0.0.1:1"_s, u"list"_s, u"--json"_s }), 1);
        const QJsonArray nodes = QJsonDocument::fromJson(m_out).object().value("nodes"_L1).toArray();
        QCOMPARE(nodes.size(), 2);
        QVERIFY(nodes.at(0).toObject().value("ok"_L1).toBool());
        QVERIFY(!nodes.at(1).toObject().value("ok"_L1).toBool());
        QVERIFY(nodes.at(1).toObject().value("error"_L1).toString().contains("refused"_L1));

        // Zed has no prune/clean API (2.18): said, nothing sent.
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"prune"_s }), 1);
        QVERIFY2(m_err.contains("2.18"), m_err.constData());
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"clean"_s }), 1);

        // Usage errors.
        QCOMPARE(ctl({ u"--node"_s, u"ftp://node"_s, u"list"_s }), 2);
        QVERIFY(m_err.contains("ftp://node"));
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"list-queued"_s }), 2);
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"prune"_s, u"--dry-run"_s }), 2);
        QCOMPARE(ctl({ u"matrix"_s }), 2);
        QCOMPARE(ctl({ u"--node"_s, m_a.url, u"queue"_s, u"../etc"_s }), 1);
        QVERIFY(m_err.contains("Nothing was sent"));
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
