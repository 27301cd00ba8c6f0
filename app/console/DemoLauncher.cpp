#include "DemoLauncher.h"

#include "demo/DemoCluster.h"
#include "demo/DemoOperators.h"
#include "demo/DemoProviders.h"
#include "jobs/StandardHandlers.h"
#include "queue/WorkerPool.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/LiveSimulator.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace pm::app
{

DemoLauncher::DemoLauncher(const QString& rootDir, QObject* parent)
    : QObject(parent)
    , m_cluster(std::make_shared<pm::demo::DemoCluster>(rootDir))
    , m_secrets(std::make_shared<pm::secrets::MemorySecretStore>())
{ }

DemoLauncher::~DemoLauncher()
{
    shutdown();
}

void DemoLauncher::start()
{
    QPointer<DemoLauncher> self(this);
    std::shared_ptr<pm::demo::DemoCluster> cluster = m_cluster;
    std::shared_ptr<pm::store::ConnectionSettings> worker = m_workerSettings;
    // Signals emitted from the pool thread reach the GUI thread queued (this object lives there).
    m_startup = QtConcurrent::run([self, cluster, worker] {
        QString error;
        const bool ok = cluster->start(
            [self](const QString& step) {
                if (self) {
                    Q_EMIT self->progress(step);
                }
            },
            &error);
        if (!self) {
            return;
        }
        if (!ok) {
            Q_EMIT self->failed(error);
            return;
        }
        // The console signs in as the demo's executive, a real login held to its role, and the
        // workers as a login in pm_worker; the simulator and the provider mocks' set-up keep the
        // owner's connection. The worker settings are written before ready() is queued, and read
        // only after it arrives.
        const auto signIn
            = pm::demo::DemoOperators::prepare(cluster->settings(), pm::demo::DemoOperators::executive().login, &error);
        *worker = signIn.user.isEmpty() ? pm::store::ConnectionSettings {}
                                        : pm::demo::DemoOperators::prepareWorker(cluster->settings(), &error);
        if (signIn.user.isEmpty() || worker->user.isEmpty()) {
            Q_EMIT self->failed(error);
        } else {
            Q_EMIT self->ready(signIn);
        }
    });
}

void DemoLauncher::startLive()
{
    if (m_liveThread) {
        return;
    }
    const pm::store::ConnectionSettings settings = m_cluster->settings();
    startServices(settings);
    m_liveThread = std::make_unique<pm::util::WorkerThread>(QStringLiteral("pm-live-sim"));
    auto* live = m_liveThread->adopt(new pm::sim::LiveSimulator(settings));
    connect(live, &pm::sim::LiveSimulator::failed, this,
            [](const QString& message) { qCWarning(lcEmbedded).noquote() << "live simulator:" << message; });
    m_liveThread->start();
    QMetaObject::invokeMethod(live, &pm::sim::LiveSimulator::start, Qt::QueuedConnection);
}

void DemoLauncher::startServices(const pm::store::ConnectionSettings& settings)
{
    // The provider mocks on their own thread; they point the demo's accounts at themselves and
    // hand over the keys, which stay in memory.
    m_mockThread = std::make_unique<pm::util::WorkerThread>(QStringLiteral("pm-demo-mocks"));
    auto* providers = m_mockThread->adopt(new pm::demo::DemoProviders(settings));
    m_loops = providers->loops();
    connect(providers, &pm::demo::DemoProviders::accountReady, this, [this](int accountId, const QString& key) {
        m_secrets->write(pm::secrets::providerAccountKey(accountId), key, this, [](const auto&) {});
    });
    connect(providers, &pm::demo::DemoProviders::problem, this,
            [](const QString& message) { qCWarning(lcEmbedded).noquote() << message; });
    // Workers start once the mocks' keys are stored (queued after every accountReady), so no job
    // meets an account without its key.
    connect(providers, &pm::demo::DemoProviders::setUpFinished, this, [this] { startWorkers(*m_workerSettings); });
    m_mockThread->start();
    QMetaObject::invokeMethod(providers, &pm::demo::DemoProviders::start, Qt::QueuedConnection);
}

void DemoLauncher::startWorkers(const pm::store::ConnectionSettings& settings)
{
    if (m_workers) {
        return;
    }
    // Workers inside the console: what pmworkerd does in production.
    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::jobs::addStandardHandlers(*handlers, m_secrets);
    m_workers = std::make_unique<pm::queue::WorkerPool>(settings, handlers);
    connect(m_workers.get(), &pm::queue::WorkerPool::problem, this,
            [](const QString& message) { qCWarning(lcEmbedded).noquote() << "demo worker:" << message; });
    pm::queue::Worker::Options options;
    options.queues = QString::fromLatin1(pm::jobs::DefaultQueues).split(u',');
    m_workers->start(2, options);
}

void DemoLauncher::shutdown()
{
    m_workers.reset();    // running jobs finish first
    m_mockThread.reset(); // the mock after the workers that call it
    m_liveThread.reset(); // before the server goes away
    if (!m_cluster) {
        return;
    }
    m_startup.waitForFinished();
    QString error;
    if (!m_cluster->stop(&error)) {
        qCWarning(lcEmbedded).noquote() << error;
    }
    m_cluster.reset();
}

} // namespace pm::app
