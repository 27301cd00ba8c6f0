#include "queue/WorkerPool.h"

#include "util/WorkerThread.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pm::queue
{

namespace
{
class NoopHandler final : public JobHandler
{
public:
    QString kind() const override { return u"system.noop"_s; }
    bool run(const Job&, const QSqlDatabase&, QString*) override { return true; }
};
// Holds its worker for args.ms milliseconds: a diagnostic for lease and crash tests, registered
// only when PM_DIAGNOSTIC_HANDLERS=1.
class SleepHandler final : public JobHandler
{
public:
    QString kind() const override { return u"system.sleep"_s; }
    bool run(const Job& job, const QSqlDatabase&, QString*) override
    {
        QThread::msleep(static_cast<unsigned long>(std::clamp(job.args.value(u"ms"_s).toInt(), 0, 600'000)));
        return true;
    }
};
} // namespace

WorkerPool::WorkerPool(pm::store::ConnectionSettings settings, std::shared_ptr<const HandlerRegistry> handlers,
                       QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_handlers(std::move(handlers))
{ }

WorkerPool::~WorkerPool()
{
    stop();
}

QString WorkerPool::workerId(int index)
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid()).arg(index);
}

void WorkerPool::addBuiltInHandlers(HandlerRegistry& registry)
{
    registry.add(std::make_shared<NoopHandler>());
    if (qEnvironmentVariableIntValue("PM_DIAGNOSTIC_HANDLERS") == 1) {
        registry.add(std::make_shared<SleepHandler>());
    }
}

void WorkerPool::start(int workers, const Worker::Options& options)
{
    for (int i = 0; i < workers; ++i) {
        const QString id = workerId(static_cast<int>(m_threads.size()));
        auto thread = std::make_unique<pm::util::WorkerThread>(u"pm-worker-%1"_s.arg(m_threads.size()));
        Worker* worker = thread->adopt(new Worker(m_settings, m_handlers, id, options));
        connect(worker, &Worker::jobDone, this, &WorkerPool::jobDone);
        connect(worker, &Worker::problem, this, &WorkerPool::problem);
        thread->start();
        QMetaObject::invokeMethod(worker, &Worker::start, Qt::QueuedConnection);
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

void WorkerPool::stop()
{
    // Queued behind the job each worker may be running, so that job finishes first.
    for (Worker* worker : m_workers) {
        QMetaObject::invokeMethod(worker, &Worker::stop, Qt::QueuedConnection);
    }
    m_workers.clear();
    m_threads.clear(); // each joins its thread
}

} // namespace pm::queue
