#pragma once

#include "fetch/digest.h"

#include <QByteArray>
#include <QFuture>

#include <optional>

// A download's MD5 and os_hash_algo digests, each computed on the global thread pool while the event loop
// receives and writes the next chunk: one buffer is filled while the other is hashed. Memory: two chunks.
// Used from one thread (the fetcher's); the pool tasks only touch the buffer handed to them.
class ChunkHasher
{
    Q_DISABLE_COPY_MOVE(ChunkHasher)

public:
    static constexpr qint64 chunkSize = 1024 * 1024; // the socket read, write and hash unit

    explicit ChunkHasher(std::optional<QCryptographicHash::Algorithm> other)
        : m_md5(QCryptographicHash::Md5)
    {
        if (other)
            m_other.emplace(*other);
        for (QByteArray &b : m_buffers)
            b.resize(chunkSize);
    }
    ~ChunkHasher() { wait(); } // the pool tasks use this object

    bool hasOther() const { return m_other.has_value(); }
    // The buffer to fill next, chunkSize bytes; it is not being hashed.
    char *buffer() { return m_buffers[m_fill].data(); }
    // Hands the first n bytes of buffer() to both digests and returns at once (after the previous chunk's
    // hashing, if it is still running: that bounds the memory and keeps the digests in order).
    void add(qint64 n);
    // Hex digests of everything added; call once, at the end.
    QByteArray md5Hex() { return result(m_md5, m_md5Raw); }
    QByteArray otherHex() { return m_other ? result(*m_other, m_otherRaw) : QByteArray(); }
    QByteArray md5Base64()
    {
        md5Hex();
        return m_md5Raw.toBase64();
    }

private:
    void wait()
    {
        m_md5Task.waitForFinished();
        m_otherTask.waitForFinished();
    }
    QByteArray result(Digest &d, QByteArray &raw)
    {
        wait();
        if (raw.isNull())
            raw = d.result();
        return raw.toHex();
    }

    QByteArray m_buffers[2];
    int m_fill = 0;
    Digest m_md5;
    std::optional<Digest> m_other;
    QByteArray m_md5Raw;
    QByteArray m_otherRaw;
    QFuture<void> m_md5Task;
    QFuture<void> m_otherTask;
};
