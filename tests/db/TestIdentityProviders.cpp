// Both identity providers against the real database (and, for Nile Auth, its mock): who may
// sign in, as whom the database then sees them, and what is refused.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "identity/NileAuthProvider.h"
#include "identity/PostgresLoginProvider.h"
#include "sim/mock/NileAuthMockServer.h"
#include "util/WorkerThread.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIdentityProviders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void postgresLoginIsTheOperator();
    void postgresLoginRefusals();
    void nileAuthAndDatabaseLoginMustBeOnePerson();

private:
    pm::store::ConnectionSettings tcp() const;

    std::unique_ptr<pm::test::TestDatabase> m_db;
    pm::test::TestOperator m_exec;
};

void TestIdentityProviders::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"identity"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    m_exec = pm::test::createOperator(*m_db, u"idexec"_s, u"executive"_s);
    QVERIFY(!m_exec.login.isEmpty());
}

void TestIdentityProviders::cleanup()
{
    m_db.reset();
}

pm::store::ConnectionSettings TestIdentityProviders::tcp() const
{
    auto settings = m_db->settings();
    settings.host = u"127.0.0.1"_s; // the password is checked over TCP only
    settings.user.clear();
    settings.password.clear();
    return settings;
}

void TestIdentityProviders::postgresLoginIsTheOperator()
{
    pm::identity::PostgresLoginProvider provider;
    QString error;
    const auto who = provider.signIn(tcp(), m_exec.login, m_exec.password, &error);
    QVERIFY2(who, qPrintable(error));
    QCOMPARE(who->login, m_exec.login);
    QCOMPARE(who->capability, u"executive"_s);
    QCOMPARE(who->operatorName, u"Test idexec"_s);
    QCOMPARE(who->database.user, m_exec.login);
}

void TestIdentityProviders::postgresLoginRefusals()
{
    pm::identity::PostgresLoginProvider provider;
    QString error;
    QVERIFY(!provider.signIn(tcp(), m_exec.login, m_exec.password + u"x"_s, &error));
    QVERIFY2(error.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(error));

    // A login without a capability role is not let in, even though PostgreSQL accepts it.
    const auto roleless = pm::test::createOperator(*m_db, u"idnone"_s, u"none"_s);
    error.clear();
    QVERIFY(!provider.signIn(tcp(), roleless.login, roleless.password, &error));
    QVERIFY2(error.contains(u"not an operator of this store"_s), qPrintable(error));
}

void TestIdentityProviders::nileAuthAndDatabaseLoginMustBeOnePerson()
{
    pm::util::WorkerThread thread(u"nile-mock"_s);
    auto* mock = thread.adopt(new pm::sim::NileAuthMockServer(u"penguinmails"_s));
    thread.start();
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        mock, [&] { listening = mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(listening, qPrintable(error));
    mock->setUser(m_exec.email, u"nile-password-1"_s, u"0190c5a0-0000-7000-8000-000000000001"_s);

    // The database credential is the operator's own; Nile Auth vouches for the person.
    auto database = tcp();
    database.user = m_exec.login;
    database.password = m_exec.password;
    pm::identity::NileAuthProvider provider(mock->apiUrl());
    const auto who = provider.signIn(database, m_exec.email, u"nile-password-1"_s, &error);
    QVERIFY2(who, qPrintable(error));
    QCOMPARE(who->login, m_exec.login);
    QCOMPARE(who->providerUser, m_exec.email);
    QCOMPARE(who->capability, u"executive"_s);

    error.clear();
    QVERIFY(!provider.signIn(database, m_exec.email, u"wrong"_s, &error));
    QVERIFY2(error.startsWith(u"Nile Auth refused"_s), qPrintable(error));

    // Someone else's database credential behind this Nile account: refused.
    const auto other = pm::test::createOperator(*m_db, u"idother"_s, u"admin"_s);
    database.user = other.login;
    database.password = other.password;
    error.clear();
    QVERIFY(!provider.signIn(database, m_exec.email, u"nile-password-1"_s, &error));
    QVERIFY2(error.contains(u"different people"_s), qPrintable(error));

    // And the owner's credential is never an operator's.
    error.clear();
    QVERIFY(!provider.signIn(m_db->settings(), m_exec.email, u"nile-password-1"_s, &error));
    QVERIFY2(error.contains(u"owner"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIdentityProviders)
#include "TestIdentityProviders.moc"
