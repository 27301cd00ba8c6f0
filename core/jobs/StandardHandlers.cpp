#include "jobs/StandardHandlers.h"

#include "notify/NotificationDispatcher.h"
#include "notify/NotificationEmailHandler.h"
#include "providers/ProviderSyncHandler.h"
#include "queue/SqlJobHandler.h"
#include "queue/WorkerPool.h"
#include "security/StepUpDeliveryHandler.h"

using namespace Qt::StringLiterals;

namespace pm::jobs
{

void addStandardHandlers(pm::queue::HandlerRegistry& registry, std::shared_ptr<pm::secrets::SecretStore> secrets)
{
    pm::queue::WorkerPool::addBuiltInHandlers(registry);
    registry.add(std::make_shared<pm::notify::NotificationDispatcher>());
    registry.add(std::make_shared<pm::notify::NotificationEmailHandler>(secrets));
    registry.add(std::make_shared<pm::providers::ProviderSyncHandler>(secrets));
    registry.add(std::make_shared<pm::security::StepUpDeliveryHandler>(secrets));
    registry.add(
        std::make_shared<pm::queue::SqlJobHandler>(u"provider.sync_due"_s, u"SELECT pm_provider_sync_due()"_s));
    registry.add(
        std::make_shared<pm::queue::SqlJobHandler>(u"signals.detect"_s, u"SELECT pm_detect_threshold_breaches()"_s));
    registry.add(std::make_shared<pm::queue::SqlJobHandler>(u"system.prune"_s, u"SELECT pm_prune()"_s));
    // Locks operators whose tenth failure a rolled-back confirmation left unlocked (0011).
    registry.add(std::make_shared<pm::queue::SqlJobHandler>(u"stepup.sweep"_s, u"SELECT pm_stepup_sweep()"_s));
}

} // namespace pm::jobs
