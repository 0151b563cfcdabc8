#pragma once

#include "fetch/digest.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// A download's MD5 and os_hash_algo digests, fed chunk by chunk. add() computes the two on two threads (MD5
// on the global thread pool, the other on the caller's) and returns when both are done, so the caller may
// reuse the chunk. Used by one thread at a time (FetchFiles' disk tasks, which run one after another).
class ChunkHasher
{
    Q_DISABLE_COPY_MOVE(ChunkHasher)

public:
    explicit ChunkHasher(std::optional<QCryptographicHash::Algorithm> other)
        : m_md5(QCryptographicHash::Md5)
    {
        if (other)
            m_other.emplace(*other);
    }

    bool hasOther() const { return m_other.has_value(); }
    void add(QByteArrayView chunk);
    // Hex digests of everything added; call after the last add().
    QByteArray md5Hex() { return result(m_md5, m_md5Raw).toHex(); }
    QByteArray otherHex() { return m_other ? result(*m_other, m_otherRaw).toHex() : QByteArray(); }
    QByteArray md5Base64() { return result(m_md5, m_md5Raw).toBase64(); }

private:
    static QByteArray result(Digest &d, QByteArray &raw)
    {
        if (raw.isNull())
            raw = d.result();
        return raw;
    }

    Digest m_md5;
    std::optional<Digest> m_other;
    QByteArray m_md5Raw;
    QByteArray m_otherRaw;
};
