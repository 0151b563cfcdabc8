#include "config/sqlalchemyurl.h"

#include <QRegularExpression>
#include <QUrl>

#include <cctype>

namespace {

// SQLAlchemy's own pattern (sqlalchemy/engine/url.py, _parse_url), unchanged, so that backtracking splits
// odd URLs exactly as make_url does ("a@b@host" is user "a@b" on host "host"). Python's \w is Unicode-aware:
// so is this one, through UseUnicodePropertiesOption.
const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(
            ^(?P<name>[\w\+]+)://
            (?:
                (?P<username>[^:/]*)
                (?::(?P<password>[^@]*))?
            @)?
            (?:
                (?:
                    \[(?P<ipv6host>[^/\?]+)\] |
                    (?P<ipv4host>[^/:\?]+)
                )?
                (?::(?P<port>[^/\?]*))?
            )?
            (?:/(?P<database>[^\?]*))?
            (?:\?(?P<query>.*))?
            )"),
        QRegularExpression::ExtendedPatternSyntaxOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

std::optional<QString> group(const QRegularExpressionMatch &match, const QString &name)
{
    if (!match.hasCaptured(name))
        return std::nullopt;
    return match.captured(name);
}

// Python's urllib.parse.unquote: %XX sequences become bytes, read as UTF-8; a '%' not followed by two
// hex digits stays as written.
QString unquote(const QString &text)
{
    // Not QByteArray::fromPercentEncoding: it decodes "%zz" too, into garbage.
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '%' && i + 2 < in.size() && isxdigit(uchar(in.at(i + 1))) && isxdigit(uchar(in.at(i + 2)))) {
            out += char(QByteArray(in.constData() + i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

// Python's parse_qsl with its defaults (keep_blank_values=False, separator '&').
QMap<QString, QStringList> parseQuery(const QString &query)
{
    QMap<QString, QStringList> result;
    const QStringList pairs = query.split(QLatin1Char('&'));
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0 || equals == pair.size() - 1)
            continue;
        QString key = pair.left(equals);
        QString value = pair.mid(equals + 1);
        key.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        result[unquote(key)].append(unquote(value));
    }
    return result;
}

// What SQLAlchemy's render_as_string uses for user names: only ':', '@' and '/' are escaped.
QString quoteUser(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('/'))
            out += QLatin1Char('%') + QString::number(c.unicode(), 16).toUpper();
        else
            out += c;
    }
    return out;
}

// Python's quote_plus(text, safe=''): everything but letters, digits and "_.-~" escaped, space as '+'.
QString quotePlus(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(" ")))
        .replace(QLatin1Char(' '), QLatin1Char('+'));
}

bool isSecretKey(const QString &key)
{
    return key == QLatin1String("password") || key == QLatin1String("passwd");
}

// A URL that did not parse, as far as it can be shown: everything between "://" and the last '@' may be
// a password, so it goes; without "://" nothing of it is shown.
QString maskUnparsed(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return QString();
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'));
    if (at < scheme)
        return url;
    return url.left(scheme + 3) + QStringLiteral("***") + url.mid(at);
}

} // namespace

