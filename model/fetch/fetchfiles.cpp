#include "fetch/fetchfiles.h"

#include "cache/imagecache.h"

#include <QLocale>
#include <QStorageInfo>

#include <algorithm>

FetchFiles::Checked FetchFiles::precheck()
{
    QString unused;
    const QString driver = ImageCache(m_location).effectiveDriver(&unused);
    m_writer.emplace(m_location, driver, m_id, m_busyTimeoutMs);
    Checked c;
    c.check = m_writer->precheck(&c.message);
    return c;
}

FetchFiles::Opened FetchFiles::open(qint64 size, qint64 reservedBytes, std::optional<QCryptographicHash::Algorithm> other)
{
    Opened o;
    const QStorageInfo storage(m_location.cacheDir);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() - reservedBytes : -1;
    if (size >= 0 && available >= 0 && size > available) {
        o.refused = true;
        o.message = tr("Image %1 needs %2 but only %3 are free on the filesystem of %4.")
            .arg(m_id, QLocale().formattedDataSize(size), QLocale().formattedDataSize(std::max<qint64>(0, available)),
                m_location.cacheDir);
        return o;
    }
    m_hasher.emplace(other);
    o.ok = m_writer->open(&o.message);
    return o;
}

QString FetchFiles::write(const QByteArray &chunk)
{
    QString error;
    if (!m_writer->write(chunk, &error))
        return error;
    m_hasher->add(chunk);
    return {};
}

QString FetchFiles::check(const Expect &expect)
{
    const QByteArray md5 = m_hasher->md5Hex();
    if (!expect.checksum.isEmpty() && md5 != expect.checksum)
        return tr("MD5 mismatch: Glance records %1, the data has %2.")
            .arg(QString::fromLatin1(expect.checksum), QString::fromLatin1(md5));
    if (m_hasher->hasOther() && m_hasher->otherHex() != expect.osHashValue)
        return tr("%1 mismatch: the data does not match the image's os_hash_value.").arg(expect.osHashAlgo);
    if (!expect.contentMd5.isEmpty() && expect.contentMd5.toLower() != md5
        && expect.contentMd5 != m_hasher->md5Base64())
        return tr("The data does not match the Content-MD5 header %1.").arg(QString::fromLatin1(expect.contentMd5));
    return {};
}

FetchFiles::Ending FetchFiles::finish(const QByteArray &last, QString failure, const Expect &expect)
{
    Ending e;
    if (!m_writer || !m_writer->isOpen()) { // nothing was claimed: nothing to roll back
        e.failure = failure;
        e.where = tr("Nothing was written.");
        return e;
    }
    // Also on a failure: invalid/ keeps every byte received, as with Glance.
    if (!last.isEmpty()) {
        const QString error = write(last);
        if (failure.isEmpty())
            failure = error;
    }
    if (failure.isEmpty())
        failure = check(expect);
    if (failure.isEmpty() && !m_writer->commit(&failure))
        failure = tr("Verified, but not committed: %1").arg(failure);
    if (failure.isEmpty()) {
        e.cached = true;
        return e;
    }
    e.failure = failure;
    e.where = m_writer->rollback(failure);
    return e;
}
