#include <QTest>
class Testconfigcli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testconfigcli)
#include "tst_configcli.moc"
