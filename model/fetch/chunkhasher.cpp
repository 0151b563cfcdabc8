#include "fetch/chunkhasher.h"

#include <QtConcurrent/QtConcurrentRun>

void ChunkHasher::add(qint64 n)
{
    wait();
    const QByteArrayView chunk(m_buffers[m_fill].constData(), n);
    m_md5Task = QtConcurrent::run([this, chunk]() { m_md5.add(chunk); });
    if (m_other)
        m_otherTask = QtConcurrent::run([this, chunk]() { m_other->add(chunk); });
    m_fill ^= 1;
}
