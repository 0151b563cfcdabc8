#include "clitable.h"
#include "core/pyjson.h"

#include <QTest>

// Expected texts were produced by Python 3.11's repr(), json.dumps() and datetime.utcfromtimestamp().
class TestPyJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("python");
        QTest::newRow("sqlite time") << 1700000000.123456 << QByteArray("1700000000.123456");
        QTest::newRow("17 digits") << 1793630285.2468266 << QByteArray("1793630285.2468266");
        QTest::newRow("integral") << 1795354606.0 << QByteArray("1795354606.0");
        QTest::newRow("half") << 0.5 << QByteArray("0.5");
        QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::newRow("small") << 1.5e-05 << QByteArray("1.5e-05");
        QTest::newRow("1e-4 fixed") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("big") << 123456789012345678.0 << QByteArray("1.2345678901234568e+17");
        QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-07");
        QTest::newRow("three") << 3.0 << QByteArray("3.0");
        QTest::newRow("zero") << 0.0 << QByteArray("0.0");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
        QTest::newRow("2.5e22") << 2.5e22 << QByteArray("2.5e+22");
    }
    void floats()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, python);
        QCOMPARE(PyJson::number(value), python);
    }
    void strings()
    {
        QCOMPARE(PyJson::string(QStringLiteral("é\"\\\n") + QChar(1)), QByteArray("\"\\u00e9\\\"\\\\\\n\\u0001\""));
    }
    void utcIso_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("python");
        QTest::newRow("fraction") << 1700000000.123456 << QStringLiteral("2023-11-14T22:13:20.123456");
        QTest::newRow("whole") << 1795354606.0 << QStringLiteral("2026-11-22T13:36:46");
        QTest::newRow("rounds up") << 1700000000.9999996 << QStringLiteral("2023-11-14T22:13:21");
        QTest::newRow("rounds down") << 1700000000.0000004 << QStringLiteral("2023-11-14T22:13:20");
    }
    void utcIso()
    {
        QFETCH(double, seconds);
        QFETCH(QString, python);
        QCOMPARE(PyJson::utcIso(seconds), python);
    }
    void prettyTableLayout()
    {
        CliTable t({QStringLiteral("ID"), QStringLiteral("Size")});
        t.addRow({QStringLiteral("abc"), QStringLiteral("12345")});
        QCOMPARE(t.render(), QStringLiteral("+-----+-------+\n"
                                            "|  ID |  Size |\n"
                                            "+-----+-------+\n"
                                            "| abc | 12345 |\n"
                                            "+-----+-------+\n"));
    }
};

QTEST_GUILESS_MAIN(TestPyJson)
#include "tst_pyjson.moc"
