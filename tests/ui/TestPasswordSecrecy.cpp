// The password typed into the connection dialog reaches the server and the secret store, and
// nowhere else: not the settings file, not the log.
#include "TestDatabase.h"
#include "connection/ConnectionController.h"
#include "connection/ConnectionDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/DatabaseSession.h"
#include "util/Log.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::store::ConnectionState;

class TestPasswordSecrecy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordStaysOutOfSettingsAndLog();
    void noKeychainMeansSessionOnlyAndOneNotice();
    void cleanupTestCase();

private:
    void fillAndAccept(pm::ui::ConnectionDialog* dialog, const QString& password);
    QByteArray settingsAndLogs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<pm::test::TestDatabase> m_db;
    QString m_password;
    QStringList m_captured;
};

void TestPasswordSecrecy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(u"PenguinMailsTest"_s);
    QCoreApplication::setApplicationName(u"TestPasswordSecrecy"_s);
    pm::log::install(m_dir->filePath(u"console.log"_s));
    pm::log::setCaptureSink(&m_captured);

    m_db = std::make_unique<pm::test::TestDatabase>(u"secrecy"_s);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_db->migrate(), qPrintable(m_db->error()));
    m_password = u"Pw-%1-leakcheck"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    QString error;
    QVERIFY2(m_db->exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pm_secrecy_ops') THEN "
                        "CREATE ROLE pm_secrecy_ops LOGIN; END IF; END $$; "
                        "ALTER ROLE pm_secrecy_ops PASSWORD '%1'; "
                        "GRANT pm_viewer TO pm_secrecy_ops"_s.arg(m_password),
                        &error),
             qPrintable(error));
}

void TestPasswordSecrecy::fillAndAccept(pm::ui::ConnectionDialog* dialog, const QString& password)
{
    auto setText = [dialog](const char* name, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    setText("host", u"127.0.0.1"_s);
    dialog->findChild<QSpinBox*>(u"port"_s)->setValue(m_db->settings().port);
    setText("database", m_db->name());
    setText("user", u"pm_secrecy_ops"_s);
    setText("password", password);
    auto* tls = dialog->findChild<QComboBox*>(u"sslMode"_s);
    tls->setCurrentIndex(tls->findData(u"disable"_s)); // the throwaway server has no certificate
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QByteArray TestPasswordSecrecy::settingsAndLogs() const
{
    QByteArray all;
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly)) {
        all += settings.readAll();
    }
    QFile log(m_dir->filePath(u"console.log"_s));
    if (log.open(QIODevice::ReadOnly)) {
        all += log.readAll();
    }
    all += m_captured.join(u'\n').toUtf8();
    return all;
}

void TestPasswordSecrecy::passwordStaysOutOfSettingsAndLog()
{
    pm::secrets::MemorySecretStore secrets;
    pm::store::DatabaseSession session;
    pm::ui::ConnectionController controller(&session, &secrets);
    controller.showDialog(nullptr);
    QPointer<pm::ui::ConnectionDialog> dialog = controller.dialog();
    QVERIFY(dialog);
    fillAndAccept(dialog, m_password);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15'000);
    QTRY_VERIFY(secrets.contains(session.settings().secretKey()));

    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(u"connection/user"_s).toString(), u"pm_secrecy_ops"_s);
    QCOMPARE(settings.value(u"connection/host"_s).toString(), u"127.0.0.1"_s);
    const QByteArray everything = settingsAndLogs();
    QVERIFY2(everything.contains("pm_secrecy_ops"), "the log and settings were not captured");
    QVERIFY2(!everything.contains(m_password.toUtf8()), "the password leaked into settings or the log");

    // The saved profile reconnects with the password from the store, not from settings.
    session.close();
    pm::store::DatabaseSession second;
    pm::ui::ConnectionController again(&second, &secrets);
    again.startFromSavedProfile(nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), ConnectionState::Connected, 15'000);

    // A wrong password is reported, and still never written down.
    pm::store::DatabaseSession third;
    pm::ui::ConnectionController wrong(&third, &secrets);
    wrong.showDialog(nullptr);
    fillAndAccept(wrong.dialog(), u"definitely-wrong-Pw"_s);
    QTRY_COMPARE_WITH_TIMEOUT(third.state(), ConnectionState::Offline, 15'000);
    QVERIFY2(third.detail().contains(u"password authentication failed"_s), qPrintable(third.detail()));
    QVERIFY(!settingsAndLogs().contains("definitely-wrong-Pw"));
}

void TestPasswordSecrecy::noKeychainMeansSessionOnlyAndOneNotice()
{
    // No session bus at all: the keychain cannot answer, as on a bare server or a broken desktop.
    const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pm-no-bus");
    pm::secrets::KeychainSecretStore secrets(u"com.penguinmails.Console.test"_s);
    QStringList notices;
    pm::store::DatabaseSession session;
    pm::ui::ConnectionController controller(&session, &secrets);
    connect(&controller, &pm::ui::ConnectionController::notice, this, [&notices](const QString& n) { notices << n; });

    controller.showDialog(nullptr);
    fillAndAccept(controller.dialog(), m_password);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20'000);
    QVERIFY2(notices.constFirst().contains(u"session only"_s), qPrintable(notices.constFirst()));

    // The password is still known for this session…
    bool read = false;
    pm::secrets::SecretStore::Result result;
    secrets.read(session.settings().secretKey(), this, [&](const pm::secrets::SecretStore::Result& r) {
        result = r;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(result.status, pm::secrets::SecretStore::Status::SessionOnly);
    QCOMPARE(result.secret, m_password);
    // …a second write says nothing new, and nothing reached the disk.
    controller.showDialog(nullptr);
    fillAndAccept(controller.dialog(), m_password);
    QTest::qWait(1'500);
    QCOMPARE(notices.size(), 1);
    QVERIFY(!settingsAndLogs().contains(m_password.toUtf8()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
}

void TestPasswordSecrecy::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    m_db.reset();
}

QTEST_MAIN(TestPasswordSecrecy)
#include "TestPasswordSecrecy.moc"
