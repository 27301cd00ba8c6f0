// The provider.sync job for SendGrid and Microsoft SNDS against their mocks and a real database:
// what is fetched lands in the store (daily statistics per scope, bounces by recipient domain,
// SNDS verdicts and blocks as reputation snapshots), a second sync replaces instead of doubling,
// and the cadence query enqueues one sync per due account.
#include "TestDatabase.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderSyncHandler.h"
#include "providers/sendgrid/SendGridClient.h"
#include "providers/snds/SndsClient.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/mock/SendGridMockServer.h"
#include "sim/mock/SndsMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/WorkerThread.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;

class TestProviderSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendGridAndSnds();
};

void TestProviderSync::sendGridAndSnds()
{
    pm::util::WorkerThread sendgridThread(u"sendgrid-mock"_s);
    pm::util::WorkerThread sndsThread(u"snds-mock"_s);
    auto* sendgrid = sendgridThread.adopt(new pm::sim::SendGridMockServer(u"SG.test-key"_s));
    auto* snds = sndsThread.adopt(new pm::sim::SndsMockServer(u"snds-key-42"_s));
    sendgridThread.start();
    sndsThread.start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        sendgrid, [&] { ok = sendgrid->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
    QMetaObject::invokeMethod(
        snds, [&] { ok = snds->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));

    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<DailyStats> days;
    for (int i = 0; i < 3; ++i) {
        DailyStats global;
        global.day = today.addDays(-i);
        global.sent = 2'000;
        global.delivered = 1'950;
        global.bouncedHard = 30;
        global.complaints = 1;
        global.blocked = 5;
        global.opened = 700;
        DailyStats gmail = global;
        gmail.scope = u"Gmail"_s;
        gmail.sent = 1'200;
        days << global << gmail;
    }
    sendgrid->setDays(days);
    sendgrid->setSuppressions(u"bounces"_s, {{QDateTime::currentDateTimeUtc().addSecs(-3600), u"x@Yahoo.com"_s,
                                              u"550 5.1.1 unknown user"_s, u"5.1.1"_s}});
    pm::providers::SndsDataRow row;
    row.ip = u"198.18.0.7"_s;
    row.activityStart = QDateTime(today.addDays(-1), QTime(0, 0), Qt::UTC);
    row.activityEnd = QDateTime(today, QTime(0, 0), Qt::UTC);
    row.rcptCommands = 5'000;
    row.dataCommands = 4'990;
    row.messageRecipients = 4'990;
    row.filterResult = u"YELLOW"_s;
    row.complaintRateText = u"0.3%"_s;
    row.complaintRatePercent = 0.3;
    snds->setData({row});
    snds->setIpStatus({{u"198.18.0.9"_s, u"198.18.0.9"_s, true, u"Blocked due to user complaints"_s}});

    pm::test::TestDatabase tdb(u"provider_sync"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"sync"_s);
    QVERIFY(conn.open(&error));
    pm::providers::ProviderAccountStore store(conn.database());
    pm::providers::ProviderAccount sg;
    sg.provider = u"sendgrid"_s;
    sg.name = u"Marketing"_s;
    sg.baseUrl = sendgrid->baseUrl().toString();
    const int sgId = store.save(sg, &error);
    pm::providers::ProviderAccount ms;
    ms.provider = u"microsoft_snds"_s;
    ms.name = u"SNDS"_s;
    ms.baseUrl = snds->sndsBaseUrl().toString();
    const int msId = store.save(ms, &error);
    QVERIFY2(sgId > 0 && msId > 0, qPrintable(error));
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(sgId), u"SG.test-key"_s, this, [](const auto&) {});
    secrets->write(pm::secrets::providerAccountKey(msId), u"snds-key-42"_s, this, [](const auto&) {});

    // The cadence: both accounts are due once; a second look finds the live jobs and adds none.
    QCOMPARE(tdb.value(u"SELECT pm_provider_sync_due()"_s).toInt(), 2);
    QVERIFY(tdb.exec(u"SELECT pm_provider_sync_due()"_s));
    QCOMPARE(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'provider.sync'"_s).toInt(), 2);

    pm::providers::ProviderSyncHandler handler(secrets);
    for (int round = 0; round < 2; ++round) {
        for (int id : {sgId, msId}) {
            pm::queue::Job job;
            job.args = {{u"account_id"_s, id}};
            QVERIFY2(handler.run(job, conn.database(), &error), qPrintable(error));
        }
    }
    QCOMPARE(tdb.value(u"SELECT string_agg(scope || ':' || sent || '/' || coalesce(delivered, -1) || '/' || "
                       "coalesce(opened, -1), ',' ORDER BY scope) FROM provider_daily_stats WHERE day = current_date"_s)
                 .toString(),
             u":2000/1950/700,Gmail:1200/1950/-1"_s);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM provider_daily_stats"_s).toInt(), 6);
    QCOMPARE(tdb.value(u"SELECT recipient_domain || ' ' || count(*) FROM provider_bounces GROUP BY recipient_domain"_s)
                 .toString(),
             u"yahoo.com 1"_s);
    QCOMPARE(tdb.value(u"SELECT string_agg(subject || ' ' || status, ', ' ORDER BY subject) FROM reputation_snapshots "
                       "WHERE source = 'microsoft_snds'"_s)
                 .toString(),
             u"198.18.0.7 YELLOW, 198.18.0.9 BLOCKED"_s);
    QCOMPARE(
        tdb.value(u"SELECT metrics ->> 'complaintRatePercent' FROM reputation_snapshots WHERE subject = '198.18.0.7'"_s)
            .toString(),
        u"0.3"_s);
    QVERIFY(tdb.value(u"SELECT bool_and(last_sync_at IS NOT NULL AND last_error IS NULL) FROM provider_accounts"_s)
                .toBool());
    // Synced just now: not due again until their cadence has passed.
    QVERIFY(tdb.exec(u"DELETE FROM jobs"_s));
    QCOMPARE(tdb.value(u"SELECT pm_provider_sync_due()"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProviderSync)
#include "TestProviderSync.moc"
