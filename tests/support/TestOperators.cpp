#include "TestOperators.h"

#include "security/ScramVerifier.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::test
{

TestOperator createOperator(const TestDatabase& db, const QString& tag, const QString& capability, QString* error)
{
    TestOperator op;
    op.login = u"t%1_%2"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')).arg(tag.left(20));
    op.password = u"pw-%1-%2"_s.arg(op.login).arg(QRandomGenerator::global()->generate64());
    op.email = op.login + u"@example.com"_s;
    const QString verifier = pm::security::ScramVerifier::make(op.password);
    QString problem;
    if (!db.exec(
            u"SELECT pm_private.create_login('%1', 'Test %2', '%3', '%4')"_s.arg(op.login, tag, op.email, verifier),
            &problem)
        || (capability != u"none"_s && !db.exec(u"GRANT pm_%1 TO %2"_s.arg(capability, op.login), &problem))) {
        qWarning().noquote() << "cannot create operator" << op.login << ":" << problem;
        if (error) {
            *error = problem;
        }
        return {};
    }
    return op;
}

TestOperator createWorkerLogin(const TestDatabase& db, const QString& tag, QString* error)
{
    TestOperator w;
    w.login = u"t%1_%2"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')).arg(tag.left(20));
    w.password = u"pw-%1-%2"_s.arg(w.login).arg(QRandomGenerator::global()->generate64());
    const QString verifier = pm::security::ScramVerifier::make(w.password);
    QString problem;
    if (!db.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                 "NOREPLICATION INHERIT CONNECTION LIMIT 32 IN ROLE pm_worker"_s.arg(w.login, verifier),
                 &problem)) {
        qWarning().noquote() << "cannot create worker login" << w.login << ":" << problem;
        if (error) {
            *error = problem;
        }
        return {};
    }
    return w;
}

pm::store::ConnectionSettings settingsFor(const TestDatabase& db, const TestOperator& op)
{
    auto settings = db.settings();
    settings.host = u"127.0.0.1"_s; // the socket trusts everyone; TCP asks for the password (SCRAM)
    settings.user = op.login;
    settings.password = op.password;
    return settings;
}

std::unique_ptr<pm::store::DatabaseConnection> connectAs(const TestDatabase& db, const TestOperator& op, QString* error)
{
    auto settings = settingsFor(db, op);
    settings.applicationName = u"pm-test-operator"_s;
    auto connection = std::make_unique<pm::store::DatabaseConnection>(settings, u"test-operator-"_s + op.login);
    QString problem;
    if (!connection->open(&problem)) {
        qWarning().noquote() << "cannot connect as" << op.login << ":" << problem;
        if (error) {
            *error = problem;
        }
        return nullptr;
    }
    return connection;
}

QString deliverCode(const TestDatabase& db, const QString& challengeId)
{
    const QString code = db.value(u"SELECT code FROM pm_stepup_issue_code('%1'::uuid)"_s.arg(challengeId)).toString();
    if (!code.isEmpty()) {
        db.exec(u"SELECT pm_stepup_delivery_result('%1'::uuid, true)"_s.arg(challengeId));
    }
    return code;
}

} // namespace pm::test
