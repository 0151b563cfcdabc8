#include "remote/environmentproxy.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (bypasses(query.peerHostName()))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    return systemProxyForQuery(query);
}

void EnvironmentProxyFactory::install(QNetworkAccessManager *manager)
{
    manager->setProxyFactory(new EnvironmentProxyFactory);
}

bool EnvironmentProxyFactory::bypasses(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}
