#pragma once

#include "embedded/EmbeddedPostgres.h"
#include "store/ConnectionSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pm::demo
{

/**
 * The demo's private store: an EmbeddedPostgres in the user's application-data folder holding a
 * "penguinmails" database, migrated and seeded. Blocking; run it off the GUI thread.
 */
class DemoCluster final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCluster)
    Q_DISABLE_COPY_MOVE(DemoCluster)

public:
    static constexpr const char* DatabaseName = "penguinmails";
    /// The demo's platform is always the same one.
    static constexpr quint64 DemoSeed = 2026;

    explicit DemoCluster(const QString& rootDir);
    ~DemoCluster();

    /// <AppData>/demo; for root (CI, containers) a folder the postgres user can reach.
    static QString defaultRootDir();

    using Progress = std::function<void(const QString& step)>;
    /// Starts (creating on first use) the cluster, then creates, migrates and seeds the database.
    bool start(const Progress& progress, QString* error);
    bool stop(QString* error = nullptr);

    store::ConnectionSettings settings() const;
    embedded::EmbeddedPostgres& server() { return *m_server; }

private:
    bool ensureDatabase(QString* error);
    bool migrateAndSeed(const Progress& progress, QString* error);
    /// First start with notifications: the demo operator's preferences, the Loops (mock) account,
    /// and a detection backfill over the simulated month, dispatched once.
    bool seedNotifications(QSqlDatabase db, QString* error);

    std::unique_ptr<embedded::EmbeddedPostgres> m_server;
};

} // namespace pm::demo
