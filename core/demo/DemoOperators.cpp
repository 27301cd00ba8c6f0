#include "demo/DemoOperators.h"

#include "security/ScramVerifier.h"
#include "store/DatabaseConnection.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::demo
{

namespace
{
QString randomPassword()
{
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 24; ++i) {
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    }
    return password;
}
} // namespace

const QList<DemoOperator>& DemoOperators::all()
{
    static const QList<DemoOperator> people {
        {u"demo_ada"_s, u"Ada Admin"_s, u"ada.admin@penguinmails.example"_s, u"admin"_s},
        {u"demo_erin"_s, u"Erin Executive"_s, u"erin.exec@penguinmails.example"_s, u"executive"_s},
        {u"demo_oscar"_s, u"Oscar Ops"_s, u"oscar.ops@penguinmails.example"_s, u"ops"_s},
        {u"demo_vera"_s, u"Vera Viewer"_s, u"vera.viewer@penguinmails.example"_s, u"viewer"_s},
    };
    return people;
}

const DemoOperator& DemoOperators::executive()
{
    return all().at(1);
}

pm::store::ConnectionSettings DemoOperators::prepare(const pm::store::ConnectionSettings& owner, const QString& login,
                                                     QString* error)
{
    pm::store::DatabaseConnection connection(owner, u"demo-operators"_s);
    if (!connection.open(error)) {
        return {};
    }
    QSqlQuery q(connection.database());
    QString password;
    for (const DemoOperator& person : all()) {
        const QString secret = randomPassword();
        const QString verifier = pm::security::ScramVerifier::make(secret);
        q.prepare(u"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"_s);
        q.addBindValue(person.login);
        if (!q.exec() || !q.next()) {
            *error = pm::store::DatabaseConnection::oneLine(q.lastError());
            return {};
        }
        if (q.value(0).toBool()) {
            // ALTER ROLE takes no bound values; the verifier is a hash, the login one of ours.
            q.exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(person.login, verifier));
        } else {
            q.prepare(u"SELECT pm_private.create_login(?, ?, ?, ?)"_s);
            q.addBindValue(person.login);
            q.addBindValue(person.name);
            q.addBindValue(person.email);
            q.addBindValue(verifier);
            if (q.exec()) {
                q.exec(u"GRANT pm_%1 TO %2"_s.arg(person.capability, person.login));
            }
        }
        if (q.lastError().isValid()) {
            *error = tr("The demo operator %1 could not be set up: %2")
                         .arg(person.login, pm::store::DatabaseConnection::oneLine(q.lastError()));
            return {};
        }
        if (person.login == login) {
            password = secret;
        }
    }
    pm::store::ConnectionSettings signIn = owner;
    signIn.user = login;
    signIn.password = password;
    return signIn;
}

pm::store::ConnectionSettings DemoOperators::prepareWorker(const pm::store::ConnectionSettings& owner, QString* error)
{
    pm::store::DatabaseConnection connection(owner, u"demo-worker-login"_s);
    if (!connection.open(error)) {
        return {};
    }
    const QString login = QString::fromLatin1(WorkerLogin);
    const QString secret = randomPassword();
    const QString verifier = pm::security::ScramVerifier::make(secret);
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"_s);
    q.addBindValue(login);
    bool ok = q.exec() && q.next();
    if (ok) {
        // Role statements take no bound values; the verifier is a hash, the login a constant.
        ok = q.value(0).toBool()
                 ? q.exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(login, verifier))
                 : q.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                          "NOREPLICATION INHERIT CONNECTION LIMIT 16 IN ROLE pm_worker"_s.arg(login, verifier));
    }
    if (!ok) {
        *error = tr("The demo's worker login could not be set up: %1")
                     .arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return {};
    }
    pm::store::ConnectionSettings worker = owner;
    worker.user = login;
    worker.password = secret;
    return worker;
}

} // namespace pm::demo
