// The feed and the queue-health page against a real database, offscreen: what they show, what
// their buttons change in the database (mark read, preferences, re-queue and discard — audited),
// and the tray's choice of what is news.
#include "TestDatabase.h"

#include "jobs/QueueHealthPage.h"
#include "mainwindow/TrayNotifier.h"
#include "notifications/NotificationFeedModel.h"
#include "notifications/NotificationPreferencesDialog.h"
#include "notifications/NotificationsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{
// Three notifications: a critical about an IP, a warning about a dead job, an info digest.
const auto SeedFeed
    = u"INSERT INTO notifications (kind, severity, group_key, titles, event_count, distinct_count, "
      "new_events, subject_kind, subject_id) VALUES "
      "('first', 'critical', 'ms_block:ip:9', '{\"Microsoft blocks 198.18.0.18\"}', 12, 1, 12, 'ip', '9'), "
      "('first', 'warning', 'queue.dead:provider.poll', '{\"Job provider.poll #1 dead-lettered\", "
      "\"Job provider.poll #2 dead-lettered\"}', 2, 2, 2, 'job', '1'), "
      "('digest', 'info', 'digest', '{\"Warm-up day reached\"}', 5, 1, 5, NULL, NULL)"_s;
} // namespace

class TestNotificationViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void feedShowsFiltersAndMarksRead();
    void openingANotificationGoesToItsSubject();
    void preferencesAreValidatedAndSaved();
    void queueHealthShowsAndHandlesDeadJobs();
    void trayAnnouncesOnlyNewCriticals();
};

void TestNotificationViews::feedShowsFiltersAndMarksRead()
{
    pm::test::TestDatabase tdb(u"ui_feed"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(SeedFeed));
    pm::ui::NotificationsPage page;
    page.resize(1000, 600);
    page.show();
    QSignalSpy unread(&page, &pm::ui::NotificationsPage::unreadChanged);
    page.setConnection(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 15'000);
    auto* counts = page.findChild<QLabel*>(u"unreadCounts"_s);
    QCOMPARE(counts->text(), u"3 unread — 1 critical"_s);
    // Newest first, bold while unread, a summary a person can read.
    QCOMPARE(page.model()->index(0, pm::ui::NotificationFeedModel::SummaryColumn).data().toString(),
             u"Digest: 5 item(s) — Warm-up day reached"_s);
    QCOMPARE(page.model()->index(1, pm::ui::NotificationFeedModel::SummaryColumn).data().toString(),
             u"Job provider.poll #1 dead-lettered (+1 more)"_s);
    QVERIFY(page.model()->index(2, 0).data(Qt::FontRole).value<QFont>().bold());

    // Filter: critical only.
    auto* severity = page.findChild<QComboBox*>(u"severityFilter"_s);
    severity->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10'000);
    QCOMPARE(page.model()->item(0)->titles.value(0), u"Microsoft blocks 198.18.0.18"_s);

    // Mark all read: the database records it for this operator, the counts follow.
    severity->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10'000);
    page.findChild<QPushButton*>(u"markAllRead"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"All read"_s, 10'000);
    QCOMPARE(
        tdb.value(u"SELECT count(*) FROM notification_reads WHERE operator = '%1'"_s.arg(tdb.settings().user)).toInt(),
        3);
    QVERIFY(!page.model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!unread.isEmpty());
    QCOMPARE(unread.constLast().at(0).toInt(), 0);
}

void TestNotificationViews::openingANotificationGoesToItsSubject()
{
    pm::test::TestDatabase tdb(u"ui_open"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(SeedFeed));
    pm::ui::NotificationsPage page;
    page.show();
    QSignalSpy opened(&page, &pm::ui::NotificationsPage::openSubject);
    page.setConnection(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 15'000);
    page.view()->setCurrentIndex(page.model()->index(2, 0)); // the critical one
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"ip"_s);
    QCOMPARE(opened.at(0).at(1).toString(), u"9"_s);
    // Opening marks it read.
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT count(*) FROM notification_reads"_s).toInt(), 1, 10'000);
}

void TestNotificationViews::preferencesAreValidatedAndSaved()
{
    pm::test::TestDatabase tdb(u"ui_prefs"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::ui::NotificationsPage page;
    page.show();
    page.setConnection(tdb.settings());
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel*>(u"unreadCounts"_s)->text() == u"All read"_s, 15'000);
    page.findChild<QPushButton*>(u"notificationPreferences"_s)->click();
    auto* dialog = page.findChild<pm::ui::NotificationPreferencesDialog*>();
    QVERIFY(dialog);
    auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10'000); // stored preferences (none yet) arrived
    auto* problem = dialog->findChild<QLabel*>(u"preferencesProblem"_s);

    // Bad input gets a clear message and keeps the dialog (and what was typed).
    dialog->findChild<QLineEdit*>(u"preferencesEmail"_s)->setText(u"not-an-address"_s);
    save->click();
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"not an email address"_s), qPrintable(problem->text()));
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>(u"preferencesEmail"_s)->setText(u"anna@penguinmails.example"_s);
    dialog->findChild<QComboBox*>(u"preferencesTimeZone"_s)->setCurrentText(u"Atlantis/Capital"_s);
    save->click();
    QVERIFY2(problem->text().contains(u"not a time zone"_s), qPrintable(problem->text()));

    dialog->findChild<QComboBox*>(u"preferencesTimeZone"_s)->setCurrentText(u"Europe/Berlin"_s);
    auto* quiet = dialog->findChild<QCheckBox*>();
    Q_UNUSED(quiet)
    for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
        if (box->text() == u"Quiet hours"_s) {
            box->setChecked(true); // default 22:00–07:00
        }
    }
    QSignalSpy finished(dialog, &QDialog::finished);
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(tdb.value(u"SELECT email || ' ' || time_zone || ' ' || quiet_start || '-' || quiet_end "
                       "FROM notification_preferences WHERE operator = session_user"_s)
                 .toString(),
             u"anna@penguinmails.example Europe/Berlin 22:00:00-07:00:00"_s);
}

