#include "embedded/PostgresBinaries.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::embedded
{

namespace
{
// Expands "prefix/*/suffix" patterns with numeric versions, highest first.
QStringList versioned(const QString& parent, const QString& namePrefix, const QString& suffix)
{
    QStringList out;
    QDir dir(parent);
    if (!dir.exists()) {
        return out;
    }
    QStringList entries = dir.entryList({namePrefix + u"*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(), [&](const QString& a, const QString& b) {
        return a.mid(namePrefix.size()).toDouble() > b.mid(namePrefix.size()).toDouble();
    });
    for (const QString& e : std::as_const(entries)) {
        out << dir.filePath(e) + suffix;
    }
    return out;
}

bool hasServerPrograms(const QString& dir)
{
    return !dir.isEmpty() && QFileInfo(PostgresBinaries::exe(dir, u"initdb"_s)).isExecutable()
           && QFileInfo(PostgresBinaries::exe(dir, u"pg_ctl"_s)).isExecutable();
}
} // namespace

QString PostgresBinaries::exe(const QString& binDir, const QString& program)
{
#ifdef Q_OS_WIN
    return QDir(binDir).filePath(program + u".exe"_s);
#else
    return QDir(binDir).filePath(program);
#endif
}

QStringList PostgresBinaries::candidateDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("PM_PG_BINDIR");
    if (!env.isEmpty()) {
        dirs << env;
    }
    const QString onPath = QStandardPaths::findExecutable(u"initdb"_s);
    if (!onPath.isEmpty()) {
        // Follow symlinks (Homebrew, /usr/local/bin) to the folder that holds the whole server,
        // with its companions (postgres, pgbench) beside initdb.
        const QString real = QFileInfo(onPath).canonicalFilePath();
        dirs << QFileInfo(real.isEmpty() ? onPath : real).absolutePath();
    }
    dirs << versioned(u"/usr/lib/postgresql"_s, QString(), u"/bin"_s);      // Debian, Ubuntu
    dirs << versioned(u"/usr"_s, u"pgsql-"_s, u"/bin"_s);                   // RHEL, PGDG
    dirs << versioned(u"/opt/homebrew/opt"_s, u"postgresql@"_s, u"/bin"_s); // Homebrew (Apple silicon)
    dirs << versioned(u"/usr/local/opt"_s, u"postgresql@"_s, u"/bin"_s);    // Homebrew (Intel)
    dirs << u"/opt/homebrew/bin"_s << u"/usr/local/bin"_s << u"/usr/local/pgsql/bin"_s;
    dirs << u"/Applications/Postgres.app/Contents/Versions/latest/bin"_s;
    dirs << versioned(u"/Library/PostgreSQL"_s, QString(), u"/bin"_s);         // EnterpriseDB macOS
    dirs << versioned(u"C:/Program Files/PostgreSQL"_s, QString(), u"/bin"_s); // EnterpriseDB Windows
    dirs.removeDuplicates();
    return dirs;
}

QString PostgresBinaries::locateBinDir()
{
    // An explicit PM_PG_BINDIR is the user's choice: never silently use another server.
    const QString forced = qEnvironmentVariable("PM_PG_BINDIR");
    if (!forced.isEmpty()) {
        return hasServerPrograms(forced) ? QDir::cleanPath(forced) : QString();
    }
    for (const QString& dir : candidateDirs()) {
        if (hasServerPrograms(dir)) {
            return QDir::cleanPath(dir);
        }
    }
    return {};
}

QString PostgresBinaries::installHint()
{
#if defined(Q_OS_WIN)
    return tr("Install PostgreSQL 13 or newer from the EnterpriseDB installer, or set PM_PG_BINDIR to the "
              "folder that holds initdb.exe and pg_ctl.exe.");
#elif defined(Q_OS_MACOS)
    return tr("Install PostgreSQL 13 or newer (\"brew install postgresql@16\" or Postgres.app), or set "
              "PM_PG_BINDIR to the folder that holds initdb and pg_ctl.");
#else
    return tr("Install the PostgreSQL server (Debian/Ubuntu: \"sudo apt-get install postgresql\"), or set "
              "PM_PG_BINDIR to the folder that holds initdb and pg_ctl.");
#endif
}

} // namespace pm::embedded
