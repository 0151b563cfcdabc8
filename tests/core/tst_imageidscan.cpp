#include "core/imageidscan.h"

#include <QTest>

// Samples as the tools print them: openstack 6.x (cliff tables, -f json/value/csv), glanceclient's
// cache-list, glance-cachectl list --json, Image API URLs.
namespace {
const QString a = QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11");
const QString b = QStringLiteral("9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22");
const QString c = QStringLiteral("0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33");
} // namespace

class TestImageIdScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<QStringList>("rejected");

        // The image named after another image's ID is not queued: only the ID column of a table is read.
        QTest::newRow("openstack image list") << QStringLiteral(
            "+--------------------------------------+----------------------------------------------+--------+\n"
            "| ID                                   | Name                                         | Status |\n"
            "+--------------------------------------+----------------------------------------------+--------+\n"
            "| 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11 | cirros-0.6.2-x86_64-disk                     | active |\n"
            "| 9B1F2C7E-3D2A-4F6B-8C1E-5A7D9E0B1C22 | snapshot of 0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33 | active |\n"
            "+--------------------------------------+----------------------------------------------+--------+\n")
                                              << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("table rows without header")
            << QStringLiteral("| 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11 | cirros | active |\n"
                              "| 9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22 | ubuntu-22.04 | active |")
            << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("image list --long") << QStringLiteral(
            "+--------------------------------------+--------+-------------+------------------+----------+----------------------------------+----------------------------------+------------+\n"
            "| ID                                   | Name   | Disk Format | Container Format |     Size | Checksum                         | Project                          | Visibility |\n"
            "+--------------------------------------+--------+-------------+------------------+----------+----------------------------------+----------------------------------+------------+\n"
            "| 0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33 | cirros | qcow2       | bare             | 21430272 | c8fc807773e5354afe61636071771906 | 5f0c8a4b3e2d4c1a9b8e7f6d5c4b3a29 | public     |\n"
            "+--------------------------------------+--------+-------------+------------------+----------+----------------------------------+----------------------------------+------------+")
                                           << QStringList{c} << 0 << QStringList();
        QTest::newRow("glance cache-list") << QStringLiteral(
            "Found 1 cached images on node: controller\n"
            "+--------------------------------------+---------------------+---------------------+----------+------+\n"
            "| ID                                   | Last Accessed (UTC) | Last Modified (UTC) |     Size | Hits |\n"
            "+--------------------------------------+---------------------+---------------------+----------+------+\n"
            "| 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11 | 2024-05-02T10:11:12 | 2024-05-01T09:00:00 | 21430272 |    3 |\n"
            "+--------------------------------------+---------------------+---------------------+----------+------+\n"
            "Found 1 queued images on node: controller\n"
            "+--------------------------------------+\n"
            "| ID                                   |\n"
            "+--------------------------------------+\n"
            "| 9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22 |\n"
            "+--------------------------------------+\n")
                                           << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("-f json") << QStringLiteral(
            "[\n  {\n    \"ID\": \"4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\",\n    \"Name\": \"cirros\",\n"
            "    \"Status\": \"active\"\n  },\n  {\n    \"ID\": \"9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22\",\n"
            "    \"Name\": \"copy of 0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33\",\n    \"Status\": \"queued\"\n  }\n]\n")
                                 << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("glance-cachectl list --json") << QStringLiteral(
            "{\"cached_images\": [{\"id\": 7, \"image_id\": \"4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\", "
            "\"last_accessed\": 1714644672.25, \"last_modified\": 1714554000.0, \"size\": 21430272, \"hits\": 3, "
            "\"checksum\": \"c8fc807773e5354afe61636071771906\"}], "
            "\"queued_images\": [\"9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22\", \"4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\"]}\n")
                                                     << QStringList{a, b} << 1 << QStringList();
        QTest::newRow("-f value") << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11 cirros active\n"
                                                    "9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22 ubuntu-22.04 active\n")
                                  << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("-f csv") << QStringLiteral("\"ID\",\"Name\",\"Status\"\n"
                                                  "\"4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\",\"cirros\",\"active\"\n")
                                << QStringList{a} << 0 << QStringList();
        QTest::newRow("urls") << QStringLiteral("http://node1:9292/v2/images/4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11/file\n"
                                                "https://glance.example.org/v2/cache/9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22")
                              << QStringList{a, b} << 0 << QStringList();
        QTest::newRow("separated, mixed case, repeated")
            << QStringLiteral("4D6C3B3E-7A5F-4C44-9A0E-0F1F3F5B2C11, 9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22;"
                              "4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\t0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33")
            << QStringList{a, b, c} << 1 << QStringList();
        QTest::newRow("near misses are named")
            << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c1\n9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22\n"
                              "4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c111 ../etc/passwd")
            << QStringList{b} << 0
            << QStringList{QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c1"),
                           QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c111")};
        // Neither dashless 32-hex words (checksums, project IDs) nor IDs glued into longer words.
        QTest::newRow("not IDs") << QStringLiteral("c8fc807773e5354afe61636071771906 snap-4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11 "
                                                   "image9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22 2024-05-01")
                                 << QStringList() << 0 << QStringList();
        QTest::newRow("braces and quotes") << QStringLiteral("{9b1f2c7e-3d2a-4f6b-8c1e-5a7d9e0b1c22} '0e5a8d3c-1b2f-4a6e-9d7c-3f8b2a1e4d33'")
                                           << QStringList{b, c} << 0 << QStringList();
        QTest::newRow("broken json is read as text")
            << QStringLiteral("[{\"ID\": \"4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\", \"Name\": \"cirr")
            << QStringList{a} << 0 << QStringList();
        QTest::newRow("empty") << QString() << QStringList() << 0 << QStringList();
    }
    void scan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(int, duplicates);
        QFETCH(QStringList, rejected);
        const ImageIdScan::Result result = ImageIdScan::scan(text);
        QCOMPARE(result.ids, ids);
        QCOMPARE(result.duplicates, duplicates);
        QCOMPARE(result.rejected, rejected);
    }
    // A pasted listing of many images keeps its order and costs little.
    void largePasteKeepsOrder()
    {
        QString text;
        QStringList expected;
        for (int i = 0; i < 20000; ++i) {
            const QString id = QStringLiteral("%1-7a5f-4c44-9a0e-0f1f3f5b2c11").arg(i, 8, 16, QLatin1Char('0'));
            expected.append(id);
            text += QStringLiteral("| %1 | image-%2 | active |\n").arg(id).arg(i);
        }
        QCOMPARE(ImageIdScan::scan(text).ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestImageIdScan)
#include "tst_imageidscan.moc"
