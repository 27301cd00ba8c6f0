// pm_testpg: starts and stops the throwaway PostgreSQL that the `db`, `ui` and `e2e` tests share
// (one server per ctest run, each test in its own database). Run by CTest as fixture set-up and
// clean-up tests:  pm_testpg start STATEFILE  /  pm_testpg stop STATEFILE
#include "embedded/EmbeddedPostgres.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace
{
pm::embedded::EmbeddedPostgres::Options optionsFor(const QString& root)
{
    pm::embedded::EmbeddedPostgres::Options options;
    options.rootDir = root;
    options.durable = false; // fsync off: a test server loses nothing worth keeping
    options.settings.insert(u"log_min_messages"_s, u"warning"_s);
    return options;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    pm::log::install();
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != u"start"_s && args.at(1) != u"stop"_s)) {
        err << "usage: pm_testpg start|stop STATEFILE\n";
        return 2;
    }
    const QString stateFile = args.at(2);
    QString error;
    if (args.at(1) == u"start"_s) {
        // Under /tmp, not the build tree: when the tests run as root the server runs as the
        // postgres user, which must be able to reach its folder.
        QTemporaryDir dir(QDir::temp().filePath(u"pm-testpg-XXXXXX"_s));
        dir.setAutoRemove(false);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        pm::embedded::EmbeddedPostgres server(optionsFor(dir.path() + u"/cluster"_s));
        if (!server.start(&error)) {
            err << "pm_testpg: " << error << '\n';
            return 1;
        }
        QFile state(stateFile);
        if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "pm_testpg: cannot write " << stateFile << '\n';
            return 1;
        }
        state.write(dir.path().toUtf8() + '\n' + server.connectionSettings().toUri().toUtf8() + '\n');
        QTextStream(stdout) << "throwaway PostgreSQL on port " << server.port() << " in " << dir.path() << '\n';
        return 0;
    }
    QFile state(stateFile);
    if (!state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return 0; // nothing was started
    }
    const QString root = QString::fromUtf8(state.readLine()).trimmed();
    state.close();
    if (root.isEmpty() || !QDir(root).exists()) {
        return 0;
    }
    {
        pm::embedded::EmbeddedPostgres server(optionsFor(root + u"/cluster"_s));
        if (server.start(&error)) { // adopts the running server
            server.stop(&error);
        }
    }
    QDir(root).removeRecursively();
    QFile::remove(stateFile);
    return 0;
}
