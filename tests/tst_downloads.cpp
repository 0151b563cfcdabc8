#include <QtTest>

class TestDownloads : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestDownloads)
#include "tst_downloads.moc"
