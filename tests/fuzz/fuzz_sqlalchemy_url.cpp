// The [database] connection URL (SqlAlchemyUrl): any text gives the URL's parts or a sentence, never a crash;
// and the password never shows in what is meant to be shown (the redacted form, the scrubbed text).

#include "config/sqlalchemyurl.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool holds, const char *what, const QString &url)
{
    if (!holds) {
        std::fprintf(stderr, "SqlAlchemyUrl: %s\nURL: %s\n", what, qPrintable(url));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(text);
    if (!url) {
        require(!url.error().isEmpty(), "refused without a sentence", text);
        return 0;
    }
    (void)url->effectiveDriver();
    (void)url->qtDriver();
    (void)url->query();
    if (url->dialect() == SqlAlchemyUrl::Dialect::Sqlite) {
        require(!url->sqliteFile().isEmpty(), "an sqlite URL without a file", text);
        (void)url->isInMemory();
    }
    const QString redacted = url->redacted();
    const QString password = url->password().value_or(QString());
    const QString scrubbed = url->scrub(QStringLiteral("driver said: ") + password + QStringLiteral(" (") + text + u')');
    // A short password ("a", "*") shows in the redacted form by chance, and so does one that is also the user
    // name, the host, the database or a query value; any other must not.
    QString shown = url->userName().value_or(QString()) + u'\n' + url->host().value_or(QString()) + u'\n'
        + url->database().value_or(QString()) + u'\n' + url->dialectName() + u'+' + url->driver();
    const QMap<QString, QStringList> query = url->query();
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        shown += u'\n' + it.key() + u'=' + it.value().join(u'&');
    if (password.size() >= 6 && !shown.contains(password)) {
        require(!redacted.contains(password), "redacted() shows the password", text);
        require(!scrubbed.contains(password), "scrub() left the password in the text", text);
    }
    return 0;
}
