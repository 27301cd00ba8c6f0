// The server goes away under an open console: the window keeps painting, the status says
// offline within 5 s, and the console reconnects by itself when the server is back.
#include "embedded/EmbeddedPostgres.h"
#include "mainwindow/ConnectionStatusWidget.h"
#include "mainwindow/MainWindow.h"
#include "store/DatabaseConnection.h"
#include "store/DatabaseSession.h"
#include "store/MigrationRunner.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using pm::store::ConnectionState;

namespace
{
// Counts paint events of a widget, to prove the GUI thread keeps repainting.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestConnectionLoss final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineWithinFiveSecondsThenReconnects();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<pm::embedded::EmbeddedPostgres> m_server;
};

void TestConnectionLoss::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Its own server: this test stops it, which must not disturb the shared one.
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"pm-loss-XXXXXX"_s));
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ExeOther);
    pm::embedded::EmbeddedPostgres::Options options;
    options.rootDir = m_dir->filePath(u"cluster"_s);
    options.durable = true; // the server is killed mid-test; without fsync it may forget the schema
    m_server = std::make_unique<pm::embedded::EmbeddedPostgres>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    pm::store::DatabaseConnection conn(m_server->connectionSettings(), u"setup"_s);
    QVERIFY2(conn.open(&error), qPrintable(error));
    pm::store::MigrationRunner runner(conn.database());
    QVERIFY2(runner.migrate(nullptr, &error), qPrintable(error));
}

void TestConnectionLoss::offlineWithinFiveSecondsThenReconnects()
{
    pm::store::DatabaseSession session;
    pm::ui::MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* badge = window.connectionStatus();
    session.open(m_server->connectionSettings());
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), ConnectionState::Connected, 15'000);
    QCOMPARE(badge->text(), u"Connected"_s);

    // A heartbeat on the GUI thread: every tick repaints the window and records the gap.
    PaintCounter counter;
    window.centralWidget()->installEventFilter(&counter);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(50);
    connect(&heartbeat, &QTimer::timeout, &window, [&] {
        if (sinceTick.isValid()) {
            longestGap = std::max(longestGap, sinceTick.elapsed());
        }
        sinceTick.restart();
        window.centralWidget()->update();
    });

    QString error;
    QVERIFY2(m_server->kill(&error), qPrintable(error));
    QElapsedTimer sinceKill;
    sinceKill.start();
    heartbeat.start();
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), ConnectionState::Offline, 5'000);
    qInfo("offline shown %lld ms after the server stopped", sinceKill.elapsed());
    QCOMPARE(badge->text(), u"Offline"_s);
    QVERIFY(!badge->toolTip().isEmpty());

    // Stay offline a while: the monitor keeps retrying, the GUI keeps painting.
    const int paintsBefore = counter.paints;
    QTest::qWait(2'000);
    QCOMPARE(badge->state(), ConnectionState::Offline);
    QVERIFY2(counter.paints > paintsBefore + 10, "the window stopped repainting while offline");
    QVERIFY2(longestGap < 1'000, qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(longestGap)));
    QVERIFY(!window.grab().isNull());

    // Restarting the server here blocks this test's thread (pg_ctl -w), so the heartbeat stops first.
    heartbeat.stop();
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), ConnectionState::Connected, 15'000);
}

void TestConnectionLoss::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
}

QTEST_MAIN(TestConnectionLoss)
#include "TestConnectionLoss.moc"
