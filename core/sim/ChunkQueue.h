#pragma once

#include <QByteArray>
#include <QDate>
#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

namespace pm::sim
{

/// One item passed from the generating thread to the loading thread.
struct Chunk
{
    enum class Kind
    {
        DayBegin,
        Rows,
        DayEnd,
        Done,
    };
    Kind kind = Kind::Rows;
    QDate day;
    bool raw = false; ///< for DayBegin: raw events (else rollup rows)
    QByteArray rows;
    qint64 events = 0; ///< raw events in rows
};

/**
 * A bounded queue between the simulator's generator thread and its loader: the generator fills
 * the next rows while PostgreSQL digests the previous ones, and waits when it is too far ahead.
 */
class ChunkQueue final
{
public:
    explicit ChunkQueue(int capacity)
        : m_capacity(capacity)
    { }

    /// Blocks while full; returns false once the consumer has given up.
    bool push(Chunk chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= m_capacity && !m_cancelled) {
            m_notFull.wait(&m_mutex);
        }
        if (m_cancelled) {
            return false;
        }
        m_queue.enqueue(std::move(chunk));
        m_notEmpty.wakeOne();
        return true;
    }

    Chunk pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.isEmpty()) {
            m_notEmpty.wait(&m_mutex);
        }
        Chunk chunk = m_queue.dequeue();
        m_notFull.wakeOne();
        return chunk;
    }

    /// The consumer stops: the producer's next push returns false.
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_queue.clear();
        m_notFull.wakeAll();
    }

    bool isCancelled() const
    {
        QMutexLocker lock(&m_mutex);
        return m_cancelled;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QQueue<Chunk> m_queue;
    int m_capacity;
    bool m_cancelled = false;
};

} // namespace pm::sim
