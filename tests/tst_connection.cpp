#include <QTest>
class Testconnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testconnection)
#include "tst_connection.moc"
