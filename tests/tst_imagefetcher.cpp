#include <QTest>
class Testimagefetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Testimagefetcher)
#include "tst_imagefetcher.moc"
