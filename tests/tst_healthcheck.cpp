#include <QTest>
class Testhealthcheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testhealthcheck)
#include "tst_healthcheck.moc"
