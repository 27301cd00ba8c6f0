// The console refuses a database whose schema is newer than it knows, and one not yet migrated.
#include "TestDatabase.h"
#include "mainwindow/ConnectionStatusWidget.h"
#include "mainwindow/MainWindow.h"
#include "store/DatabaseSession.h"
#include "store/MigrationRunner.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::store::ConnectionState;

class TestSchemaGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesNewerSchema();
    void asksForMigrationWhenBehind();
    void acceptsCurrentSchema();
};

void TestSchemaGuard::refusesNewerSchema()
{
    pm::test::TestDatabase tdb(u"guard_newer"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QString error;
    QVERIFY2(tdb.exec(u"INSERT INTO pm_schema_migrations (version, name, checksum) "
                      "VALUES (9999, '9999_from_the_future.sql', 'x')"_s,
                      &error),
             qPrintable(error));
    pm::store::DatabaseSession session;
    pm::ui::MainWindow window(&session);
    QSignalSpy refused(&window, &pm::ui::MainWindow::schemaTooNew);
    session.open(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionStatus()->state(), ConnectionState::Incompatible, 15'000);
    QTRY_COMPARE(refused.count(), 1);
    const QString message = refused.constFirst().constFirst().toString();
    QVERIFY2(message.contains(u"9999"_s) && message.contains(u"newer"_s), qPrintable(message));
    QVERIFY(!window.findChild<QListWidget*>(u"navigation"_s)->isEnabled());
}

void TestSchemaGuard::asksForMigrationWhenBehind()
{
    pm::test::TestDatabase tdb(u"guard_empty"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    pm::store::DatabaseSession session;
    pm::ui::MainWindow window(&session);
    QSignalSpy refused(&window, &pm::ui::MainWindow::schemaTooNew);
    session.open(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionStatus()->state(), ConnectionState::Incompatible, 15'000);
    QVERIFY2(session.detail().contains(u"pmctl migrate"_s), qPrintable(session.detail()));
    QCOMPARE(refused.count(), 0);
}

void TestSchemaGuard::acceptsCurrentSchema()
{
    pm::test::TestDatabase tdb(u"guard_current"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseSession session;
    pm::ui::MainWindow window(&session);
    session.open(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionStatus()->state(), ConnectionState::Connected, 15'000);
    QCOMPARE(session.serverInfo().schemaVersion, pm::store::MigrationRunner::latestKnownVersion());
    QVERIFY(!session.serverInfo().serverVersion.isEmpty());
    QVERIFY(window.findChild<QListWidget*>(u"navigation"_s)->isEnabled());
}

QTEST_MAIN(TestSchemaGuard)
#include "TestSchemaGuard.moc"
