#include "fetch/chunkhasher.h"

#include <QtConcurrent/QtConcurrentRun>

void ChunkHasher::add(QByteArrayView chunk)
{
    if (!m_other)
        return m_md5.add(chunk);
    // waitForFinished() runs the task here if no pool thread has taken it yet: no deadlock on a busy pool.
    QFuture<void> md5 = QtConcurrent::run([this, chunk]() { m_md5.add(chunk); });
    m_other->add(chunk);
    md5.waitForFinished();
}