void TestNotificationViews::queueHealthShowsAndHandlesDeadJobs()
{
    pm::test::TestDatabase tdb(u"ui_queue"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'provider.poll', '{}', 2::smallint, now(), 1, NULL) "
                     "FROM generate_series(1, 3)"_s));
    QVERIFY(tdb.exec(
        u"UPDATE jobs SET state = 'discarded', attempt = 1, finished_at = now(), "
        "errors = '[{\"attempt\": 1, \"error\": \"Postmark GET /stats/outbound: HTTP 500\"}]' WHERE id <= 2"_s));
    QVERIFY(tdb.exec(u"INSERT INTO queue_workers (worker_id, host, pid, queues) VALUES "
                     "('ops-host:4242:0', 'ops-host', 4242, '{default,notify}'), "
                     "('gone:1:0', 'gone', 1, '{default}')"_s));
    QVERIFY(tdb.exec(
        u"UPDATE queue_workers SET last_seen_at = now() - interval '10 minutes' WHERE worker_id = 'gone:1:0'"_s));

    pm::ui::QueueHealthPage page;
    page.resize(1100, 800);
    page.show();
    page.setConnection(tdb.settings());
    QTRY_COMPARE_WITH_TIMEOUT(page.deadJobsTable()->rowCount(), 2, 15'000);
    QCOMPARE(page.workersAlive(), 1); // the silent one does not count
    QVERIFY2(page.summaryLabel()->text().contains(u"<b>1</b> waiting"_s), qPrintable(page.summaryLabel()->text()));
    QCOMPARE(page.deadJobsTable()->item(0, 5)->text(), u"Postmark GET /stats/outbound: HTTP 500"_s);

    // Re-queue the selected dead job.
    page.selectJob(1);
    auto* requeue = page.findChild<QPushButton*>(u"requeueJob"_s);
    QVERIFY(requeue->isEnabled());
    requeue->click();
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE id = 1"_s).toString(), u"available"_s,
                              10'000);
    QTRY_COMPARE_WITH_TIMEOUT(page.deadJobsTable()->rowCount(), 1, 10'000);

    // Discard asks first; confirm it.
    page.selectJob(2);
    QTimer::singleShot(300, this, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->button(QMessageBox::Discard)->click();
            }
        }
    });
    page.findChild<QPushButton*>(u"discardJob"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE id = 2"_s).toString(), u"cancelled"_s,
                              10'000);
    QCOMPARE(
        tdb.value(u"SELECT string_agg(action || ':' || (scope ->> 'job_id'), ',' ORDER BY id) FROM admin_audit_log"_s)
            .toString(),
        u"job.requeue:1,job.discard:2"_s);
}

void TestNotificationViews::trayAnnouncesOnlyNewCriticals()
{
    pm::ui::TrayNotifier tray(QIcon {});
    pm::notify::FeedSnapshot first;
    first.newestId = 10;
    pm::notify::FeedItem old;
    old.id = 10;
    old.severity = pm::notify::Severity::Critical;
    old.titles = {u"Old block"_s};
    first.unreadCriticals = {old};
    tray.onFeed(first); // what was there at start is not news
    QVERIFY(tray.lastMessage().isEmpty());

    pm::notify::FeedSnapshot second = first;
    pm::notify::FeedItem fresh = old;
    fresh.id = 11;
    fresh.titles = {u"Spamhaus lists 198.18.0.5"_s};
    second.newestId = 11;
    second.unreadCriticals = {fresh, old};
    QSignalSpy announced(&tray, &pm::ui::TrayNotifier::announced);
    tray.onFeed(second);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(tray.lastMessage(), u"Critical: Spamhaus lists 198.18.0.5"_s);
    tray.onFeed(second); // the same again: nothing new
    QCOMPARE(announced.size(), 1);

    pm::notify::FeedSnapshot third = second;
    fresh.id = 12;
    third.newestId = 12;
    third.unreadCriticals = {fresh};
    third.trayEnabled = false; // the operator turned the tray off
    tray.onFeed(third);
    QCOMPARE(announced.size(), 1);
}

QTEST_MAIN(TestNotificationViews)
#include "TestNotificationViews.moc"
