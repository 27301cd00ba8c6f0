#include "DemoLauncher.h"

#include "demo/DemoCluster.h"
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
    m_liveThread = std::make_unique<pm::util::WorkerThread>(QStringLiteral("pm-live-sim"));
    auto* live = m_liveThread->adopt(new pm::sim::LiveSimulator(settings));
    connect(live, &pm::sim::LiveSimulator::failed, this,
            [](const QString& message) { qCWarning(lcEmbedded).noquote() << "live simulator:" << message; });
    m_liveThread->start();
    QMetaObject::invokeMethod(live, &pm::sim::LiveSimulator::start, Qt::QueuedConnection);
}

void DemoLauncher::shutdown()
{
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
