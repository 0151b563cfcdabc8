#include <QTest>
class Testconfigdocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testconfigdocument)
#include "tst_configdocument.moc"
