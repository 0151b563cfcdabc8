#pragma once

#include <QNetworkProxyFactory>

class QNetworkAccessManager;

// Proxies from the environment (http_proxy, https_proxy, no_proxy, through Qt's system lookup), as
// glanceclient and curl take them, but never for loopback: a test server or an SSH tunnel on 127.0.0.1
// must not be sent through a corporate proxy. Every QNetworkAccessManager of ours uses it.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Gives manager a factory of this kind (the manager owns it).
    static void install(QNetworkAccessManager *manager);
    // Loopback addresses and localhost.
    static bool bypasses(const QString &host);
};
