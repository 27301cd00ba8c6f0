#pragma once

#include "store/ConnectionSettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pm::embedded
{

/**
 * A private PostgreSQL cluster in a folder of ours: created with initdb on first use, started on a
 * free loopback port with its socket in a private directory, reused on the next launch, stopped by
 * stop(). Used by `pmconsole --demo` and by the test fixture.
 *
 * Every call blocks (initdb takes seconds): call it from a worker thread or a CLI, never the GUI
 * thread. When the process runs as root, the server programs run as the "postgres" user, because
 * initdb and postgres refuse to run as root.
 */
class EmbeddedPostgres final
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedPostgres)
    Q_DISABLE_COPY_MOVE(EmbeddedPostgres)

public:
    struct Options
    {
        QString rootDir; ///< holds pgdata/, server.log, superuser.password
        QString superuser = QStringLiteral("penguinmails");
        bool durable = true;             ///< false turns fsync and friends off (tests)
        QMap<QString, QString> settings; ///< extra postgresql.conf settings
        int startTimeoutSeconds = 60;
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres();

    /// Finds the binaries, runs initdb when the cluster does not exist yet, and starts the server
    /// (or adopts one already running on this folder). One line in @p error on failure.
    bool start(QString* error);
    /// Stops the server (fast shutdown) if this object started or adopted it.
    bool stop(QString* error = nullptr);
    /// Immediate shutdown, as if the server crashed (for tests of connection loss).
    bool kill(QString* error = nullptr);

    bool isRunning() const { return m_running; }
    bool wasCreated() const { return m_created; }
    int port() const { return m_port; }
    QString socketDir() const { return m_socketDir; }
    QString dataDir() const;
    QString logFile() const;
    QString binDir() const { return m_binDir; }

    /// Connection through the private socket (trust within the owner's socket directory).
    store::ConnectionSettings connectionSettings(const QString& database = QStringLiteral("postgres")) const;

private:
    bool initCluster(QString* error);
    bool writeRuntimeConfig(QString* error);
    bool adoptRunning();
    bool runServerProgram(const QString& program, const QStringList& args, int timeoutMs, QString* output);
    bool prepareOwnership(const QString& path, QString* error);
    int preferredPort() const;
    static int pickFreePort();

    Options m_options;
    QString m_binDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_running = false;
    bool m_created = false;
    bool m_asPostgresUser = false;
};

} // namespace pm::embedded
