#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <cstdio>
#include <cstdlib>

extern char **environ;

namespace GcaTest {

void cleanEnvironment()
{
    QStringList names;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (entry.startsWith("OS_"))
            names.append(QString::fromLatin1(entry.left(entry.indexOf('='))));
    }
    for (const QString &name : std::as_const(names))
        qunsetenv(name.toLatin1().constData());
    // Lives as long as the process; removed at exit like any QTemporaryDir.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/gca-test-home-XXXXXX"));
    if (!home.isValid())
        qFatal("cannot create a scratch HOME for the tests");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home.filePath(QStringLiteral("etc-xdg"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral(".cache"))));
}

int exec(QObject *test, int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // Someone choosing the output themselves (-o, -xml, ...) gets Qt's plain behaviour.
    static const QRegularExpression ownOutput(QStringLiteral("^-(o|txt|csv|xml|lightxml|junitxml|teamcity|tap)$"));
    QTemporaryFile log;
    if (!args.filter(ownOutput).isEmpty() || !log.open())
        return QTest::qExec(test, args);
    args << QStringLiteral("-o") << QStringLiteral("-,txt") << QStringLiteral("-o") << log.fileName() + QStringLiteral(",txt");
    const int failures = QTest::qExec(test, args);

    const QByteArray text = log.readAll();
    static const QRegularExpression totals(QStringLiteral("^Totals: \\d+ passed, \\d+ failed, (\\d+) skipped"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = totals.match(QString::fromUtf8(text));
    if (failures != 0 || !m.hasMatch() || m.captured(1).toInt() == 0)
        return failures;
    std::fflush(stdout);
    std::fprintf(stderr, "Skipped (exit code %d, so ctest reports it as skipped):\n", SkipExitCode);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith("SKIP"))
            std::fprintf(stderr, "  %s\n", lines.at(i).constData());
    }
    return SkipExitCode;
}

} // namespace GcaTest
