#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pm::embedded
{

/// Finds the PostgreSQL server programs (initdb, pg_ctl, postgres) on this machine.
class PostgresBinaries final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBinaries)

public:
    /// Looks in $PM_PG_BINDIR, then PATH, then the usual Debian, Homebrew, Postgres.app and
    /// EnterpriseDB locations (newest major version first). Empty when none is found.
    static QString locateBinDir();

    /// The directories searched, in order, for the error message.
    static QStringList candidateDirs();

    /// One paragraph naming what to install on this platform.
    static QString installHint();

    static QString exe(const QString& binDir, const QString& program);
};

} // namespace pm::embedded
