#include "embedded/EmbeddedPostgres.h"

#include "embedded/PostgresBinaries.h"
#include "util/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pm::embedded
{

namespace
{
constexpr int InitdbTimeoutMs = 180'000;

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < 32; ++i) {
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return out;
}

QString lastLines(const QString& text, int count)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > count) {
        lines = lines.mid(lines.size() - count);
    }
    return lines.join(u' ').simplified();
}
} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options)
    : m_options(std::move(options))
{
#ifdef Q_OS_UNIX
    m_asPostgresUser = ::geteuid() == 0;
#endif
}

EmbeddedPostgres::~EmbeddedPostgres() = default;

QString EmbeddedPostgres::dataDir() const
{
    return QDir(m_options.rootDir).filePath(u"pgdata"_s);
}

QString EmbeddedPostgres::logFile() const
{
    return QDir(m_options.rootDir).filePath(u"server.log"_s);
}

store::ConnectionSettings EmbeddedPostgres::connectionSettings(const QString& database) const
{
    store::ConnectionSettings s;
#ifdef Q_OS_WIN
    s.host = u"127.0.0.1"_s;
    QFile pw(QDir(m_options.rootDir).filePath(u"superuser.password"_s));
    if (pw.open(QIODevice::ReadOnly)) {
        s.password = QString::fromUtf8(pw.readAll()).trimmed();
    }
#else
    s.host = m_socketDir;
#endif
    s.port = m_port;
    s.user = m_options.superuser;
    s.database = database;
    s.connectTimeoutSeconds = 5;
    return s;
}