Expected<SqlAlchemyUrl> SqlAlchemyUrl::parse(const QString &text)
{
    const QString url = text.trimmed();
    const QString shown = maskUnparsed(url);
    const QRegularExpressionMatch match = urlPattern().match(url);
    if (!match.hasMatch()) {
        if (shown.isEmpty())
            return Expected<SqlAlchemyUrl>::failure(
                tr("The database connection is not an SQLAlchemy URL: expected "
                   "dialect[+driver]://user:password@host[:port]/database (the value is not shown, as it may "
                   "hold the password)."));
        return Expected<SqlAlchemyUrl>::failure(tr("The database connection %1 is not an SQLAlchemy URL: expected "
                                                   "dialect[+driver]://user:password@host[:port]/database.")
                                                    .arg(shown));
    }

    SqlAlchemyUrl result;
    const QString name = match.captured(QStringLiteral("name"));
    // get_backend_name() and get_driver_name() split the same way: "a+b+c" is dialect a, driver b.
    const QStringList nameParts = name.split(QLatin1Char('+'));
    result.m_scheme = name;
    result.m_dialectName = nameParts.value(0);
    result.m_driver = nameParts.value(1);
    if (result.m_dialectName == QLatin1String("mysql") || result.m_dialectName == QLatin1String("mariadb")) {
        result.m_dialect = Dialect::MySql;
    } else if (result.m_dialectName == QLatin1String("postgresql")) {
        result.m_dialect = Dialect::PostgreSql;
    } else if (result.m_dialectName == QLatin1String("sqlite")) {
        result.m_dialect = Dialect::Sqlite;
    } else if (result.m_dialectName == QLatin1String("postgres")) {
        return Expected<SqlAlchemyUrl>::failure(
            tr("The database connection %1 names the dialect \"postgres\", which SQLAlchemy no longer accepts "
               "(since 1.4): write postgresql:// instead.")
                .arg(shown));
    } else {
        return Expected<SqlAlchemyUrl>::failure(
            tr("The database connection %1 uses the dialect \"%2\"; Glance Cache Admin reads %3.")
                .arg(shown, result.m_dialectName, supportedDialects()));
    }

    if (const auto user = group(match, QStringLiteral("username")))
        result.m_userName = unquote(*user);
    if (const auto password = group(match, QStringLiteral("password")))
        result.m_password = unquote(*password);
    // make_url takes "ipv4host or ipv6host": an empty bracket pair cannot match, so one of them is set.
    result.m_host = group(match, QStringLiteral("ipv4host"));
    if (!result.m_host)
        result.m_host = group(match, QStringLiteral("ipv6host"));
    if (result.m_host && result.m_host->contains(QLatin1Char('@'))) {
        return Expected<SqlAlchemyUrl>::failure(
            tr("The host part of the database connection %1 contains '@': a password or user name that "
               "contains '@' must be written as %40.")
                .arg(shown));
    }
    // make_url converts a non-empty port with int() and refuses an empty one ("host:/db") the same way.
    if (const auto port = group(match, QStringLiteral("port"))) {
        bool ok = false;
        const int value = port->toInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!ok || !digits.match(*port).hasMatch() || value > 65535) {
            // The port text is left out: in a mistyped URL it can be a piece of the password.
            return Expected<SqlAlchemyUrl>::failure(
                tr("The port in the database connection %1 is not a number from 0 to 65535.").arg(result.redacted()));
        }
        result.m_port = value;
    }
    result.m_database = group(match, QStringLiteral("database"));
    if (const auto query = group(match, QStringLiteral("query")))
        result.m_query = parseQuery(*query);
    return result;
}

QString SqlAlchemyUrl::effectiveDriver() const
{
    if (!m_driver.isEmpty())
        return m_driver;
    switch (m_dialect) {
    case Dialect::MySql:
        return QStringLiteral("mysqldb");
    case Dialect::PostgreSql:
        return QStringLiteral("psycopg2");
    case Dialect::Sqlite:
        break;
    }
    return QStringLiteral("pysqlite");
}

QString SqlAlchemyUrl::queryValue(const QString &key) const
{
    const QStringList values = m_query.value(key);
    return values.isEmpty() ? QString() : values.last();
}

QString SqlAlchemyUrl::sqliteFile() const
{
    // pysqlite's create_connect_args: "url.database or ':memory:'".
    if (!m_database || m_database->isEmpty())
        return QStringLiteral(":memory:");
    return *m_database;
}

bool SqlAlchemyUrl::isInMemory() const
{
    return m_dialect == Dialect::Sqlite && sqliteFile() == QLatin1String(":memory:");
}

QString SqlAlchemyUrl::qtDriver() const
{
    switch (m_dialect) {
    case Dialect::MySql:
        return QStringLiteral("QMYSQL");
    case Dialect::PostgreSql:
        return QStringLiteral("QPSQL");
    case Dialect::Sqlite:
        break;
    }
    return QStringLiteral("QSQLITE");
}

QString SqlAlchemyUrl::redacted() const
{
    QString s = m_scheme + QLatin1String("://");
    if (m_userName) {
        s += quoteUser(*m_userName);
        if (m_password)
            s += QLatin1String(":***");
        s += QLatin1Char('@');
    }
    if (m_host)
        s += m_host->contains(QLatin1Char(':')) ? QLatin1Char('[') + *m_host + QLatin1Char(']') : *m_host;
    if (m_port)
        s += QLatin1Char(':') + QString::number(*m_port);
    if (m_database)
        s += QLatin1Char('/') + *m_database;
    QStringList options;
    for (auto it = m_query.cbegin(); it != m_query.cend(); ++it) {
        for (const QString &value : it.value())
            options << quotePlus(it.key()) + QLatin1Char('=')
                    + (isSecretKey(it.key()) ? QStringLiteral("***") : quotePlus(value));
    }
    if (!options.isEmpty())
        s += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return s;
}

QString SqlAlchemyUrl::scrub(const QString &text) const
{
    // Even a short password is replaced wherever it appears: a mangled word in a message is a smaller
    // harm than a secret in a log.
    QString out = text;
    QStringList secrets;
    if (m_password && !m_password->isEmpty())
        secrets << *m_password << QString::fromLatin1(QUrl::toPercentEncoding(*m_password));
    for (auto it = m_query.cbegin(); it != m_query.cend(); ++it) {
        if (isSecretKey(it.key()))
            secrets << it.value();
    }
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty())
            out.replace(secret, QStringLiteral("***"));
    }
    return out;
}

QString SqlAlchemyUrl::supportedDialects()
{
    return QStringLiteral("mysql, mariadb, postgresql, sqlite");
}
