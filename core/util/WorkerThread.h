#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace pm::util
{

/**
 * An owned, named QThread for one long-lived worker QObject (the qBittorrent pattern): the worker
 * moves to the thread, is deleted on the thread when it finishes, and the destructor quits and
 * waits, so nothing outlives its owner.
 */
class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    explicit WorkerThread(const QString& name)
        : m_thread(new QThread)
    {
        m_thread->setObjectName(name);
    }
    ~WorkerThread() { stop(); }

    /// Moves @p worker (which must have no parent) to the thread and arranges its deletion there.
    template <typename T>
    T* adopt(T* worker)
    {
        worker->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
        return worker;
    }

    void start() { m_thread->start(); }

    /// Ends the event loop and waits for the worker to be deleted on its own thread.
    void stop()
    {
        if (!m_thread) {
            return;
        }
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }

    QThread* thread() const { return m_thread; }

private:
    QThread* m_thread;
};

} // namespace pm::util
