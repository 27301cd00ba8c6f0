#include "cli/SimulateCommand.h"

#include "cli/CliDatabase.h"
#include "cli/CtlRunner.h"
#include "sim/LiveSimulator.h"
#include "sim/Simulator.h"
#include "store/ConnectionSettings.h"
#include "store/DatabaseConnection.h"
#include "store/RollupCheck.h"
#include "util/SignalWatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

namespace
{
const QCommandLineOption DbOption(u"db"_s, u"PostgreSQL connection URI (default: $PM_DATABASE_URL)."_s, u"uri"_s);

bool parseInt(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max, qint64* out,
              QString* error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QCoreApplication::translate("SimulateCommand",
                                             "--%1 must be a whole number between %2 and %3 (got \"%4\").")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int SimulateCommand::simulate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"simulate"_s, tr("Fill the store with a simulated platform."));
    parser.addOptions({DbOption,
                       {u"seed"_s, tr("Seed; the same seed gives the same data (default 1)."), u"n"_s},
                       {u"profile"_s, tr("default, demo or scale."), u"name"_s},
                       {u"tenants"_s, tr("Number of tenants."), u"n"_s},
                       {u"ips"_s, tr("Number of sending IPs."), u"n"_s},
                       {u"pools"_s, tr("Number of IP pools."), u"n"_s},
                       {u"days"_s, tr("Days of history."), u"n"_s},
                       {u"emails-per-month"_s, tr("Platform volume, 10000 to 1000000000."), u"n"_s},
                       {u"raw-days"_s, tr("Keep raw events for the most recent N days only."), u"n"_s},
                       {u"end-date"_s, tr("Last simulated day, YYYY-MM-DD (default: yesterday, UTC)."), u"date"_s},
                       {u"truth"_s, tr("Write the injected incidents (ground truth) to this CSV file."), u"file"_s},
                       {u"no-incidents"_s, tr("Inject no incidents.")},
                       {u"replace"_s, tr("Discard an existing simulated store first.")},
                       {u"live"_s, tr("Then keep generating events in real time until interrupted.")},
                       {u"speed"_s, tr("Live clock speed-up factor (default 1)."), u"factor"_s},
                       {{u"v"_s, u"verbose"_s}, tr("Print progress.")}});
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return CtlRunner::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        m_err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)) << '\n';
        return CtlRunner::Usage;
    }
    pm::sim::SimulationSpec spec;
    QString error;
    if (parser.isSet(u"profile"_s) && !spec.applyProfile(parser.value(u"profile"_s), &error)) {
        m_err << error << '\n';
        return CtlRunner::Usage;
    }
    qint64 seed = static_cast<qint64>(spec.seed), tenants = spec.tenants, ips = spec.ips, pools = spec.pools,
           days = spec.days, volume = spec.emailsPerMonth, rawDays = spec.rawEventDays;
    if (!parseInt(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max(), &seed, &error)
        || !parseInt(parser, u"tenants"_s, 1, 100'000, &tenants, &error)
        || !parseInt(parser, u"ips"_s, 1, 100'000, &ips, &error)
        || !parseInt(parser, u"pools"_s, 1, 10'000, &pools, &error)
        || !parseInt(parser, u"days"_s, 1, 3660, &days, &error)
        || !parseInt(parser, u"emails-per-month"_s, pm::sim::SimulationSpec::MinEmailsPerMonth,
                     pm::sim::SimulationSpec::MaxEmailsPerMonth, &volume, &error)
        || !parseInt(parser, u"raw-days"_s, 0, 3660, &rawDays, &error)) {
        m_err << error << '\n';
        return CtlRunner::Usage;
    }
    spec.seed = static_cast<quint64>(seed);
    spec.tenants = static_cast<int>(tenants);
    spec.ips = static_cast<int>(ips);
    spec.pools = static_cast<int>(pools);
    spec.days = static_cast<int>(days);
    spec.emailsPerMonth = volume;
    spec.rawEventDays = static_cast<int>(rawDays);
    spec.incidents = !parser.isSet(u"no-incidents"_s);
    if (parser.isSet(u"end-date"_s)) {
        spec.endDate = QDate::fromString(parser.value(u"end-date"_s), Qt::ISODate);
        if (!spec.endDate.isValid()) {
            m_err << tr("--end-date must be a date like 2026-11-27 (got \"%1\").").arg(parser.value(u"end-date"_s))
                  << '\n';
            return CtlRunner::Usage;
        }
    }
    if (!spec.finalise(&error)) {
        m_err << error << '\n';
        return CtlRunner::Usage;
    }
    int code = CtlRunner::Success;
    const auto connection = openDatabase(parser.value(DbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    const bool verbose = parser.isSet(u"verbose"_s);
    const bool live = parser.isSet(u"live"_s);
    double speed = 1.0;
    if (parser.isSet(u"speed"_s)) {
        bool ok = false;
        speed = parser.value(u"speed"_s).toDouble(&ok);
        if (!ok || speed < 0.1 || speed > 100'000) {
            m_err << tr("--speed must be a number between 0.1 and 100000 (got \"%1\").").arg(parser.value(u"speed"_s))
                  << '\n';
            return CtlRunner::Usage;
        }
    }
    if (live && !parser.isSet(u"replace"_s)) {
        QSqlQuery existing(connection->database());
        if (existing.exec(u"SELECT EXISTS (SELECT 1 FROM sim_runs WHERE finished_at IS NOT NULL)"_s) && existing.next()
            && existing.value(0).toBool()) {
            return runLive(connection->settings(), speed, verbose);
        }
    }
    pm::sim::Simulator simulator(spec);
    pm::sim::SimulationResult result;
    const bool ok = simulator.run(
        connection->database(), parser.isSet(u"replace"_s),
        [this, verbose](const QString& line) {
            if (verbose) {
                m_err << line << '\n';
                m_err.flush();
            }
        },
        &result, &error);
    if (!ok) {
        m_err << tr("Simulation failed; the database is unchanged: %1").arg(error) << '\n';
        return CtlRunner::Failure;
    }
    if (parser.isSet(u"truth"_s)) {
        QFile truth(parser.value(u"truth"_s));
        if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            m_err << tr("Cannot write %1: %2").arg(truth.fileName(), truth.errorString()) << '\n';
            return CtlRunner::Failure;
        }
        truth.write(simulator.incidentPlan().toCsv().toUtf8());
    }
    pm::store::RollupCheck::Result check;
    QString digest;
    if (!pm::store::RollupCheck::check(connection->database(), &check, &error)
        || !pm::store::RollupCheck::digest(connection->database(), &digest, &error)) {
        m_err << error << '\n';
        return CtlRunner::Failure;
    }
    m_out << tr("simulated %1 days for %2 tenants: %3 emails, %4 raw events, %5 rollup rows written directly, "
                "%6 incidents injected")
                 .arg(spec.days)
                 .arg(spec.tenants)
                 .arg(result.emails)
                 .arg(result.events)
                 .arg(result.rollupRows)
                 .arg(result.incidents)
          << '\n'
          << tr("traffic loaded in %1 s (%2 events/s); total %3 s")
                 .arg(result.trafficSeconds, 0, 'f', 1)
                 .arg(result.trafficSeconds > 0 ? qint64(result.events / result.trafficSeconds) : 0)
                 .arg(result.seconds, 0, 'f', 1)
          << '\n'
          << tr("rollup check: %1 (%2 rollup rows, %3 days with raw events)")
                 .arg(check.mismatches == 0 ? tr("rollups match the events")
                                            : tr("%1 mismatches").arg(check.mismatches))
                 .arg(check.rollupRows)
                 .arg(check.rawDays)
          << '\n'
          << tr("rollup digest: %1").arg(digest) << '\n';
    if (check.mismatches != 0) {
        return CtlRunner::Failure;
    }
    return live ? runLive(connection->settings(), speed, verbose) : CtlRunner::Success;
}

int SimulateCommand::runLive(const pm::store::ConnectionSettings& settings, double speed, bool verbose)
{
    m_out << tr("live: generating events at %1x real time; stop with Ctrl+C").arg(speed) << '\n';
    m_out.flush();
    pm::sim::LiveSimulator simulator(settings, speed);
    pm::util::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &pm::util::SignalWatcher::terminationRequested, &simulator,
                     [] { QCoreApplication::quit(); });
    QObject::connect(&simulator, &pm::sim::LiveSimulator::progressed, &simulator,
                     [this, verbose](qint64 events, qint64 upTo) {
                         if (verbose) {
                             m_err << tr("live: %1 events, up to %2")
                                          .arg(events)
                                          .arg(QDateTime::fromMSecsSinceEpoch(upTo, Qt::UTC).toString(Qt::ISODate))
                                   << '\n';
                             m_err.flush();
                         }
                     });
    int code = CtlRunner::Success;
    QObject::connect(&simulator, &pm::sim::LiveSimulator::failed, &simulator, [this, &code](const QString& message) {
        m_err << tr("live: %1").arg(message) << '\n';
        m_err.flush();
        if (message.contains(u"pmctl simulate"_s)) {
            code = CtlRunner::Failure;
            QCoreApplication::quit();
        }
    });
    QMetaObject::invokeMethod(&simulator, &pm::sim::LiveSimulator::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    m_out << tr("live: stopped") << '\n';
    return code;
}

int SimulateCommand::rollupCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"rollup-check"_s, tr("Prove the rollups equal the raw events."));
    parser.addOption(DbOption);
    parser.addOption({{u"v"_s, u"verbose"_s}, tr("Log progress to stderr.")});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    int code = CtlRunner::Success;
    const auto connection = openDatabase(parser.value(DbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    QString error;
    QString digest;
    pm::store::RollupCheck::Result check;
    if (!pm::store::RollupCheck::check(connection->database(), &check, &error)
        || !pm::store::RollupCheck::digest(connection->database(), &digest, &error)) {
        m_err << error << '\n';
        return CtlRunner::Failure;
    }
    m_out << tr("%1 rollup rows, %2 days with raw events checked, %3 mismatches")
                 .arg(check.rollupRows)
                 .arg(check.rawDays)
                 .arg(check.mismatches)
          << '\n'
          << tr("rollup digest: %1").arg(digest) << '\n';
    if (check.mismatches > 0) {
        m_err << tr("Rollups disagree with the events; first: %1").arg(check.firstProblem) << '\n';
        return CtlRunner::Failure;
    }
    return CtlRunner::Success;
}

} // namespace pm::cli
