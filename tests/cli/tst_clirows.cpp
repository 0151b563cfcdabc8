#include "clijson.h"
#include "clirows.h"
#include "clitable.h"

#include <QTest>

Q_DECLARE_METATYPE(CliCell)

// The two printers of CliRows: the same rows as json.dumps() writes them and as glanceclient's table.
class TestCliRows : public QObject
{
    Q_OBJECT
private:
    // prettytable centres with the odd space on the left. Table order ID, State, Size; JSON order size, image_id; State
    // is shown only, "note" is JSON only.
    static CliRows sample()
    {
        CliRows rows({ { "image_id", QStringLiteral("ID") }, { QByteArray(), QStringLiteral("State") },
            { "size", QStringLiteral("Size") }, { "note", QString() } });
        rows.setJsonOrder({ 2, 0, 3 });
        rows.add({ CliCell::string(QStringLiteral("a")), CliCell::display(QStringLiteral("cached")),
            CliCell::number(1536, QStringLiteral("1.5 KiB")), CliCell::null(QString()) });
        rows.add({ CliCell::string(QStringLiteral("b\u00e9")), CliCell::display(QStringLiteral("queued")),
                     CliCell::display(QStringLiteral("N/A")), CliCell() },
            QStringLiteral("b failed"), true);
        return rows;
    }

private Q_SLOTS:
    void json()
    {
        const CliRows rows = sample();
        QCOMPARE(CliJson::object(rows, 0), QByteArray("{\"size\": 1536, \"image_id\": \"a\", \"note\": null}"));
        // Cells without a JSON value are left out of their object.
        QCOMPARE(CliJson::array(rows),
            QByteArray("[{\"size\": 1536, \"image_id\": \"a\", \"note\": null}, {\"image_id\": \"b\\u00e9\"}]"));
        QCOMPARE(CliJson::values(rows, "image_id"), QByteArray("[\"a\", \"b\\u00e9\"]"));
        QCOMPARE(CliJson::members({ { "x", "1" }, { "rows", CliJson::array(CliRows()) } }),
            QByteArray("{\"x\": 1, \"rows\": []}"));
    }

    void table()
    {
        QCOMPARE(CliTable(sample()).render(),
            QStringLiteral("+----+--------+---------+\n"
                           "| ID |  State |   Size  |\n"
                           "+----+--------+---------+\n"
                           "|  a | cached | 1.5 KiB |\n"
                           "| b\u00e9 | queued |   N/A   |\n"
                           "+----+--------+---------+\n"));
    }

    void cells_data()
    {
        QTest::addColumn<CliCell>("cell");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("time") << CliCell::time(1700000000.5) << QByteArray("1700000000.5")
                              << QStringLiteral("2023-11-14T22:13:20.500000");
        QTest::newRow("whole time") << CliCell::time(0) << QByteArray("0.0") << QStringLiteral("1970-01-01T00:00:00");
        QTest::newRow("flag") << CliCell::flag(true, QStringLiteral("yes")) << QByteArray("true")
                              << QStringLiteral("yes");
        QTest::newRow("number") << CliCell::number(-3) << QByteArray("-3") << QStringLiteral("-3");
        QTest::newRow("string") << CliCell::string(QStringLiteral("a\"b"), QStringLiteral("ab"))
                                << QByteArray("\"a\\\"b\"") << QStringLiteral("ab");
        QTest::newRow("display") << CliCell::display(QStringLiteral("-")) << QByteArray() << QStringLiteral("-");
    }

    void cells()
    {
        QFETCH(CliCell, cell);
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QCOMPARE(cell.json, json);
        QCOMPARE(cell.text, text);
    }

    void failedRows()
    {
        const CliRows rows = sample();
        QVERIFY(rows.anyFailed());
        QVERIFY(!rows.failed(0));
        QCOMPARE(rows.line(1), QStringLiteral("b failed"));
    }
};

QTEST_GUILESS_MAIN(TestCliRows)
#include "tst_clirows.moc"