bool EmbeddedPostgres::runServerProgram(const QString& program, const QStringList& args, int timeoutMs, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList fullArgs = args;
    QString exe = PostgresBinaries::exe(m_binDir, program);
    if (m_asPostgresUser) {
        // initdb and postgres refuse to run as root; CI and root shells go through the postgres user.
        fullArgs = QStringList {u"-u"_s, u"postgres"_s, u"--"_s, exe} + args;
        exe = u"runuser"_s;
    }
    // A stray PGDATA or PGPORT in the caller's environment must not redirect our programs.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGPASSWORD"}) {
        env.remove(QString::fromLatin1(var));
    }
    env.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.start(exe, fullArgs);
    if (!process.waitForStarted(10'000)) {
        *output = tr("cannot start %1: %2").arg(exe, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        *output = tr("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool EmbeddedPostgres::prepareOwnership(const QString& path, QString* error)
{
#ifdef Q_OS_UNIX
    if (!m_asPostgresUser) {
        return true;
    }
    const passwd* pw = ::getpwnam("postgres");
    if (!pw) {
        *error = tr("Running as root needs a \"postgres\" system user to own the private cluster; none exists.");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *error = tr("Cannot hand %1 to the postgres user.").arg(path);
        return false;
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(error)
#endif
    return true;
}

bool EmbeddedPostgres::start(QString* error)
{
    if (m_running) {
        return true;
    }
    m_binDir = PostgresBinaries::locateBinDir();
    if (m_binDir.isEmpty()) {
        *error
            = tr("PostgreSQL server programs (initdb, pg_ctl) were not found. %1").arg(PostgresBinaries::installHint());
        return false;
    }
    QDir root(m_options.rootDir);
    if (!root.mkpath(u"."_s)) {
        *error = tr("Cannot create the folder %1.").arg(m_options.rootDir);
        return false;
    }
    QFile::setPermissions(m_options.rootDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | (m_asPostgresUser ? QFileDevice::ExeOther : QFileDevice::Permissions()));
    if (!prepareOwnership(m_options.rootDir, error)) {
        return false;
    }

#ifndef Q_OS_WIN
    // Unix socket paths are limited to ~100 bytes, so the socket lives in a short private folder.
    const QByteArray tag
        = QCryptographicHash::hash(QDir(m_options.rootDir).absolutePath().toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    m_socketDir = QDir::temp().filePath(u"pm-pg-"_s + QString::fromLatin1(tag));
    QDir().mkpath(m_socketDir);
    QFile::setPermissions(m_socketDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!prepareOwnership(m_socketDir, error)) {
        return false;
    }
#endif

    if (!QFile::exists(QDir(dataDir()).filePath(u"PG_VERSION"_s))) {
        if (!initCluster(error)) {
            return false;
        }
        m_created = true;
    } else if (adoptRunning()) {
        qCInfo(lcEmbedded).noquote() << "adopted the running cluster in" << dataDir() << "on port" << m_port;
        m_running = true;
        return true;
    }

    for (int attempt = 0; attempt < 3; ++attempt) {
        // Keep the last port when it is free, so a restarted server is found where it was.
        m_port = attempt == 0 ? preferredPort() : pickFreePort();
        if (!writeRuntimeConfig(error)) {
            return false;
        }
        QString output;
        const QStringList args = {
            u"-D"_s,   dataDir(), u"-l"_s, logFile(), u"-w"_s, u"-t"_s, QString::number(m_options.startTimeoutSeconds),
            u"start"_s};
        if (runServerProgram(u"pg_ctl"_s, args, (m_options.startTimeoutSeconds + 10) * 1000, &output)) {
            qCInfo(lcEmbedded).noquote() << "started PostgreSQL in" << dataDir() << "on port" << m_port;
            QFile portFile(QDir(m_options.rootDir).filePath(u"last-port"_s));
            if (portFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                portFile.write(QByteArray::number(m_port));
            }
            m_running = true;
            return true;
        }
        QFile log(logFile());
        QString logTail;
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(std::max<qint64>(0, log.size() - 2000));
            logTail = lastLines(QString::fromLocal8Bit(log.readAll()), 3);
        }
        // Another program may have taken the port between our probe and the server's bind: retry.
        if (!logTail.contains(u"Address already in use"_s)) {
            *error = tr("The private PostgreSQL server did not start: %1 %2").arg(lastLines(output, 2), logTail);
            return false;
        }
    }
    *error = tr("The private PostgreSQL server found no free port.");
    return false;
}

bool EmbeddedPostgres::initCluster(QString* error)
{
    QDir(dataDir()).removeRecursively(); // a half-made cluster from an interrupted initdb
    const QString pwFile = QDir(m_options.rootDir).filePath(u"superuser.password"_s);
    {
        QFile f(pwFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("Cannot write %1.").arg(pwFile);
            return false;
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(randomPassword().toUtf8() + '\n');
    }
    if (!prepareOwnership(pwFile, error)) {
        return false;
    }
    // Socket connections are trusted because only our user can enter the socket folder; TCP on
    // 127.0.0.1 asks for the superuser's password (in superuser.password, readable by us only).
    const QStringList args = {u"-D"_s,
                              dataDir(),
                              u"-U"_s,
                              m_options.superuser,
                              u"-E"_s,
                              u"UTF8"_s,
                              u"--locale=C"_s,
                              u"--auth-local=trust"_s,
                              u"--auth-host=scram-sha-256"_s,
                              u"--pwfile="_s + pwFile,
                              u"--no-instructions"_s};
    QString output;
    qCInfo(lcEmbedded).noquote() << "creating a private PostgreSQL cluster in" << dataDir();
    if (!runServerProgram(u"initdb"_s, args, InitdbTimeoutMs, &output)) {
        *error = tr("initdb failed: %1").arg(lastLines(output, 3));
        return false;
    }
    QFile conf(QDir(dataDir()).filePath(u"postgresql.conf"_s));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = tr("Cannot edit %1.").arg(conf.fileName());
        return false;
    }
    conf.write("\n# PenguinMails: port, socket and per-start settings are rewritten at every start.\n"
               "include_if_exists = 'pm_runtime.conf'\n");
    return true;
}

bool EmbeddedPostgres::writeRuntimeConfig(QString* error)
{
    QMap<QString, QString> settings = {
        {u"port"_s, QString::number(m_port)},
        {u"listen_addresses"_s, u"'127.0.0.1'"_s},
        {u"unix_socket_directories"_s, u"'"_s + m_socketDir + u"'"_s},
        {u"max_connections"_s, u"200"_s},
        {u"logging_collector"_s, u"off"_s},
        {u"log_line_prefix"_s, u"'%m [%p] %q%u@%d '"_s},
    };
    if (!m_options.durable) {
        settings.insert(u"fsync"_s, u"off"_s);
        settings.insert(u"synchronous_commit"_s, u"off"_s);
        settings.insert(u"full_page_writes"_s, u"off"_s);
    }
    for (auto it = m_options.settings.cbegin(); it != m_options.settings.cend(); ++it) {
        settings.insert(it.key(), it.value());
    }
    const QString path = QDir(dataDir()).filePath(u"pm_runtime.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    QTextStream out(&file);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        out << it.key() << " = " << it.value() << '\n';
    }
    out.flush();
    file.close();
    return prepareOwnership(path, error);
}

bool EmbeddedPostgres::adoptRunning()
{
    QString output;
    if (!runServerProgram(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"status"_s}, 10'000, &output)) {
        return false;
    }
    // postmaster.pid: line 4 is the port, line 5 the socket directory.
    QFile pid(QDir(dataDir()).filePath(u"postmaster.pid"_s));
    if (!pid.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    const QStringList lines = QString::fromLocal8Bit(pid.readAll()).split(u'\n');
    if (lines.size() < 5) {
        return false;
    }
    m_port = lines.at(3).trimmed().toInt();
#ifndef Q_OS_WIN
    m_socketDir = lines.at(4).trimmed();
#endif
    return m_port > 0;
}

bool EmbeddedPostgres::stop(QString* error)
{
    if (!m_running) {
        return true;
    }
    QString output;
    const bool ok
        = runServerProgram(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, 60'000, &output);
    if (!ok && error) {
        *error = tr("pg_ctl stop failed: %1").arg(lastLines(output, 2));
    }
    m_running = !ok;
    if (ok) {
        qCInfo(lcEmbedded).noquote() << "stopped PostgreSQL in" << dataDir();
    }
    return ok;
}

bool EmbeddedPostgres::kill(QString* error)
{
    QString output;
    const bool ok = runServerProgram(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
                                     60'000, &output);
    if (!ok && error) {
        *error = tr("pg_ctl stop failed: %1").arg(lastLines(output, 2));
    }
    if (ok) {
        m_running = false;
    }
    return ok;
}

int EmbeddedPostgres::preferredPort() const
{
    int port = m_port;
    if (port <= 0) {
        QFile portFile(QDir(m_options.rootDir).filePath(u"last-port"_s));
        if (portFile.open(QIODevice::ReadOnly)) {
            port = portFile.readAll().trimmed().toInt();
        }
    }
    if (port > 1024 && port < 65536) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
            return port;
        }
    }
    return pickFreePort();
}

int EmbeddedPostgres::pickFreePort()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0)) {
        return probe.serverPort();
    }
    return 54321 + QRandomGenerator::global()->bounded(1000);
}

} // namespace pm::embedded
