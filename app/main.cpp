#include "cachesession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// Loads our translation and Qt's own for language (a locale name such as "fr" or "de_DE").
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("glance-cache-admin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("glance-cache-admin"));
    QApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glance Cache Admin"));
    QApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("glance-cache-admin"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configFile(QStringLiteral("config-file"), QStringLiteral("Glance config file (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), QStringLiteral("Directory of *.conf snippets."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QStringLiteral("The cache directory."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption driver(QStringLiteral("driver"), QStringLiteral("sqlite, xattr or auto."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language (for example fr or de); default: the system's."),
                                  QStringLiteral("LANG"));
    parser.addOptions({configFile, configDir, cacheDir, driver, lang});
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("language")).toString();
    installTranslations(app, language);

    LocationOptions options;
    options.configFiles = parser.values(configFile);
    options.configDir = parser.value(configDir);
    options.cacheDir = parser.value(cacheDir);
    options.driver = parser.value(driver);

    CacheSession session;
    MainWindow window(&session);
    window.show();
    session.openWith(options);
    return app.exec();
}
