// The [database] connection URL (SqlAlchemyUrl): any text gives the URL's parts or a sentence, never a crash;
// and the password never survives scrub(), which cleans drivers' messages.

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
    // scrub() takes every occurrence of the password out of a driver's message (a password holding '*' could
    // be rebuilt from the "***" put in its place). The redacted form is not checked the same way: it is
    // SQLAlchemy's own rendering, where a password can show by coincidence: for the user "gln2%a@x" and the
    // password "//gln2%a" the text "://gln2%a" is the scheme's end and the user (the fuzzer found this;
    // SQLAlchemy's render_as_string(hide_password=True) gives the very same text).
    if (!password.isEmpty() && !password.contains(u'*'))
        require(!scrubbed.contains(password), "scrub() left the password in the text", text);
    require(redacted.startsWith(url->dialectName()), "redacted() does not start with the dialect", text);
    return 0;
}
