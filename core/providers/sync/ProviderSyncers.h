#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pm::providers
{

struct ProviderAccount;

/// Fetches what an account's provider reports and stores it (one function per provider, in
/// <Provider>Sync.cpp); false with @p error when anything failed — then nothing was replaced.
using Syncer = bool (*)(const ProviderAccount& account, const QString& credential, QSqlDatabase db, QString* error);

namespace sync
{
bool postmark(const ProviderAccount& account, const QString& token, QSqlDatabase db, QString* error);
bool sendGrid(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error);
bool mailgun(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error);
bool ses(const ProviderAccount& account, const QString& secret, QSqlDatabase db, QString* error);
bool postmaster(const ProviderAccount& account, const QString& token, QSqlDatabase db, QString* error);
bool snds(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error);
} // namespace sync

/// The poller for @p provider, or nullptr when this build has none.
Syncer syncerFor(const QString& provider);

} // namespace pm::providers
