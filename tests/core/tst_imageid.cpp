#include "core/bytesize.h"
#include "core/imageid.h"

#include <QTest>

class TestImageId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("glance uuid") << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11") << true;
        QTest::newRow("upper case") << QStringLiteral("4D6C3B3E-7A5F-4C44-9A0E-0F1F3F5B2C11") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << false;
        QTest::newRow("uuid with slash") << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e/0f1f3f5b2c11") << false;
        QTest::newRow("braces") << QStringLiteral("{4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11}") << false;
        QTest::newRow("no dashes") << QStringLiteral("4d6c3b3e7a5f4c449a0e0f1f3f5b2c11") << false;
        QTest::newRow("non hex") << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c1g") << false;
        QTest::newRow("trailing newline") << QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\n") << false;
        QTest::newRow("nul inside") << QString(QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c1") + QChar(0)) << false;
        QTest::newRow("cache.db") << QStringLiteral("cache.db") << false;
    }
    void validation()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ImageId::isValid(id), valid);
        QCOMPARE(ImageId::problem(id).isEmpty(), valid);
    }
    void normalizesToLowerCase()
    {
        QCOMPARE(ImageId::normalized(u"4D6C3B3E-7A5F-4C44-9A0E-0F1F3F5B2C11"),
                 QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11"));
        QCOMPARE(ImageId::normalized(u"../x"), QStringLiteral("../x"));
    }
    void problemNamesTheInput()
    {
        QVERIFY(ImageId::problem(u"../etc").contains(QLatin1String("path separator")));
        QVERIFY(ImageId::problem(u"abc").contains(QLatin1String("'abc'")));
    }
    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("10737418240") << true << qint64(10737418240);
        QTest::newRow("G") << QStringLiteral("10G") << true << qint64(10737418240);
        QTest::newRow("GiB") << QStringLiteral("1.5GiB") << true << qint64(1610612736);
        QTest::newRow("M spaced") << QStringLiteral("500 M") << true << qint64(524288000);
        QTest::newRow("GB decimal") << QStringLiteral("2GB") << true << qint64(2000000000);
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
        QTest::newRow("word") << QStringLiteral("big") << false << qint64(0);
        QTest::newRow("unit only") << QStringLiteral("G") << false << qint64(0);
        QTest::newRow("bad unit") << QStringLiteral("10Q") << false << qint64(0);
        QTest::newRow("overflow") << QStringLiteral("99999999999T") << false << qint64(0);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, bytes);
        qint64 value = -1;
        QString error;
        QCOMPARE(ByteSize::parse(text, &value, &error), ok);
        if (ok)
            QCOMPARE(value, bytes);
        else
            QVERIFY(error.contains(text));
    }
};

QTEST_GUILESS_MAIN(TestImageId)
#include "tst_imageid.moc"
