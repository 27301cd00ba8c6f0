#include "DemoLauncher.h"

#include "demo/DemoCluster.h"
#include "util/Log.h"

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

void DemoLauncher::shutdown()
{
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
