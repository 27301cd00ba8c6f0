#pragma once

#include <memory>

namespace pm::queue
{
class HandlerRegistry;
}
namespace pm::secrets
{
class SecretStore;
}

namespace pm::jobs
{

/// The queues a worker serves unless told otherwise.
inline constexpr auto DefaultQueues = "default,notify";

/**
 * Registers every job kind this build runs, for pmworkerd and the console's demo workers:
 * the built-ins (system.noop, …), notify.dispatch, notify.email (Loops; its API key comes from
 * @p secrets), signals.detect (threshold detector) and system.prune (housekeeping).
 */
void addStandardHandlers(pm::queue::HandlerRegistry& registry, std::shared_ptr<pm::secrets::SecretStore> secrets);

} // namespace pm::jobs
