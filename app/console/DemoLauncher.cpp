#include "DemoLauncher.h"

#include "demo/DemoCluster.h"
#include "jobs/StandardHandlers.h"
#include "queue/WorkerPool.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/LiveSimulator.h"
#include "sim/mock/LoopsMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
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
    // Signals emitted from the pool thread reach the GUI thread queued (this object lives there).
    m_startup = QtConcurrent::run([self, cluster] {
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
        if (ok) {
            Q_EMIT self->ready(cluster->settings());
        } else {
            Q_EMIT self->failed(error);
        }
    });
}

void DemoLauncher::startLive(const pm::store::ConnectionSettings& settings)
{
    if (m_liveThread) {
        return;
    }
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
    // The Loops mock on its own thread; once it listens, the demo's Loops account is pointed at it
    // (SQL on that thread, not this one) and its key is handed to the workers' secret store.
    m_mockThread = std::make_unique<pm::util::WorkerThread>(QStringLiteral("pm-demo-loops"));
    auto* loops = m_mockThread->adopt(new pm::sim::LoopsMockServer(QString::fromLatin1(DemoLoopsKey)));
    m_loops = loops;
    m_mockThread->start();
    QPointer<DemoLauncher> self(this);
    QMetaObject::invokeMethod(
        loops,
        [self, loops, settings] {
            QString error;
            int accountId = -1;
            if (loops->listenLocal(0, &error)) {
                pm::store::DatabaseConnection conn(settings, QStringLiteral("demo-loops"));
                QSqlQuery q;
                if (conn.open(&error)) {
                    q = QSqlQuery(conn.database());
                    q.prepare(QStringLiteral("UPDATE provider_accounts SET base_url = ? WHERE provider = 'loops' "
                                             "AND name = 'Loops (demo mock)' RETURNING account_id"));
                    q.addBindValue(loops->apiBaseUrl().toString());
                    if (q.exec() && q.next()) {
                        accountId = q.value(0).toInt();
                    } else {
                        error = pm::store::DatabaseConnection::oneLine(q.lastError());
                    }
                }
            }
            if (accountId < 0) {
                qCWarning(lcEmbedded).noquote()
                    << "demo Loops mock not available; notification email will wait:" << error;
                return;
            }
            qCInfo(lcEmbedded).noquote() << "demo Loops mock on" << loops->apiBaseUrl().toString();
            QMetaObject::invokeMethod(self, [self, accountId] {
                if (self) {
                    self->m_secrets->write(pm::secrets::providerAccountKey(accountId),
                                           QString::fromLatin1(DemoLoopsKey), self, [](const auto&) {});
                }
            });
        },
        Qt::QueuedConnection);

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
