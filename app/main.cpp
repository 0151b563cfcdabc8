#include "defaultcache.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glance Cache Admin"));
    QApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect and manage a Glance image cache."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configFile(QStringLiteral("config-file"),
                                        QApplication::translate("main", "Glance config file (repeatable)."),
                                        QApplication::translate("main", "FILE"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QApplication::translate("main", "Directory of *.conf snippets."),
                                       QApplication::translate("main", "DIR"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QApplication::translate("main", "The cache directory."),
                                      QApplication::translate("main", "DIR"));
    const QCommandLineOption driver(QStringLiteral("driver"), QApplication::translate("main", "sqlite or xattr."),
                                    QApplication::translate("main", "NAME"));
    parser.addOptions({configFile, configDir, cacheDir, driver});
    parser.process(app);

    LocationOptions options;
    options.configFiles = parser.values(configFile);
    options.configDir = parser.value(configDir);
    options.cacheDir = parser.value(cacheDir);
    options.driver = parser.value(driver);

    CacheLocation location;
    QString note;
    QString error;
    if (!DefaultCache::resolve(options, &location, &note, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the cache"), error);
        return 1;
    }
    MainWindow window(location, note);
    window.show();
    return app.exec();
}
