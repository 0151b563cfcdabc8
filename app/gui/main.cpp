#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "remote/remoteconnection.h"
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <memory>

namespace {

// --help and --version print and exit; they need no display (a QApplication without one aborts).
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> instance = onlyAsksForText(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *instance;
    QApplication::setOrganizationName(QStringLiteral("glance-cache-admin"));
    QApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glance Cache Admin"));
    QApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.glance_cache_admin"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configFile(QStringLiteral("config-file"), QStringLiteral("Glance config file (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), QStringLiteral("Directory of *.conf snippets."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QStringLiteral("The cache directory."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption driver(QStringLiteral("driver"), QStringLiteral("sqlite, xattr, centralized_db or auto."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language (for example fr or de); default: the system's."),
                                  QStringLiteral("LANG"));
    parser.addOptions({configFile, configDir, cacheDir, driver, lang});
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("language")).toString();
    Translations::install(app, language);

    LocationOptions options;
    options.configFiles = parser.values(configFile);
    options.configDir = parser.value(configDir);
    options.cacheDir = parser.value(cacheDir);
    options.driver = parser.value(driver);

    CacheSession session;
    RemoteConnection remote; // the cloud and nodes fetch and verify use; remembered without secrets
    {
        QSettings settings;
        remote.load(&settings);
    }
    MainWindow window(&session, &remote);
    window.show();
    session.openWith(options);
    return app.exec();
}
