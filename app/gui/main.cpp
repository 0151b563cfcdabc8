#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "remote/remoteconnection.h"
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
