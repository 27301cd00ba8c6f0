#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace pm::secrets
{

/**
 * Reads a secret from a worker thread, waiting for the store (which lives on the main thread and
 * talks to the keychain there) at most @p timeout. Never call it on the GUI thread.
 */
SecretStore::Result readBlocking(SecretStore* store, const QString& key,
                                 std::chrono::milliseconds timeout = std::chrono::milliseconds(10'000));

/// The keychain key of a provider account's credential.
QString providerAccountKey(int accountId);

} // namespace pm::secrets
