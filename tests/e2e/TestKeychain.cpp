// The real OS keychain (gnome-keyring's Secret Service under dbus-run-session in scripts/test):
// a password written is read back, removed, and then reported as not found.
#include "secrets/KeychainSecretStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::secrets::SecretStore;

namespace
{
struct Outcome
{
    bool done = false;
    SecretStore::Result result;
};
} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
};

void TestKeychain::roundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariableIntValue("PM_REQUIRE_KEYCHAIN")) {
            QFAIL("PM_REQUIRE_KEYCHAIN is set but there is no D-Bus session (run under dbus-run-session)");
        }
        QSKIP("no D-Bus session bus; scripts/test runs this under dbus-run-session with gnome-keyring");
    }
    pm::secrets::KeychainSecretStore store(u"com.penguinmails.Console.test"_s);
    bool unavailable = false;
    connect(&store, &SecretStore::keychainUnavailable, this, [&unavailable] { unavailable = true; });
    const QString key
        = u"tester@postgresql://db.example:5432/pm/password-%1"_s.arg(QRandomGenerator::global()->generate());
    const QString secret = u"kéy-%1 with spaces & symbols"_s.arg(QRandomGenerator::global()->generate64());

    Outcome written;
    store.write(key, secret, this, [&written](const SecretStore::Result& r) { written = {true, r}; });
    QTRY_VERIFY_WITH_TIMEOUT(written.done, 20'000);
    QVERIFY2(written.result.status == SecretStore::Status::Ok, qPrintable(written.result.message));
    QVERIFY(!unavailable);

    // A second store object reads from the keychain itself, not from any cache.
    pm::secrets::KeychainSecretStore other(u"com.penguinmails.Console.test"_s);
    Outcome read;
    other.read(key, this, [&read](const SecretStore::Result& r) { read = {true, r}; });
    QTRY_VERIFY_WITH_TIMEOUT(read.done, 20'000);
    QCOMPARE(read.result.status, SecretStore::Status::Ok);
    QCOMPARE(read.result.secret, secret);

    Outcome removed;
    other.remove(key, this, [&removed](const SecretStore::Result& r) { removed = {true, r}; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.done, 20'000);
    QCOMPARE(removed.result.status, SecretStore::Status::Ok);

    Outcome gone;
    other.read(key, this, [&gone](const SecretStore::Result& r) { gone = {true, r}; });
    QTRY_VERIFY_WITH_TIMEOUT(gone.done, 20'000);
    QCOMPARE(gone.result.status, SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
