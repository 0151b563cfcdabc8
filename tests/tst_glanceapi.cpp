#include <QTest>
class Testglanceapi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testglanceapi)
#include "tst_glanceapi.moc"
